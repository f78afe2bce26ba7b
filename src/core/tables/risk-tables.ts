/**
 * The other tables of the risk paragraph (Overzicht risicoregelingen, RBV model 1.32e for the
 * budget and 3.21b for the annual report), besides the garanties overview, the uitgaven/
 * ontvangsten table and the benutting tables (recognise.ts):
 *
 * - Overzicht verstrekte leningen: a header row naming loan columns — Uitstaande lening (in €),
 *   Uitstaande lening in andere valuta, Looptijd lening, Verstrekt, Afgelost, other mutations
 *   (Koersverschil, Omzetting, Overige mutaties), the risk reserve columns of model 3.21b. Rows
 *   "Totaal …" are totals (the first such row above the items, as published, is the table's
 *   total; a "Totaal leningen Curaçao" row below an item is a subtotal of the items under it).
 * - Risicovoorziening (begrotingsreserve): columns Stand 1 januari | Storting (dotatie) |
 *   Onttrekking | Stand 31 december, per scheme; or the same as rows under a row of years.
 * - Overzicht achterborgstellingen: a row of years (t-2, t-1, t or 2020…) over the rows
 *   Achterborgstelling, Bufferkapitaal (fondsvermogen), Obligo, Stand risicovoorziening, usually
 *   in € mln; amounts written as "3,1 mld." are read in their own unit and converted to the
 *   table's unit (3,1 mld. in a table x € 1 mln = 3.100).
 */
import { DEFAULT_UNIT, UNIT, unitFactor } from "../vocabulary";
import { rangeA1 } from "./a1";
import { normaliseHeader, findYear, yearOnly } from "./headers";
import type { CellValue, SheetData, TableKind, YearLabel } from "./model";
import type { ParsedColumn, ParsedTable, RiskColumnKind, TextColumn } from "./parsed";
import { negatedColumns, readDataColumns } from "./parsed";
import { totalRoles } from "./totals";

type Row = CellValue[] | undefined;

