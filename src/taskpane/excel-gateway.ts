/**
 * The only module of the task pane that talks to Office.js. Everything else works on plain data
 * (`SheetData`, findings, template layouts), so the panels can be tested against a fake Excel and
 * the rules stay in src/core.
 *
 * Batching: each operation queues all its reads or writes and syncs once. Reading a sheet is the
 * exception that keeps the pane responsive: one sync learns the used range's size, then the used
 * range is read in row blocks of a bounded size, one sync per block (never one per cell), each
 * block converted as it arrives and the event loop given a turn before the next. A block holds at
 * most BLOCK_BYTES of response, so no single response (Excel on the web refuses those above about
 * 5 MB) and no single conversion occupies the page's thread for long. Should the host still refuse
 * a block (PayloadTooLarge: very long texts), that block is read again in halves.
 *
 * Formulas are written in the invariant (English) syntax through `range.formulas`, number formats
 * as invariant codes through `range.numberFormat`: Excel shows both in the user's language.
 */
import { convertCell } from "../core/cells";
import type { CellValue, SheetData } from "../core/tables/model";
import { a1, splitAddress } from "./address";
import { yieldToEventLoop } from "./yield";

export { a1, splitAddress };

/** A cell on a sheet; `address` without sheet name, e.g. "D5". */
export interface CellRef {
  sheet: string;
  address: string;
}

export interface SelectionInfo {
  sheet: string;
  /** Top-left cell of the selection, e.g. "B3". */
  address: string;
  row: number;
  col: number;
}

/** A rectangular block to write: invariant formulas or constants; null leaves a cell empty. */
export interface WriteBlock {
  row: number;
  col: number;
  cells: Array<Array<string | number | boolean | null>>;
  numberFormat?: Array<Array<string | null>>;
  /** Row offsets (within the block) to make bold. */
  boldRows?: number[];
}

export type WriteOutcome = { ok: true; address: string } | { ok: false; occupied: string[] };

/** One marking: a conditional format the add-in added, by id, on a sheet. */
export interface Mark {
  sheet: string;
  id: string;
}

/** Estimated JSON bytes per cell for values + numberFormat + valueTypes. */
export const BYTES_PER_CELL = 160;
/**
 * Size budget of one row block, one sync each: 250 KB is about 1 500 cells, whose response the
 * page parses and converts in a few milliseconds (the pane's goal: no task over 50 ms); a sheet of
 * 50 000 rows of 5 columns takes 161 syncs.
 */
export const BLOCK_BYTES = 250_000;

const SETTINGS_KEY = "ekv.markeringen";
const MARK_FILL = "#FFC7CE";
const MARK_FONT = "#9C0006";

/** Row blocks [start, count) covering `rows` rows of `cols` columns within the block budget. */
export function planBlocks(rows: number, cols: number): Array<{ start: number; rows: number }> {
  const perBlock = Math.max(1, Math.floor(BLOCK_BYTES / (Math.max(1, cols) * BYTES_PER_CELL)));
  const blocks: Array<{ start: number; rows: number }> = [];
  for (let start = 0; start < rows; start += perBlock) {
    blocks.push({ start, rows: Math.min(perBlock, rows - start) });
  }
  return blocks;
}

/**
 * One cell as Office.js gives it → the value the rules see, through the core's one conversion
 * contract (the same as the .xlsx reader's): the number format decides whether a number is
 * shown as a date.
 */
function toCellValue(value: unknown, type: string, numberFormat: unknown): CellValue {
  if (type === "Error") return convertCell({ value: { error: String(value) } });
  if (type === "Empty") return null;
  const format = typeof numberFormat === "string" ? numberFormat : undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return convertCell({ value, numberFormat: format });
  }
  return convertCell({ value: value === null || value === undefined ? null : String(value) });
}

function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  const text = e instanceof Error ? e.message : String(e);
  return (
    code === "PayloadTooLarge" ||
    code === "RequestPayloadSizeLimitExceeded" ||
    /PayloadTooLarge|payload size/i.test(text)
  );
}

