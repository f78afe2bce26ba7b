/**
 * The check report as one self-contained HTML file: which files (name, size, SHA-256), when, with
 * which options, the tables recognised (with what was and was not checked, where the checker says
 * so) and every finding. Pure: the web page (controle.html) and `ekv check --html` both call it,
 * so the two reports are the same document for the same input.
 */
import { formatDutch } from "../core/amount";
import { documentLabel, type CrossDocumentResult, type CrossFinding } from "../core/documents";
import {
  closingLine,
  countFindings,
  countOf as plural,
  coveragePhrase,
  crossCountsLine,
} from "../core/summary";
import type { CheckOptions, CheckResult, Finding, RecognisedTable } from "../core/tables/model";
import { crossRuleInfo } from "./cross-items";
import { ruleInfo, tableName } from "./findings";
import { formatCount } from "../core/count";

export interface ReportFile {
  name: string;
  /** Size in bytes, when known. */
  size?: number;
  /** Lower-case hex SHA-256 of the file's bytes, when known. */
  sha256?: string;
  result?: CheckResult;
  /** The findings between the file's tables (`ekv check`'s "Tussen tabellen"). */
  crossTable?: CrossFinding[];
  error?: { code: string; message: string };
}

export interface HtmlReportInput {
  files: ReportFile[];
  options: CheckOptions;
  date: Date;
  /** What made the report, e.g. "ekv check 0.1.0" or "controle.html". */
  generator: string;
  /** The comparison of the files with each other (`ekv check`'s "Tussen documenten"). */
  between?: CrossDocumentResult;
}

