/**
 * The metamorphic layout generator (issue 8): one table laid out the ways finance staff lay
 * tables out in Excel — a merged title, a header split over two rows with merges, blank rows at
 * every position, spacer columns, every footnote style, every spelling of the total row, side by
 * side with another table, stacked, shifted to H200, amounts stored as Dutch text. Each layout
 * says where the table's cells went, so findings can be compared modulo addresses.
 *
 * A subject is a table as the fixtures hold it: the title row, the header row (for a benutting
 * table the row of years), then the body; a garanties or uitgaven table ends with its Totaal row.
 */
import { formatDutch } from "../../src/core/amount";
import { checkSheets, recogniseSheets } from "../../src/core/tables/check";
import type { CellValue, SheetData } from "../../src/core/tables/model";
import {
  benuttingExportkredietverzekering2016,
  benuttingRegelingInvesteringen2016,
  garantiesOverzicht2016,
  uitgavenOntvangsten2016,
} from "./fixtures/tables-2016";
import { BENUTTING, GARANTIES, UITGAVEN } from "./support";
import type { Grid } from "./support";

export interface Subject {
  name: string;
  grid: Grid;
  /** "header": a garanties or uitgaven table; "benutting": year columns, role rows. */
  form: "header" | "benutting";
}

type Merge = NonNullable<SheetData["merges"]>[number];

/** One laid-out workbook: its sheets and the index of the subject among the recognised tables. */
export interface Placed {
  sheets: SheetData[];
  subject: number;
}

export interface Layout {
  name: string;
  /** Applies to this subject (blank rows need a body, total spellings a total row, …). */
  applies?: (s: Subject) => boolean;
  place(s: Subject, companion: Subject): Placed;
}

const copyGrid = (g: Grid): Grid => g.map((r) => [...r]);
const width = (g: Grid): number => Math.max(...g.map((r) => r.length));

function hasTotal(s: Subject): boolean {
  return s.form === "header" && s.grid.some((r) => r.some((v) => v === "Totaal"));
}

/** Index of the Totaal row and the column its label stands in. */
function totalCell(g: Grid): { row: number; col: number } {
  for (let r = 0; r < g.length; r++) {
    const c = g[r].indexOf("Totaal");
    if (c >= 0) return { row: r, col: c };
  }
  throw new Error("geen totaalregel");
}

/** Columns of the header row that hold amounts (those right of the label columns). */
export function amountColumns(s: Subject): number[] {
  const header = s.grid[1];
  const cols: number[] = [];
  if (s.form === "benutting") {
    header.forEach((v, c) => typeof v === "number" && cols.push(c));
    return cols;
  }
  header.forEach((v, c) => {
    if (typeof v === "string" && /\d{4}|plafond|uitgaven|ontvangsten|saldo/i.test(v)) cols.push(c);
  });
  return cols;
}

function firstAmountColumn(s: Subject): number {
  return amountColumns(s)[0];
}

function single(grid: Grid, extra: Partial<SheetData> = {}): Placed {
  return { sheets: [{ name: "Blad1", values: grid, ...extra }], subject: 0 };
}

function insertRows(g: Grid, at: number, rows: Grid): Grid {
  const out = copyGrid(g);
  out.splice(at, 0, ...rows);
  return out;
}

export function insertColumn(g: Grid, at: number): Grid {
  return g.map((r) => {
    const row = [...r];
    while (row.length < at) row.push(null);
    row.splice(at, 0, null);
    return row;
  });
}

/** The grid moved down `rows` and right `cols` by blank cells. */
function pad(g: Grid, rows: number, cols: number): Grid {
  const blank: Grid = Array.from({ length: rows }, () => []);
  return [...blank, ...g.map((r) => [...Array<CellValue>(cols).fill(null), ...r])];
}

function sideBySide(a: Grid, b: Grid, gap: number): Grid {
  const w = width(a);
  const out: Grid = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const left = [...(a[i] ?? [])];
    while (left.length < w + gap) left.push(null);
    out.push([...left, ...(b[i] ?? [])]);
  }
  return out;
}

