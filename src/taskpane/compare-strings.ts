/**
 * The texts of the comparison with other files and of the findings between tables, in Dutch and
 * English (chosen with the pane's own strings). File names, document labels and the findings'
 * messages come from the core and stay Dutch.
 */
import type { CrossFinding } from "../core/documents";
import { countOf as plural, crossCounts as countsOf, crossCountsPhrase } from "../core/summary";
import { dutch, type Strings } from "./strings";

const nl = {
  compareButton: "Vergelijk met ander bestand…",
  compareHint:
    "Kies één of meer .xlsx-bestanden (begroting of jaarverslag). Ze worden in dit venster gelezen; er wordt niets verstuurd.",
  pickLabel: "Kies .xlsx-bestanden om mee te vergelijken",
  compareHeading: "Vergelijking met andere documenten",
  reading: (i: number, n: number, name: string) => `Bestand ${i} van ${n} lezen: ${name}`,
  readingWorkbook: "Werkmap lezen…",
  comparing: "Bezig met vergelijken…",
  cancelled: "Vergelijking afgebroken.",
  close: "Sluit vergelijking",
  again: "Vergelijk opnieuw",
  thisWorkbook: "deze werkmap",
  typeShort: "Soort document",
  yearShort: "Jaar",
  documentType: (file: string) => `Soort document van ${file}`,
  documentYear: (file: string) => `Jaar van ${file}`,
  automatic: "automatisch",
  begroting: "Begroting",
  jaarverslag: "Jaarverslag",
  identified: (label: string, reason: string) => `${label} (${reason})`,
  unknown: (reason: string) => `Document en jaar onbekend: ${reason}. Kies ze hieronder.`,
  unreadable: (file: string, message: string) => `${file}: ${message}`,
  notCompared: "Minder dan twee documenten met bekend soort en jaar: niets vergeleken.",
  summary: (findings: readonly CrossFinding[]) =>
    `Tussen documenten: ${crossCountsPhrase(findings)}.`,
  crossTable: (findings: readonly CrossFinding[]) => {
    const c = countsOf(findings);
    return `Tussen tabellen: ${plural(c.errors, "fout", "fouten")}, ${plural(c.warnings, "waarschuwing", "waarschuwingen")}.`;
  },
};

export type CompareStrings = typeof nl;

const en: CompareStrings = {
  compareButton: "Compare with another file…",
  compareHint:
    "Choose one or more .xlsx files (budget or annual report). They are read in this pane; nothing is sent anywhere.",
  pickLabel: "Choose .xlsx files to compare with",
  compareHeading: "Comparison with other documents",
  reading: (i, n, name) => `Reading file ${i} of ${n}: ${name}`,
  readingWorkbook: "Reading the workbook…",
  comparing: "Comparing…",
  cancelled: "Comparison cancelled.",
  close: "Close comparison",
  again: "Compare again",
  thisWorkbook: "this workbook",
  typeShort: "Document type",
  yearShort: "Year",
  documentType: (file) => `Document type of ${file}`,
  documentYear: (file) => `Year of ${file}`,
  automatic: "automatic",
  begroting: "Budget",
  jaarverslag: "Annual report",
  identified: (label, reason) => `${label} (${reason})`,
  unknown: (reason) => `Document and year unknown: ${reason}. Choose them below.`,
  unreadable: (file, message) => `${file}: ${message}`,
  notCompared: "Fewer than two documents of known type and year: nothing compared.",
  summary: (findings) => {
    if (!findings.length) return "Between documents: no findings.";
    const c = countsOf(findings);
    return `Between documents: ${c.errors} ${c.errors === 1 ? "error" : "errors"}, ${c.warnings} ${c.warnings === 1 ? "warning" : "warnings"}, ${c.infos} info.`;
  },
  crossTable: (findings) => {
    const c = countsOf(findings);
    return `Between tables: ${c.errors} ${c.errors === 1 ? "error" : "errors"}, ${c.warnings} ${c.warnings === 1 ? "warning" : "warnings"}.`;
  },
};

export function compareStrings(s: Strings): CompareStrings {
  return s === dutch ? nl : en;
}
