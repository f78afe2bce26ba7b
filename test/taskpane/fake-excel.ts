/**
 * A recording fake of the Excel JavaScript API object model, for the gateway and component tests,
 * the benchmark and (transpiled to plain JS) the browser test's fake host.
 *
 * Self-contained on purpose (no imports): the browser test transpiles this one file and injects
 * it into the page before office.js and the add-in run.
 *
 * Fidelity where mistakes hide: like Office.js, everything is queued and only happens at
 * `context.sync()`: writes are applied in order, loaded properties become readable only after the
 * sync that loaded them (reading earlier throws "PropertyNotLoaded", as the real API does), and an
 * unknown method simply does not exist (TypeError). Every sync is counted, and an optional payload
 * limit makes a sync fail with "PayloadTooLarge" as Excel on the web does above about 5 MB.
 */

export type FakeValue = string | number | boolean;

export interface FakeBorders {
  [side: string]: { style: string; color: string };
}

export interface FakeCell {
  value: FakeValue;
  formula?: string;
  numberFormat: string;
  fill: string | null;
  fontColor: string;
  bold: boolean;
  borders: FakeBorders;
  /** Error text when the cell holds an error value, e.g. "#REF!". */
  error?: string;
}

export interface FakeCfData {
  id: string;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeSheet {
  id: string;
  name: string;
  /** The functions formulas are evaluated with (shared by the workbook's sheets). */
  functions?: FakeFunctions;
  cells: FakeCells;
  conditionalFormats: FakeCfData[];
  /** Merged areas, e.g. "A2:A3". */
  merges: string[];
}

export interface FakeChangeEvent {
  worksheetId: string;
  address: string;
  changeType: string;
  source: string;
  type: string;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  active: string;
  selection: { sheet: string; address: string };
  syncs: number;
  /** Every sync's payload size (bytes of JSON of what was loaded). */
  payloads: number[];
  /** When set, a sync whose loaded data exceeds it fails with PayloadTooLarge. */
  payloadLimit?: number;
  changeHandlers: Array<(e: FakeChangeEvent) => Promise<unknown> | void>;
  /** Names of API calls made (for tests that assert what did or did not happen). */
  calls: string[];
  /** Every range taken by index, as "Blad!A1:F20" (what a read or write covered). */
  ranges: string[];
  nextId: number;
  /** When set, the next sync fails with this Office error (code and English message). */
  failNext?: { code: string; message: string };
  /** When true, syncs wait until `releaseSyncs()` (to look at the pane while Excel is busy). */
  holdSyncs?: boolean;
  held: Array<() => void>;
}

export interface FakeSheetInit {
  name: string;
  /** Rows of values; a string starting with "=" is a formula (evaluated by the fake). */
  rows?: Array<Array<FakeValue | null | { error: string }>>;
  /** 0-based origin of rows[0][0]. */
  origin?: { row: number; col: number };
  /** Merged areas as A1 ranges ("D2:G2"); only the top-left cell should hold a value. */
  merges?: string[];
  /** Number format codes by cell address ("C3": "d-m-yyyy"), as Office.js reports them. */
  numberFormats?: Record<string, string>;
}

// ------------------------------------------------------------------------------------------------
// Addresses

export function colName(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellName(r: number, c: number): string {
  return `${colName(c)}${r + 1}`;
}

function parseCell(ref: string): { r: number; c: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new Error(`InvalidArgument: adres "${ref}" is ongeldig`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** "A1", "A1:C3", "'Blad 1'!A1:C3" → 0-based box. */
export function parseAddress(address: string): {
  sheet?: string;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
} {
  let sheet: string | undefined;
  let ref = address;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheet = address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const [a, b] = ref.split(":");
  const p = parseCell(a);
  const q = b ? parseCell(b) : p;
  return {
    sheet,
    r0: Math.min(p.r, q.r),
    c0: Math.min(p.c, q.c),
    r1: Math.max(p.r, q.r),
    c1: Math.max(p.c, q.c),
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function key(r: number, c: number): string {
  return `${r},${c}`;
}

type Box = { r0: number; c0: number; r1: number; c1: number };

/**
 * A sheet's cells by "row,col", with its used range remembered. Excel keeps a sheet's used range
 * in its own process and answers `getUsedRange` without the page doing any work; computing it by
 * scanning a 250 000-cell sheet on the page's thread at every read (as this fake once did) put a
 * task of 100–300 ms on the task pane's thread that the real Office.js does not have. So the box
 * is computed once and forgotten whenever a cell can have changed: a cell set or deleted here, a
 * cell written through the API (`cellForWrite`), or a cell handed to a test (`host.cell`), which may
 * change it in place.
 */
export class FakeCells extends Map<string, FakeCell> {
  private box: Box | null | undefined;
  set(k: string, v: FakeCell): this {
    this.box = undefined;
    return super.set(k, v);
  }
  delete(k: string): boolean {
    this.box = undefined;
    return super.delete(k);
  }
  clear(): void {
    this.box = undefined;
    super.clear();
  }
  /** Forgets the used range (a cell was changed in place). */
  touch(): void {
    this.box = undefined;
  }
  /** The used range: every cell with a value, formula, error, number format or fill. */
  usedBox(): Box | null {
    if (this.box !== undefined) return this.box;
    let box: Box | null = null;
    for (const [k, cell] of this) {
      if (
        cell.value === "" &&
        !cell.formula &&
        !cell.error &&
        cell.numberFormat === "General" &&
        !cell.fill
      )
        continue;
      const comma = k.indexOf(",");
      const r = +k.slice(0, comma);
      const c = +k.slice(comma + 1);
      if (!box) box = { r0: r, c0: c, r1: r, c1: c };
      else {
        box.r0 = Math.min(box.r0, r);
        box.c0 = Math.min(box.c0, c);
        box.r1 = Math.max(box.r1, r);
        box.c1 = Math.max(box.c1, c);
      }
    }
    this.box = box;
    return box;
  }
}

function blankCell(): FakeCell {
  return {
    value: "",
    numberFormat: "General",
    fill: null,
    fontColor: "#000000",
    bold: false,
    borders: {},
  };
}

// ------------------------------------------------------------------------------------------------
// Formulas: the EKV functions are evaluated by the add-in's real functions (the built bundle in
// the browser and in the tests, through `FakeFunctions`), called the way Excel calls them: one
// 2-D array per range argument (empty cells as null), repeating parameters gathered into one
// array, omitted optional parameters as null, and the invocation with the argument addresses for
// functions that ask for them. A function's matrix result shows its top-left value (spilling is
// not modelled); a thrown or returned error becomes the cell's error value. Other functions
// (HYPERLINK in the report sheet) evaluate to "", an EKV function that is not there to #NAME?.

export interface FakeFunctionMeta {
  /** Excel name without the namespace, e.g. "UITSTAAND", "MATCHING.SUBSIDIE". */
  name: string;
  parameters: Array<{ repeating?: boolean }>;
  options?: { requiresParameterAddresses?: boolean };
}

export interface FakeFunctions {
  namespace: string;
  metadata: FakeFunctionMeta[];
  /** The implementation registered for the function (looked up at each call). */
  implementation(name: string): ((...args: unknown[]) => unknown) | undefined;
}

type Evaluated = FakeValue | { error: string };

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    else if (!quoted && depth === 0 && ch === ",") {
      out.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(s.slice(start).trim());
  return out.length === 1 && out[0] === "" ? [] : out;
}

const REF = /^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/i;

function errorCodeOf(e: unknown): string | null {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string") {
    const code = (e as { code: string }).code;
    return code.startsWith("#") ? code : "#VALUE!";
  }
  return null;
}

function evaluate(sheet: FakeSheet, formula: string, depth = 0): Evaluated {
  if (depth > 20) return { error: "#REF!" };
  const m = /^=([A-Z][A-Z0-9._]*)\((.*)\)$/is.exec(formula.trim());
  if (!m) return "";
  const fns = sheet.functions;
  const fullName = m[1].toUpperCase();
  const ns = fns ? `${fns.namespace.toUpperCase()}.` : "EKV.";
  if (!fullName.startsWith(ns)) return "";
  const name = fullName.slice(ns.length);
  const meta = fns?.metadata.find((f) => f.name.toUpperCase() === name);
  const impl = meta ? fns?.implementation(meta.name) : undefined;
  if (!meta || !impl) return { error: "#NAME?" };

  const ErrorClass = (globalThis as { CustomFunctions?: { Error?: new (code: string) => unknown } })
    .CustomFunctions?.Error;
  const grid = (ref: string): unknown[][] => {
    const box = parseAddress(ref);
    const out: unknown[][] = [];
    for (let r = box.r0; r <= box.r1; r++) {
      const row: unknown[] = [];
      for (let c = box.c0; c <= box.c1; c++) {
        const cell = sheet.cells.get(key(r, c));
        let v: Evaluated | null = null;
        if (cell) {
          v = cell.formula
            ? evaluate(sheet, cell.formula, depth + 1)
            : cell.error
              ? { error: cell.error }
              : cell.value;
        }
        if (v === "") v = null;
        if (v !== null && typeof v === "object") {
          row.push(ErrorClass ? new ErrorClass(v.error) : { code: v.error });
        } else row.push(v);
      }
      out.push(row);
    }
    return out;
  };
  const texts = splitArgs(m[2]);
  const addresses: Array<string | null> = [];
  const values: unknown[] = texts.map((a) => {
    if (REF.test(a)) {
      addresses.push(`${quoteSheet(sheet.name)}!${a.replace(/\$/g, "").toUpperCase()}`);
      return grid(a);
    }
    addresses.push(null);
    if (a === "") return null;
    if (/^"(.*)"$/s.test(a)) return a.slice(1, -1).replace(/""/g, '"');
    if (/^(TRUE|FALSE)$/i.test(a)) return a.toUpperCase() === "TRUE";
    const n = Number(a);
    return Number.isFinite(n) ? n : a;
  });
  const params = meta.parameters;
  const args: unknown[] = [];
  for (let i = 0; i < params.length; i++) {
    if (params[i].repeating) {
      args.push(values.slice(i));
      break;
    }
    args.push(i < values.length ? values[i] : null);
  }
  if (meta.options?.requiresParameterAddresses) args.push({ parameterAddresses: addresses });
  let result: unknown;
  try {
    result = impl(...args);
  } catch (e) {
    return { error: errorCodeOf(e) ?? "#VALUE!" };
  }
  while (Array.isArray(result)) result = result[0];
  const code = errorCodeOf(result);
  if (code) return { error: code };
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") {
    return result;
  }
  return result === null || result === undefined ? 0 : String(result);
}

function recalc(sheet: FakeSheet): void {
  for (const cell of sheet.cells.values()) {
    if (!cell.formula || !cell.formula.startsWith("=")) continue;
    const v = evaluate(sheet, cell.formula);
    if (typeof v === "object") {
      cell.error = v.error;
      cell.value = "";
    } else {
      delete cell.error;
      cell.value = v;
    }
  }
}

// ------------------------------------------------------------------------------------------------

type Op = () => void;

class NotLoaded extends Error {
  code = "PropertyNotLoaded";
}

/** Base for proxy objects: queued loads, values readable after sync. */
class Loadable {
  protected ctx: FakeContext;
  private requested = new Set<string>();
  private loaded = new Map<string, unknown>();
  constructor(ctx: FakeContext) {
    this.ctx = ctx;
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    this.ctx.state.calls.push(`${this.constructor.name}.load`);
    const list =
      props === undefined
        ? this.defaultProps()
        : typeof props === "string"
          ? props.split(",")
          : Array.isArray(props)
            ? props
            : Object.keys(props);
    for (const p of list) this.requested.add(p.trim());
    this.ctx.queueLoad(this);
    return this;
  }
  protected defaultProps(): string[] {
    return [];
  }
  /** Called at sync: snapshot the requested properties. Returns their payload. */
  snapshot(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const p of this.requested) out[p] = this.read(p);
    return out;
  }
  commit(data: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
    this.requested.clear();
  }
  protected read(prop: string): unknown {
    throw new Error(`InvalidArgument: onbekende eigenschap ${prop}`);
  }
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new NotLoaded(
        `PropertyNotLoaded: de eigenschap '${prop}' is niet geladen (load + sync ontbreekt).`
      );
    }
    return this.loaded.get(prop) as T;
  }
}

/** A set of rectangular ranges; `address` lists them as "Blad1!A2:A3, Blad1!D2:G2". */
export class FakeRangeAreas extends Loadable {
  readonly isNullObject: boolean;
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly areas: string[]
  ) {
    super(ctx);
    this.isNullObject = areas.length === 0;
  }
  protected read(prop: string): unknown {
    if (prop !== "address") return super.read(prop);
    // Office.js: "if the merged areas count in this range is more than 512, this method will fail".
    if (this.areas.length > 512)
      throw new Error("GeneralException: te veel samengevoegde gebieden");
    return this.areas
      .map((a) => {
        const b = parseAddress(a);
        const end = b.r1 === b.r0 && b.c1 === b.c0 ? "" : `:${cellName(b.r1, b.c1)}`;
        return `${quoteSheet(this.sheet.name)}!${cellName(b.r0, b.c0)}${end}`;
      })
      .join(", ");
  }
  get address(): string {
    return this.get<string>("address");
  }
}

