/**
 * The web page controle.html in Chromium: the example workbook given through the file input is
 * read in the page (no request leaves it), checked in the worker, its findings shown with the
 * task pane's list, and the downloaded HTML report carries the file's name and SHA-256, the date,
 * the options, the tables and every finding. Then, offline, a second file is still checked.
 * Two documents given together (begroting and jaarverslag 2020 of XVII) are also compared with
 * each other, with exactly the findings of `ekv check` for the pair, in the page and the report.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { ROOT, Served, launchChromium, serveDist } from "./harness";
import { JV2020, OWB2020, XVII_OWB2020_JV2020 } from "../taskpane/fixtures/xvii-cross";

const EXAMPLE = path.join(ROOT, "examples/begroting-2016-hoofdstuk-IX.xlsx");
const XVII = path.join(ROOT, "examples/xvii-2020-2022");
const SHOTS = path.join(ROOT, "test-results");

jest.setTimeout(120_000);

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test("the example workbook through the file input: findings shown, report downloaded and complete, offline afterwards", async () => {
  const context = await browser.newContext({
    viewport: { width: 900, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const outside: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(served.baseUrl) && !r.url().startsWith("blob:")) outside.push(r.url());
  });
  await page.goto(`${served.baseUrl}/controle.html`);
  await page.getByTestId("file-input").waitFor();
  // The worker is started with the page, so that nothing has to be fetched later.
  await page.waitForFunction(
    "performance.getEntriesByType('resource').some(function(e){ return /controle-worker\\.js$/.test(e.name); })"
  );
  const before = served.requests.length;

  await page.getByTestId("file-input").setInputFiles(EXAMPLE);
  const summary = page.getByTestId("file-summary");
  await summary.waitFor();
  // The example's one real mistake: L24 of the uitgaven/ontvangsten table, by two rules.
  expect(await summary.textContent()).toBe("2 fouten in 1 tabel; 223 bedragen gecontroleerd.");
  const items = page.locator("button[data-cell]");
  expect(await items.count()).toBe(1);
  expect(await items.first().getAttribute("data-cell")).toBe("Uitgaven en ontvangsten!L24");
  expect(await items.first().textContent()).toContain(
    "verwacht 168.291 · gevonden 172.276 · verschil 3.985"
  );
  const bytes = fs.readFileSync(EXAMPLE);
  const sha = createHash("sha256").update(bytes).digest("hex");
  expect(await page.getByTestId("file-meta").textContent()).toBe(
    `${bytes.length.toLocaleString("nl-NL")} bytes · SHA-256 ${sha}`
  );
  // Reading and checking asked the server for nothing but the worker's own code chunks (which
  // its runtime loads as it starts); the offline part below shows nothing else is needed.
  expect(served.requests.slice(before).filter((r) => !/^\/\d+\.js$/.test(r))).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, "controle.png"), fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^controle-\d{4}-\d{2}-\d{2}\.html$/);
  const file = await download.path();
  const html = fs.readFileSync(file, "utf8");
  expect(html.startsWith("<!doctype html>")).toBe(true);
  expect(html).not.toMatch(/<script|<link|src=|href="http/);
  expect(html).toContain("begroting-2016-hoofdstuk-IX.xlsx");
  expect(html).toContain(sha);
  expect(html).toContain(`${bytes.length.toLocaleString("nl-NL")} bytes`);
  expect(html).toMatch(/<dt>Datum<\/dt><dd>\d{2}-\d{2}-\d{4} \d{2}:\d{2}<\/dd>/);
  expect(html).toContain("<dt>Tolerantie</dt><dd>0</dd>");
  expect(html).toContain("Herkende tabellen (5)");
  expect(html).toContain("Uitgaven en ontvangsten!L24");
  expect((html.match(/<tr class="error">/g) ?? []).length).toBe(2);
  expect(html).toContain('<td class="n">168.291</td><td class="n">172.276</td>');

  // Offline: a damaged file is still read in the page and refused with the reader's message.
  await context.setOffline(true);
  await page.getByTestId("file-input").setInputFiles({
    name: "kapot.xlsx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("dit is geen zip"),
  });
  expect(await page.getByTestId("file-error").textContent()).toBe(
    "kapot.xlsx: dit is geen Excel-werkmap (.xlsx)."
  );
  await context.setOffline(false);

  expect(outside).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

/** Dutch amounts as the page writes them: 1.442.784, a minus as "– 2.192". */
function nl(n: number): string {
  const abs = Math.abs(n).toLocaleString("nl-NL");
  return n < 0 ? `– ${abs}` : abs;
}