type LoadedBlock = Pick<Excel.Range, "values" | "valueTypes" | "numberFormat">;

function appendBlock(out: CellValue[][], r: LoadedBlock): void {
  const values = r.values;
  const types = r.valueTypes as unknown as string[][];
  const formats = r.numberFormat as unknown[][] | undefined;
  for (let i = 0; i < values.length; i++) {
    const row: CellValue[] = new Array(values[i].length);
    for (let j = 0; j < values[i].length; j++) {
      row[j] = toCellValue(values[i][j], types[i][j], formats?.[i]?.[j]);
    }
    out.push(row);
  }
}

/**
 * Reads rows [start, start + rows) of the used range in one sync and appends them converted; when
 * the host refuses the response as too large, reads the two halves instead (down to single rows).
 */
async function readBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  origin: { row: number; col: number },
  cols: number,
  block: { start: number; rows: number },
  out: CellValue[][]
): Promise<void> {
  const r = sheet.getRangeByIndexes(origin.row + block.start, origin.col, block.rows, cols);
  // The values with their types and number formats: enough to convert (formulas are not needed,
  // a formula cell is checked by the value Excel computed).
  r.load("values,numberFormat,valueTypes");
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e) || block.rows === 1) throw e;
    const half = Math.ceil(block.rows / 2);
    await readBlock(context, sheet, origin, cols, { start: block.start, rows: half }, out);
    await readBlock(
      context,
      sheet,
      origin,
      cols,
      { start: block.start + half, rows: block.rows - half },
      out
    );
    return;
  }
  // The host's answer is taken in one task (as Office.js parses a response in the task that
  // received it); converting it in the next keeps the two apart.
  await yieldToEventLoop();
  appendBlock(out, r);
}

type Merge = NonNullable<SheetData["merges"]>[number];

/** Range.getMergedAreasOrNullObject needs ExcelApi 1.13; the pane itself requires only 1.9. */
export const MERGES_API = "1.13";

export const MERGES_UNSUPPORTED =
  "Samengevoegde cellen zijn niet gelezen: deze versie van Excel biedt ExcelApi 1.13 niet. Een kop die over meerdere cellen is samengevoegd, telt alleen in de cel waar de tekst staat.";
export const MERGES_FAILED =
  "Samengevoegde cellen zijn niet gelezen: Excel gaf ze niet (meer dan 512 samengevoegde gebieden op het blad?). Een kop die over meerdere cellen is samengevoegd, telt alleen in de cel waar de tekst staat.";

function mergesSupported(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context.requirements.isSetSupported("ExcelApi", MERGES_API)
    );
  } catch {
    return false;
  }
}

/**
 * The rectangles of a RangeAreas address such as "Blad1!A2:A3, 'Mijn blad'!D2:G2" (0-based,
 * inclusive). Each area is the part after its "!".
 */
export function parseAreas(address: string): Merge[] {
  const out: Merge[] = [];
  const re = /!\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?(?=\s*(?:,|$))/g;
  const col = (letters: string) => {
    let c = 0;
    for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
    return c - 1;
  };
  for (let m = re.exec(address); m; m = re.exec(address)) {
    const top = Number(m[2]) - 1;
    const left = col(m[1]);
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? col(m[3]) : left;
    out.push({
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    });
  }
  return out;
}

/** A rectangle of a sheet, 0-based: its top-left cell and size. */
export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Reads a sheet (the active one when `name` is omitted) for the table checker, with its merged
 * cells (ExcelApi 1.13, loaded in the first batch); without them the sheet says why. With `box`,
 * only that part of the used range (a table and its surroundings, for a live refresh).
 */