const KINDS: Record<string, string> = {
  garanties: "Overzicht verstrekte garanties",
  "uitgaven-ontvangsten": "Overzicht uitgaven en ontvangsten garanties",
  benutting: "Benutting garantieregeling",
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"
  );
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "29-11-2026 17:05" in the local time of whoever makes the report. */
export function dutchDateTime(d: Date): string {
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The page's and report's verdict on one file: the CLI's closing line, which says "consistent"
 * only when every amount was checked.
 */
export function summaryLine(result: CheckResult): string {
  return closingLine(countFindings(result));
}

interface Coverage {
  checkedCells: number;
  uncheckedCells: number;
  unchecked: Array<{ range: string; reason: string }>;
}

function coverageOf(t: RecognisedTable): Coverage | undefined {
  return (t as RecognisedTable & { coverage?: Coverage }).coverage;
}

function tableRows(result: CheckResult): string {
  return result.tables
    .map((t, i) => {
      const n = result.findings.filter((f) => f.table === i).length;
      const cov = coverageOf(t);
      const coverage = cov
        ? `${escapeHtml(coveragePhrase(cov))}${
            cov.unchecked.length
              ? `<ul>${cov.unchecked.map((u) => `<li>${escapeHtml(u.range)}: ${escapeHtml(u.reason)}</li>`).join("")}</ul>`
              : ""
          }`
        : "niet opgegeven door de controle";
      return `<tr><td>${i + 1}</td><td>${escapeHtml(tableName(t, KINDS))}</td><td>${escapeHtml(
        `${t.sheet}!${t.range}`
      )}</td><td>${escapeHtml(t.years.join(", "))}</td><td>${escapeHtml(t.unit)}</td><td class="n">${n}</td><td>${coverage}</td></tr>`;
    })
    .join("\n");
}

function findingRow(f: Finding, result: CheckResult): string {
  const info = ruleInfo(f.rule);
  const t = result.tables[f.table];
  return `<tr class="${f.severity}"><td>${f.severity === "error" ? "Fout" : "Waarschuwing"}</td><td>${escapeHtml(
    info.title
  )}</td><td class="cel">${escapeHtml(`${f.sheet}!${f.cell}`)}</td><td>${escapeHtml(
    t ? tableName(t, KINDS) : ""
  )}</td><td>${escapeHtml([f.rowLabel, f.columnHeader].filter(Boolean).join(" · "))}</td><td class="n">${
    f.expected === null ? "" : escapeHtml(formatDutch(f.expected))
  }</td><td class="n">${f.actual === null ? "" : escapeHtml(formatDutch(f.actual))}</td><td>${escapeHtml(
    f.message
  )}<div class="bron">${escapeHtml(info.source)}</div></td></tr>`;
}

const CROSS_SEVERITY = { error: "Fout", warning: "Waarschuwing", info: "Info" } as const;

const amount = (n: number | null) => (n === null ? "" : escapeHtml(formatDutch(n)));

function crossRow(f: CrossFinding, withFile: boolean): string {
  const info = crossRuleInfo(f.rule);
  const cells = f.cells
    .map((c) => escapeHtml(withFile ? `${c.file} · ${c.sheet}!${c.cell}` : `${c.sheet}!${c.cell}`))
    .join("<br>");
  return `<tr class="${f.severity}"><td>${CROSS_SEVERITY[f.severity]}</td><td>${escapeHtml(
    info.title
  )}</td><td class="cel">${cells}</td><td class="n">${amount(f.expected)}</td><td class="n">${amount(
    f.actual
  )}</td><td>${escapeHtml(f.message)}<div class="bron">${escapeHtml(info.source)}</div></td></tr>`;
}

function crossTable(findings: readonly CrossFinding[], caption: string, withFile: boolean): string {
  return `<table><caption>${escapeHtml(caption)} (${findings.length})</caption>
<thead><tr><th>Ernst</th><th>Regel</th><th>Cellen</th><th>Verwacht</th><th>Gevonden</th><th>Toelichting en bron</th></tr></thead>
<tbody>
${findings.map((f) => crossRow(f, withFile)).join("\n")}
</tbody></table>`;
}

/** The comparison of the documents: how each was identified, then every finding with both cells. */
function betweenSection(b: CrossDocumentResult): string {
  const docs = b.documents
    .map(
      (d) =>
        `<dt>${escapeHtml(d.file)}</dt><dd>${
          d.id
            ? `${escapeHtml(documentLabel(d.id))} (${escapeHtml(d.reason)})`
            : `niet vergeleken — document en jaar onbekend: ${escapeHtml(d.reason)}`
        }</dd>`
    )
    .join("\n");
  const compared = b.documents.filter((d) => d.id).length >= 2;
  const body = !compared
    ? "<p>Minder dan twee documenten met bekend type en jaar: niets vergeleken.</p>"
    : b.findings.length
      ? crossTable(b.findings, "Bevindingen tussen documenten", true)
      : "<p>Geen bevindingen.</p>";
  return `<section><h2>Tussen documenten</h2>
<dl>
${docs}
</dl>
${compared ? `<p class="summary">${escapeHtml(crossCountsLine(b.findings))}</p>\n` : ""}${body}
</section>`;
}

function fileSection(file: ReportFile, index: number): string {
  const head = `<h2>${index + 1}. ${escapeHtml(file.name)}</h2>
<dl>
<dt>Grootte</dt><dd>${file.size === undefined ? "onbekend" : `${formatCount(file.size)} bytes`}</dd>
<dt>SHA-256</dt><dd class="hash">${file.sha256 ? escapeHtml(file.sha256) : "onbekend"}</dd>
</dl>`;
  if (file.error || !file.result) {
    return `<section>${head}<p class="error">Niet gecontroleerd: ${escapeHtml(
      file.error?.message ?? "onbekende fout"
    )}</p></section>`;
  }
  const r = file.result;
  const findings = r.findings.length
    ? `<table><caption>Bevindingen (${r.findings.length})</caption>
<thead><tr><th>Ernst</th><th>Regel</th><th>Cel</th><th>Tabel</th><th>Rij · kolom</th><th>Verwacht</th><th>Gevonden</th><th>Toelichting en bron</th></tr></thead>
<tbody>
${r.findings.map((f) => findingRow(f, r)).join("\n")}
</tbody></table>`
    : "<p>Geen bevindingen.</p>";
  const tables = r.tables.length
    ? `<table><caption>Herkende tabellen (${r.tables.length})</caption>
<thead><tr><th>#</th><th>Tabel</th><th>Bereik</th><th>Jaren</th><th>Eenheid</th><th>Bevindingen</th><th>Dekking</th></tr></thead>
<tbody>
${tableRows(r)}
</tbody></table>`
    : "";
  const between = file.crossTable?.length
    ? `\n${crossTable(file.crossTable, "Tussen tabellen", false)}`
    : "";
  return `<section>${head}<p class="summary">${escapeHtml(summaryLine(r))}</p>
${tables}
${findings}${between}
</section>`;
}

const STYLE = `body{font-family:"Segoe UI",system-ui,-apple-system,Roboto,sans-serif;margin:24px;color:#1b1b1b;line-height:1.4}
h1{font-size:22px;margin:0 0 8px}h2{font-size:18px;margin:28px 0 6px;border-bottom:1px solid #ccc}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}dt{color:#555}dd{margin:0}
.hash{font-family:Consolas,monospace;overflow-wrap:anywhere}table{border-collapse:collapse;width:100%;margin:10px 0;font-size:13px}
caption{text-align:left;font-weight:600;padding:4px 0}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3}.n{text-align:right;white-space:nowrap}.cel{font-family:Consolas,monospace;white-space:nowrap}
tr.error td:first-child{color:#a4262c;font-weight:600}tr.warning td:first-child{color:#8a3707;font-weight:600}tr.info td:first-child{color:#005a9e;font-weight:600}
.bron{color:#555;font-size:12px;margin-top:2px}.error{color:#a4262c}.summary{font-weight:600}
@media print{body{margin:0}}`;

/** The whole report: a complete HTML document with its styles inline and no scripts. */
export function htmlReport(input: HtmlReportInput): string {
  const o = input.options;
  const checked = input.files.filter((f) => f.result);
  const total = checked.reduce((n, f) => n + (f.result?.findings.length ?? 0), 0);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(input.generator)}">
<title>Controle van de garantietabellen — ${escapeHtml(dutchDateTime(input.date))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Controle van de garantietabellen</h1>
<dl>
<dt>Datum</dt><dd>${escapeHtml(dutchDateTime(input.date))}</dd>
<dt>Gemaakt met</dt><dd>${escapeHtml(input.generator)}</dd>
<dt>Tolerantie</dt><dd>${escapeHtml(formatDutch(o.tolerance ?? 0))}</dd>
<dt>Afrondingsverschillen</dt><dd>${o.rounding ? "als waarschuwing gemeld" : "als fout gemeld"}</dd>
<dt>Garantieplafond</dt><dd>${o.ceiling === "netto" ? "netto (verleend − vervallen)" : "bruto (verleend in het jaar)"}</dd>
<dt>Bestanden</dt><dd>${plural(input.files.length, "bestand", "bestanden")}, ${plural(checked.length, "gecontroleerd", "gecontroleerd")}; ${plural(total, "bevinding", "bevindingen")}</dd>
</dl>
${input.files.map(fileSection).join("\n")}
${input.between ? betweenSection(input.between) : ""}
</body>
</html>
`;
}
