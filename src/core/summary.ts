/**
 * The one-line verdicts every front end shows (the CLI's closing line, the task pane's summary,
 * the web page and the HTML report), in one place: a check only says "consistent" when no amount
 * went unchecked, and it says so in the same words wherever it is read.
 */
import type { CrossFinding } from "./documents/model";
import type { CheckResult, Coverage } from "./tables/model";
import { formatCount } from "./count";

/** "1 tabel", "1.000 bedragen": a count with its noun, in Dutch notation. */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export interface Counts {
  errors: number;
  warnings: number;
  /** Tables with at least one finding. */
  tablesWithFindings: number;
  tables: number;
  /** Amounts the rules compared, and those they did not (coverage). */
  checkedCells?: number;
  uncheckedCells?: number;
}

export function countFindings(result: CheckResult): Counts {
  let errors = 0;
  let warnings = 0;
  const withFindings = new Set<number>();
  for (const f of result.findings) {
    if (f.severity === "error") errors++;
    else warnings++;
    withFindings.add(f.table);
  }
  let checkedCells = 0;
  let uncheckedCells = 0;
  for (const t of result.tables) {
    checkedCells += t.coverage?.checkedCells ?? 0;
    uncheckedCells += t.coverage?.uncheckedCells ?? 0;
  }
  const counts: Counts = {
    errors,
    warnings,
    tablesWithFindings: withFindings.size,
    tables: result.tables.length,
  };
  if (result.tables.some((t) => t.coverage)) {
    counts.checkedCells = checkedCells;
    counts.uncheckedCells = uncheckedCells;
  }
  return counts;
}

/** "3 fouten, 1 waarschuwing in 2 tabellen." / "Alle tabellen zijn consistent." / none recognised. */
export function summaryLine(c: Counts): string {
  if (c.tables === 0) return "Geen garantietabellen herkend.";
  if (c.errors === 0 && c.warnings === 0) return "Alle tabellen zijn consistent.";
  const parts: string[] = [];
  parts.push(c.errors === 0 ? "geen fouten" : countOf(c.errors, "fout", "fouten"));
  if (c.warnings > 0) parts.push(countOf(c.warnings, "waarschuwing", "waarschuwingen"));
  return sentence(`${parts.join(", ")} in ${countOf(c.tablesWithFindings, "tabel", "tabellen")}`);
}

/**
 * The closing line: the findings and how many amounts were checked — "Alle tabellen zijn
 * consistent" only when no amount went unchecked.
 */
export function closingLine(c: Counts): string {
  const line = summaryLine(c);
  if (c.tables === 0 || c.checkedCells === undefined) return line;
  const checked = countOf(c.checkedCells, "bedrag", "bedragen");
  const unchecked = c.uncheckedCells ?? 0;
  if (unchecked === 0) return `${line.slice(0, -1)}; ${checked} gecontroleerd.`;
  const head =
    c.errors === 0 && c.warnings === 0 ? "Geen bevindingen in de gecontroleerde bedragen." : line;
  return `${head.slice(0, -1)}; ${checked} gecontroleerd, ${formatCount(unchecked)} niet (zie Dekking per tabel).`;
}

/** The findings between tables or documents, counted per severity. */
export function crossCounts(findings: readonly CrossFinding[]): {
  errors: number;
  warnings: number;
  infos: number;
} {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** "geen fouten, 1 waarschuwing, 30 info" (or "geen bevindingen"), to go inside a sentence. */
export function crossCountsPhrase(findings: readonly CrossFinding[]): string {
  if (findings.length === 0) return "geen bevindingen";
  const c = crossCounts(findings);
  return [
    c.errors === 0 ? "geen fouten" : countOf(c.errors, "fout", "fouten"),
    countOf(c.warnings, "waarschuwing", "waarschuwingen"),
    `${formatCount(c.infos)} info`,
  ].join(", ");
}

/** "Geen fouten, 1 waarschuwing, 30 info." as `ekv check` closes its "Tussen …" sections. */
export function crossCountsLine(findings: readonly CrossFinding[]): string {
  return sentence(crossCountsPhrase(findings));
}

/**
 * How much of a table was checked, as every front end says it: "alle 115 bedragen
 * gecontroleerd", "250 van 262 bedragen gecontroleerd" or "geen bedragen in de tabel".
 */
export function coveragePhrase(c: Pick<Coverage, "checkedCells" | "uncheckedCells">): string {
  const total = c.checkedCells + c.uncheckedCells;
  const n = formatCount;
  const noun = total === 1 ? "bedrag" : "bedragen";
  if (total === 0) return "geen bedragen in de tabel";
  return c.uncheckedCells === 0
    ? `${total === 1 ? "" : "alle "}${n(total)} ${noun} gecontroleerd`
    : `${n(c.checkedCells)} van ${n(total)} ${noun} gecontroleerd`;
}