export async function readSheet(name?: string, box?: Box): Promise<SheetData> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = name ? sheets.getItem(name) : sheets.getActiveWorksheet();
    const first = (withMerges: boolean) => {
      sheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("address,rowIndex,columnIndex,rowCount,columnCount");
      const areas = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
      areas?.load("address");
      return { used, areas };
    };
    let mergesUnavailable: string | undefined;
    let { used, areas } = first(mergesSupported());
    if (!areas) mergesUnavailable = MERGES_UNSUPPORTED;
    try {
      await context.sync();
    } catch (e) {
      // More than 512 merged areas makes the whole batch fail; read the sheet without them.
      if (!areas) throw e;
      ({ used, areas } = first(false));
      mergesUnavailable = MERGES_FAILED;
      await context.sync();
    }
    if (used.isNullObject) return { name: sheet.name, values: [] };
    const merges = (areas && !areas.isNullObject ? parseAreas(areas.address) : []).filter(
      (m) =>
        !box ||
        (m.bottom >= box.row &&
          m.top < box.row + box.rows &&
          m.right >= box.col &&
          m.left < box.col + box.cols)
    );

    let area: Box = {
      row: used.rowIndex,
      col: used.columnIndex,
      rows: used.rowCount,
      cols: used.columnCount,
    };
    if (box) {
      const row = Math.max(area.row, box.row);
      const col = Math.max(area.col, box.col);
      const bottom = Math.min(area.row + area.rows, box.row + box.rows);
      const right = Math.min(area.col + area.cols, box.col + box.cols);
      if (bottom <= row || right <= col) return { name: sheet.name, values: [] };
      area = { row, col, rows: bottom - row, cols: right - col };
    }
    const origin = { row: area.row, col: area.col };
    const cols = area.cols;
    const values: CellValue[][] = [];
    const blocks = planBlocks(area.rows, cols);
    for (let b = 0; b < blocks.length; b++) {
      // One sync per block of thousands of cells, in order; the turn in between keeps the pane
      // responsive while a large sheet is read.
      await yieldToEventLoop();
      await readBlock(context, sheet, origin, cols, blocks[b], values);
    }
    const out: SheetData = { name: sheet.name, values, origin };
    if (merges.length) out.merges = merges;
    if (mergesUnavailable) out.mergesUnavailable = mergesUnavailable;
    return out;
  });
}

/** Names of all worksheets, in workbook order. */
export async function listSheets(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name);
  });
}

/** Activates the sheet and selects the cell. */
export async function selectCell(ref: CellRef): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    sheet.getRange(ref.address).select();
    await context.sync();
  });
}

export async function getSelection(): Promise<SelectionInfo> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowIndex,columnIndex");
    await context.sync();
    const { sheet, cell } = splitAddress(range.address);
    return { sheet, address: cell, row: range.rowIndex, col: range.columnIndex };
  });
}

/**
 * A full rows × cols grid for a 2-D write. null means "leave this cell as it is" in Office.js
 * (an empty string would clear a value or reset a number format to General), so cells the add-in
 * has nothing to say about keep what the user had, including their own number format.
 */
function padGrid<T>(
  grid: Array<Array<T | null>>,
  rows: number,
  cols: number
): Array<Array<T | null>> {
  const out: Array<Array<T | null>> = [];
  for (let i = 0; i < rows; i++) {
    const row: Array<T | null> = [];
    for (let j = 0; j < cols; j++) row.push(grid[i]?.[j] ?? null);
    out.push(row);
  }
  return out;
}

function isEmptyFormula(f: unknown): boolean {
  return f === "" || f === null || f === undefined;
}

/**
 * Writes a block at its position on the active sheet, or refuses (listing the occupied cells) when
 * any target cell is not empty. Never overwrites. Read and write are one batch each.
 */
export async function writeBlockIfEmpty(
  block: WriteBlock,
  sheetName?: string
): Promise<WriteOutcome> {
  const rows = block.cells.length;
  const cols = Math.max(...block.cells.map((r) => r.length));
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
    const target = sheet.getRangeByIndexes(block.row, block.col, rows, cols);
    target.load("formulas,address");
    await context.sync();
    const occupied: string[] = [];
    target.formulas.forEach((r, i) =>
      r.forEach((f, j) => {
        if (!isEmptyFormula(f)) occupied.push(a1(block.row + i, block.col + j));
      })
    );
    if (occupied.length) return { ok: false, occupied };

    target.formulas = padGrid(block.cells, rows, cols);
    if (block.numberFormat) target.numberFormat = padGrid(block.numberFormat, rows, cols);
    for (const b of block.boldRows ?? []) {
      sheet.getRangeByIndexes(block.row + b, block.col, 1, cols).format.font.bold = true;
    }
    // No autofit here: column widths are the user's layout, also outside the inserted block.
    await context.sync();
    const written = target.address;
    return { ok: true, address: splitAddress(written).cell };
  });
}

