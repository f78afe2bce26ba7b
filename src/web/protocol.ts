/**
 * The web page's worker: reads a dropped .xlsx with the project's reader (src/xlsx) and checks it
 * with the core, off the page's thread. One message per file; the bytes are transferred, not
 * copied. Errors come back as the reader's code and Dutch sentence.
 */
import { checkSheets } from "../core/tables";
import type { CheckOptions, CheckResult } from "../core/tables/model";
import { XlsxError, readWorkbook } from "../xlsx";

export interface FileRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
  options: CheckOptions;
}

export type FileAnswer =
  | { id: number; type: "progress"; phase: "read" | "check"; done: number; total: number }
  | { id: number; type: "result"; result: CheckResult }
  | { id: number; type: "error"; error: { code: string; message: string } };

/** The worker's work for one file; `post` sends answers back. */
export function readAndCheck(req: FileRequest, post: (a: FileAnswer) => void): void {
  try {
    post({ id: req.id, type: "progress", phase: "read", done: 0, total: 1 });
    const { sheets } = readWorkbook(new Uint8Array(req.bytes));
    const result = checkSheets(sheets, req.options, (p) =>
      post({ id: req.id, type: "progress", phase: "check", done: p.done, total: p.total })
    );
    post({ id: req.id, type: "result", result });
  } catch (e) {
    const error =
      e instanceof XlsxError
        ? { code: e.code, message: e.message }
        : {
            code: "internal",
            message: `de controle is afgebroken (${e instanceof Error ? e.message : String(e)}).`,
          };
    post({ id: req.id, type: "error", error });
  }
}
