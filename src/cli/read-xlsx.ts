/**
 * Reads an .xlsx workbook into `SheetData[]` for the table checker.
 *
 * How: the archive is opened through its central directory and each part is unpacked with
 * node's zlib, its CRC-32 checked; the XML is parsed with ExcelJS's own SAX helper (the saxes
 * pipeline of its streaming reader), sheet by sheet, without building ExcelJS's row and cell
 * objects. This streams like ExcelJS's `WorkbookReader` (about half the memory of loading the
 * whole workbook, see bench/check.bench.ts) without its faults: it intermittently loses the last
 * part of the archive (exceljs issue #3064), garbles a multi-byte character split between
 * chunks, checks no CRCs, and turns a formula's cached `#REF!` into NaN and TRUE into 1.
 * ExcelJS's full reader (`Workbook.xlsx.readFile`, option `reader: "full"`) is kept as an
 * independent reading for the tests.
 *
 * Conversion (the contract of `CellValue`):
 * - numbers, strings (rich text joined), booleans as such; blank cells are null;
 * - error values as `{ error: "#REF!" }` (the file stores the English code);
 * - formula cells by their cached result; a formula without a cached result as
 *   `{ uncalculated: "<formula>" }` (for the cells of a shared formula: the text of its first
 *   cell, as the file stores no other);
 * - a number formatted as a date becomes the text of that date (`"1-5-2016"`): the tables hold
 *   no dates, and a date in an amount column is a typing accident (Excel turns `1-5` into 1 May)
 *   that the checker should report as text rather than silently use the serial number 42491;
 * - merged cells: only the top-left cell keeps its value.
 *
 * The file is only ever opened for reading.
 */
import * as fs from "node:fs";
import * as zlib from "node:zlib";
import { StringDecoder } from "node:string_decoder";
import ExcelJS from "exceljs";
import parseSax from "exceljs/lib/utils/parse-sax";
import type { CellValue, SheetData } from "../core/tables/model";
import { InputError, shortReason } from "./input-error";

export interface ReadOptions {
  /** "stream" (default): part by part with ExcelJS's SAX helper; "full": ExcelJS readFile. */
  reader?: "stream" | "full";
  /** Largest file accepted, in bytes (default `maxInputBytes()`). */
  maxBytes?: number;
  /** Most non-blank cells accepted over all sheets (default `maxInputCells()`). */
  maxCells?: number;
}

const MB = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 100 * MB;
export const DEFAULT_MAX_CELLS = 5_000_000;

