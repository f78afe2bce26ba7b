/**
 * The .xlsx reader: bytes in, the core's `SheetData` out, with no node APIs, so the CLI, the
 * task pane and a web page share it. Split by concern:
 * - zip.ts: the zip container (central directory, zip64, data descriptors, CRC-32);
 * - inflate.ts: DEFLATE, decoded into one reused buffer (memory flat whatever the part's size);
 * - xml.ts: streaming XML, a byte-level scanner checked against saxes (no DTDs, depth and length
 *   limits);
 * - parts.ts: the package's relationships, the workbook part, its sheets and date system;
 * - shared-strings.ts, styles.ts (number formats), worksheet.ts (cells, merges, sparse model);
 * - limits.ts: every hard limit with its name, value and Dutch message; errors.ts: `XlsxError`.
 *
 * `readWorkbook` reads synchronously and throws only `XlsxError` (a `code` and one Dutch
 * sentence); any other failure of a library becomes "damaged", never a raw message.
 */
import type { SheetData } from "../core/tables/model";
import { damaged, XlsxError } from "./errors";
import { limitError, resolveLimits, type Limits } from "./limits";
import { readWorkbookParts } from "./parts";
import { readSharedStrings } from "./shared-strings";
import { readCellFormats } from "./styles";
import { readWorksheet } from "./worksheet";
import { ZipArchive } from "./zip";

export { XlsxError, type XlsxErrorCode } from "./errors";
export { DEFAULT_LIMITS, GRID, LIMIT_DESCRIPTIONS, type Limits } from "./limits";

export interface ReadWorkbookOptions {
  /** Limits to use instead of the defaults (DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
}

export interface Workbook {
  sheets: SheetData[];
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" in UTF-16LE: the stream an encrypted OOXML file carries in its OLE container. */
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}

function contains(b: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (
    let i = b.indexOf(first);
    i >= 0 && i + needle.length <= b.length;
    i = b.indexOf(first, i + 1)
  ) {
    let k = 1;
    while (k < needle.length && b[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** Refuses what is no zip archive, each with its own message. */
function sniff(bytes: Uint8Array, limits: Limits): void {
  if (bytes.length === 0) throw new XlsxError("empty", "het bestand is leeg.");
  if (bytes.length > limits.fileBytes) throw limitError("fileBytes", limits);
  if (startsWith(bytes, OLE)) {
    // Both a password-protected .xlsx and an old .xls are OLE compound files.
    if (contains(bytes, ENCRYPTION_INFO)) {
      throw new XlsxError(
        "encrypted",
        "het bestand is versleuteld (met een wachtwoord beveiligd); sla het zonder wachtwoord op en controleer het opnieuw."
      );
    }
    throw new XlsxError(
      "old-xls",
      "dit is een oud Excel-bestand (.xls) of ander OLE-bestand, geen .xlsx; sla het in Excel op als Excel-werkmap (.xlsx)."
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new XlsxError("not-xlsx", "dit is geen Excel-werkmap (.xlsx).");
  }
}

/** Reads every worksheet of an .xlsx workbook, in tab order. */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Workbook {
  const limits = resolveLimits(options.limits);
  try {
    sniff(bytes, limits);
    const zip = ZipArchive.open(bytes, limits);
    const parts = readWorkbookParts(zip, limits);
    const shared = readSharedStrings(zip, parts.sharedStrings, limits);
    const formats = readCellFormats(zip, parts.styles, limits);
    const ctx = {
      shared,
      formats,
      date1904: parts.date1904,
      limits,
      budget: { cells: limits.workbookCells },
    };
    const sheets = parts.sheets.map((s) => readWorksheet(zip, s.part, s.name, ctx));
    zip.verifyRest();
    return { sheets };
  } catch (err) {
    if (err instanceof XlsxError) throw err;
    // A RangeError of the engine (memory, string length) or a library fault: still one sentence.
    throw damaged("de inhoud is niet te lezen");
  }
}