export class FakeRange extends Loadable {
  readonly sheet: FakeSheet;
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
  readonly isNullObject: boolean;
  readonly format: {
    fill: { color: string; clear: () => void };
    font: { color: string; bold: boolean };
    autofitColumns: () => void;
    columnWidth: number;
  };
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    ctx: FakeContext,
    sheet: FakeSheet,
    r0: number,
    c0: number,
    r1: number,
    c1: number,
    isNull = false
  ) {
    super(ctx);
    this.sheet = sheet;
    this.r0 = r0;
    this.c0 = c0;
    this.r1 = r1;
    this.c1 = c1;
    this.isNullObject = isNull;
    const each = (f: (cell: FakeCell) => void) =>
      ctx.queue(() => {
        for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) f(this.cellForWrite(r, c));
      });
    const fill = {
      set color(v: string) {
        each((cell) => (cell.fill = v));
      },
      get color(): string {
        throw new NotLoaded("PropertyNotLoaded: format.fill.color");
      },
      clear: () => each((cell) => (cell.fill = null)),
    };
    const font = {
      set color(v: string) {
        each((cell) => (cell.fontColor = v));
      },
      get color(): string {
        throw new NotLoaded("PropertyNotLoaded: format.font.color");
      },
      set bold(v: boolean) {
        each((cell) => (cell.bold = v));
      },
      get bold(): boolean {
        throw new NotLoaded("PropertyNotLoaded: format.font.bold");
      },
    };
    this.format = {
      fill,
      font,
      autofitColumns: () => ctx.state.calls.push("Range.format.autofitColumns"),
      set columnWidth(_v: number) {
        ctx.state.calls.push("Range.format.columnWidth");
      },
      get columnWidth(): number {
        throw new NotLoaded("PropertyNotLoaded: format.columnWidth");
      },
    };
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, this);
  }

  /** ExcelApi 1.13: the merged areas whose top-left cell lies in this range. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.state.calls.push("Range.getMergedAreasOrNullObject");
    const inside = this.sheet.merges.filter((m) => {
      const b = parseAddress(m);
      return b.r0 >= this.r0 && b.r0 <= this.r1 && b.c0 >= this.c0 && b.c0 <= this.c1;
    });
    return new FakeRangeAreas(this.ctx, this.sheet, inside);
  }

  private cellForWrite(r: number, c: number): FakeCell {
    this.sheet.cells.touch();
    let cell = this.sheet.cells.get(key(r, c));
    if (!cell) {
      cell = blankCell();
      this.sheet.cells.set(key(r, c), cell);
    }
    return cell;
  }

  /** The cells of the range, looked up once per snapshot (values, formats and types share them). */
  private snapshotCells: Array<Array<FakeCell | undefined>> | null = null;

  snapshot(): Record<string, unknown> {
    try {
      return super.snapshot();
    } finally {
      this.snapshotCells = null;
    }
  }

  private grid<T>(f: (cell: FakeCell | undefined) => T): T[][] {
    if (!this.snapshotCells) {
      const cells: Array<Array<FakeCell | undefined>> = [];
      for (let r = this.r0; r <= this.r1; r++) {
        const row: Array<FakeCell | undefined> = [];
        for (let c = this.c0; c <= this.c1; c++) row.push(this.sheet.cells.get(key(r, c)));
        cells.push(row);
      }
      this.snapshotCells = cells;
    }
    return this.snapshotCells.map((row) => row.map(f));
  }

  protected read(prop: string): unknown {
    switch (prop) {
      case "address":
        return `${quoteSheet(this.sheet.name)}!${cellName(this.r0, this.c0)}${
          this.r0 === this.r1 && this.c0 === this.c1 ? "" : `:${cellName(this.r1, this.c1)}`
        }`;
      case "rowIndex":
        return this.r0;
      case "columnIndex":
        return this.c0;
      case "rowCount":
        return this.r1 - this.r0 + 1;
      case "columnCount":
        return this.c1 - this.c0 + 1;
      case "values":
        return this.grid((cell) => (cell ? (cell.error ?? cell.value) : ""));
      case "formulas":
        return this.grid((cell) => (cell ? (cell.formula ?? cell.error ?? cell.value) : ""));
      case "numberFormat":
        return this.grid((cell) => (cell ? cell.numberFormat : "General"));
      case "valueTypes":
        return this.grid((cell) => {
          if (!cell) return "Empty";
          if (cell.error) return "Error";
          const v = cell.value;
          if (v === "") return "Empty";
          if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
          if (typeof v === "boolean") return "Boolean";
          return "String";
        });
      default:
        return super.read(prop);
    }
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.write(v, "values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write(v, "formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write(v, "numberFormat");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  private write(v: unknown[][], what: "values" | "formulas" | "numberFormat"): void {
    const rows = this.r1 - this.r0 + 1;
    const cols = this.c1 - this.c0 + 1;
    if (
      !Array.isArray(v) ||
      v.length !== rows ||
      v.some((r) => !Array.isArray(r) || r.length !== cols)
    ) {
      // Office.js: "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      this.ctx.fail(new Error(`InvalidArgument: ${what} heeft niet de afmetingen ${rows}×${cols}`));
      return;
    }
    this.ctx.state.calls.push(`Range.${what}=`);
    this.ctx.queue(() => {
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const cell = this.cellForWrite(this.r0 + i, this.c0 + j);
          const x = v[i][j];
          if (what === "numberFormat") {
            if (x !== null) cell.numberFormat = String(x);
            continue;
          }
          if (x === null) continue; // null leaves the cell as it is (Office.js semantics)
          delete cell.error;
          if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
            cell.formula = x;
          } else {
            delete cell.formula;
            cell.value = x as FakeValue;
          }
        }
      }
      recalc(this.sheet);
    });
  }

  select(): void {
    this.ctx.state.calls.push("Range.select");
    this.ctx.queue(() => {
      const st = this.ctx.state;
      st.active = this.sheet.name;
      st.selection = {
        sheet: this.sheet.name,
        address:
          this.r0 === this.r1 && this.c0 === this.c1
            ? cellName(this.r0, this.c0)
            : `${cellName(this.r0, this.c0)}:${cellName(this.r1, this.c1)}`,
      };
    });
  }

  getCell(row: number, col: number): FakeRange {
    return new FakeRange(
      this.ctx,
      this.sheet,
      this.r0 + row,
      this.c0 + col,
      this.r0 + row,
      this.c0 + col
    );
  }

  getResizedRange(dRows: number, dCols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, this.r0, this.c0, this.r1 + dRows, this.c1 + dCols);
  }
}

