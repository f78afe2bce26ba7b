/**
 * Output of `ekv check`: Dutch text grouped per file and table, or one JSON document.
 */
import type { CrossDocumentResult, CrossFinding } from "../core/documents";
import { coverageText } from "../core/tables/coverage";
import type { CheckResult, Finding, RecognisedTable } from "../core/tables/model";
import { ruleTitle } from "../core/rules";
import { closingLine, countFindings, countOf as plural, type Counts } from "../core/summary";
import { DASH, TABLE_KIND_NAMES } from "../core/vocabulary";
import { crossDocumentText, crossFindingJson, crossTableText } from "./cross";

export interface FileReport {
  /** The path as given on the command line. */
  file: string;
  /** The check's result; absent when the file could not be checked. */
  result?: CheckResult;
  /** Why the file could not be checked (also said on stderr). */
  error?: { code: string; message: string };
  /** Findings between the tables of this file. */
  crossTable?: CrossFinding[];
}

/** A report of a file that was checked. */
type CheckedReport = FileReport & { result: CheckResult };

function checked(reports: FileReport[]): CheckedReport[] {
  return reports.filter((r): r is CheckedReport => r.result !== undefined);
}

function yearsText(years: RecognisedTable["years"]): string {
  if (years.length === 0) return "geen jaren";
  return `${years.length === 1 ? "jaar" : "jaren"} ${years.map(String).join(", ")}`;
}

/** The table's title as recognised, or the name of its kind. */
function headingTitle(t: RecognisedTable): string {
  return t.title && t.title.trim() !== "" ? t.title.trim() : TABLE_KIND_NAMES[t.kind];
}

/**
 * The title in the JSON: for a benutting table the scheme ("21. Exportkredietverzekering"),
 * which is what tells the benutting tables of one file apart.
 */
export function jsonTitle(t: RecognisedTable): string {
  const title = headingTitle(t);
  if (t.kind !== "benutting") return title;
  const name = TABLE_KIND_NAMES.benutting.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const scheme = new RegExp(`^${name}\\s*(?:${DASH}|:)\\s*(.+)$`, "i").exec(title);
  return scheme ? scheme[1].trim() : title;
}

function tableHeading(index: number, t: RecognisedTable): string[] {
  const title = headingTitle(t);
  return [
    `Tabel ${index + 1}: ${title}`,
    `  soort ${t.kind}; blad "${t.sheet}", bereik ${t.range}; bedragen ${t.unit}; ${yearsText(t.years)}`,
  ];
}

/**
 * A finding in two lines: cell, severity, rule (marked when the difference may be rounding) and
 * the rule's title; then the message core assembled, which already says where the cell is and
 * what was expected and found.
 */
function findingLines(f: Finding): string[] {
  const severity = f.severity === "error" ? "fout" : "waarschuwing";
  const rule = f.rounding ? `${f.rule} (afronding)` : f.rule;
  return [`  ${f.cell}  ${severity}  ${rule}  ${ruleTitle(f.rule)}`, `      ${f.message}`];
}

/** The text report of one file. */
export function formatFileText(report: CheckedReport): string {
  const { file, result } = report;
  const lines: string[] = [`Bestand: ${file}`];
  const n = result.tables.length;
  if (n > 0) lines.push(`${plural(n, "tabel", "tabellen")} herkend.`);
  const byTable = new Map<number, Finding[]>();
  const loose: Finding[] = [];
  for (const f of result.findings) {
    if (f.table >= 0 && f.table < n) {
      const list = byTable.get(f.table) ?? [];
      list.push(f);
      byTable.set(f.table, list);
    } else {
      loose.push(f);
    }
  }
  result.tables.forEach((t, i) => {
    lines.push("");
    lines.push(...tableHeading(i, t));
    const list = byTable.get(i) ?? [];
    if (list.length === 0) lines.push("  Geen bevindingen.");
    for (const f of list) lines.push(...findingLines(f));
    if (t.coverage) lines.push(`  ${coverageText(t.coverage)}`);
  });
  if (loose.length) {
    lines.push("", "Bevindingen buiten een herkende tabel");
    for (const f of loose) lines.push(...findingLines(f));
  }
  lines.push(...crossTableText(report.crossTable ?? []));
  lines.push("", closingLine(countFindings(result)));
  return lines.join("\n");
}

/**
 * The text report of every checked file, with a grand total when there are several, and the
 * section "Tussen documenten" when files were compared.
 */
export function formatText(
  all: FileReport[],
  between?: CrossDocumentResult,
  timeline = false
): string {
  const reports = checked(all);
  const blocks = reports.map(formatFileText);
  if (reports.length > 1) {
    const total: Counts = {
      errors: 0,
      warnings: 0,
      tablesWithFindings: 0,
      tables: 0,
      checkedCells: 0,
      uncheckedCells: 0,
    };
    for (const r of reports) {
      const c = countFindings(r.result);
      total.errors += c.errors;
      total.warnings += c.warnings;
      total.tablesWithFindings += c.tablesWithFindings;
      total.tables += c.tables;
      total.checkedCells = (total.checkedCells ?? 0) + (c.checkedCells ?? 0);
      total.uncheckedCells = (total.uncheckedCells ?? 0) + (c.uncheckedCells ?? 0);
    }
    const line = closingLine(total);
    const lower = `${line.charAt(0).toLowerCase()}${line.slice(1)}`;
    blocks.push(`Totaal over ${plural(reports.length, "bestand", "bestanden")}: ${lower}`);
  }
  if (between) blocks.push(crossDocumentText(between, timeline).trimEnd());
  return `${blocks.join("\n\n")}\n`;
}

/**
 * One JSON document; keys are written in the documented order. `crossFindings` holds the findings
 * between the tables of each file and between the files; `timelines` the figures per scheme.
 */
export function formatJson(reports: FileReport[], between?: CrossDocumentResult): string {
  const doc = {
    files: reports.map(({ file, result, error }) =>
      result === undefined
        ? { file, error: error ?? { code: "internal", message: "" } }
        : {
            file,
            tables: result.tables.map((t) => ({
              sheet: t.sheet,
              range: t.range,
              kind: t.kind,
              unit: t.unit,
              years: [...t.years],
              title: jsonTitle(t),
              ...(t.coverage ? { coverage: t.coverage } : {}),
            })),
            findings: result.findings.map((f) => ({
              id: f.id,
              rule: f.rule,
              title: ruleTitle(f.rule),
              severity: f.severity,
              rounding: f.rounding === true,
              sheet: f.sheet,
              cell: f.cell,
              message: f.message,
              expected: finiteOrNull(f.expected),
              actual: finiteOrNull(f.actual),
              table: f.table,
            })),
          }
    ),
    documents: (between?.documents ?? []).map((d) => ({
      file: d.file,
      document: d.id ? { type: d.id.type, year: d.id.year } : null,
      reason: d.reason,
    })),
    crossFindings: [
      ...reports.flatMap((r) => r.crossTable ?? []),
      ...(between?.findings ?? []),
    ].map(crossFindingJson),
    timelines: between?.timelines ?? [],
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function finiteOrNull(x: number | null): number | null {
  return typeof x === "number" && Number.isFinite(x) ? x : null;
}
