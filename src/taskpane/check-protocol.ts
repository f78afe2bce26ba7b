/**
 * The check off the main thread: the messages between the page (task pane or web page) and the
 * check worker, and the worker's side of them. The page sends the sheets in row chunks (so that no
 * single structured clone blocks it), then `run` or `compare`; the worker answers with progress
 * and the result. Cancelling is terminating the worker: a check in progress cannot be interrupted
 * from inside, and a fresh worker costs a few milliseconds.
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
import type { CellValue, CheckOptions, CheckResult, SheetData } from "../core/tables/model";
import { XlsxError, readWorkbook } from "../xlsx";

/** Rows per `rows` message: about 1–5 ms of structured cloning each for typical tables. */
export const CHUNK_ROWS = 2000;

/** The cross-table rules over the sheets sent, under the workbook's name. */
export interface CrossTableRequest {
  /** The name the findings give the open workbook (its file name, or a Dutch stand-in). */
  file: string;
  /**
   * Check the table rules on these sheets only (a live refresh); the cross-table rules still run
   * over every sheet sent, since a change in one table can make another disagree with it.
   */
  only?: string[];
}

/** Another document to compare the open workbook with: an .xlsx from disk, read in the worker. */
export interface OtherFile {
  name: string;
  bytes: ArrayBuffer;
  /** The document type and year as the user set them (as `--document`); else identified. */
  document?: DocumentId;
}

export type ToWorker =
  | {
      type: "sheet";
      id: number;
      name: string;
      origin?: SheetData["origin"];
      extra?: Partial<SheetData>;
    }
  | { type: "rows"; id: number; rows: CellValue[][] }
  | { type: "run"; id: number; options: CheckOptions; crossTable?: CrossTableRequest }
  | {
      type: "compare";
      id: number;
      /** The open workbook: the sheets sent before this message. */
      workbook: { file: string; document?: DocumentId };
      others: OtherFile[];
    };

/** A check's result with, when asked for, the findings between its tables. */
export type PaneCheckResult = CheckResult & { crossTable?: CrossFinding[] };

/** The comparison with other files; files that could not be read are named with the reason. */
export interface CompareResult extends CrossDocumentResult {
  errors: Array<{ file: string; code: string; message: string }>;
}

export type FromWorker =
  | { type: "progress"; id: number; done: number; total: number; sheet: string }
  | { type: "result"; id: number; result: PaneCheckResult }
  | { type: "compared"; id: number; result: CompareResult }
  | { type: "error"; id: number; message: string };

/** The messages that carry `sheets` to the worker for job `id`, ending with `last`. */
export function* messagesWith(
  id: number,
  sheets: SheetData[],
  last: Extract<ToWorker, { type: "run" | "compare" }>
): Generator<ToWorker> {
  for (const sheet of sheets) {
    const { name, values, origin, ...extra } = sheet;
    const msg: ToWorker = { type: "sheet", id, name };
    if (origin) msg.origin = origin;
    if (Object.keys(extra).length) msg.extra = extra;
    yield msg;
    for (let i = 0; i < values.length; i += CHUNK_ROWS) {
      yield { type: "rows", id, rows: values.slice(i, i + CHUNK_ROWS) };
    }
  }
  yield last;
}

/** The messages that carry `sheets` and `options` to the worker for check `id`. */
export function messagesFor(
  id: number,
  sheets: SheetData[],
  options: CheckOptions,
  crossTable?: CrossTableRequest
): Generator<ToWorker> {
  const run: ToWorker = { type: "run", id, options };
  if (crossTable) run.crossTable = crossTable;
  return messagesWith(id, sheets, run);
}

function check(
  sheets: SheetData[],
  options: CheckOptions,
  cross: CrossTableRequest | undefined,
  onProgress: (p: { done: number; total: number; sheet: string }) => void
): PaneCheckResult {
  const only = cross?.only ? new Set(cross.only) : null;
  const checked = only ? sheets.filter((s) => only.has(s.name)) : sheets;
  const tables = recogniseSheets(checked);
  const result: PaneCheckResult = checkTables(tables, options, checked, onProgress);
  if (cross) {
    // The table rules annotate what they recognised; the cross-table rules read only the values,
    // so one recognition serves both unless only some sheets were checked.
    result.crossTable = crossTableFindings(
      cross.file,
      sheets,
      only ? recogniseSheets(sheets) : tables
    );
  }
  return result;
}

/** Reads the other files and compares them with the open workbook (`sheets`). */
export function compareWith(
  sheets: SheetData[],
  workbook: { file: string; document?: DocumentId },
  others: OtherFile[],
  onProgress?: (p: { done: number; total: number; sheet: string }) => void
): CompareResult {
  const inputs: WorkbookInput[] = [{ file: workbook.file, sheets, document: workbook.document }];
  const errors: CompareResult["errors"] = [];
  others.forEach((o, i) => {
    onProgress?.({ done: i, total: others.length, sheet: o.name });
    try {
      const read = readWorkbook(new Uint8Array(o.bytes));
      inputs.push({ file: o.name, sheets: read.sheets, document: o.document });
    } catch (e) {
      // The reader's own Dutch sentence; anything else is a fault of ours, said as such.
      errors.push(
        e instanceof XlsxError
          ? { file: o.name, code: e.code, message: e.message }
          : {
              file: o.name,
              code: "internal",
              message: `het bestand kon niet worden gelezen (${e instanceof Error ? e.message : String(e)}).`,
            }
      );
    }
  });
  return { ...checkDocuments(inputs), errors };
}

/** The worker's side: collects the sheets of a job and runs it. One instance per worker. */
export function createCheckHandler(post: (m: FromWorker) => void): (m: ToWorker) => void {
  let id = -1;
  let sheets: SheetData[] = [];
  return (m) => {
    if (m.id !== id) {
      id = m.id;
      sheets = [];
    }
    if (m.type === "sheet") {
      const sheet: SheetData = { ...(m.extra ?? {}), name: m.name, values: [] };
      if (m.origin) sheet.origin = m.origin;
      sheets.push(sheet);
    } else if (m.type === "rows") {
      const sheet = sheets[sheets.length - 1];
      if (!sheet) return;
      for (const r of m.rows) sheet.values.push(r);
    } else {
      const progress = (p: { done: number; total: number; sheet: string }) =>
        post({ type: "progress", id: m.id, ...p });
      try {
        if (m.type === "run") {
          post({
            type: "result",
            id: m.id,
            result: check(sheets, m.options, m.crossTable, progress),
          });
        } else {
          post({
            type: "compared",
            id: m.id,
            result: compareWith(sheets, m.workbook, m.others, progress),
          });
        }
      } catch (e) {
        post({ type: "error", id: m.id, message: e instanceof Error ? e.message : String(e) });
      } finally {
        sheets = [];
      }
    }
  };
}