export class FakeConditionalFormat extends Loadable {
  private data: FakeCfData | null;
  private readonly sheet: FakeSheet;
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  readonly isNullObject: boolean;
  constructor(ctx: FakeContext, sheet: FakeSheet, data: FakeCfData | null) {
    super(ctx);
    this.sheet = sheet;
    this.data = data;
    this.isNullObject = data === null;
    const self = this;
    this.custom = {
      rule: {
        set formula(v: string) {
          ctx.queue(() => self.data && (self.data.formula = v));
        },
        get formula(): string {
          throw new NotLoaded("PropertyNotLoaded: rule.formula");
        },
      },
      format: {
        fill: {
          set color(v: string) {
            ctx.queue(() => self.data && (self.data.fill = v));
          },
          get color(): string {
            throw new NotLoaded("PropertyNotLoaded: fill.color");
          },
        },
        font: {
          set color(v: string) {
            ctx.queue(() => self.data && (self.data.fontColor = v));
          },
          get color(): string {
            throw new NotLoaded("PropertyNotLoaded: font.color");
          },
        },
      },
    };
  }
  protected read(prop: string): unknown {
    if (prop === "id") return this.data?.id;
    return super.read(prop);
  }
  get id(): string {
    return this.get("id");
  }
  delete(): void {
    this.ctx.state.calls.push("ConditionalFormat.delete");
    this.ctx.queue(() => {
      if (!this.data) return;
      const i = this.sheet.conditionalFormats.indexOf(this.data);
      if (i >= 0) this.sheet.conditionalFormats.splice(i, 1);
    });
  }
}

