/**
 * The figures of a workbook's garanties overview and uitgaven/ontvangsten table as facts: per
 * scheme (row), measure (column kind) and calendar year, with the cell they stand in.
 */
import { formatDutch } from "../amount";
import { parseCurrencyAmount } from "../rules/loan-texts";
import { a1 } from "../tables/a1";
import type { CellValue, SheetData } from "../tables/model";
import type { ParsedColumn, ParsedTable } from "../tables/parsed";
import { usable } from "../tables/parsed";
import { isRealisation, resolveYear } from "./identify";
import type { DocumentId, Fact, Measure } from "./model";
import { articleNumber, schemeKey } from "./schemes";

const MEASURE: Partial<Record<string, Measure>> = {
  uitstaand: "uitstaand",
  verleend: "verleend",
  vervallen: "vervallen",
  plafond: "garantieplafond",
  "totaal-plafond": "totaal-plafond",
  "totaal-risicovoorziening": "risicovoorziening",
  uitgaven: "uitgaven",
  ontvangsten: "ontvangsten",
  risicovoorziening: "risicovoorziening",
  saldo: "saldo",
};

/** Ceilings are authorisations, never realisations. */
function isCeiling(m: Measure): boolean {
  return m === "garantieplafond" || m === "totaal-plafond";
}

/** Value of a sheet cell at 0-based sheet coordinates. */
export function cellAt(sheet: SheetData, row: number, col: number): CellValue | undefined {
  const o = sheet.origin ?? { row: 0, col: 0 };
  return sheet.values[row - o.row]?.[col - o.col];
}

function leftColumn(table: ParsedTable): number {
  const m = /^([A-Z]+)/.exec(table.range);
  let col = 0;
  for (const ch of m ? m[1] : "A") col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** The label columns of a table: from its left edge to the column before the first amount column. */
function labelColumns(table: ParsedTable): number[] {
  const first = Math.min(...table.columns.map((c) => c.col));
  const out: number[] = [];
  for (let c = leftColumn(table); c < first; c++) out.push(c);
  return out;
}

export interface RowLabel {
  label: string;
  key: string;
  article?: string;
  /** 0-based sheet column of the cell holding the label. */
  labelCol: number;
  articleCol?: number;
}

/** Description, scheme key and article of body row `i` of a table. */
export function rowLabel(sheet: SheetData, table: ParsedTable, i: number): RowLabel {
  const row = table.rows[i];
  const cols = labelColumns(table);
  let labelCol = cols.length ? cols[cols.length - 1] : 0;
  for (const c of cols) {
    const v = cellAt(sheet, row, c);
    if (typeof v === "string" && v.replace(/\s+/g, " ").trim() === table.labels[i]) labelCol = c;
  }
  const total = i === table.totalIndex;
  const out: RowLabel = {
    label: total ? "Totaal" : table.labels[i],
    key: total ? "totaal" : schemeKey(table.labels[i]),
    labelCol,
  };
  // The article: the first label cell before the description that carries a number.
  for (const c of cols) {
    if (c >= labelCol) break;
    const art = articleNumber(cellAt(sheet, row, c));
    const head = cellAt(sheet, table.headerRow, c);
    const isNr = typeof head === "string" && /^\s*nr\.?\s*$/i.test(head);
    if (art !== undefined && !isNr) {
      out.article = art;
      out.articleCol = c;
      break;
    }
  }
  return out;
}

function columnYear(table: ParsedTable, column: ParsedColumn, doc: DocumentId): number | undefined {
  if (column.kind === "totaal-risicovoorziening") {
    // Model 3.21b: the total of the reserve at the end of the year reported on (t).
    const last = table.years[table.years.length - 1];
    return resolveYear(last ?? "t", doc);
  }
  return resolveYear(column.year, doc);
}

/**
 * Loans of an annual report (model 3.21b: outstanding per 31 december of the year reported on),
 * keyed by name and term, since one document can list two loans of one name ("… 2,75%").
 */
function loanFacts(file: string, sheet: SheetData, table: ParsedTable, doc: DocumentId): Fact[] {
  if (doc.type !== "jaarverslag") return [];
  const euro = table.columns.find((c) => c.kind === "lening-uitstaand" && c.year === null);
  if (!euro) return [];
  const valuta = table.texts?.find((t) => t.kind === "valuta");
  const term = table.texts?.find((t) => t.kind === "looptijd");
  const out: Fact[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    if (table.breakdown[i] || i === table.totalIndex || !usable(euro.status[i])) continue;
    const label = rowLabel(sheet, table, i);
    const t = term?.cells[i];
    const c = valuta?.cells[i];
    const parsed = c ? parseCurrencyAmount(c) : undefined;
    const fact: Fact = {
      file,
      sheet: table.sheet,
      cell: a1(table.rows[i], euro.col),
      row: table.rows[i],
      col: euro.col,
      label: t ? `${label.label} (${t})` : label.label,
      key: t ? `${label.key} ${schemeKey(t)}` : label.key,
      measure: "lening",
      year: doc.year,
      value: euro.values[i],
      realisation: true,
      table: table.index,
    };
    if (parsed) fact.currency = `${parsed.currency} ${formatDutch(parsed.amount)}`;
    out.push(fact);
  }
  return out;
}

/** Every usable figure of the garanties and uitgaven/ontvangsten tables of one workbook. */
export function extractFacts(
  file: string,
  sheets: readonly SheetData[],
  tables: readonly ParsedTable[],
  doc: DocumentId
): Fact[] {
  const facts: Fact[] = [];
  for (const table of tables) {
    const sheet = sheets[table.sheetIndex];
    if (table.kind === "leningen") facts.push(...loanFacts(file, sheet, table, doc));
    if (table.kind !== "garanties" && table.kind !== "uitgaven-ontvangsten") continue;
    for (let i = 0; i < table.rows.length; i++) {
      if (table.breakdown[i]) continue;
      const label = rowLabel(sheet, table, i);
      for (const column of table.columns) {
        if (column.kind === "jaar") continue;
        const measure = MEASURE[column.kind];
        if (!measure) continue;
        if (!usable(column.status[i])) continue;
        const year = columnYear(table, column, doc);
        if (year === undefined) continue;
        const fact: Fact = {
          file,
          sheet: table.sheet,
          cell: a1(table.rows[i], column.col),
          row: table.rows[i],
          col: column.col,
          label: label.label,
          key: label.key,
          measure,
          year,
          value: column.values[i],
          realisation: !isCeiling(measure) && isRealisation(doc, year),
          table: table.index,
        };
        if (label.article !== undefined) fact.article = label.article;
        facts.push(fact);
      }
    }
  }
  return facts;
}
