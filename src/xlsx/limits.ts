/**
 * The hard limits of the reader, in one place: each has a name, a value and the Dutch message
 * given when a workbook exceeds it. They are enforced while reading (a part stops unpacking, a
 * parser stops parsing the moment a limit is passed), so memory and time stay bounded whatever
 * the file holds. docs/cli.md lists them; test/xlsx/limits.test.ts keeps that list in step.
 */
import { XlsxError } from "./errors";
import { formatCount } from "../core/count";

export interface Limits {
  /** Size of the file itself, in bytes. */
  fileBytes: number;
  /** Entries in the zip archive. */
  zipEntries: number;
  /** Unpacked bytes of one part. */
  partBytes: number;
  /** Unpacked bytes of all parts together. */
  totalBytes: number;
  /** Unpacked size ÷ packed size of one part (for parts above 1 MB unpacked). */
  compressionRatio: number;
  /** Nesting depth of the XML elements of a part. */
  xmlDepth: number;
  /** Characters of XML between two tags (one text or one tag with its attributes). */
  xmlRun: number;
  /** Characters in one cell's text, shared string or formula (Excel's own limit). */
  cellChars: number;
  /** Shared strings (xl/sharedStrings.xml entries). */
  sharedStrings: number;
  /** Characters of all shared strings together. */
  sharedStringChars: number;
  /** Filled cells in one worksheet. */
  sheetCells: number;
  /** Filled cells in all worksheets together. */
  workbookCells: number;
  /** Cells of a worksheet's used area as the checker scans it: per row, from the left-most filled column of the sheet to the row's last filled cell. */
  sheetArea: number;
  /** Merged ranges in one worksheet. */
  merges: number;
  /** Worksheets in the workbook. */
  sheets: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  fileBytes: 100 * MB,
  zipEntries: 10_000,
  partBytes: 512 * MB,
  totalBytes: 1024 * MB,
  compressionRatio: 200,
  xmlDepth: 100,
  xmlRun: 1024 * 1024,
  cellChars: 32_767,
  sharedStrings: 1_000_000,
  sharedStringChars: 50_000_000,
  sheetCells: 5_000_000,
  workbookCells: 5_000_000,
  sheetArea: 10_000_000,
  merges: 100_000,
  sheets: 1_000,
});

/** Excel's grid (ECMA-376 / Excel specifications): a reference beyond it means a damaged file. */
export const GRID = Object.freeze({ rows: 1_048_576, columns: 16_384 });

function n(x: number): string {
  return formatCount(x);
}

export function size(bytes: number): string {
  const mb = bytes / MB;
  return mb >= 1 ? `${mb.toFixed(1).replace(".", ",")} MB` : `${bytes} bytes`;
}

/** What each limit means, for the docs (in the order of `Limits`). */
export const LIMIT_DESCRIPTIONS: Readonly<Record<keyof Limits, string>> = Object.freeze({
  fileBytes: "grootte van het bestand",
  zipEntries: "onderdelen in het zip-archief",
  partBytes: "uitgepakte grootte van één onderdeel",
  totalBytes: "uitgepakte grootte van alle onderdelen samen",
  compressionRatio: "compressieverhouding van één onderdeel (boven 1 MB uitgepakt)",
  xmlDepth: "nestingdiepte van de XML",
  xmlRun: "tekens XML tussen twee codes (één tekst of één code met attributen)",
  cellChars: "tekens in één cel, gedeelde tekst of formule (de grens van Excel)",
  sharedStrings: "gedeelde teksten (sharedStrings.xml)",
  sharedStringChars: "tekens van alle gedeelde teksten samen",
  sheetCells: "gevulde cellen op één blad",
  workbookCells: "gevulde cellen op alle bladen samen",
  sheetArea:
    "cellen van het gebruikte bereik van één blad (per rij van de meest linkse gevulde kolom tot de laatste gevulde cel)",
  merges: "samengevoegde bereiken op één blad",
  sheets: "werkbladen",
});

/** The error for a passed limit: one Dutch sentence naming the limit and its value. */
export function limitError(name: keyof Limits, limits: Limits, where = ""): XlsxError {
  const v = limits[name];
  const at = where ? ` (${where})` : "";
  const tooBig = "dat is te groot om te controleren";
  let text: string;
  switch (name) {
    case "fileBytes":
      text = `het bestand is te groot${at}; de grens is ${size(v)}.`;
      break;
    case "zipEntries":
      text = `het zip-archief bevat meer dan ${n(v)} onderdelen; ${tooBig}.`;
      break;
    case "partBytes":
      text = `een onderdeel${at} pakt uit tot meer dan ${size(v)}; ${tooBig}.`;
      break;
    case "totalBytes":
      text = `de werkmap pakt uit tot meer dan ${size(v)}; ${tooBig}.`;
      break;
    case "compressionRatio":
      text = `een onderdeel${at} is meer dan ${n(v)} keer samengeperst (een zip-bom?); ${tooBig}.`;
      break;
    case "xmlDepth":
      text = `de XML${at} is dieper genest dan ${n(v)} niveaus; ${tooBig}.`;
      break;
    case "xmlRun":
      text = `de XML${at} bevat een tekst of code van meer dan ${n(v)} tekens; ${tooBig}.`;
      break;
    case "cellChars":
      text = `een cel, gedeelde tekst of formule${at} is langer dan ${n(v)} tekens, de grens van Excel; ${tooBig}.`;
      break;
    case "sharedStrings":
      text = `de werkmap bevat meer dan ${n(v)} gedeelde teksten; ${tooBig}.`;
      break;
    case "sharedStringChars":
      text = `de gedeelde teksten van de werkmap zijn samen langer dan ${n(v)} tekens; ${tooBig}.`;
      break;
    case "sheetCells":
      text = `een blad${at} bevat meer dan ${n(v)} gevulde cellen; ${tooBig}.`;
      break;
    case "workbookCells":
      text = `de werkmap bevat meer dan ${n(v)} gevulde cellen; ${tooBig}.`;
      break;
    case "sheetArea":
      text = `het gebruikte bereik van een blad${at} beslaat meer dan ${n(v)} cellen (gevulde cellen ver uit elkaar); ${tooBig}.`;
      break;
    case "merges":
      text = `een blad${at} bevat meer dan ${n(v)} samengevoegde bereiken; ${tooBig}.`;
      break;
    default:
      text = `de werkmap bevat meer dan ${n(v)} werkbladen; ${tooBig}.`;
      break;
  }
  return new XlsxError("limit", text, name);
}

export function resolveLimits(partial?: Partial<Limits>): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(partial ?? {}) as Array<keyof Limits>) {
    const v = partial?.[key];
    if (typeof v === "number" && Number.isFinite(v) && v > 0) out[key] = v;
  }
  return out;
}