class FakeConditionalFormatCollection extends Loadable {
  private range: FakeRange;
  private itemsSnapshot: FakeConditionalFormat[] = [];
  constructor(ctx: FakeContext, range: FakeRange) {
    super(ctx);
    this.range = range;
  }
  private intersecting(): FakeCfData[] {
    const { r0, c0, r1, c1 } = this.range;
    return this.range.sheet.conditionalFormats.filter(
      (cf) => !(cf.r1 < r0 || cf.r0 > r1 || cf.c1 < c0 || cf.c0 > c1)
    );
  }
  protected read(prop: string): unknown {
    if (prop === "items/id") return this.intersecting().map((cf) => cf.id);
    return super.read(prop);
  }
  commit(data: Record<string, unknown>): void {
    super.commit(data);
    const ids = data["items/id"] as string[] | undefined;
    if (!ids) return;
    const sheet = this.range.sheet;
    this.itemsSnapshot = ids.map((id) => {
      const cf = new FakeConditionalFormat(
        this.ctx,
        sheet,
        sheet.conditionalFormats.find((x) => x.id === id) ?? null
      );
      cf.commit({ id });
      return cf;
    });
  }
  get items(): FakeConditionalFormat[] {
    this.get("items/id");
    return this.itemsSnapshot;
  }
  add(type: string): FakeConditionalFormat {
    if (type !== "Custom")
      throw new Error(
        `InvalidArgument: conditionalFormats.add("${type}") niet ondersteund door de nep-host`
      );
    this.ctx.state.calls.push("ConditionalFormatCollection.add");
    const data: FakeCfData = {
      id: `{CF-${this.ctx.state.nextId++}}`,
      r0: this.range.r0,
      c0: this.range.c0,
      r1: this.range.r1,
      c1: this.range.c1,
      formula: "",
      fill: null,
      fontColor: null,
    };
    const sheet = this.range.sheet;
    this.ctx.queue(() => sheet.conditionalFormats.push(data));
    return new FakeConditionalFormat(this.ctx, sheet, data);
  }
  getItemOrNullObject(id: string): FakeConditionalFormat {
    const sheet = this.range.sheet;
    const found = sheet.conditionalFormats.find((cf) => cf.id === id) ?? null;
    return new FakeConditionalFormat(this.ctx, sheet, found);
  }
  clearAll(): void {
    const sheet = this.range.sheet;
    const { r0, c0, r1, c1 } = this.range;
    this.ctx.queue(() => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => cf.r1 < r0 || cf.r0 > r1 || cf.c1 < c0 || cf.c0 > c1
      );
    });
  }
}

