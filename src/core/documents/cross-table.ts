/**
 * Rules between the tables of one workbook (one document):
 * - scheme-sets (warning): the garanties overview and the uitgaven/ontvangsten table list the
 *   same schemes under the same article (names matched as in schemes.ts; "Art. 3" = "Artikel 3").
 * - risk-reserve-agreement (error): the stand of the risicovoorziening of a scheme at the end of a
 *   year is the same wherever two tables state it (Totaalstand risicovoorziening in the overview,
 *   Stand risicovoorziening in the uitgaven/ontvangsten table).
 * - benutting-vs-overview (error): a benutting table's gross and lapsed amounts of a year equal
 *   the overview's Verleend and Vervallen of that year for the scheme, where both state the year.
 */
import { formatDutch } from "../amount";
import { subtract } from "../exact";
import { a1 } from "../tables/a1";
import type { SheetData } from "../tables/model";
import type { ParsedTable } from "../tables/parsed";
import { usable } from "../tables/parsed";
import { DASH } from "../vocabulary";
import type { CrossRuleMeta } from "./compare";
import { rowLabel } from "./facts";
import type { CrossCell, CrossFinding } from "./model";
import { SchemeMatcher, schemeKey } from "./schemes";

export const CROSS_TABLE_RULES: readonly CrossRuleMeta[] = [
  {
    id: "scheme-sets",
    title: "Regelingen verschillen tussen tabellen",
    description:
      "Het overzicht verstrekte garanties en het overzicht uitgaven en ontvangsten noemen dezelfde regelingen onder hetzelfde artikel.",
    severity: "warning",
    source: "RBV model 1.32e en 3.21b: beide tabellen per risicoregeling, geordend naar artikel",
  },
  {
    id: "risk-reserve-agreement",
    title: "Risicovoorziening verschilt tussen tabellen",
    description:
      "De stand van de risicovoorziening van een regeling eind jaar Y is gelijk in elke tabel die haar noemt.",
    severity: "error",
    source: "RBV model 3.21b (Totaalstand risicovoorziening) en 1.32e (Stand risicovoorziening)",
  },
  {
    id: "benutting-vs-overview",
    title: "Benutting verschilt van het overzicht",
    description:
      "De aangegane (bruto) en vervallen garantieverplichtingen van een jaar in een benuttingstabel zijn gelijk aan Verleend en Vervallen van dat jaar in het overzicht verstrekte garanties.",
    severity: "error",
    source: "Benutting garantieregeling en RBV model 1.32e: één bedrag per regeling en jaar",
  },
];