function envLimit(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Size limit for an input file: 100 MB, or EKV_MAX_BYTES (bytes) when set. */
export function maxInputBytes(): number {
  return envLimit("EKV_MAX_BYTES", DEFAULT_MAX_BYTES);
}

/** Cell limit (guards against zip bombs): 5 000 000, or EKV_MAX_CELLS when set. */
export function maxInputCells(): number {
  return envLimit("EKV_MAX_CELLS", DEFAULT_MAX_CELLS);
}

function formatSize(bytes: number): string {
  const mb = bytes / MB;
  return mb >= 1 ? `${mb.toFixed(1).replace(".", ",")} MB` : `${bytes} bytes`;
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_END_OF_CENTRAL_DIR = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** "EncryptionInfo" in UTF-16LE: the stream an encrypted OOXML file carries in its OLE container. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

function readBytes(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = fs.readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/**
 * Checks that `file` is a readable, not too large zip archive before any library sees it, so each
 * unusable input gets its own message. Returns the size in bytes.
 */
export function preflight(file: string, maxBytes: number = maxInputBytes()): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new InputError(`${file}: bestand niet gevonden.`);
    if (code === "EACCES" || code === "EPERM")
      throw new InputError(`${file}: geen leesrechten voor dit bestand.`);
    throw new InputError(`${file}: het bestand kan niet worden geopend (${shortReason(err)}).`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: dit is een map, geen Excel-bestand.`);
  if (!stat.isFile()) throw new InputError(`${file}: dit is geen gewoon bestand.`);
  if (stat.size === 0) throw new InputError(`${file}: het bestand is leeg.`);
  if (stat.size > maxBytes) {
    throw new InputError(
      `${file}: het bestand is te groot (${formatSize(stat.size)}; de grens is ${formatSize(maxBytes)}).`
    );
  }

  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM")
      throw new InputError(`${file}: geen leesrechten voor dit bestand.`);
    throw new InputError(`${file}: het bestand kan niet worden geopend (${shortReason(err)}).`);
  }
  try {
    const head = readBytes(fd, 0, 8);
    if (head.length === 8 && head.equals(OLE_SIGNATURE)) {
      // Both a password-protected .xlsx and an old .xls are OLE compound files.
      const all = readBytes(fd, 0, stat.size);
      if (all.includes(ENCRYPTION_INFO)) {
        throw new InputError(
          `${file}: het bestand is versleuteld (met een wachtwoord beveiligd); sla het zonder wachtwoord op en controleer het opnieuw.`
        );
      }
      throw new InputError(
        `${file}: dit is een oud Excel-bestand (.xls) of ander OLE-bestand, geen .xlsx; sla het in Excel op als Excel-werkmap (.xlsx).`
      );
    }
    if (!head.subarray(0, 4).equals(ZIP_LOCAL_HEADER)) {
      throw new InputError(`${file}: dit is geen Excel-werkmap (.xlsx).`);
    }
    // The end-of-central-directory record sits in the last 22 + 65 535 bytes; a truncated
    // download or copy lacks it, and a streaming unzip would otherwise read a partial workbook.
    const tailLength = Math.min(stat.size, 22 + 65535);
    const tail = readBytes(fd, stat.size - tailLength, tailLength);
    if (tail.lastIndexOf(ZIP_END_OF_CENTRAL_DIR) < 0) {
      throw new InputError(
        `${file}: het bestand is beschadigd (het zip-archief is onvolledig) en kan niet worden gelezen.`
      );
    }
  } finally {
    fs.closeSync(fd);
  }
  return stat.size;
}

/** Most bytes all zip entries together may unpack to (guards against zip bombs): 1 GiB. */
export const MAX_UNCOMPRESSED_BYTES = 1024 * MB;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  localOffset: number;
}

function corrupt(file: string, why: string): InputError {
  return new InputError(`${file}: het bestand is beschadigd (${why}) en kan niet worden gelezen.`);
}

/** Reads the central directory of a zip archive (no zip64: inputs are at most a few 100 MB). */
function readCentralDirectory(file: string, fd: number, size: number): ZipEntry[] {
  const tailLength = Math.min(size, 22 + 65535);
  const tailStart = size - tailLength;
  const tail = readBytes(fd, tailStart, tailLength);
  const eocd = tail.lastIndexOf(ZIP_END_OF_CENTRAL_DIR);
  if (eocd < 0 || eocd + 22 > tail.length) throw corrupt(file, "het zip-archief is onvolledig");
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  if (dirOffset + dirSize > tailStart + eocd) {
    throw corrupt(file, "de inhoudsopgave van het zip-archief klopt niet");
  }
  const dir = readBytes(fd, dirOffset, dirSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== 0x02014b50) {
      throw corrupt(file, "de inhoudsopgave van het zip-archief klopt niet");
    }
    const nameLength = dir.readUInt16LE(p + 28);
    entries.push({
      flags: dir.readUInt16LE(p + 8),
      method: dir.readUInt16LE(p + 10),
      crc: dir.readUInt32LE(p + 16),
      compressedSize: dir.readUInt32LE(p + 20),
      localOffset: dir.readUInt32LE(p + 42),
      name: dir.toString("utf8", p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * Random access to the parts of an .xlsx archive through its central directory. Every part is
 * unpacked with node's zlib and its CRC-32 compared with the archive's, so a damaged file is
 * refused instead of being checked in part.
 *
 * Why not ExcelJS's streaming `WorkbookReader`: it reads the archive in one pass in stored
 * order and intermittently loses the last part — xl/workbook.xml in files written by ExcelJS —
 * and then fails with "Cannot read properties of undefined (reading 'sheets')" (exceljs issue
 * #3064; seen here in about one run in four); it also decodes each chunk separately, so a
 * multi-byte character split between chunks is garbled, and it does not check CRCs.
 */
class XlsxArchive {
  private readonly entries: Map<string, ZipEntry>;
  private left = MAX_UNCOMPRESSED_BYTES;
  private readonly read = new Set<string>();

  private constructor(
    private readonly file: string,
    private readonly fd: number,
    entries: ZipEntry[]
  ) {
    this.entries = new Map(entries.map((e) => [e.name, e]));
  }

  static open(file: string, size: number): XlsxArchive {
    const fd = fs.openSync(file, "r");
    try {
      const archive = new XlsxArchive(file, fd, readCentralDirectory(file, fd, size));
      for (const entry of archive.entries.values()) {
        if (entry.flags & 1) {
          throw new InputError(
            `${file}: het zip-archief is versleuteld en kan niet worden gelezen.`
          );
        }
        if (entry.method !== 0 && entry.method !== 8 && !entry.name.endsWith("/")) {
          throw new InputError(
            `${file}: onderdeel ${entry.name} gebruikt een onbekende compressie (methode ${entry.method}).`
          );
        }
      }
      if (!archive.has("xl/workbook.xml")) {
        throw new InputError(
          `${file}: dit is geen Excel-werkmap (het zip-archief bevat geen xl/workbook.xml).`
        );
      }
      return archive;
    } catch (err) {
      fs.closeSync(fd);
      throw err;
    }
  }

  close(): void {
    fs.closeSync(this.fd);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The unpacked bytes of a part, chunk by chunk; throws at the end when the CRC-32 differs. */
  async *bytes(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw corrupt(this.file, `onderdeel ${name} ontbreekt`);
    this.read.add(name);
    const local = readBytes(this.fd, entry.localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) {
      throw corrupt(this.file, `onderdeel ${name} ontbreekt`);
    }
    if (entry.compressedSize === 0) {
      if (entry.crc !== 0) throw corrupt(this.file, `onderdeel ${name} is leeg`);
      return;
    }
    const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    // A stream of its own (not on this.fd): destroying a stream closes its descriptor.
    // 64 KB chunks: larger ones make the SAX helper build huge event batches (more memory,
    // slower); smaller ones cost more async steps.
    const source = fs.createReadStream(this.file, {
      start,
      end: start + entry.compressedSize - 1,
      highWaterMark: 64 * 1024,
    });
    const stream: NodeJS.ReadableStream =
      entry.method === 8 ? source.pipe(zlib.createInflateRaw({ chunkSize: 64 * 1024 })) : source;
    let crc = 0;
    const chunks = stream[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<string | Buffer>;
        try {
          next = await chunks.next();
        } catch {
          throw corrupt(this.file, `onderdeel ${name} is niet uit te pakken`);
        }
        if (next.done) break;
        const buf = next.value as Buffer;
        this.left -= buf.length;
        if (this.left < 0) {
          throw new InputError(
            `${this.file}: de werkmap pakt uit tot meer dan ${formatSize(MAX_UNCOMPRESSED_BYTES)}; dat is te groot om te controleren.`
          );
        }
        crc = zlib.crc32(buf, crc);
        yield buf;
      }
    } finally {
      source.destroy();
    }
    if (crc >>> 0 !== entry.crc >>> 0) {
      throw corrupt(this.file, `controlegetal van ${name} klopt niet`);
    }
  }

  /** The part as text, chunk by chunk, decoded as UTF-8 across chunk boundaries. */
  async *text(name: string): AsyncGenerator<string> {
    const decoder = new StringDecoder("utf8");
    for await (const buf of this.bytes(name)) yield decoder.write(buf);
    const rest = decoder.end();
    if (rest) yield rest;
  }

  /** Unpacks and checks every part not read yet (themes, properties, …). */
  async verifyRest(): Promise<void> {
    for (const name of this.entries.keys()) {
      if (this.read.has(name) || name.endsWith("/")) continue;
      for await (const chunk of this.bytes(name)) void chunk;
    }
  }
}

/**
 * Checks the zip archive itself: an intact table of contents, an xl/workbook.xml, no encrypted
 * or unknown compression, and every part unpacking to its CRC-32. Returns the part names.
 */
export async function verifyZip(file: string, size: number): Promise<string[]> {
  const archive = XlsxArchive.open(file, size);
  try {
    await archive.verifyRest();
    return archive.names();
  } finally {
    archive.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The workbook's parts, read with ExcelJS's SAX helper

/** Tag name without a namespace prefix (`x:c` → `c`; some producers prefix every tag). */
function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by local name, whatever its prefix (`r:id`, `ns1:id`). */
function attr(attributes: Record<string, string>, name: string): string | undefined {
  if (attributes[name] !== undefined) return attributes[name];
  for (const key of Object.keys(attributes)) {
    if (local(key) === name && key.includes(":")) return attributes[key];
  }
  return undefined;
}

interface SheetPart {
  name: string;
  part: string;
}

interface WorkbookInfo {
  sheets: SheetPart[];
  date1904: boolean;
}

/** Resolves a relationship target against the folder of xl/workbook.xml. */
function resolveTarget(target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `xl/${target}`).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

async function readWorkbookInfo(archive: XlsxArchive): Promise<WorkbookInfo> {
  const targets = new Map<string, { part: string; type: string }>();
  if (archive.has("xl/_rels/workbook.xml.rels")) {
    for await (const events of parseSax(archive.text("xl/_rels/workbook.xml.rels"))) {
      for (const ev of events) {
        if (ev.eventType !== "opentag" || local(ev.value.name) !== "Relationship") continue;
        const a = ev.value.attributes;
        if (a.Id && a.Target && a.TargetMode !== "External") {
          targets.set(a.Id, { part: resolveTarget(a.Target), type: a.Type ?? "" });
        }
      }
    }
  }
  const sheets: SheetPart[] = [];
  let date1904 = false;
  for await (const events of parseSax(archive.text("xl/workbook.xml"))) {
    for (const ev of events) {
      if (ev.eventType !== "opentag") continue;
      const tag = local(ev.value.name);
      if (tag === "workbookPr") {
        const v = ev.value.attributes.date1904;
        date1904 = v === "1" || v === "true";
      } else if (tag === "sheet") {
        const rel = targets.get(attr(ev.value.attributes, "id") ?? "");
        // Chart sheets, dialog sheets and macro sheets hold no tables.
        if (rel && /\/worksheet$/.test(rel.type)) {
          sheets.push({ name: ev.value.attributes.name ?? "", part: rel.part });
        }
      }
    }
  }
  return { sheets, date1904 };
}

async function readSharedStrings(archive: XlsxArchive): Promise<string[]> {
  const strings: string[] = [];
  if (!archive.has("xl/sharedStrings.xml")) return strings;
  let current = "";
  let inT = false;
  let phonetic = 0;
  for await (const events of parseSax(archive.text("xl/sharedStrings.xml"))) {
    for (const ev of events) {
      if (ev.eventType === "text") {
        if (inT && phonetic === 0) current += ev.value;
        continue;
      }
      const tag = local(ev.value.name);
      if (ev.eventType === "opentag") {
        if (tag === "si") current = "";
        else if (tag === "t") inT = true;
        else if (tag === "rPh") phonetic++;
      } else if (tag === "t") inT = false;
      else if (tag === "rPh") phonetic--;
      else if (tag === "si") strings.push(current);
    }
  }
  return strings;
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30, and East Asian ids). */
function builtInIsDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** For every cell style (index into cellXfs): whether its number format shows a date. */
async function readDateStyles(archive: XlsxArchive): Promise<boolean[]> {
  const result: boolean[] = [];
  if (!archive.has("xl/styles.xml")) return result;
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  for await (const events of parseSax(archive.text("xl/styles.xml"))) {
    for (const ev of events) {
      if (ev.eventType === "text") continue;
      const tag = local(ev.value.name);
      if (ev.eventType === "closetag") {
        if (tag === "cellXfs") inCellXfs = false;
        continue;
      }
      const a = ev.value.attributes;
      if (tag === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (tag === "cellXfs") inCellXfs = true;
      else if (tag === "xf" && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    }
  }
  for (const id of xfFormats) {
    const code = custom.get(id);
    result.push(code !== undefined ? isDateFormat(code) : builtInIsDate(id));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Worksheets

interface SheetContext {
  shared: string[];
  dateStyles: boolean[];
  date1904: boolean;
  budget: { left: number; file: string; max: number };
}

async function readWorksheet(
  chunks: AsyncIterable<string>,
  name: string,
  ctx: SheetContext
): Promise<SheetData> {
  const sheet = new SheetBuilder();
  const { shared, dateStyles, date1904, budget } = ctx;
  const sharedFormulas = new Map<string, string>();

  let inSheetData = false;
  let row = -1;
  let col = -1;
  let inCell = false;
  let t: string | undefined;
  let s = 0;
  let f: string | undefined;
  let fShared: string | undefined;
  let v: string | undefined;
  let inlineText: string | undefined;
  let inInline = false;
  let target: "f" | "v" | "is" | null = null;

  for await (const events of parseSax(chunks)) {
    for (const ev of events) {
      if (ev.eventType === "text") {
        if (target === "v") v += ev.value;
        else if (target === "f") f += ev.value;
        else if (target === "is") inlineText += ev.value;
        continue;
      }
      const tag = ev.value;
      const tagName = local(tag.name);
      if (ev.eventType === "opentag") {
        switch (tagName) {
          case "sheetData":
            inSheetData = true;
            break;
          case "row": {
            const r = Number(tag.attributes.r);
            row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
            col = -1;
            break;
          }
          case "c": {
            if (!inSheetData) break;
            inCell = true;
            const ref = tag.attributes.r;
            const at = ref ? decodeAddress(ref) : null;
            if (at) {
              row = at.row;
              col = at.col;
            } else {
              col += 1;
            }
            t = tag.attributes.t;
            s = tag.attributes.s ? Number(tag.attributes.s) : 0;
            f = undefined;
            fShared = undefined;
            v = undefined;
            inlineText = undefined;
            break;
          }
          case "f":
            if (inCell) {
              f = "";
              target = "f";
              if (tag.attributes.t === "shared" && tag.attributes.si !== undefined) {
                fShared = tag.attributes.si;
              }
            }
            break;
          case "v":
            if (inCell) {
              v = "";
              target = "v";
            }
            break;
          case "is":
            if (inCell) {
              inInline = true;
              inlineText = "";
            }
            break;
          case "t":
            if (inInline) target = "is";
            break;
          case "rPh":
            // Phonetic guide text (East Asian) is not part of the cell's value.
            if (inInline) inInline = false;
            break;
          case "mergeCell":
            if (tag.attributes.ref) sheet.merge(tag.attributes.ref);
            break;
          default:
            break;
        }
        continue;
      }
      // closetag
      switch (tagName) {
        case "sheetData":
          inSheetData = false;
          break;
        case "f":
        case "v":
        case "t":
          target = null;
          break;
        case "rPh":
          if (inlineText !== undefined) inInline = true;
          break;
        case "is":
          inInline = false;
          target = null;
          break;
        case "c": {
          if (!inCell) break;
          inCell = false;
          target = null;
          let value: CellValue = null;
          if (f !== undefined) {
            if (fShared !== undefined) {
              if (f !== "") sharedFormulas.set(fShared, f);
              else f = sharedFormulas.get(fShared) ?? "";
            }
            value = v === undefined ? { uncalculated: f } : typedValue(t, v, s, inlineText);
          } else if (t === "inlineStr") {
            value = inlineText ?? null;
          } else if (v !== undefined) {
            value = typedValue(t, v, s, inlineText);
          }
          if (value !== null) {
            if (--budget.left < 0) throw tooManyCells(budget.file, budget.max);
            sheet.set(row, col, value);
          }
          break;
        }
        default:
          break;
      }
    }
  }
  return sheet.finish(name);

  function typedValue(
    type: string | undefined,
    text: string,
    style: number,
    inline: string | undefined
  ): CellValue {
    switch (type) {
      case "s": {
        const i = Number(text);
        return Number.isInteger(i) && i >= 0 && i < shared.length ? shared[i] : "";
      }
      case "str":
        return text;
      case "inlineStr":
        return inline ?? text;
      case "b":
        return text.trim() === "1" || text.trim().toLowerCase() === "true";
      case "e":
        return { error: text.trim() };
      case "d": {
        const d = new Date(text.trim());
        return Number.isNaN(d.getTime()) ? text : dateToDutchText(d);
      }
      default: {
        if (text.trim() === "") return null;
        const n = Number(text);
        if (!Number.isFinite(n)) return text;
        if (style && dateStyles[style]) return serialToDutchDate(n, date1904);
        return n === 0 ? 0 : n;
      }
    }
  }
}

async function readStreaming(file: string, size: number, maxCells: number): Promise<SheetData[]> {
  const archive = XlsxArchive.open(file, size);
  try {
    const info = await readWorkbookInfo(archive);
    const ctx: SheetContext = {
      shared: await readSharedStrings(archive),
      dateStyles: await readDateStyles(archive),
      date1904: info.date1904,
      budget: { left: maxCells, file, max: maxCells },
    };
    const sheets: SheetData[] = [];
    for (const { name, part } of info.sheets) {
      if (!archive.has(part)) throw corrupt(file, `blad "${name}" (${part}) ontbreekt`);
      sheets.push(await readWorksheet(archive.text(part), name, ctx));
    }
    await archive.verifyRest();
    return sheets;
  } finally {
    archive.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Cell conversion shared by both readers

/** Excel's own test for a date format: date/time letters outside quotes and brackets. */
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A date serial as Dutch text: "1-5-2016", with the time when there is one. */
export function serialToDutchDate(serial: number, date1904 = false): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000);
  const d = new Date(ms);
  const date = `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
  const time = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  return time === 0 ? date : `${date} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

function dateToDutchText(d: Date): string {
  const date = `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
  const time = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  return time === 0 ? date : `${date} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

interface RichTextRun {
  text?: string | null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** Text of a shared string as ExcelJS caches it: a string, or `{ richText: [{ text }] }`. */
function sharedStringText(s: unknown): string {
  if (typeof s === "string") return s;
  if (isRecord(s) && Array.isArray(s.richText)) {
    return (s.richText as RichTextRun[]).map((r) => r.text ?? "").join("");
  }
  return "";
}

/** Converts a value of ExcelJS's document model (the full reader) to a `CellValue`. */
export function fromExcelJsValue(v: unknown, formulaText?: string): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToDutchText(v);
  if (!isRecord(v)) return null;
  if ("formula" in v || "sharedFormula" in v) {
    if (v.result === undefined) {
      const f = typeof v.formula === "string" ? v.formula : (formulaText ?? "");
      return { uncalculated: f };
    }
    return fromExcelJsValue(v.result);
  }
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return sharedStringText(v);
  if ("text" in v) {
    // Hyperlink cell: { text, hyperlink }; the text may itself be rich text.
    return typeof v.text === "string" ? v.text : sharedStringText(v.text);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Sheet assembly

class SheetBuilder {
  readonly values: CellValue[][] = [];
  private readonly merges: string[] = [];
  cells = 0;

  set(row: number, col: number, value: CellValue): void {
    if (value === null) return;
    while (this.values.length <= row) this.values.push([]);
    const r = this.values[row];
    while (r.length < col) r.push(null);
    r[col] = value;
    this.cells++;
  }

  merge(ref: string): void {
    this.merges.push(ref);
  }

  /** Blanks every merged cell but the top-left one, and lists the merges for recognition. */
  finish(name: string): SheetData {
    const merges: NonNullable<SheetData["merges"]> = [];
    for (const ref of this.merges) {
      const [a, b] = ref.split(":");
      if (!a || !b) continue;
      const p = decodeAddress(a);
      const q = decodeAddress(b);
      if (!p || !q) continue;
      merges.push({
        top: Math.min(p.row, q.row),
        left: Math.min(p.col, q.col),
        bottom: Math.max(p.row, q.row),
        right: Math.max(p.col, q.col),
      });
      for (let r = p.row; r <= q.row && r < this.values.length; r++) {
        const row = this.values[r];
        for (let c = p.col; c <= q.col && c < row.length; c++) {
          if (r !== p.row || c !== p.col) row[c] = null;
        }
      }
    }
    return merges.length ? { name, values: this.values, merges } : { name, values: this.values };
  }
}

/** 0-based coordinates of an A1 address (with optional $), or null. */
export function decodeAddress(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  const s = ref.replace(/\$/g, "");
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  const row = Number(s.slice(i));
  if (col === 0 || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

function tooManyCells(file: string, max: number): InputError {
  return new InputError(
    `${file}: de werkmap bevat meer dan ${max.toLocaleString("nl-NL")} gevulde cellen; dat is te groot om te controleren.`
  );
}

// ---------------------------------------------------------------------------------------------
// Full reader

async function readFull(file: string, maxCells: number): Promise<SheetData[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let left = maxCells;
  const sheets: SheetData[] = [];
  wb.eachSheet((ws) => {
    const sheet = new SheetBuilder();
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      r.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.isMerged && cell.master !== cell) return;
        const value = fromExcelJsValue(cell.value, cell.formula);
        if (value === null) return;
        if (--left < 0) throw tooManyCells(file, maxCells);
        sheet.set(rowNumber - 1, colNumber - 1, value);
      });
    });
    sheets.push(sheet.finish(ws.name));
  });
  return sheets;
}

/**
 * Reads every worksheet of `file`. Throws `InputError` (one Dutch line) for anything that makes
 * the file uncheckable; never modifies the file.
 */
export async function readXlsx(file: string, options: ReadOptions = {}): Promise<SheetData[]> {
  const size = preflight(file, options.maxBytes ?? maxInputBytes());
  const maxCells = options.maxCells ?? maxInputCells();
  try {
    if (options.reader === "full") {
      await verifyZip(file, size);
      return await readFull(file, maxCells);
    }
    return await readStreaming(file, size, maxCells);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      `${file}: het bestand is beschadigd of geen geldige Excel-werkmap en kan niet worden gelezen (${shortReason(err)}).`
    );
  }
}
