/**
 * The check off the main thread: the messages between the page (task pane or web page) and the
 * check worker (the worker's side is check-handler.ts). The page sends the sheets in row chunks (so that no
 * single structured clone blocks it), then `run` or `compare`; the worker answers with progress
 * and the result. Every message carries its job's id: jobs may overlap (a live refresh during a
 * comparison), and the worker keeps each job's sheets apart. `cancel` drops a job's sheets; a
 * check the worker is running cannot be interrupted from inside, so when no other job needs the
 * worker the page replaces it instead (a fresh worker costs a few milliseconds).
 */
import type { CrossDocumentResult, CrossFinding, DocumentId } from "../core/documents";
import type { CellValue, CheckOptions, CheckResult, SheetData } from "../core/tables/model";

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
    }
  | { type: "cancel"; id: number };

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
