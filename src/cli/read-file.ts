/**
 * The CLI's side of reading a workbook: the file system only. It refuses what is no regular
 * readable file, and a file over the size limit before reading it, then hands the bytes to the
 * shared reader (src/xlsx). The file is opened read-only and never changed.
 */
import * as fs from "node:fs";
import type { SheetData } from "../core/tables/model";
import { DEFAULT_LIMITS, readWorkbook, XlsxError, type Limits } from "../xlsx";
import { InputError, shortReason } from "./input-error";

function envLimit(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The limits with the two a user may set: EKV_MAX_BYTES (file size) and EKV_MAX_CELLS. */
export function cliLimits(overrides: Partial<Limits> = {}): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  const bytes = envLimit("EKV_MAX_BYTES");
  const cells = envLimit("EKV_MAX_CELLS");
  if (bytes !== undefined) limits.fileBytes = bytes;
  if (cells !== undefined) {
    limits.workbookCells = cells;
    limits.sheetCells = Math.min(limits.sheetCells, cells);
  }
  return { ...limits, ...overrides };
}

function fileError(file: string, err: unknown, fallback: string): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return new InputError(`${file}: bestand niet gevonden.`, "not-found");
  if (code === "EACCES" || code === "EPERM") {
    return new InputError(`${file}: geen leesrechten voor dit bestand.`, "no-permission");
  }
  return new InputError(`${file}: ${fallback} (${shortReason(err)}).`, "unreadable");
}

function size(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${mb.toFixed(1).replace(".", ",")} MB` : `${bytes} bytes`;
}

/** Reads `file` into sheets; throws InputError (code and one Dutch line) for any unusable input. */
export function readXlsxFile(file: string, limits: Limits = cliLimits()): SheetData[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw fileError(file, err, "het bestand kan niet worden geopend");
  }
  if (stat.isDirectory())
    throw new InputError(`${file}: dit is een map, geen Excel-bestand.`, "directory");
  if (!stat.isFile()) throw new InputError(`${file}: dit is geen gewoon bestand.`, "not-a-file");
  if (stat.size > limits.fileBytes) {
    throw new InputError(
      `${file}: het bestand is te groot (${size(stat.size)}; de grens is ${size(limits.fileBytes)}).`,
      "limit"
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file, { flag: "r" });
  } catch (err) {
    throw fileError(file, err, "het bestand kan niet worden gelezen");
  }
  try {
    return readWorkbook(bytes, { limits }).sheets;
  } catch (err) {
    if (err instanceof XlsxError) throw new InputError(`${file}: ${err.message}`, err.code);
    throw new InputError(
      `${file}: het bestand kan niet worden gelezen (${shortReason(err)}).`,
      "damaged"
    );
  }
}
