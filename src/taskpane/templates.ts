/**
 * Layout of the empty tables the pane inserts (Sjablonen): which headers, which EKV formulas
 * where. Pure: no Office calls, so it is unit-tested and checked against `checkSheets`.
 *
 * Headers follow the published 2016 tables of hoofdstuk IX (seed 002) and the RBV models:
 * - Overzicht verstrekte garanties: Nr. | Artikel | Omschrijving | Uitstaande garanties Y0 |
 *   per following year: Geraamd te verlenen Y | Geraamd te vervallen Y | Uitstaande garanties Y |
 *   Garantieplafond Y | and at the end Totaal plafond; a Totaal row.
 * - Overzicht uitgaven en ontvangsten garanties: Nr. | Artikel | Omschrijving | per year
 *   Uitgaven Y | Ontvangsten Y | Saldo Y; a Totaal row.
 * - Benutting garantieregeling: a header row of years; rows bruto, vervallen, netto.
 *
 * Formulas are invariant (English) syntax as `range.formulas` requires: comma separators.
 */
import {
  BENUTTING_ROW_LABELS,
  DATA_COLUMNS,
  type DataColumnKind,
  LABEL_COLUMNS,
  NEGATIVE_DASH,
  TABLE_KIND_NAMES,
  TOTAL_LABEL,
  UNIT_TITLE,
} from "../core/vocabulary";
import { a1, columnName } from "./address";

export type TemplateKind = "garanties" | "uitgaven-ontvangsten" | "benutting";

export interface TemplateOptions {
  kind: TemplateKind;
  firstYear: number;
  lastYear: number;
  /** Number of empty item rows (garanties, uitgaven-ontvangsten). */
  itemRows: number;
}

export type TemplateProblem =
  | { code: "year-invalid" }
  | { code: "year-order" }
  | { code: "too-many-years"; max: number }
  | { code: "garanties-two-years" }
  | { code: "rows-invalid"; max: number };

export const MAX_YEARS = 10;
export const MAX_ITEM_ROWS = 200;

/**
 * Dutch number format with an en dash for negatives, as an invariant code: Excel shows the
 * locale's separators (1.234 in Dutch Excel) and "– 1.234" for negatives.
 */
export const AMOUNT_FORMAT = `#,##0;"${NEGATIVE_DASH} "#,##0`;

const titleOf = (kind: TemplateKind) => `${TABLE_KIND_NAMES[kind]} ${UNIT_TITLE}`;

export const TITLES: Record<TemplateKind, string> = {
  garanties: titleOf("garanties"),
  "uitgaven-ontvangsten": titleOf("uitgaven-ontvangsten"),
  benutting: titleOf("benutting"),
};

export const BENUTTING_ROWS = [
  BENUTTING_ROW_LABELS.bruto,
  BENUTTING_ROW_LABELS.vervallen,
  BENUTTING_ROW_LABELS.netto,
];

export function validateTemplateOptions(o: TemplateOptions): TemplateProblem | null {
  const okYear = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 2200;
  if (!okYear(o.firstYear) || !okYear(o.lastYear)) return { code: "year-invalid" };
  if (o.lastYear < o.firstYear) return { code: "year-order" };
  if (o.lastYear - o.firstYear + 1 > MAX_YEARS) return { code: "too-many-years", max: MAX_YEARS };
  if (o.kind === "garanties" && o.lastYear === o.firstYear) return { code: "garanties-two-years" };
  if (
    o.kind !== "benutting" &&
    (!Number.isInteger(o.itemRows) || o.itemRows < 1 || o.itemRows > MAX_ITEM_ROWS)
  ) {
    return { code: "rows-invalid", max: MAX_ITEM_ROWS };
  }
  return null;
}