/** Writes one invariant formula into the selected cell, unless that cell is not empty. */
export async function writeFormulaToSelection(formula: string): Promise<WriteOutcome> {
  const sel = await getSelection();
  return writeBlockIfEmpty({ row: sel.row, col: sel.col, cells: [[formula]] }, sel.sheet);
}

// ------------------------------------------------------------------------------------------------
// Marking with conditional formats: they sit on top of the cell's own format and never change it,
// so removing them restores exactly what the user had (fill, font, borders, number format and the
// user's own conditional formats). Their ids are kept in the document settings, so the marks can
// be removed after the pane was closed.

interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync?(callback?: (result: unknown) => void): void;
}

function documentSettings(): SettingsLike | null {
  try {
    if (typeof Office === "undefined") return null;
    return (Office.context?.document?.settings as unknown as SettingsLike) ?? null;
  } catch {
    return null;
  }
}

/** A value saved with the workbook (Office's document settings), or null when there is none. */
export function readDocumentSetting(name: string): unknown {
  try {
    return documentSettings()?.get(name) ?? null;
  } catch {
    return null;
  }
}

/** Saves a value with the workbook; it travels with the file (saved when the user saves). */
export function writeDocumentSetting(name: string, value: unknown): void {
  const s = documentSettings();
  if (!s) return;
  s.set(name, value);
  s.saveAsync?.();
}

let memoryMarks: Mark[] = [];

export function savedMarks(): Mark[] {
  const s = documentSettings();
  const stored = s?.get(SETTINGS_KEY);
  if (Array.isArray(stored)) return stored as Mark[];
  return memoryMarks;
}

function storeMarks(marks: Mark[]): void {
  memoryMarks = marks;
  const s = documentSettings();
  if (!s) return;
  s.set(SETTINGS_KEY, marks);
  s.saveAsync?.();
}

/** Highlights the cells (one batch). Returns all marks now present. */
export async function markCells(cells: CellRef[]): Promise<Mark[]> {
  const added = await Excel.run(async (context) => {
    const formats = cells.map((ref) => {
      const cf = context.workbook.worksheets
        .getItem(ref.sheet)
        .getRange(ref.address)
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = MARK_FILL;
      cf.custom.format.font.color = MARK_FONT;
      cf.load("id");
      return { sheet: ref.sheet, cf };
    });
    await context.sync();
    return formats.map(({ sheet, cf }) => ({ sheet, id: cf.id }));
  });
  const all = [...savedMarks(), ...added];
  storeMarks(all);
  return all;
}

/** Removes every mark the add-in made; other formats are untouched. */
export async function unmarkAll(): Promise<number> {
  const marks = savedMarks();
  if (!marks.length) return 0;
  const removed = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    const ours = new Set(marks.map((m) => `${m.sheet}\u0000${m.id}`));
    // getItemOrNullObject on conditional formats needs ExcelApi 1.14; listing the ids of each
    // marked sheet's conditional formats (1.6) keeps the pane at ExcelApi 1.9.
    const collections = [...new Set(marks.map((m) => m.sheet))]
      .filter((name) => present.has(name))
      .map((name) => {
        const formats = sheets.getItem(name).getRange().conditionalFormats;
        formats.load("items/id");
        return { name, formats };
      });
    await context.sync();
    const existing = collections.flatMap(({ name, formats }) =>
      formats.items.filter((cf) => ours.has(`${name}\u0000${cf.id}`))
    );
    existing.forEach((cf) => cf.delete());
    await context.sync();
    return existing.length;
  });
  storeMarks([]);
  return removed;
}

