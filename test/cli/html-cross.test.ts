/**
 * `ekv check … --html` with several files: the report has the same "Tussen documenten" as the
 * text output — how each file was identified and every finding with both files' cells — and the
 * per-file "Tussen tabellen" when a workbook's tables disagree. The pair is examples/xvii-2020-2022
 * OWB2020 + JV2020, whose findings are those of test/taskpane/fixtures/xvii-cross.ts.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { run } from "../../src/cli/main";
import { htmlReport } from "../../src/report/html";
import { JV2020, OWB2020, XVII_OWB2020_JV2020 } from "../taskpane/fixtures/xvii-cross";

const DIR = path.resolve(__dirname, "../../examples/xvii-2020-2022");
let tmp = "";

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ekv-html-cross-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, {
    stdout: (t) => {
      out += t;
    },
    stderr: (l) => {
      err += `${l}\n`;
    },
  });
  return { code, out, err };
}

/** "14.760"; a minus as "– 2.192", as the report writes amounts. */
function nl(n: number): string {
  const abs = Math.abs(n).toLocaleString("nl-NL");
  return n < 0 ? `– ${abs}` : abs;
}

test("OWB2020 + JV2020 with --html: Tussen documenten with both documents and the 31 findings, each naming both files' cells", async () => {
  const a = path.join(DIR, OWB2020);
  const b = path.join(DIR, JV2020);
  const out = path.join(tmp, "rapport.html");
  const r = await cli(["check", a, b, "--html", out]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const html = fs.readFileSync(out, "utf8");
  expect(html).toContain("<h2>Tussen documenten</h2>");
  expect(html).toContain(
    `<dt>${a}</dt><dd>OWB2020 (uit de titel &quot;Begroting Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020&quot;)</dd>`
  );
  expect(html).toContain(
    `<dt>${b}</dt><dd>JV2020 (uit de titel &quot;Jaarverslag en slotwet Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020&quot;)</dd>`
  );
  expect(html).toContain('<p class="summary">Geen fouten, 1 waarschuwing, 30 info.</p>');
  expect(html).toContain("Bevindingen tussen documenten (31)");
  const section = html.slice(html.indexOf("<h2>Tussen documenten</h2>"));
  const rows = section.match(/<tr class="(error|warning|info)">.*?<\/tr>/g) ?? [];
  expect(rows).toHaveLength(XVII_OWB2020_JV2020.length);
  XVII_OWB2020_JV2020.forEach((f, i) => {
    const full = (file: string) => (file === OWB2020 ? a : b);
    const cells = f.cells.map((c) => `${full(c.file)} · ${c.sheet}!${c.cell}`).join("<br>");
    expect(rows[i]).toContain(
      `<tr class="${f.severity}"><td>${f.severity === "warning" ? "Waarschuwing" : "Info"}</td>`
    );
    expect(rows[i]).toContain(`<td class="cel">${cells}</td>`);
    expect(rows[i]).toContain(
      `<td class="n">${f.expected === null ? "" : nl(f.expected)}</td><td class="n">${f.actual === null ? "" : nl(f.actual)}</td>`
    );
  });
  // The files' own sections come first; neither has findings between its tables.
  expect(html.indexOf(`<h2>1. ${a}</h2>`)).toBeLessThan(html.indexOf("<h2>Tussen documenten</h2>"));
  expect(html).not.toContain("Tussen tabellen (");
});

test("one file: no Tussen documenten section", async () => {
  const out = path.join(tmp, "een.html");
  const r = await cli(["check", path.join(DIR, OWB2020), "--html", out]);
  expect(r.code).toBe(0);
  expect(fs.readFileSync(out, "utf8")).not.toContain("Tussen documenten");
});

test("htmlReport: findings between tables per file, escaped; a document not identified is said so", () => {
  const html = htmlReport({
    files: [
      {
        name: "<map>.xlsx",
        result: { tables: [], findings: [] },
        crossTable: [
          {
            rule: "scheme-sets",
            severity: "warning",
            message: 'Regeling "<FOM>" ontbreekt.',
            expected: null,
            actual: null,
            cells: [
              { file: "<map>.xlsx", sheet: "G", cell: "A3" },
              { file: "<map>.xlsx", sheet: "U", cell: "A2" },
            ],
          },
        ],
      },
    ],
    options: {},
    date: new Date(2026, 10, 29, 21, 0),
    generator: "test",
    between: {
      documents: [{ file: "x.xlsx", id: null, reason: "geen titel" }],
      findings: [],
      timelines: [],
    },
  });
  expect(html).toContain("Tussen tabellen (1)");
  expect(html).toContain(
    '<tr class="warning"><td>Waarschuwing</td><td>Regelingen verschillen tussen tabellen</td><td class="cel">G!A3<br>U!A2</td><td class="n"></td><td class="n"></td><td>Regeling &quot;&lt;FOM&gt;&quot; ontbreekt.'
  );
  expect(html).toContain(
    "<dt>x.xlsx</dt><dd>niet vergeleken — document en jaar onbekend: geen titel</dd>"
  );
  expect(html).toContain(
    "<p>Minder dan twee documenten met bekend type en jaar: niets vergeleken.</p>"
  );
});
