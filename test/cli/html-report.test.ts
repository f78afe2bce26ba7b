/**
 * The HTML report: one pure module (src/report/html.ts) that the web page and `ekv check --html`
 * both use. The CLI's report of the example carries the file's name, size and SHA-256, the date,
 * the options, the five tables and both findings at L24; an existing file is never overwritten.
 */
import * as fs from "node:fs";
import { htmlReport } from "../../src/report/html";
import type { CheckResult } from "../../src/core/tables/model";
import { EXAMPLE, removeTmp, runCli, sha256, tmpPath } from "./helpers";

afterAll(removeTmp);

describe("ekv check --html", () => {
  test("the example: the report names the file with its SHA-256 and lists the tables and every finding", () => {
    const out = tmpPath("rapport.html");
    const r = runCli(["check", EXAMPLE, "--html", out, "--tolerance", "0"]);
    expect(r.code).toBe(1);
    const html = fs.readFileSync(out, "utf8");
    const size = fs.statSync(EXAMPLE).size;
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain(`<h2>1. ${EXAMPLE}</h2>`);
    expect(html).toContain(`<dd class="hash">${sha256(EXAMPLE)}</dd>`);
    expect(html).toContain(`${size.toLocaleString("nl-NL")} bytes`);
    expect(html).toMatch(/<dt>Datum<\/dt><dd>\d{2}-\d{2}-\d{4} \d{2}:\d{2}<\/dd>/);
    expect(html).toContain("<dt>Tolerantie</dt><dd>0</dd>");
    expect(html).toContain("<dt>Gemaakt met</dt><dd>ekv check</dd>");
    expect(html).toContain("Herkende tabellen (5)");
    expect(html).toContain(
      '<p class="summary">2 fouten in 1 tabel; 223 bedragen gecontroleerd.</p>'
    );
    // Both findings at L24: 248.736 − 80.445 = 168.291 expected, 172.276 printed.
    const rows = html.match(/<tr class="error">.*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toContain("Uitgaven en ontvangsten!L24");
      expect(row).toContain('<td class="n">168.291</td><td class="n">172.276</td>');
    }
  });

  test("an existing file is not overwritten: exit 2, one line, the file unchanged", () => {
    const out = tmpPath("bestaat.html");
    fs.writeFileSync(out, "mijn eigen rapport");
    const r = runCli(["check", EXAMPLE, "--html", out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      `ekv: --html ${out}: dat bestand bestaat al; kies een nieuwe naam (ekv overschrijft niets).`,
    ]);
    expect(fs.readFileSync(out, "utf8")).toBe("mijn eigen rapport");
  });

  test("a name that is not .html is refused before anything is read", () => {
    const r = runCli(["check", EXAMPLE, "--html", tmpPath("rapport.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ekv: --html .*: geef een bestandsnaam die eindigt op \.html\.\n$/);
  });
});

describe("htmlReport (pure)", () => {
  const result: CheckResult = { tables: [], findings: [] };
  test("names and messages are escaped; an unreadable file says why", () => {
    const html = htmlReport({
      files: [
        { name: "<script>alert(1)</script>.xlsx", size: 10, sha256: "ab", result },
        { name: "kapot.xlsx", error: { code: "damaged", message: "het bestand is beschadigd." } },
      ],
      options: { tolerance: 0.5, rounding: true, ceiling: "netto" },
      date: new Date(2026, 10, 29, 9, 5),
      generator: "test",
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;.xlsx");
    expect(html).toContain("<dt>Datum</dt><dd>29-11-2026 09:05</dd>");
    expect(html).toContain("<dt>Tolerantie</dt><dd>0,5</dd>");
    expect(html).toContain("als waarschuwing gemeld");
    expect(html).toContain("netto (verleend − vervallen)");
    expect(html).toContain("Geen garantietabellen herkend.");
    expect(html).toContain('<p class="error">Niet gecontroleerd: het bestand is beschadigd.</p>');
  });
});
