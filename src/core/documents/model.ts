/**
 * Comparing the risk paragraph of several documents (budgets and annual reports) and the tables
 * of one workbook with each other. Pure data types; see compare.ts, cross-table.ts, facts.ts.
 */

/** Ontwerpbegroting (RBV model 1.32e) or jaarverslag (model 3.21b). */
export type DocumentType = "begroting" | "jaarverslag";

export interface DocumentId {
  type: DocumentType;
  /** Budget year (t of the budget) or the year the annual report accounts for. */
  year: number;
}

/** Severity of a finding between tables or documents: `info` is a difference that may be right. */
export type CrossSeverity = "error" | "warning" | "info";

/** What a figure measures, per scheme and year. */
export type Measure =
  | "uitstaand"
  | "verleend"
  | "vervallen"
  | "garantieplafond"
  | "totaal-plafond"
  | "risicovoorziening"
  | "uitgaven"
  | "ontvangsten"
  | "saldo"
  /** A loan's outstanding amount in euros at the end of the year (loan tables). */
  | "lening";

export interface CrossCell {
  file: string;
  sheet: string;
  /** A1 address. */
  cell: string;
}

export interface CrossFinding {
  rule: string;
  severity: CrossSeverity;
  /** Dutch message naming every cell involved. */
  message: string;
  expected: number | null;
  actual: number | null;
  /** At least two cells. */
  cells: CrossCell[];
}

/** One published figure of one scheme, with where it stands and whether it is a realisation. */
export interface Fact {
  file: string;
  sheet: string;
  cell: string;
  /** 0-based sheet coordinates of `cell`. */
  row: number;
  col: number;
  /** The row's description as published ("Garantie FOM"), or "Totaal". */
  label: string;
  /** Normalised scheme name used for matching (schemes.ts), "totaal" for the total row. */
  key: string;
  /** Article number from the article column ("Artikel 5 …" → "5"), when the row gives one. */
  article?: string;
  measure: Measure;
  year: number;
  value: number;
  /** A realisation (reported after the fact) rather than an estimate or ceiling. */
  realisation: boolean;
  /** Index of the table in the file's CheckResult.tables. */
  table: number;
  /** Loans: the amount in the other currency as published ("ANG 247.036"). */
  currency?: string;
}

/** A workbook whose document type and year are known, with its facts. */
export interface DocumentFacts {
  file: string;
  id: DocumentId;
  facts: Fact[];
  /** A1 cell of the top-left header cell of each garanties overview (for "missing" findings). */
  overviews: CrossCell[];
}

export interface TimelineEntry {
  file: string;
  /** "OWB2022", "JV2020". */
  document: string;
  sheet: string;
  cell: string;
  value: number;
  kind: "realisatie" | "raming";
}

export interface Timeline {
  /** The scheme's name as the first document in order gives it. */
  scheme: string;
  figures: Array<{ measure: Measure; year: number; entries: TimelineEntry[] }>;
}

/** How a document was identified, or why it could not be. */
export interface DocumentIdentification {
  file: string;
  id: DocumentId | null;
  /** Dutch: where the type and year came from, or what is missing. */
  reason: string;
}

export interface CrossDocumentResult {
  documents: DocumentIdentification[];
  findings: CrossFinding[];
  timelines: Timeline[];
}