function text(v: CellValue | undefined): string {
  if (typeof v === "string") return v.replace(/[\s\u00a0]+/g, " ").trim();
  if (typeof v === "number") return String(v);
  return "";
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** What a header names in a loan or reserve table; the year (if any) taken out. */
type HeaderHit =
  | { kind: RiskColumnKind; year: YearLabel | null }
  | { kind: "valuta" | "looptijd"; year: null }
  | { kind: "label"; year: null };

const LOAN: Array<[RegExp, RiskColumnKind | "valuta" | "looptijd"]> = [
  [/(?:andere|vreemde) valuta|^uitstaande? lening(?:en)? in valuta/, "valuta"],
  [/^looptijd(?: lening(?:en)?)?$/, "looptijd"],
  [
    /^(?:stand )?uitstaande? lening(?:en)?(?: (?:\(?in €\)?|in euro))?(?: (?:per )?(?:1 januari|31 december|ultimo))?$/,
    "lening-uitstaand",
  ],
  [/^(?:geraamd )?(?:te )?verstrek(?:t|te leningen|king(?:en)?|ken)$/, "lening-verstrekt"],
  [/^(?:geraamd )?(?:afgelost|aflossing(?:en)?|af te lossen)$/, "lening-afgelost"],
  [
    /^(?:overige mutaties?|mutaties?|koersverschil(?:len)?|koersresultaat|omzetting(?:en)?|herwaardering|kwijtschelding)$/,
    "lening-mutatie",
  ],
  [/^totaal ?stand risicovoorziening(?: \(in €\))?$/, "lening-voorziening"],
  [/^totaal ?stand mutatie volume risicovoorziening/, "lening-voorziening-mutatie"],
];

const RESERVE: Array<[RegExp, RiskColumnKind]> = [
  [/^(?:stand )?(?:per )?1 januari$|^beginstand$|^stand begin(?: ?jaar)?$/, "voorziening-begin"],
  [/^(?:storting(?:en)?|dotatie(?:s)?|toevoeging(?:en)?)$/, "voorziening-storting"],
  [/^onttrekking(?:en)?$/, "voorziening-onttrekking"],
  [/^(?:stand )?(?:per )?31 december$|^eindstand$|^stand eind(?: ?jaar)?$/, "voorziening-eind"],
];

const LABEL =
  /^(?:nr\.?|art\.?|artikel|omschrijving|regeling|lening(?:en)?|land|begrotingsartikel)$/;

function readRiskHeader(
  value: CellValue | undefined,
  family: "loan" | "reserve"
): HeaderHit | undefined {
  const t = text(value);
  if (t === "") return undefined;
  const normal = normaliseHeader(t);
  if (LABEL.test(normal)) return { kind: "label", year: null };
  // "(in €)" and "(in andere valuta)" are part of the name, never a footnote.
  const y = findYear(normal);
  const rest = (y ? y.rest : normal)
    .replace(/\s*\((?:in )?€\)\s*/g, " (in €) ")
    .replace(/\s+/g, " ")
    .trim();
  const year = y ? y.year : null;
  const table = family === "loan" ? LOAN : RESERVE;
  for (const [re, kind] of table) {
    if (re.test(rest) || re.test(normal)) {
      if (kind === "valuta" || kind === "looptijd") return { kind, year: null };
      return { kind, year };
    }
  }
  return undefined;
}

interface FoundHeader {
  row: number;
  family: "loan" | "reserve";
  hits: Map<number, HeaderHit>;
  left: number;
  right: number;
  firstData: number;
}

function headerAt(rows: Row[], r: number): FoundHeader | undefined {
  const row = rows[r];
  if (!row) return undefined;
  for (const family of ["loan", "reserve"] as const) {
    const hits = new Map<number, HeaderHit>();
    let data = 0;
    let loanWord = false;
    for (let c = 0; c < row.length; c++) {
      const h = readRiskHeader(row[c], family);
      if (!h) continue;
      hits.set(c, h);
      if (h.kind !== "label") data++;
      if (/lening/i.test(text(row[c]))) loanWord = true;
    }
    if (data < 2) continue;
    if (family === "loan" && !loanWord) continue;
    if (family === "reserve" && data < 3) continue;
    const cols = [...hits.keys()];
    const dataCols = cols.filter((c) => hits.get(c)?.kind !== "label");
    let left = Math.min(...cols);
    for (let c = left - 1; c >= 0; c--) if (!isBlank(row[c])) left = c;
    return {
      row: r,
      family,
      hits,
      left: Math.min(left, dataCols[0] - 1 < 0 ? 0 : dataCols[0] - 1),
      right: Math.max(...cols),
      firstData: Math.min(...dataCols),
    };
  }
  return undefined;
}

/**
 * True when a loan, reserve or achterborgstelling table starts at row r (its header row, or its
 * row of years over a labelled row), so that a table above it ends there.
 */
export function riskTableStarts(rows: Row[], r: number): boolean {
  const row = rows[r];
  if (!row) return false;
  // Called for every body row of the tables above: a cheap word test before reading headers.
  // (recognise.ts relies on these two tests: without either word this is false.)
  if (hasWord(row, RISK_HEADER_WORD) && headerAt(rows, r)) return true;
  if (!hasWord(rows[r + 1], RISK_ROLE_WORD)) return false;
  const first = row.findIndex((v) => yearOnly(v) !== undefined);
  return first > 0 && rowRole(rows[r + 1]?.[first - 1]) !== undefined;
}

/** A word every loan or reserve header row holds in one of its cells. */
export const RISK_HEADER_WORD =
  /lening|verstrek|aflos|afgelost|storting|dotatie|toevoeging|onttrekking|januari|december|stand/i;

/** A word of a row label of the tables laid out by year (ROW_ROLES). */
export const RISK_ROLE_WORD =
  /achterborg|buffer|vermogen|obligo|risicovoorziening|januari|december|storting|dotatie|toevoeging|onttrekking|stand/i;

function hasWord(row: Row, word: RegExp): boolean {
  if (!row) return false;
  for (const v of row) if (typeof v === "string" && word.test(v)) return true;
  return false;
}

const TOTAL = /^totaal\b/i;

function unitAndTitle(
  rows: Row[],
  top: number,
  minRow: number
): { unit: string; euroPerUnit: number | null; title?: string } {
  let unit: string | undefined;
  let title: string | undefined;
  for (let r = top - 1; r >= Math.max(minRow, top - 3); r--) {
    for (const v of rows[r] ?? []) {
      if (typeof v !== "string" || v.trim() === "") continue;
      const m = UNIT.exec(v);
      if (m && unit === undefined) unit = `x € ${m[1].replace(/[\s\u00a0]+/g, " ")}`;
      const t = text(v)
        .replace(
          /\(?\s*(?:bedragen\s+)?x\s*€?\s*1(?:[.\u00a0 ]?000)*(?:\s*(?:mln|mld|miljoen|miljard)\.?)?\s*\)?/i,
          ""
        )
        .trim();
      if (t && title === undefined) title = t.replace(/\s+/g, " ");
    }
  }
  return {
    unit: unit ?? DEFAULT_UNIT,
    euroPerUnit: unit === undefined ? null : unitFactor(unit),
    title,
  };
}

export { unitFactor };

function newColumn(
  col: number,
  header: string,
  kind: ParsedColumn["kind"],
  year: YearLabel | null,
  n: number
): ParsedColumn {
  return {
    col,
    header,
    sign: 1,
    checked: new Uint8Array(n),
    kind,
    year,
    values: new Float64Array(n),
    status: new Uint8Array(n),
    notes: new Map(),
  };
}

interface Built {
  table: ParsedTable;
  lastRow: number;
}

function buildColumnTable(
  sheet: SheetData,
  rows: Row[],
  h: FoundHeader,
  sheetIndex: number,
  minRow: number
): Built {
  const o = sheet.origin ?? { row: 0, col: 0 };
  const body: number[] = [];
  for (let r = h.row + 1; r < rows.length; r++) {
    const row = rows[r];
    let filled = false;
    for (let c = h.left; c <= h.right; c++) if (!isBlank(row?.[c])) filled = true;
    if (!filled) {
      // A spacer row inside the table (the published loan table has one under its totals).
      let more = false;
      for (let k = r + 1; k <= Math.min(rows.length - 1, r + 1); k++)
        for (let c = h.left; c < h.firstData; c++) if (!isBlank(rows[k]?.[c])) more = true;
      if (more && body.length > 0) continue;
      break;
    }
    if (r !== h.row && headerAt(rows, r)) break;
    body.push(r);
  }
  const labels = body.map((r) => {
    for (let c = h.firstData - 1; c >= h.left; c--) {
      const t = text(rows[r]?.[c]);
      if (t) return t;
    }
    return `rij ${r + o.row + 1}`;
  });
  const isTotal = labels.map((l) => TOTAL.test(l));
  const isBreakdown = labels.map((l) => /^(?:waarvan|w\.\s?v\.)/i.test(l));
  // As published (IV, model 3.21b) the totals stand above the items: "Totaal verstrekte
  // leningen" over "Totaal leningen Curaçao", then the loans to Curaçao. Below the items works
  // as in the garanties tables (tables/totals.ts).
  const totals = totalRoles(
    labels.length,
    labels.flatMap((_, i) => (isTotal[i] ? [i] : [])),
    (i) => !isTotal[i] && !isBreakdown[i],
    (i) => normaliseHeader(labels[i])
  );
  const group = labels.map((_, i) => isTotal[i] && i !== totals.totalIndex);
  const n = body.length;
  const columns: ParsedColumn[] = [];
  const texts: TextColumn[] = [];
  const { unit, euroPerUnit, title } = unitAndTitle(rows, h.row, minRow);
  for (const [c, hit] of [...h.hits].sort((a, b) => a[0] - b[0])) {
    if (hit.kind === "label") continue;
    const header = text(rows[h.row]?.[c]);
    if (hit.kind === "valuta" || hit.kind === "looptijd") {
      texts.push({
        kind: hit.kind,
        col: c + o.col,
        header,
        cells: body.map((r) => {
          const v = rows[r]?.[c];
          return isBlank(v) ? null : text(v);
        }),
      });
      continue;
    }
    const col = newColumn(c + o.col, header, hit.kind, hit.year, n);
    readDataColumns([col], [c], rows, body, euroPerUnit);
    columns.push(col);
  }
  const years: YearLabel[] = [];
  for (const c of columns)
    if (c.year !== null && !years.some((y) => String(y) === String(c.year))) years.push(c.year);
  const kind: TableKind = h.family === "loan" ? "leningen" : "risicovoorziening";
  const unknownHeaders: ParsedTable["unknownHeaders"] = [];
  for (let c = h.firstData; c <= h.right; c++) {
    const v = rows[h.row]?.[c];
    if (!isBlank(v) && !h.hits.has(c)) {
      unknownHeaders.push({
        row: h.row + o.row,
        col: c + o.col,
        text: text(v),
        why: "de kop komt met geen bekende kolom van dit overzicht overeen",
      });
    }
  }
  const last = n ? body[n - 1] : h.row;
  return {
    lastRow: last,
    table: {
      ...baseTable(sheet, sheetIndex, kind, { unit, euroPerUnit, title }, years, body, labels),
      range: rangeA1(h.row + o.row, h.left + o.col, last + o.row, h.right + o.col),
      headerTop: h.row + o.row,
      headerRow: h.row + o.row,
      totalIndex: totals.totalIndex,
      breakdown: labels.map((_, i) => isBreakdown[i] || group[i]),
      subtotal: group,
      totalsAbove: totals.above,
      columns,
      // Afgelost published as negative amounts (sign convention), like Vervallen.
      negated: negatedColumns(columns, h.row + o.row),
      unknownHeaders,
      texts,
    },
  };
}

/**
 * The fields every loan, reserve and achterborgstelling table shares; the builders add their
 * range, header rows, columns and row roles.
 */
function baseTable(
  sheet: SheetData,
  sheetIndex: number,
  kind: TableKind,
  unitTitle: { unit: string; euroPerUnit: number | null; title?: string },
  years: YearLabel[],
  body: number[],
  labels: string[]
): Omit<ParsedTable, "range" | "headerTop" | "headerRow" | "columns"> {
  const o = sheet.origin ?? { row: 0, col: 0 };
  return {
    index: 0,
    sheet: sheet.name,
    sheetIndex,
    kind,
    unit: unitTitle.unit,
    euroPerUnit: unitTitle.euroPerUnit,
    title: unitTitle.title,
    years,
    rows: body.map((r) => r + o.row),
    labels,
    totalIndex: -1,
    breakdown: body.map(() => false),
    subtotal: body.map(() => false),
    unknownHeaders: [],
    roles: {},
    roleSign: {},
    negated: [],
  };
}

/** Row roles of the tables laid out as a row of years over labelled rows. */
const ROW_ROLES: Array<[RegExp, RiskColumnKind, TableKind]> = [
  [/^achterborgstelling(?:en)?$/, "achterborg-achterborgstelling", "achterborgstellingen"],
  [
    /^(?:bufferkapitaal|fondsvermogen|garantievermogen)$/,
    "achterborg-buffer",
    "achterborgstellingen",
  ],
  [/^obligo$/, "achterborg-obligo", "achterborgstellingen"],
  [/^(?:stand )?risicovoorziening$/, "achterborg-voorziening", "achterborgstellingen"],
  [
    /^(?:stand )?(?:per )?1 januari$|^beginstand$|^stand begin(?: ?jaar)?$/,
    "voorziening-begin",
    "risicovoorziening",
  ],
  [
    /^(?:storting(?:en)?|dotatie(?:s)?|toevoeging(?:en)?)$/,
    "voorziening-storting",
    "risicovoorziening",
  ],
  [/^onttrekking(?:en)?$/, "voorziening-onttrekking", "risicovoorziening"],
  [
    /^(?:stand )?(?:per )?31 december$|^eindstand$|^stand eind(?: ?jaar)?$/,
    "voorziening-eind",
    "risicovoorziening",
  ],
];

function rowRole(v: CellValue | undefined): [RiskColumnKind, TableKind] | undefined {
  const t = text(v);
  if (!t) return undefined;
  const n = normaliseHeader(t);
  for (const [re, role, kind] of ROW_ROLES) if (re.test(n)) return [role, kind];
  return undefined;
}

function buildRowTable(
  sheet: SheetData,
  rows: Row[],
  r: number,
  sheetIndex: number,
  minRow: number
): Built | undefined {
  const row = rows[r];
  if (!row) return undefined;
  const yearCols: Array<[number, YearLabel]> = [];
  for (let c = 0; c < row.length; c++) {
    const y = yearOnly(row[c]);
    if (y !== undefined) yearCols.push([c, y]);
  }
  if (yearCols.length < 1) return undefined;
  const labelCol = yearCols[0][0] - 1;
  if (labelCol < 0) return undefined;
  const body: number[] = [];
  const roles: RiskColumnKind[] = [];
  let kind: TableKind | undefined;
  for (let k = r + 1; k < rows.length; k++) {
    const role = rowRole(rows[k]?.[labelCol]);
    if (!role || (kind && role[1] !== kind)) break;
    kind = role[1];
    body.push(k);
    roles.push(role[0]);
  }
  if (!kind || body.length < 2) return undefined;
  // The header row's label cell may name the table ("Omschrijving"); nothing else may stand in it.
  const o = sheet.origin ?? { row: 0, col: 0 };
  const unitTitle = unitAndTitle(rows, r, minRow);
  const n = body.length;
  const columns = yearCols.map(([c, y]) => {
    const col = newColumn(c + o.col, text(row[c]), "jaar", y, n);
    readDataColumns([col], [c], rows, body, unitTitle.euroPerUnit);
    return col;
  });
  const last = body[n - 1];
  const years = yearCols.map(([, y]) => y);
  const labels = body.map((k) => text(rows[k]?.[labelCol]));
  return {
    lastRow: last,
    table: {
      ...baseTable(sheet, sheetIndex, kind, unitTitle, years, body, labels),
      range: rangeA1(
        r + o.row,
        labelCol + o.col,
        last + o.row,
        yearCols[yearCols.length - 1][0] + o.col
      ),
      headerTop: r + o.row,
      headerRow: r + o.row,
      columns,
      rowRoles: roles,
    },
  };
}

/**
 * The loan, reserve and achterborgstelling tables of a sheet, outside the rows `taken` by the
 * tables recognise.ts found.
 */
export function recogniseRiskTables(
  sheet: SheetData,
  sheetIndex: number,
  taken: ReadonlyArray<[number, number]>
): ParsedTable[] {
  const rows = sheet.values;
  const o = sheet.origin ?? { row: 0, col: 0 };
  const out: ParsedTable[] = [];
  /** The last grid row of a taken block holding row r, or -1: its rows are skipped at once. */
  const takenUntil = (r: number): number => {
    for (const [a, b] of taken) if (r + o.row >= a && r + o.row <= b) return b - o.row;
    return -1;
  };
  let minRow = 0;
  for (let r = 0; r < rows.length; r++) {
    const until = takenUntil(r);
    if (until >= 0) {
      r = until;
      continue;
    }
    const h = headerAt(rows, r);
    const built = h
      ? buildColumnTable(sheet, rows, h, sheetIndex, minRow)
      : buildRowTable(sheet, rows, r, sheetIndex, minRow);
    if (!built) continue;
    out.push(built.table);
    r = built.lastRow;
    minRow = r + 1;
  }
  return out;
}