export class FakeWorksheet extends Loadable {
  readonly sheet: FakeSheet | null;
  readonly isNullObject: boolean;
  constructor(ctx: FakeContext, sheet: FakeSheet | null) {
    super(ctx);
    this.sheet = sheet;
    this.isNullObject = sheet === null;
  }
  private need(): FakeSheet {
    if (!this.sheet) throw new Error("ItemNotFound: het werkblad bestaat niet");
    return this.sheet;
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.sheet?.name;
    if (prop === "id") return this.sheet?.id;
    return super.read(prop);
  }
  get name(): string {
    return this.get("name");
  }
  get id(): string {
    return this.get("id");
  }
  private usedBox(): Box | null {
    return this.need().cells.usedBox();
  }
  getUsedRangeOrNullObject(): FakeRange {
    this.ctx.state.calls.push("Worksheet.getUsedRangeOrNullObject");
    const s = this.need();
    // The box is computed at sync time in Excel; taking it now is equivalent here because the
    // gateway never writes and reads the used range in one batch.
    const b = this.usedBox();
    return b
      ? new FakeRange(this.ctx, s, b.r0, b.c0, b.r1, b.c1)
      : new FakeRange(this.ctx, s, 0, 0, 0, 0, true);
  }
  getUsedRange(): FakeRange {
    this.ctx.state.calls.push("Worksheet.getUsedRange");
    const s = this.need();
    const b = this.usedBox() ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
    return new FakeRange(this.ctx, s, b.r0, b.c0, b.r1, b.c1);
  }
  getRange(address?: string): FakeRange {
    const s = this.need();
    if (!address) return new FakeRange(this.ctx, s, 0, 0, 1048575, 16383);
    const b = parseAddress(address);
    return new FakeRange(this.ctx, s, b.r0, b.c0, b.r1, b.c1);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.state.calls.push("Worksheet.getRangeByIndexes");
    const s = this.need();
    this.ctx.state.ranges.push(
      `${s.name}!${cellName(row, col)}:${cellName(row + rows - 1, col + cols - 1)}`
    );
    return new FakeRange(this.ctx, s, row, col, row + rows - 1, col + cols - 1);
  }
  activate(): void {
    const s = this.need();
    this.ctx.queue(() => {
      this.ctx.state.active = s.name;
      this.ctx.state.selection = { sheet: s.name, address: "A1" };
    });
  }
  delete(): void {
    const s = this.need();
    this.ctx.state.calls.push(`Worksheet.delete:${s.name}`);
    this.ctx.queue(() => {
      const st = this.ctx.state;
      st.sheets = st.sheets.filter((x) => x !== s);
      if (st.active === s.name) st.active = st.sheets[0]?.name ?? "";
    });
  }
}