function q(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

interface SchemeRow {
  table: ParsedTable;
  index: number;
  label: string;
  key: string;
  article?: string;
  labelCell: CrossCell;
  articleCell?: CrossCell;
}

function schemeRows(file: string, sheets: readonly SheetData[], table: ParsedTable): SchemeRow[] {
  const out: SchemeRow[] = [];
  const sheet = sheets[table.sheetIndex];
  for (let i = 0; i < table.rows.length; i++) {
    if (i === table.totalIndex || table.breakdown[i]) continue;
    const l = rowLabel(sheet, table, i);
    const r: SchemeRow = {
      table,
      index: i,
      label: l.label,
      key: l.key,
      labelCell: { file, sheet: table.sheet, cell: a1(table.rows[i], l.labelCol) },
    };
    if (l.article !== undefined && l.articleCol !== undefined) {
      r.article = l.article;
      r.articleCell = { file, sheet: table.sheet, cell: a1(table.rows[i], l.articleCol) };
    }
    out.push(r);
  }
  return out;
}

function headerCell(file: string, t: ParsedTable): CrossCell {
  return { file, sheet: t.sheet, cell: t.range.split(":")[0] };
}

const KIND_NAME = {
  garanties: "het overzicht verstrekte garanties",
  "uitgaven-ontvangsten": "het overzicht uitgaven en ontvangsten",
} as const;

function schemeSets(
  file: string,
  g: ParsedTable,
  u: ParsedTable,
  gRows: SchemeRow[],
  uRows: SchemeRow[],
  out: CrossFinding[]
): void {
  const m = new SchemeMatcher();
  const gGroups = m.assign(gRows.map((r) => r.key));
  const uGroups = m.assign(uRows.map((r) => r.key));
  const byGroupU = new Map(uRows.map((r) => [uGroups.get(r.key) ?? r.key, r]));
  const byGroupG = new Map(gRows.map((r) => [gGroups.get(r.key) ?? r.key, r]));
  const missing = (row: SchemeRow, from: ParsedTable, other: ParsedTable): void => {
    const there = headerCell(file, other);
    out.push({
      rule: "scheme-sets",
      severity: "warning",
      message: `Regeling "${row.label}" staat in ${KIND_NAME[from.kind as keyof typeof KIND_NAME]} (${q(row.labelCell.sheet)}!${row.labelCell.cell}) maar niet in ${KIND_NAME[other.kind as keyof typeof KIND_NAME]} (${q(there.sheet)}!${there.cell}).`,
      expected: null,
      actual: null,
      cells: [row.labelCell, there],
    });
  };
  for (const r of gRows) {
    const other = byGroupU.get(gGroups.get(r.key) ?? r.key);
    if (!other) {
      missing(r, g, u);
      continue;
    }
    if (
      r.article &&
      other.article &&
      r.article !== other.article &&
      r.articleCell &&
      other.articleCell
    ) {
      out.push({
        rule: "scheme-sets",
        severity: "warning",
        message: `Regeling "${r.label}" staat in het overzicht verstrekte garanties onder artikel ${r.article} (${q(r.articleCell.sheet)}!${r.articleCell.cell}), maar in het overzicht uitgaven en ontvangsten onder artikel ${other.article} (${q(other.articleCell.sheet)}!${other.articleCell.cell}).`,
        expected: Number(r.article),
        actual: Number(other.article),
        cells: [r.articleCell, other.articleCell],
      });
    }
  }
  for (const r of uRows) if (!byGroupG.has(uGroups.get(r.key) ?? r.key)) missing(r, u, g);
}

interface Reserve {
  row: SchemeRow;
  year: number | string;
  value: number;
  cell: CrossCell;
}

function reserves(file: string, t: ParsedTable, rows: SchemeRow[]): Reserve[] {
  const out: Reserve[] = [];
  for (const c of t.columns) {
    if (c.kind !== "totaal-risicovoorziening" && c.kind !== "risicovoorziening") continue;
    const year = c.kind === "totaal-risicovoorziening" ? t.years[t.years.length - 1] : c.year;
    if (year === undefined || year === null) continue;
    for (const r of rows) {
      if (!usable(c.status[r.index])) continue;
      out.push({
        row: r,
        year,
        value: c.values[r.index],
        cell: { file, sheet: t.sheet, cell: a1(t.rows[r.index], c.col) },
      });
    }
  }
  return out;
}

function reserveAgreement(
  file: string,
  g: ParsedTable,
  u: ParsedTable,
  gRows: SchemeRow[],
  uRows: SchemeRow[],
  out: CrossFinding[]
): void {
  const rg = reserves(file, g, gRows);
  const ru = reserves(file, u, uRows);
  if (rg.length === 0 || ru.length === 0) return;
  const m = new SchemeMatcher();
  const gGroups = m.assign(gRows.map((r) => r.key));
  const uGroups = m.assign(uRows.map((r) => r.key));
  for (const a of rg) {
    const ga = gGroups.get(a.row.key) ?? a.row.key;
    for (const b of ru) {
      if ((uGroups.get(b.row.key) ?? b.row.key) !== ga || String(b.year) !== String(a.year))
        continue;
      if (a.value === b.value) continue;
      out.push({
        rule: "risk-reserve-agreement",
        severity: "error",
        message: `Stand risicovoorziening eind ${String(a.year)} van "${a.row.label}": ${formatDutch(a.value)} in het overzicht verstrekte garanties (${q(a.cell.sheet)}!${a.cell.cell}), maar ${formatDutch(b.value)} in het overzicht uitgaven en ontvangsten (${q(b.cell.sheet)}!${b.cell.cell}) (verschil ${formatDutch(subtract(b.value, a.value))}).`,
        expected: a.value,
        actual: b.value,
        cells: [a.cell, b.cell],
      });
    }
  }
}

/** The scheme a benutting table belongs to: its title after "Benutting garantieregeling" and a dash. */
function benuttingScheme(t: ParsedTable): string | undefined {
  const m = new RegExp(`^benutting garantieregeling\\s*${DASH}\\s*(.+)$`, "i").exec(t.title ?? "");
  if (!m) return undefined;
  return m[1].replace(/^\d+\.\s*/, "").trim();
}

function benuttingAgreement(
  file: string,
  g: ParsedTable,
  gRows: SchemeRow[],
  b: ParsedTable,
  out: CrossFinding[]
): void {
  const scheme = benuttingScheme(b);
  if (!scheme) return;
  const m = new SchemeMatcher();
  const groups = m.assign(gRows.map((r) => r.key));
  const key = schemeKey(scheme);
  const bGroup = m.assign([key]).get(key) ?? key;
  const row = gRows.find((r) => (groups.get(r.key) ?? r.key) === bGroup);
  if (!row) return;
  const pairs: Array<["bruto" | "vervallen", "verleend" | "vervallen", string]> = [
    ["bruto", "verleend", "aangegaan (bruto)"],
    ["vervallen", "vervallen", "vervallen"],
  ];
  for (const [role, kind, words] of pairs) {
    const bi = b.roles[role];
    if (bi === undefined) continue;
    for (const bc of b.columns) {
      const gc = g.columns.find(
        (c) => c.kind === kind && c.year !== null && String(c.year) === String(bc.year)
      );
      if (!gc || !usable(bc.status[bi]) || !usable(gc.status[row.index])) continue;
      const bv = bc.values[bi];
      const gv = gc.values[row.index];
      if (bv === gv) continue;
      const bCell: CrossCell = { file, sheet: b.sheet, cell: a1(b.rows[bi], bc.col) };
      const gCell: CrossCell = { file, sheet: g.sheet, cell: a1(g.rows[row.index], gc.col) };
      out.push({
        rule: "benutting-vs-overview",
        severity: "error",
        message: `${String(bc.year)}, "${row.label}": ${words} ${formatDutch(bv)} in de benuttingstabel (${q(bCell.sheet)}!${bCell.cell}), maar ${kind} ${formatDutch(gv)} in het overzicht verstrekte garanties (${q(gCell.sheet)}!${gCell.cell}) (verschil ${formatDutch(subtract(bv, gv))}).`,
        expected: gv,
        actual: bv,
        cells: [gCell, bCell],
      });
    }
  }
}

/** Every cross-table finding of one workbook, in a stable order (table order, then row). */
export function crossTableFindings(
  file: string,
  sheets: readonly SheetData[],
  tables: readonly ParsedTable[]
): CrossFinding[] {
  const out: CrossFinding[] = [];
  const overviews = tables.filter((t) => t.kind === "garanties");
  const flows = tables.filter((t) => t.kind === "uitgaven-ontvangsten");
  const benuttings = tables.filter((t) => t.kind === "benutting");
  // A workbook holds one risk paragraph: pair the first overview with the first flows table.
  const g = overviews[0];
  const u = flows[0];
  // Nothing to compare (one overview alone, however long): no scheme rows to read.
  if (!(g && (u || benuttings.length > 0))) return out;
  const rowsOf = new Map(
    [...overviews.slice(0, 1), ...flows.slice(0, 1)].map((t) => [t, schemeRows(file, sheets, t)])
  );
  if (g && u) {
    schemeSets(file, g, u, rowsOf.get(g) ?? [], rowsOf.get(u) ?? [], out);
    reserveAgreement(file, g, u, rowsOf.get(g) ?? [], rowsOf.get(u) ?? [], out);
  }
  if (g) {
    for (const b of benuttings) {
      benuttingAgreement(file, g, rowsOf.get(g) ?? [], b, out);
    }
  }
  return out;
}
