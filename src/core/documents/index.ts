/**
 * Checks between tables and between documents. Pure TypeScript: the front ends read the
 * workbooks, this module recognises, identifies and compares them.
 */
import { recogniseSheets } from "../tables/check";
import type { SheetData } from "../tables/model";
import type { ParsedTable } from "../tables/parsed";
import { compareDocuments } from "./compare";
import { crossTableFindings } from "./cross-table";
import { extractFacts } from "./facts";
import { documentWords, identifyDocument } from "./identify";
import type {
  CrossDocumentResult,
  DocumentFacts,
  DocumentId,
  DocumentIdentification,
} from "./model";

export * from "./model";
export { CROSS_DOCUMENT_RULES, compareDocuments, orderDocuments } from "./compare";
export type { CrossRuleMeta } from "./compare";
export { CROSS_TABLE_RULES, crossTableFindings } from "./cross-table";
export { extractFacts } from "./facts";
export { MEASURE_LABEL } from "./measure-labels";
export {
  documentLabel,
  documentWords,
  identifyDocument,
  isRealisation,
  parseDocumentSpec,
  publicationOrder,
  resolveYear,
} from "./identify";
export { SchemeMatcher, articleNumber, sameScheme, schemeKey, similarSchemeKeys } from "./schemes";

export interface WorkbookInput {
  /** The name the user knows the file by (a path as given, or a file name). */
  file: string;
  sheets: SheetData[];
  /** The document type and year when given by the user (`--document FILE=JV2024`). */
  document?: DocumentId;
  /** The tables as already recognised (saves recognising twice). */
  tables?: ParsedTable[];
}

/** The cross-table findings of one workbook. */
export function checkWorkbookTables(
  file: string,
  sheets: SheetData[]
): ReturnType<typeof crossTableFindings> {
  return crossTableFindings(file, sheets, recogniseSheets(sheets));
}

/**
 * Identifies each workbook's document and compares them. Workbooks whose document type and year
 * are not known are named in `documents` with the reason and left out of the comparison.
 */
export function checkDocuments(workbooks: readonly WorkbookInput[]): CrossDocumentResult {
  const documents: DocumentIdentification[] = [];
  const docs: DocumentFacts[] = [];
  for (const w of workbooks) {
    const tables = w.tables ?? recogniseSheets(w.sheets);
    let id: DocumentId | null;
    let reason: string;
    if (w.document) {
      id = w.document;
      reason = `opgegeven: ${documentWords(w.document)}`;
    } else {
      ({ id, reason } = identifyDocument(w.sheets, tables));
    }
    documents.push({ file: w.file, id, reason });
    if (!id) continue;
    docs.push({
      file: w.file,
      id,
      facts: extractFacts(w.file, w.sheets, tables, id),
      overviews: tables
        .filter((t) => t.kind === "garanties")
        .map((t) => ({ file: w.file, sheet: t.sheet, cell: t.range.split(":")[0] })),
    });
  }
  if (docs.length < 2) return { documents, findings: [], timelines: [] };
  const { findings, timelines } = compareDocuments(docs);
  return { documents, findings, timelines };
}