class FakeWorksheetCollection extends Loadable {
  private itemsSnapshot: FakeWorksheet[] = [];
  readonly onChanged: {
    add: (h: (e: FakeChangeEvent) => Promise<unknown> | void) => {
      remove: () => void;
      context: FakeContext;
    };
  };
  constructor(ctx: FakeContext) {
    super(ctx);
    this.onChanged = {
      add: (h) => {
        ctx.state.calls.push("WorksheetCollection.onChanged.add");
        ctx.queue(() => ctx.state.changeHandlers.push(h));
        return {
          context: ctx,
          remove: () =>
            ctx.queue(() => {
              ctx.state.changeHandlers = ctx.state.changeHandlers.filter((x) => x !== h);
            }),
        };
      },
    };
  }
  protected read(prop: string): unknown {
    if (prop === "items/name" || prop === "items") return this.ctx.state.sheets.map((s) => s.name);
    return super.read(prop);
  }
  commit(data: Record<string, unknown>): void {
    super.commit(data);
    const names = (data["items/name"] ?? data["items"]) as string[] | undefined;
    if (names) {
      this.itemsSnapshot = names.map((n) => {
        const ws = new FakeWorksheet(
          this.ctx,
          this.ctx.state.sheets.find((s) => s.name === n) ?? null
        );
        ws.commit({ name: n });
        return ws;
      });
    }
  }
  get items(): FakeWorksheet[] {
    this.get("items/name");
    return this.itemsSnapshot;
  }
  private find(nameOrId: string): FakeSheet | null {
    return (
      this.ctx.state.sheets.find(
        (s) => s.name.toLowerCase() === nameOrId.toLowerCase() || s.id === nameOrId
      ) ?? null
    );
  }
  getItem(nameOrId: string): FakeWorksheet {
    const s = this.find(nameOrId);
    if (!s) this.ctx.fail(new Error(`ItemNotFound: werkblad "${nameOrId}" bestaat niet`));
    return new FakeWorksheet(this.ctx, s);
  }
  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.find(nameOrId));
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.find(this.ctx.state.active));
  }
  add(name: string): FakeWorksheet {
    this.ctx.state.calls.push(`WorksheetCollection.add:${name}`);
    const sheet: FakeSheet = {
      id: `{WS-${this.ctx.state.nextId++}}`,
      name,
      cells: new FakeCells(),
      conditionalFormats: [],
      functions: this.ctx.state.sheets[0]?.functions,
      merges: [],
    };
    this.ctx.queue(() => {
      if (this.find(name)) throw new Error(`ItemAlreadyExists: werkblad "${name}" bestaat al`);
      this.ctx.state.sheets.push(sheet);
    });
    return new FakeWorksheet(this.ctx, sheet);
  }
}

