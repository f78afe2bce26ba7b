/**
 * The check off the main thread: the messages between the page (task pane or web page) and the
 * check worker, and the worker's side of them. The page sends the sheets in row chunks (so that no
 * single structured clone blocks it), then `run`; the worker answers with progress per table and
 * the result. Cancelling is terminating the worker: a check in progress cannot be interrupted from
 * inside, and a fresh worker costs a few milliseconds.
 */
import { checkSheets } from "../core/tables";
import type { CellValue, CheckOptions, CheckResult, SheetData } from "../core/tables/model";

/** Rows per `rows` message: about 1–5 ms of structured cloning each for typical tables. */
export const CHUNK_ROWS = 2000;

export type ToWorker =
  | {
      type: "sheet";
      id: number;
      name: string;
      origin?: SheetData["origin"];
      extra?: Partial<SheetData>;
    }
  | { type: "rows"; id: number; rows: CellValue[][] }
  | { type: "run"; id: number; options: CheckOptions };

export type FromWorker =
  | { type: "progress"; id: number; done: number; total: number; sheet: string }
  | { type: "result"; id: number; result: CheckResult }
  | { type: "error"; id: number; message: string };

/** The messages that carry `sheets` and `options` to the worker for check `id`. */
export function* messagesFor(
  id: number,
  sheets: SheetData[],
  options: CheckOptions
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
  yield { type: "run", id, options };
}

/** The worker's side: collects the sheets of a check and runs it. One instance per worker. */
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
      try {
        const result = checkSheets(sheets, m.options, (p) =>
          post({ type: "progress", id: m.id, ...p })
        );
        post({ type: "result", id: m.id, result });
      } catch (e) {
        post({ type: "error", id: m.id, message: e instanceof Error ? e.message : String(e) });
      } finally {
        sheets = [];
      }
    }
  };
}
