/**
 * Styles (ECMA-376 18.8): for each cell format (`cellXfs/xf`, the index a cell's `s` names) the
 * number format code, from the part's own `numFmts` or the built-in ids (18.8.30).
 */
import { builtInFormat } from "../core/cells";
import type { Limits } from "./limits";
import { parsePart } from "./xml";
import type { ZipArchive } from "./zip";

/** The number format code of every cell format, by index. */
export function readCellFormats(
  zip: ZipArchive,
  part: string | undefined,
  limits: Limits
): string[] {
  const formats: string[] = [];
  const entry = part ? zip.get(part) : undefined;
  if (!entry) return formats;
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  parsePart(
    zip,
    entry,
    {
      open(name, a) {
        if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "General");
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    limits
  );
  for (const id of ids) formats.push(custom.get(id) ?? builtInFormat(id));
  return formats;
}