/** Adds `marker` to every header text of an amount column (style of a footnote). */
function footnoteHeaders(s: Subject, marker: (text: string) => string): Grid {
  const g = copyGrid(s.grid);
  for (const c of amountColumns(s)) g[1][c] = marker(String(g[1][c]));
  return g;
}

/** Splits "Uitstaande garanties 2015" into its name and its year. */
function splitYear(text: string): { name: string; year: number | null } {
  const m = /^(.*?)\s*((?:19|20)\d\d)$/.exec(text);
  return m ? { name: m[1], year: Number(m[2]) } : { name: text, year: null };
}

/**
 * The header over two rows: the years above the names, each year merged over its columns, and
 * the label columns and year-less columns (Totaal plafond) merged down over both rows.
 */
export function twoRowHeader(s: Subject, below: boolean): { grid: Grid; merges: Merge[] } {
  const header = s.grid[1];
  const years: CellValue[] = [];
  const names: CellValue[] = [];
  const merges: Merge[] = [];
  const amounts = new Set(amountColumns(s));
  const yearOf = header.map((v, c) =>
    amounts.has(c) && typeof v === "string" ? splitYear(v).year : null
  );
  header.forEach((v, c) => {
    const y = yearOf[c];
    if (y === null) {
      years.push(below ? null : v);
      names.push(below ? v : null);
      return;
    }
    names.push(splitYear(String(v)).name);
    years.push(c > 0 && yearOf[c - 1] === y ? null : y);
  });
  // Year merges over runs of the same year; vertical merges for the rest.
  const yr = below ? 2 : 1;
  for (let c = 0; c < header.length; c++) {
    const y = yearOf[c];
    if (y === null) {
      if (header[c] !== null && header[c] !== undefined)
        merges.push({ top: 1, left: c, bottom: 2, right: c });
      continue;
    }
    let e = c;
    while (e + 1 < header.length && yearOf[e + 1] === y) e++;
    if (e > c) merges.push({ top: yr, left: c, bottom: yr, right: e });
    c = e;
  }
  const top = below ? names : years;
  const bottom = below ? years : names;
  const grid = [s.grid[0], top, bottom, ...copyGrid(s.grid.slice(2))];
  // Merged texts are stored in the top-left cell only (as Excel does).
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) grid[r][c] = null;
  }
  return { grid, merges };
}

/** Amounts stored as text the way a Dutch user types them: "13.373.678", "– 378". */
export function asDutchText(s: Subject): Grid {
  const g = copyGrid(s.grid);
  const cols = amountColumns(s);
  for (let r = 2; r < g.length; r++) {
    for (const c of cols) {
      const v = g[r][c];
      if (typeof v === "number") g[r][c] = formatDutch(v);
    }
  }
  return g;
}

const isHeaderTable = (s: Subject) => s.form === "header";

function blankRowLayouts(): Layout[] {
  // Position k: a blank row before body row k (0 = under the header). The longest subject (the
  // 2016 overview) has 22 body rows; positions beyond a subject's body do not apply to it.
  const out: Layout[] = [];
  for (let k = 0; k < 22; k++) {
    out.push({
      name: k === 0 ? "blank row under the header" : `blank row before body row ${k + 1}`,
      applies: (s) => isHeaderTable(s) && k < s.grid.length - 2,
      place: (s) => single(insertRows(s.grid, 2 + k, [[]])),
    });
  }
  return out;
}

const FOOTNOTES: Array<[string, (t: string) => string]> = [
  ["superscript ¹", (t) => `${t}¹`],
  ["asterisk *", (t) => `${t}*`],
  ["1)", (t) => `${t} 1)`],
  ["(1)", (t) => `${t} (1)`],
  ["2) glued", (t) => `${t}2)`],
  ["*)", (t) => `${t} *)`],
  ["digit glued to the word", (t) => `${t}1`],
  ["superscript run read as plain text", (t) => `${t} 2`],
];

const TOTAL_SPELLINGS = ["TOTAAL", "Totaal:", "Totaal generaal", "Eindtotaal", "Totaal garanties"];

