/**
 * The worker's side of the check protocol (check-protocol.ts): collects the sheets of a check and
 * runs the rules, or reads another .xlsx and runs the rules between documents. A module of its own
 * so that the page's bundle, which only sends messages, does not carry the rules and the reader.
 */
import {
  checkDocuments,
  crossTableFindings,
  type DocumentId,
  type WorkbookInput,
} from "../core/documents";
import { checkTables, recogniseSheets } from "../core/tables";
import type { CheckOptions, SheetData } from "../core/tables/model";
import { XlsxError, readWorkbook } from "../xlsx";
import type {
  CompareResult,
  CrossTableRequest,
  FromWorker,
  OtherFile,
  PaneCheckResult,
  ToWorker,
} from "./check-protocol";

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

/**
 * The worker's side: collects the sheets of each job and runs it. One instance per worker; jobs
 * may overlap (their messages interleave), so each job's sheets are kept by its id until its
 * `run` or `compare`, or its `cancel`.
 */
export function createCheckHandler(post: (m: FromWorker) => void): (m: ToWorker) => void {
  const staged = new Map<number, SheetData[]>();
  return (m) => {
    if (m.type === "cancel") {
      staged.delete(m.id);
    } else if (m.type === "sheet") {
      const sheet: SheetData = { ...(m.extra ?? {}), name: m.name, values: [] };
      if (m.origin) sheet.origin = m.origin;
      const sheets = staged.get(m.id);
      if (sheets) sheets.push(sheet);
      else staged.set(m.id, [sheet]);
    } else if (m.type === "rows") {
      const sheets = staged.get(m.id);
      const sheet = sheets?.[sheets.length - 1];
      if (!sheet) return;
      for (const r of m.rows) sheet.values.push(r);
    } else {
      const sheets = staged.get(m.id) ?? [];
      staged.delete(m.id);
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
      }
    }
  };
}
