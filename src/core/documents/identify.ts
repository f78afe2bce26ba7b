/**
 * Which document a workbook holds — a budget (ontwerpbegroting) or an annual report
 * (jaarverslag) — and for which year, from its titles and headers.
 *
 * - A title or heading cell naming the document: "Jaarverslag … 2020", "Ontwerpbegroting 2022",
 *   "Begroting 2022", "OWB 2022", "JV 2020".
 * - Else the garanties overview's headers: "Geraamd te verlenen/vervallen" only stand in a budget
 *   (RBV model 1.32e), whose last year is t; "Verleend"/"Vervallen" without "geraamd" stand in an
 *   annual report (model 3.21b), whose last year is the year reported on.
 * Relative headers (t-1, t) carry no year: then the year must be given (`--document`).
 */
import type { SheetData } from "../tables/model";
import type { ParsedTable } from "../tables/parsed";
import type { DocumentId, DocumentType } from "./model";

const YEAR = "((?:19|20)\\d\\d)";
const TITLE_JV = new RegExp(`\\b(?:jaarverslag|jv)\\b[^\\d]{0,80}?${YEAR}\\b`, "i");
const TITLE_OWB = new RegExp(
  `\\b(?:ontwerpbegroting|begroting|owb)\\b(?![\\s-]*(?:staat|fonds))[^\\d]{0,80}?${YEAR}\\b`,
  "i"
);

/** Reads "JV2024", "OWB2025", "jaarverslag 2024", "begroting 2025"; undefined otherwise. */
export function parseDocumentSpec(text: string): DocumentId | undefined {
  const t = text.trim();
  const m = /^(jv|jaarverslag|owb|begroting|ontwerpbegroting)[\s_-]*((?:19|20)\d\d)$/i.exec(t);
  if (!m) return undefined;
  const type: DocumentType = /^(jv|jaarverslag)$/i.test(m[1]) ? "jaarverslag" : "begroting";
  return { type, year: Number(m[2]) };
}

/** "JV2020", "OWB2022". */
export function documentLabel(id: DocumentId): string {
  return `${id.type === "jaarverslag" ? "JV" : "OWB"}${id.year}`;
}

/** "jaarverslag 2020", "begroting 2022". */
export function documentWords(id: DocumentId): string {
  return `${id.type} ${id.year}`;
}

/** The cells above the tables that could hold the document's title: the first rows of a sheet. */
const TITLE_ROWS = 6;

function titleTexts(sheets: readonly SheetData[], tables: readonly ParsedTable[]): string[] {
  const out: string[] = [];
  for (const s of sheets) {
    for (const row of s.values.slice(0, TITLE_ROWS)) {
      for (const v of row ?? []) if (typeof v === "string" && v.trim() !== "") out.push(v);
    }
  }
  for (const t of tables) if (t.title) out.push(t.title);
  return out;
}

/** From the headers of the garanties overviews (see the module comment). */
function fromHeaders(tables: readonly ParsedTable[]): { id?: DocumentId; reason: string } {
  for (const t of tables) {
    if (t.kind !== "garanties") continue;
    const flows = t.columns.filter((c) => c.kind === "verleend" || c.kind === "vervallen");
    if (flows.length === 0) continue;
    const budget = flows.some((c) => /geraamd|te\s+verlenen|te\s+vervallen/i.test(c.header));
    const years = t.columns.map((c) => c.year).filter((y): y is number => typeof y === "number");
    const type: DocumentType = budget ? "begroting" : "jaarverslag";
    if (years.length === 0) {
      return {
        reason: `de koppen van de tabel op blad "${t.sheet}" (${t.range}) wijzen op een ${type}, maar noemen alleen relatieve jaren (t-1, t); geef het document op, bijvoorbeeld --document BESTAND=${type === "jaarverslag" ? "JV" : "OWB"}2024`,
      };
    }
    const year = Math.max(...years);
    return {
      id: { type, year },
      reason: `uit de koppen van de tabel op blad "${t.sheet}" (${t.range}): ${budget ? '"Geraamd te verlenen/vervallen"' : '"Verleend/Vervallen"'}, laatste jaar ${year}`,
    };
  }
  return {
    reason: "geen titel met het document en het jaar, en geen overzicht verstrekte garanties",
  };
}

function shortTitle(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}

/** The document a workbook holds, or why it is not known. */
export function identifyDocument(
  sheets: readonly SheetData[],
  tables: readonly ParsedTable[]
): { id: DocumentId | null; reason: string } {
  for (const text of titleTexts(sheets, tables)) {
    const jv = TITLE_JV.exec(text);
    if (jv) {
      return {
        id: { type: "jaarverslag", year: Number(jv[1]) },
        reason: `uit de titel "${shortTitle(text)}"`,
      };
    }
    const owb = TITLE_OWB.exec(text);
    if (owb) {
      return {
        id: { type: "begroting", year: Number(owb[1]) },
        reason: `uit de titel "${shortTitle(text)}"`,
      };
    }
  }
  const h = fromHeaders(tables);
  return { id: h.id ?? null, reason: h.reason };
}

/** The calendar year a year label of a document stands for: t-2 of OWB2022 is 2020. */
export function resolveYear(label: number | string | null, doc: DocumentId): number | undefined {
  if (typeof label === "number") return label;
  if (label === null) return undefined;
  if (label === "t") return doc.year;
  const m = /^t([-+])(\d)$/.exec(label);
  if (!m) return undefined;
  return m[1] === "-" ? doc.year - Number(m[2]) : doc.year + Number(m[2]);
}

/** True when the document reports year `year` as a realisation (1.32e: t-2; 3.21b: t-1 and t). */
export function isRealisation(doc: DocumentId, year: number): boolean {
  return doc.type === "jaarverslag" ? year <= doc.year : year <= doc.year - 2;
}

/**
 * Publication order: a budget for year T appears in September of T-1, the annual report of year
 * Y in May of Y+1 (so OWB2020 < JV2019 < OWB2021 < JV2020 < OWB2022).
 */
export function publicationOrder(id: DocumentId): number {
  return id.type === "begroting" ? (id.year - 1) * 12 + 9 : (id.year + 1) * 12 + 5;
}