export const LAYOUTS: Layout[] = [
  { name: "plain", place: (s) => single(copyGrid(s.grid)) },
  { name: "shifted to H200 (blank cells)", place: (s) => single(pad(s.grid, 199, 7)) },
  {
    name: "shifted to H200 (origin of a used range)",
    place: (s) => single(copyGrid(s.grid), { origin: { row: 199, col: 7 } }),
  },
  {
    name: "title merged over the table's width",
    place: (s) =>
      single(copyGrid(s.grid), {
        merges: [{ top: 0, left: 0, bottom: 0, right: width(s.grid) - 1 }],
      }),
  },
  {
    name: "header over two rows: years merged above the names, labels merged down",
    applies: isHeaderTable,
    place: (s) => {
      const { grid, merges } = twoRowHeader(s, false);
      return single(grid, { merges });
    },
  },
  {
    name: "header over two rows without merge information",
    applies: isHeaderTable,
    place: (s) => single(twoRowHeader(s, false).grid),
  },
  {
    name: "header over two rows: years under the names (annual report)",
    applies: isHeaderTable,
    place: (s) => {
      const { grid, merges } = twoRowHeader(s, true);
      return single(grid, { merges });
    },
  },
  ...blankRowLayouts(),
  {
    name: "two blank rows above Totaal",
    applies: hasTotal,
    place: (s) => single(insertRows(s.grid, totalCell(s.grid).row, [[], []])),
  },
  {
    name: 'a row of ="" formulas in the body',
    applies: isHeaderTable,
    place: (s) => {
      const at = 2 + Math.floor((s.grid.length - 2) / 2);
      return single(insertRows(s.grid, at, [Array<CellValue>(width(s.grid)).fill("")]));
    },
  },
  {
    name: "spacer column between labels and amounts",
    place: (s) => single(insertColumn(s.grid, firstAmountColumn(s))),
  },
  {
    name: "spacer column between two amount columns",
    place: (s) => {
      const cols = amountColumns(s);
      return single(insertColumn(s.grid, cols[Math.floor(cols.length / 2)]));
    },
  },
  ...FOOTNOTES.map(([style, mark]): Layout => ({
    name: `footnote ${style} on every amount header`,
    applies: isHeaderTable,
    place: (s) => single(footnoteHeaders(s, mark)),
  })),
  {
    name: "footnote 1) on the total label and ¹ on every row label",
    applies: hasTotal,
    place: (s) => {
      const g = copyGrid(s.grid);
      const t = totalCell(g);
      g[t.row][t.col] = "Totaal 1)";
      const label = firstAmountColumn(s) - 1;
      for (let r = 2; r < t.row; r++) if (typeof g[r][label] === "string") g[r][label] += "¹";
      return single(g);
    },
  },
  ...TOTAL_SPELLINGS.map((spelling): Layout => ({
    name: `total row spelt "${spelling}"`,
    applies: hasTotal,
    place: (s) => {
      const g = copyGrid(s.grid);
      const t = totalCell(g);
      g[t.row][t.col] = spelling;
      return single(g);
    },
  })),
  {
    name: "side by side: another table to the right",
    place: (s, other) => single(sideBySide(s.grid, other.grid, 2)),
  },
  {
    name: "side by side: another table to the left",
    place: (s, other) => ({
      sheets: [{ name: "Blad1", values: sideBySide(other.grid, s.grid, 1) }],
      subject: 1,
    }),
  },
  ...[1, 2].flatMap((gap): Layout[] => [
    {
      name: `side by side: a second benutting table to the right, ${gap} blank column(s) between`,
      applies: (s) => s.form === "benutting",
      place: (s) => single(sideBySide(s.grid, BENUTTING, gap)),
    },
    {
      name: `side by side: a second benutting table to the left, ${gap} blank column(s) between`,
      applies: (s) => s.form === "benutting",
      place: (s) => ({
        sheets: [{ name: "Blad1", values: sideBySide(BENUTTING, s.grid, gap) }],
        subject: 1,
      }),
    },
  ]),
  {
    name: "stacked under another table, a blank row between",
    place: (s, other) => ({
      sheets: [{ name: "Blad1", values: [...copyGrid(other.grid), [], ...copyGrid(s.grid)] }],
      subject: 1,
    }),
  },
  {
    name: "stacked on top of another table, no blank row between",
    place: (s, other) => single([...copyGrid(s.grid), ...copyGrid(other.grid)]),
  },
  {
    name: "on the second sheet, after a sheet with another table",
    place: (s, other) => ({
      sheets: [
        { name: "Eerste", values: copyGrid(other.grid) },
        { name: "Tweede", values: copyGrid(s.grid) },
      ],
      subject: 1,
    }),
  },
];

