/**
 * The web page's worker: reads a dropped .xlsx with the project's reader (src/xlsx) and checks it
 * with the core, off the page's thread. One message per file; the bytes are transferred, not
 * copied. Errors come back as the reader's code and Dutch sentence. The workbooks read are kept
 * (until the page sends `forget`) so that `compare` can run the cross-document rules over them,
 * as `ekv check a.xlsx b.xlsx` does, without sending the files again.
 */
import {
  checkDocuments,
  crossTableFindings,
  type CrossDocumentResult,
  type CrossFinding,
  type DocumentId,
  type WorkbookInput,
} from "../core/documents";
import { checkTables, recogniseSheets } from "../core/tables";
import type { CheckOptions, CheckResult } from "../core/tables/model";
import { XlsxError, readWorkbook } from "../xlsx";

export interface FileRequest {
  type?: "check";
  id: number;
  name: string;
  bytes: ArrayBuffer;
  options: CheckOptions;
}

/** Compare the files read under these ids (in this order), with documents set by hand. */
export interface CompareRequest {
  type: "compare";
  id: number;
  files: Array<{ id: number; document?: DocumentId }>;
}

/** Drop the workbooks kept for comparing (a new set of files was given). */
export interface ForgetRequest {
  type: "forget";
}

export type WebRequest = FileRequest | CompareRequest | ForgetRequest;

export type FileAnswer =
  | { id: number; type: "progress"; phase: "read" | "check"; done: number; total: number }
  | { id: number; type: "result"; result: CheckResult; crossTable: CrossFinding[] }
  | { id: number; type: "compared"; result: CrossDocumentResult }
  | { id: number; type: "error"; error: { code: string; message: string } };

/** Workbooks read by the worker, by request id. */
export type ReadWorkbooks = Map<number, WorkbookInput>;

function internal(e: unknown, what: string): { code: string; message: string } {
  return {
    code: "internal",
    message: `${what} is afgebroken (${e instanceof Error ? e.message : String(e)}).`,
  };
}

/** The worker's work for one file; `post` sends answers back; `kept` keeps it for `compare`. */
export function readAndCheck(
  req: FileRequest,
  post: (a: FileAnswer) => void,
  kept?: ReadWorkbooks
): void {
  try {
    post({ id: req.id, type: "progress", phase: "read", done: 0, total: 1 });
    const { sheets } = readWorkbook(new Uint8Array(req.bytes));
    const tables = recogniseSheets(sheets);
    const result = checkTables(tables, req.options, sheets, (p) =>
      post({ id: req.id, type: "progress", phase: "check", done: p.done, total: p.total })
    );
    const crossTable = crossTableFindings(req.name, sheets, tables);
    kept?.set(req.id, { file: req.name, sheets, tables });
    post({ id: req.id, type: "result", result, crossTable });
  } catch (e) {
    const error =
      e instanceof XlsxError ? { code: e.code, message: e.message } : internal(e, "de controle");
    post({ id: req.id, type: "error", error });
  }
}

/** The cross-document comparison of workbooks read before. */
export function compareKept(
  req: CompareRequest,
  post: (a: FileAnswer) => void,
  kept: ReadWorkbooks
): void {
  try {
    const inputs: WorkbookInput[] = [];
    for (const f of req.files) {
      const w = kept.get(f.id);
      if (w) inputs.push(f.document ? { ...w, document: f.document } : w);
    }
    post({ id: req.id, type: "compared", result: checkDocuments(inputs) });
  } catch (e) {
    post({ id: req.id, type: "error", error: internal(e, "de vergelijking") });
  }
}

/** The worker's message handler (one per worker). */
export function createWebHandler(post: (a: FileAnswer) => void): (req: WebRequest) => void {
  const kept: ReadWorkbooks = new Map();
  return (req) => {
    if (req.type === "forget") kept.clear();
    else if (req.type === "compare") compareKept(req, post, kept);
    else readAndCheck(req, post, kept);
  };
}