test("two documents through the file input: compared in the worker, the CLI's 31 findings shown and in the downloaded report", async () => {
  // Tall enough that the virtualised list renders all 31 items (60vh of 3000 px).
  const context = await browser.newContext({
    viewport: { width: 900, height: 3000 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  await page.goto(`${served.baseUrl}/controle.html`);
  await page.getByTestId("file-input").waitFor();
  await page
    .getByTestId("file-input")
    .setInputFiles([path.join(XVII, OWB2020), path.join(XVII, JV2020)]);

  const summary = page.getByTestId("between-summary");
  await summary.waitFor();
  expect(await summary.textContent()).toBe(
    "Tussen documenten: geen fouten, 1 waarschuwing, 30 info."
  );
  expect(await page.getByTestId("between-document").allTextContents()).toEqual([
    `${OWB2020}: OWB2020 (uit de titel "Begroting Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020")`,
    `${JV2020}: JV2020 (uit de titel "Jaarverslag en slotwet Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020")`,
  ]);
  const between = page.getByTestId("between");
  expect(await between.getByTestId("group-warning").textContent()).toBe("Waarschuwingen (1)");
  expect(await between.getByTestId("group-info").textContent()).toBe("Info (30)");
  // Each item names both files' cells (neither file is open in a host: no cell to select).
  const items = await between
    .locator("button[data-cross]")
    .evaluateAll((bs) =>
      bs.map((b) => [b.getAttribute("data-cross"), b.getAttribute("data-cell"), b.textContent])
    );
  expect(items).toEqual(
    XVII_OWB2020_JV2020.map((f) => {
      const title =
        f.rule === "scheme-missing"
          ? "Regeling ontbreekt in volgend document"
          : "Raming bijgesteld";
      const numbers = [
        f.expected !== null ? `verwacht ${nl(f.expected)}` : null,
        f.actual !== null ? `gevonden ${nl(f.actual)}` : null,
        f.expected !== null && f.actual !== null ? `verschil ${nl(f.actual - f.expected)}` : null,
      ].filter(Boolean);
      const cells = f.cells.map((c) => `${c.file} · '${c.sheet}'!${c.cell}`).join(" ↔ ");
      return [f.rule, null, `${title}${[cells, ...numbers].join(" · ")}`];
    })
  );
  // Both files' own checks: one table each, no findings.
  expect(await page.getByTestId("file-summary").allTextContents()).toEqual([
    "Alle tabellen zijn consistent; 89 bedragen gecontroleerd.",
    "Alle tabellen zijn consistent; 46 bedragen gecontroleerd.",
  ]);
  // The timeline from the worker's comparison: DGGF picked, uitstaand eind 2020 as
  // `ekv check examples/xvii-2020-2022/*.xlsx --json` gives it in timelines["DGGF"]
  // (OWB2020 I6 180.592 raming, JV2020 F8 124.301 realisatie).
  const timeline = page.getByTestId("timeline");
  await timeline.getByTestId("timeline-scheme").selectOption({ label: "DGGF" });
  const dggf2020 = timeline.locator(
    '[data-testid="timeline-row"][data-measure="uitstaand"][data-year="2020"] [data-testid="timeline-cell"]'
  );
  expect(
    await dggf2020.evaluateAll((cs) => cs.map((c) => [c.textContent, c.getAttribute("title")]))
  ).toEqual([
    ["180.592 r", `raming · ${OWB2020} · 'Verstrekte garanties'!I6`],
    ["124.301 R", `realisatie · ${JV2020} · 'Verstrekte garanties'!F8`],
  ]);
  await page.setViewportSize({ width: 900, height: 900 });
  await page.screenshot({
    path: path.join(SHOTS, "controle-tussen-documenten.png"),
    fullPage: true,
  });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download").click(),
  ]);
  const html = fs.readFileSync(await download.path(), "utf8");
  expect(html).not.toMatch(/<script|<link|src=|href="http/);
  expect(html).toContain("<h2>Tussen documenten</h2>");
  expect(html).toContain('<p class="summary">Geen fouten, 1 waarschuwing, 30 info.</p>');
  const section = html.slice(html.indexOf("<h2>Tussen documenten</h2>"));
  const rows = section.match(/<tr class="(error|warning|info)">.*?<\/tr>/g) ?? [];
  expect(rows).toHaveLength(31);
  XVII_OWB2020_JV2020.forEach((f, i) => {
    expect(rows[i]).toContain(
      `<td class="cel">${f.cells.map((c) => `${c.file} · ${c.sheet}!${c.cell}`).join("<br>")}</td>`
    );
    expect(rows[i]).toContain(
      `<td class="n">${f.expected === null ? "" : nl(f.expected)}</td><td class="n">${f.actual === null ? "" : nl(f.actual)}</td>`
    );
  });
  for (const name of [OWB2020, JV2020]) {
    const sha = createHash("sha256")
      .update(fs.readFileSync(path.join(XVII, name)))
      .digest("hex");
    expect(html).toContain(sha);
  }
  expect(problems).toEqual([]);
  await context.close();
});

test("a second set of files replaces the first: a single file is not compared, a bad one among two says why", async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${served.baseUrl}/controle.html`);
  await page
    .getByTestId("file-input")
    .setInputFiles([path.join(XVII, OWB2020), path.join(XVII, JV2020)]);
  await page.getByTestId("between-summary").waitFor();
  await page.getByTestId("file-input").setInputFiles([
    {
      name: OWB2020,
      mimeType: "application/octet-stream",
      buffer: fs.readFileSync(path.join(XVII, OWB2020)),
    },
    {
      name: "kapot.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("dit is geen zip"),
    },
  ]);
  expect(await page.getByTestId("file-error").textContent()).toBe(
    "kapot.xlsx: dit is geen Excel-werkmap (.xlsx)."
  );
  // One readable file: nothing to compare, so no section (and no leftover from the first set).
  await page.getByTestId("file-summary").waitFor();
  expect(await page.getByTestId("between").count()).toBe(0);
  await context.close();
});