export interface TemplateLayout {
  /** Cells relative to the anchor: invariant formulas, texts, or null (left empty). */
  cells: Array<Array<string | null>>;
  numberFormat: Array<Array<string | null>>;
  /** Row offsets to make bold (header and total). */
  boldRows: number[];
  /** Relative position of the table itself (title row included) and of the check cell. */
  tableRows: number;
  tableCols: number;
  check: { row: number; col: number; formula: string };
  /** A1 range of the table (header row to last row), as EKV.CONTROLEER receives it. */
  tableRange: string;
}

interface Column {
  header: string;
  /** Formula for an item row r (absolute sheet row), or null for an input cell. */
  item: ((r: number) => string) | null;
  numeric: boolean;
}

function years(o: TemplateOptions): number[] {
  const out: number[] = [];
  for (let y = o.firstYear; y <= o.lastYear; y++) out.push(y);
  return out;
}

/** Builds the layout with its top-left (the title cell) at 0-based sheet position `anchor`. */
export function buildTemplate(
  o: TemplateOptions,
  anchor: { row: number; col: number }
): TemplateLayout {
  const problem = validateTemplateOptions(o);
  if (problem) throw new Error(`ongeldige sjabloonopties: ${problem.code}`);
  return o.kind === "benutting" ? benutting(o, anchor) : itemTable(o, anchor);
}

function itemTable(o: TemplateOptions, anchor: { row: number; col: number }): TemplateLayout {
  const ys = years(o);
  const cols: Column[] = [
    { header: LABEL_COLUMNS.nr.header, item: null, numeric: false },
    { header: LABEL_COLUMNS.artikel.header, item: null, numeric: false },
    { header: LABEL_COLUMNS.omschrijving.header, item: null, numeric: false },
  ];
  // Absolute column of a column index in `cols` (resolved lazily: formulas refer to later columns).
  const at = (i: number) => columnName(anchor.col + i);
  const head = (kind: DataColumnKind, y?: number) =>
    y === undefined ? DATA_COLUMNS[kind].header : `${DATA_COLUMNS[kind].header} ${y}`;
  if (o.kind === "garanties") {
    let lastU = cols.length;
    cols.push({ header: head("uitstaand", ys[0]), item: null, numeric: true });
    for (const y of ys.slice(1)) {
      const prevU = lastU;
      const v = cols.length;
      lastU = v + 2;
      const vv = v + 1;
      cols.push({ header: head("verleend", y), item: null, numeric: true });
      cols.push({ header: head("vervallen", y), item: null, numeric: true });
      cols.push({
        header: head("uitstaand", y),
        item: (r) => `=EKV.UITSTAAND(${at(prevU)}${r + 1},${at(v)}${r + 1},${at(vv)}${r + 1})`,
        numeric: true,
      });
      cols.push({ header: head("plafond", y), item: null, numeric: true });
    }
    cols.push({ header: head("totaal-plafond"), item: null, numeric: true });
  } else {
    for (const y of ys) {
      const u = cols.length;
      const ont = u + 1;
      cols.push({ header: head("uitgaven", y), item: null, numeric: true });
      cols.push({ header: head("ontvangsten", y), item: null, numeric: true });
      cols.push({
        header: head("saldo", y),
        item: (r) => `=EKV.SALDO(${at(u)}${r + 1},${at(ont)}${r + 1})`,
        numeric: true,
      });
    }
  }

  const headerRow = anchor.row + 1;
  const firstItem = headerRow + 1;
  const lastItem = headerRow + o.itemRows;
  const totalRow = lastItem + 1;
  const cells: Array<Array<string | null>> = [];
  const nf: Array<Array<string | null>> = [];
  const width = cols.length + 2; // table, a blank column, the check cell

  const title: Array<string | null> = new Array(width).fill(null);
  title[0] = TITLES[o.kind];
  cells.push(title);
  nf.push(new Array(width).fill(null));

  const header: Array<string | null> = new Array(width).fill(null);
  cols.forEach((c, i) => (header[i] = c.header));
  cells.push(header);
  nf.push(new Array(width).fill(null));

  for (let r = firstItem; r <= lastItem; r++) {
    const row: Array<string | null> = new Array(width).fill(null);
    const f: Array<string | null> = new Array(width).fill(null);
    cols.forEach((c, i) => {
      if (c.item) row[i] = c.item(r);
      if (c.numeric) f[i] = AMOUNT_FORMAT;
    });
    cells.push(row);
    nf.push(f);
  }

  const total: Array<string | null> = new Array(width).fill(null);
  const tf: Array<string | null> = new Array(width).fill(null);
  total[2] = TOTAL_LABEL;
  cols.forEach((c, i) => {
    if (!c.numeric) return;
    total[i] = `=EKV.TOTAAL(${at(i)}${firstItem + 1}:${at(i)}${lastItem + 1})`;
    tf[i] = AMOUNT_FORMAT;
  });
  cells.push(total);
  nf.push(tf);

  const tableRange = `${a1(headerRow, anchor.col)}:${a1(totalRow, anchor.col + cols.length - 1)}`;
  const check = {
    row: totalRow - anchor.row,
    col: cols.length + 1,
    formula: `=EKV.CONTROLEER(${tableRange})`,
  };
  cells[check.row][check.col] = check.formula;
  return {
    cells,
    numberFormat: nf,
    boldRows: [1, cells.length - 1],
    tableRows: cells.length,
    tableCols: cols.length,
    check,
    tableRange,
  };
}