/** The fixture tables the suite lays out: the small test tables and the published 2016 tables. */
export const SUBJECTS: Subject[] = [
  { name: "garanties (small)", grid: GARANTIES, form: "header" },
  { name: "uitgaven/ontvangsten (small)", grid: UITGAVEN, form: "header" },
  { name: "benutting EKV 2012–2014", grid: BENUTTING, form: "benutting" },
  { name: "overzicht verstrekte garanties 2016", grid: garantiesOverzicht2016, form: "header" },
  { name: "uitgaven en ontvangsten 2016", grid: uitgavenOntvangsten2016, form: "header" },
  {
    name: "benutting Regeling Investeringen",
    grid: benuttingRegelingInvesteringen2016,
    form: "benutting",
  },
  {
    name: "benutting Exportkredietverzekering",
    grid: benuttingExportkredietverzekering2016,
    form: "benutting",
  },
];

/** The other table placed beside or above the subject: consistent, of another kind. */
export function companionOf(s: Subject): Subject {
  return s.grid === GARANTIES || s.grid === garantiesOverzicht2016
    ? { name: "uitgaven", grid: UITGAVEN, form: "header" }
    : { name: "garanties", grid: GARANTIES, form: "header" };
}

/**
 * Single-defect variants: one amount 1.000 higher (a typing error). Every amount of the small
 * tables; of the 2016 tables every 9th, which still reaches every column and many rows.
 */
export function defects(s: Subject): Array<{ name: string; grid: Grid }> {
  const cells: Array<[number, number]> = [];
  s.grid.forEach((row, r) => {
    if (r < 2) return;
    row.forEach((v, c) => {
      if (typeof v === "number" && !(s.form === "header" && c === 0)) cells.push([r, c]);
    });
  });
  const stride = cells.length > 40 ? 9 : 1;
  return cells
    .filter((_, i) => i % stride === 0)
    .map(([r, c]) => {
      const grid = s.grid.map((row) => [...row]);
      grid[r][c] = (grid[r][c] as number) + 1000;
      return { name: `R${r + 1}C${c + 1} + 1.000`, grid };
    });
}

export interface Shape {
  kind: string;
  /** The title read above the table's own columns: never a neighbour's. */
  title: string | undefined;
  years: string;
  unit: string;
  rows: number;
  others: number;
  findings: string[];
}

/**
 * What the checker says about the subject, without addresses: the table's kind, years, unit and
 * body size; each finding as rule, severity, figures, body row and column (kind and year); and
 * the number of findings on any other table (the companions are consistent: 0).
 */
export function shape(sheets: SheetData[], subject: number): Shape {
  const parsed = recogniseSheets(sheets);
  const result = checkSheets(sheets);
  const t = parsed[subject];
  if (!t) throw new Error(`tabel ${subject} niet herkend (${parsed.length} tabellen)`);
  const describe = (tableRow: number, col: number) => {
    const i = t.rows.indexOf(tableRow);
    const row = i >= 0 ? `rij ${i}` : tableRow === t.headerRow ? "kop" : `blad-rij ${tableRow}`;
    const c = t.columns.find((x) => x.col === col);
    const column = c ? `${c.kind} ${String(c.year)}` : `kolom ${col - t.columns[0].col}`;
    return `${row}, ${column}`;
  };
  return {
    kind: t.kind,
    title: t.title,
    years: t.years.join(" "),
    unit: t.unit,
    rows: t.rows.length,
    others: result.findings.filter((f) => f.table !== subject).length,
    findings: result.findings
      .filter((f) => f.table === subject)
      .map((f) => `${f.rule} ${f.severity} ${describe(f.row, f.col)}: ${f.expected} / ${f.actual}`)
      .sort(),
  };
}
