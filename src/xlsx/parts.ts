/**
 * The workbook's parts and relationships (ECMA-376 part 2, OPC): where the workbook part is
 * (the package's officeDocument relationship, or xl/workbook.xml), its worksheets in tab order
 * with their names, the shared strings and styles parts, and the date system.
 */
import { damaged, XlsxError } from "./errors";
import { limitError, type Limits } from "./limits";
import { attr, parsePart } from "./xml";
import type { ZipArchive } from "./zip";

export interface SheetRef {
  name: string;
  /** Part name in the archive, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface WorkbookParts {
  workbook: string;
  sheets: SheetRef[];
  sharedStrings?: string;
  styles?: string;
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

/** A relationship target resolved against the folder of the part that names it. */
export function resolvePart(base: string, target: string): string {
  const segments = target.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const s of target.replace(/\\/g, "/").split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return segments.join("/");
}

/** The relationships part of `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function readRelationships(
  zip: ZipArchive,
  part: string,
  limits: Limits
): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const entry = zip.get(relsOf(part));
  if (!entry) return rels;
  parsePart(
    zip,
    entry,
    {
      open(name, a) {
        if (name !== "Relationship" || a.TargetMode === "External") return;
        if (a.Id !== undefined && a.Target !== undefined) {
          if (rels.size >= limits.zipEntries) throw limitError("zipEntries", limits);
          rels.set(a.Id, { type: a.Type ?? "", target: resolvePart(part, a.Target) });
        }
      },
      close() {},
    },
    limits
  );
  return rels;
}

const isType = (rel: Relationship, kind: string): boolean => rel.type.endsWith(`/${kind}`);

export function readWorkbookParts(zip: ZipArchive, limits: Limits): WorkbookParts {
  let workbook = "xl/workbook.xml";
  for (const rel of readRelationships(zip, "", limits).values()) {
    if (isType(rel, "officeDocument") && zip.has(rel.target)) workbook = rel.target;
  }
  const entry = zip.get(workbook);
  if (!entry) {
    throw new XlsxError(
      "no-workbook",
      "dit is geen Excel-werkmap (het zip-archief bevat geen xl/workbook.xml)."
    );
  }
  const rels = readRelationships(zip, entry.name, limits);
  const sheets: SheetRef[] = [];
  let date1904 = false;
  parsePart(
    zip,
    entry,
    {
      open(name, a) {
        if (name === "workbookPr") {
          const v = a.date1904;
          date1904 = v === "1" || v === "true";
        } else if (name === "sheet") {
          const rel = rels.get(attr(a, "id") ?? "");
          // Chart sheets and dialog sheets hold no cells to check.
          if (!rel || !isType(rel, "worksheet")) return;
          if (!zip.has(rel.target))
            throw damaged(`blad "${a.name ?? ""}" (${rel.target}) ontbreekt`);
          if (sheets.length >= limits.sheets) throw limitError("sheets", limits);
          sheets.push({ name: a.name ?? "", part: rel.target });
        }
      },
      close() {},
    },
    limits
  );
  const find = (kind: string): string | undefined =>
    [...rels.values()].find((r) => isType(r, kind) && zip.has(r.target))?.target;
  return {
    workbook: entry.name,
    sheets,
    sharedStrings: find("sharedStrings"),
    styles: find("styles"),
    date1904,
  };
}