function benutting(o: TemplateOptions, anchor: { row: number; col: number }): TemplateLayout {
  const ys = years(o);
  const tableCols = ys.length + 1;
  const width = tableCols + 2;
  const headerRow = anchor.row + 1;
  const bruto = headerRow + 1;
  const vervallen = headerRow + 2;
  const netto = headerRow + 3;
  const blank = () => new Array<string | null>(width).fill(null);
  const cells: Array<Array<string | null>> = [];
  const nf: Array<Array<string | null>> = [];

  const title = blank();
  title[0] = TITLES.benutting;
  cells.push(title);
  nf.push(blank());

  const header = blank();
  header[0] = "";
  ys.forEach((y, i) => (header[i + 1] = String(y)));
  cells.push(header);
  nf.push(blank());

  for (const [k, label] of BENUTTING_ROWS.entries()) {
    const row = blank();
    const f = blank();
    row[0] = label;
    ys.forEach((_, i) => {
      const c = columnName(anchor.col + i + 1);
      f[i + 1] = AMOUNT_FORMAT;
      if (k === 2) row[i + 1] = `=EKV.NETTO(${c}${bruto + 1},${c}${vervallen + 1})`;
    });
    cells.push(row);
    nf.push(f);
  }
  // The header's first cell is blank in the publication; null leaves it empty.
  cells[1][0] = null;

  const tableRange = `${a1(headerRow, anchor.col)}:${a1(netto, anchor.col + tableCols - 1)}`;
  const check = { row: 4, col: tableCols + 1, formula: `=EKV.CONTROLEER(${tableRange})` };
  cells[check.row][check.col] = check.formula;
  return {
    cells,
    numberFormat: nf,
    boldRows: [1],
    tableRows: cells.length,
    tableCols,
    check,
    tableRange,
  };
}

/**
 * An invariant formula in Dutch notation for display: argument separators `;`, decimal comma,
 * TRUE/FALSE as WAAR/ONWAAR. Text in quotes is left as it is.
 */
export function toDutchNotation(formula: string): string {
  // Split on quotes: the even pieces are outside text literals ("" inside text gives an empty
  // piece, which keeps the parity right).
  return formula
    .split('"')
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece
            .replace(/,/g, ";")
            .replace(/(^|[^A-Za-z0-9_.$])(\d+)\.(\d+)/g, "$1$2,$3")
            .replace(/\bTRUE\b/g, "WAAR")
            .replace(/\bFALSE\b/g, "ONWAAR")
    )
    .join('"');
}