export class FakeContext {
  readonly state: FakeWorkbookState;
  private ops: Array<{ kind: "op"; run: Op } | { kind: "load"; obj: Loadable }> = [];
  private failure: Error | null = null;
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    getSelectedRange: () => FakeRange;
  };
  constructor(state: FakeWorkbookState) {
    this.state = state;
    const worksheets = new FakeWorksheetCollection(this);
    this.workbook = {
      worksheets,
      getSelectedRange: () => {
        const sel = this.state.selection;
        const ws = worksheets.getItem(sel.sheet);
        return ws.getRange(sel.address);
      },
    };
  }
  queue(run: Op): void {
    this.ops.push({ kind: "op", run });
  }
  queueLoad(obj: Loadable): void {
    this.ops.push({ kind: "load", obj });
  }
  fail(e: Error): void {
    this.failure = this.failure ?? e;
  }
  async sync(): Promise<void> {
    if (this.state.holdSyncs) await new Promise<void>((resolve) => this.state.held.push(resolve));
    this.state.syncs++;
    this.state.calls.push("sync");
    if (this.state.failNext) {
      const { code, message } = this.state.failNext;
      this.state.failNext = undefined;
      this.ops = [];
      throw Object.assign(new Error(message), { code, name: "RichApi.Error" });
    }
    const ops = this.ops;
    this.ops = [];
    if (this.failure) {
      const f = this.failure;
      this.failure = null;
      throw f;
    }
    // Loads are answered in one response: measure it first, as the host refuses the whole batch.
    const pending: Array<{ obj: Loadable; data: Record<string, unknown> }> = [];
    let payload = 0;
    for (const op of ops) {
      if (op.kind === "op") op.run();
      else {
        const data = op.obj.snapshot();
        payload += JSON.stringify(data).length;
        pending.push({ obj: op.obj, data });
      }
    }
    this.state.payloads.push(payload);
    if (this.state.payloadLimit !== undefined && payload > this.state.payloadLimit) {
      const e = new Error("PayloadTooLarge: de aanvraag of het antwoord is groter dan toegestaan.");
      (e as Error & { code: string }).code = "PayloadTooLarge";
      throw e;
    }
    for (const p of pending) p.obj.commit(p.data);
    await Promise.resolve();
  }
}