// ------------------------------------------------------------------------------------------------
// The report sheet

export async function sheetExists(name: string): Promise<boolean> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    await context.sync();
    return !sheet.isNullObject;
  });
}

/**
 * Writes `rows` (invariant formulas or constants) to a new sheet `name`, replacing an existing
 * sheet of that name only when `replace` is true. No other sheet is touched. One batch.
 */
export async function writeReportSheet(
  name: string,
  rows: Array<Array<string | number | null>>,
  options: { replace: boolean; boldRows?: number[]; numberFormat?: Array<Array<string | null>> }
): Promise<void> {
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const grid = padGrid(rows, rows.length, cols);
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (options.replace) sheets.getItem(name).delete();
    const sheet = sheets.add(name);
    const range = sheet.getRangeByIndexes(0, 0, grid.length, cols);
    range.formulas = grid;
    if (options.numberFormat) range.numberFormat = padGrid(options.numberFormat, grid.length, cols);
    for (const b of options.boldRows ?? []) {
      sheet.getRangeByIndexes(b, 0, 1, cols).format.font.bold = true;
    }
    range.format.autofitColumns();
    sheet.activate();
    await context.sync();
  });
}

// ------------------------------------------------------------------------------------------------
// Change events

export interface SheetChange {
  sheet: string;
  address: string;
}

/**
 * Calls `handler` with the sheet's name after each change the user makes in any worksheet.
 * Returns a function that removes the handler.
 */
export async function onSheetChanged(
  handler: (change: SheetChange) => void
): Promise<() => Promise<void>> {
  const names = new Map<string, string>();
  const resolve = async (id: string): Promise<string> => {
    const known = names.get(id);
    if (known) return known;
    const name = await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(id);
      ws.load("name");
      await context.sync();
      return ws.name;
    });
    names.set(id, name);
    return name;
  };
  const registration = await Excel.run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(async (event) => {
      try {
        const sheet = await resolve(event.worksheetId);
        handler({ sheet, address: event.address });
      } catch {
        // The sheet was deleted between the change and this handler: nothing to refresh.
      }
    });
    await context.sync();
    return result;
  });
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}

/** Office's display language ("nl-NL", "en-US", …); Dutch when unknown. */
export function displayLanguage(): string {
  try {
    if (typeof Office !== "undefined" && Office.context?.displayLanguage) {
      return Office.context.displayLanguage;
    }
  } catch {
    // Outside Office the context has no language.
  }
  return "nl-NL";
}

// ------------------------------------------------------------------------------------------------
// Worked calculation sheets (Rekenhulp)

/** The first of `base`, `base (2)`, `base (3)` … that is not among `taken` (case-insensitive). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/**
 * Adds a new sheet with the rows of a worked calculation, under a name no sheet has yet, so
 * nothing of the workbook is overwritten. One read (the sheet names) and one write batch.
 */
export async function insertWorkedSheet(sheet: {
  name: string;
  cells: Array<Array<string | number | boolean | null>>;
  numberFormat: Array<Array<string | null>>;
  boldRows: number[];
  inputs: Array<{ row: number; col: number; width: number }>;
}): Promise<string> {
  const cols = Math.max(1, ...sheet.cells.map((r) => r.length));
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = freeSheetName(
      sheet.name,
      sheets.items.map((s) => s.name)
    );
    const ws = sheets.add(name);
    const range = ws.getRangeByIndexes(0, 0, sheet.cells.length, cols);
    range.formulas = padGrid(sheet.cells, sheet.cells.length, cols);
    range.numberFormat = padGrid(sheet.numberFormat, sheet.cells.length, cols);
    for (const b of sheet.boldRows) ws.getRangeByIndexes(b, 0, 1, cols).format.font.bold = true;
    // Input cells light blue, as the sheet's note says.
    for (const i of sheet.inputs) {
      ws.getRangeByIndexes(i.row, i.col, 1, i.width).format.fill.color = "#DDEBF7";
    }
    range.format.autofitColumns();
    ws.activate();
    await context.sync();
    return name;
  });
}
