/**
 * Output of the checks between tables and between documents: the "Tussen tabellen" and
 * "Tussen documenten" text sections, the `--tijdlijn` table and the JSON parts.
 */
import { formatDutch } from "../core/amount";
import {
  MEASURE_LABEL,
  documentLabel,
  publicationOrder,
  type CrossDocumentResult,
  type DocumentId,
  type CrossFinding,
  type DocumentIdentification,
  type Timeline,
} from "../core/documents";
import { crossCountsLine } from "../core/summary";

const SEVERITY_WORD = { error: "fout", warning: "waarschuwing", info: "info" } as const;

function findingLines(f: CrossFinding, withFile: boolean): string[] {
  const cells = f.cells
    .map((c) => (withFile ? `${c.file} ${c.sheet}!${c.cell}` : `${c.sheet}!${c.cell}`))
    .join(" ↔ ");
  return [`  ${SEVERITY_WORD[f.severity]}  ${f.rule}  ${cells}`, `      ${f.message}`];
}

/** The "Tussen tabellen" block of one file (empty when there is nothing to say). */
export function crossTableText(findings: readonly CrossFinding[]): string[] {
  if (findings.length === 0) return [];
  const lines = ["", "Tussen tabellen"];
  for (const f of findings) lines.push(...findingLines(f, false));
  lines.push(`  ${crossCountsLine(findings)}`);
  return lines;
}

function documentLine(d: DocumentIdentification): string {
  return d.id
    ? `  ${d.file}: ${documentLabel(d.id)} (${d.reason})`
    : `  ${d.file}: niet vergeleken — document en jaar onbekend: ${d.reason}`;
}

/** The compact timeline table: per scheme, one line per measure and year, one column per document. */
export function timelineText(
  timelines: readonly Timeline[],
  documents: readonly string[]
): string[] {
  const lines = ["", "Tijdlijn per regeling (R = realisatie, r = raming)"];
  const width = Math.max(10, ...documents.map((d) => d.length + 2));
  for (const t of timelines) {
    lines.push("", `  ${t.scheme}`);
    lines.push(`    ${"".padEnd(24)}${documents.map((d) => d.padStart(width + 2)).join("")}`);
    for (const f of t.figures) {
      const cells = documents.map((doc) => {
        const e = f.entries.find((x) => x.document === doc);
        return (
          e ? `${formatDutch(e.value)} ${e.kind === "realisatie" ? "R" : "r"}` : "·"
        ).padStart(width + 2);
      });
      lines.push(`    ${`${MEASURE_LABEL[f.measure]} ${f.year}`.padEnd(24)}${cells.join("")}`);
    }
  }
  return lines;
}

/** The "Tussen documenten" section. */
export function crossDocumentText(result: CrossDocumentResult, timeline: boolean): string {
  const lines = ["Tussen documenten"];
  for (const d of result.documents) lines.push(documentLine(d));
  const compared = result.documents.filter((d) => d.id !== null);
  if (compared.length < 2) {
    lines.push("  Minder dan twee documenten met bekend type en jaar: niets vergeleken.");
    return `${lines.join("\n")}\n`;
  }
  lines.push("");
  for (const f of result.findings) lines.push(...findingLines(f, true));
  lines.push(`  ${crossCountsLine(result.findings)}`);
  if (timeline) {
    const docs: string[] = [];
    for (const t of result.timelines)
      for (const f of t.figures)
        for (const e of f.entries) if (!docs.includes(e.document)) docs.push(e.document);
    const ids: DocumentId[] = [];
    for (const d of result.documents) if (d.id) ids.push(d.id);
    ids.sort((a, b) => publicationOrder(a) - publicationOrder(b));
    const order = ids.map(documentLabel);
    docs.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    lines.push(...timelineText(result.timelines, docs));
  }
  return `${lines.join("\n")}\n`;
}

/** JSON of a cross finding, keys in the documented order. */
export function crossFindingJson(f: CrossFinding): object {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    expected: f.expected,
    actual: f.actual,
    cells: f.cells.map((c) => ({ file: c.file, sheet: c.sheet, cell: c.cell })),
  };
}