export interface FakeExcelHost {
  Excel: {
    run: <T>(cb: (ctx: FakeContext) => Promise<T>) => Promise<T>;
    ConditionalFormatType: { custom: "Custom" };
  };
  state: FakeWorkbookState;
  sheet(name: string): FakeSheet;
  cell(sheet: string, address: string): FakeCell;
  /** Simulates the user typing into a cell: sets it and fires worksheet change events. */
  userEdit(sheet: string, address: string, value: FakeValue): Promise<void>;
  /** Lets held syncs go on (see `state.holdSyncs`). */
  releaseSyncs(): void;
}

export interface FakeExcelOptions {
  /** How EKV formulas are evaluated; without it they give #NAME? as in an Excel without the add-in. */
  functions?: FakeFunctions;
}

export function createFakeExcel(
  init: FakeSheetInit[],
  active?: string,
  options: FakeExcelOptions = {}
): FakeExcelHost {
  const state: FakeWorkbookState = {
    sheets: [],
    active: active ?? init[0]?.name ?? "Blad1",
    selection: { sheet: active ?? init[0]?.name ?? "Blad1", address: "A1" },
    syncs: 0,
    payloads: [],
    changeHandlers: [],
    calls: [],
    ranges: [],
    nextId: 1,
    held: [],
  };
  for (const s of init) {
    const sheet: FakeSheet = {
      id: `{WS-${state.nextId++}}`,
      name: s.name,
      cells: new FakeCells(),
      conditionalFormats: [],
      functions: options.functions,
      merges: [...(s.merges ?? [])],
    };
    const o = s.origin ?? { row: 0, col: 0 };
    (s.rows ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = blankCell();
        if (typeof v === "object") cell.error = v.error;
        else if (typeof v === "string" && v.startsWith("=")) cell.formula = v;
        else cell.value = v;
        sheet.cells.set(key(o.row + i, o.col + j), cell);
      })
    );
    for (const [address, format] of Object.entries(s.numberFormats ?? {})) {
      const at = parseAddress(address);
      const cell = sheet.cells.get(key(at.r0, at.c0)) ?? blankCell();
      cell.numberFormat = format;
      sheet.cells.set(key(at.r0, at.c0), cell);
    }
    recalc(sheet);
    // Excel knows a sheet's used range before anyone asks (see FakeCells).
    sheet.cells.usedBox();
    state.sheets.push(sheet);
  }
  const find = (name: string): FakeSheet => {
    const s = state.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`geen werkblad ${name}`);
    return s;
  };
  return {
    Excel: {
      run: async (cb) => {
        const ctx = new FakeContext(state);
        return cb(ctx);
      },
      ConditionalFormatType: { custom: "Custom" },
    },
    state,
    sheet: find,
    cell(sheet, address) {
      const s = find(sheet);
      const { r0, c0 } = parseAddress(address);
      // The caller may change the cell in place.
      s.cells.touch();
      return s.cells.get(key(r0, c0)) ?? blankCell();
    },
    releaseSyncs() {
      state.holdSyncs = false;
      const held = state.held.splice(0);
      for (const go of held) go();
    },
    async userEdit(sheet, address, value) {
      const s = find(sheet);
      const { r0, c0 } = parseAddress(address);
      const k = key(r0, c0);
      const cell = s.cells.get(k) ?? blankCell();
      delete cell.formula;
      delete cell.error;
      cell.value = value;
      s.cells.set(k, cell);
      recalc(s);
      const e: FakeChangeEvent = {
        worksheetId: s.id,
        address,
        changeType: "RangeEdited",
        source: "Local",
        type: "WorksheetChanged",
      };
      await Promise.all(state.changeHandlers.map((h) => h(e)));
    },
  };
}
