/**
 * The web page controle.html in Chromium: the example workbook given through the file input is
 * read in the page (no request leaves it), checked in the worker, its findings shown with the
 * task pane's list, and the downloaded HTML report carries the file's name and SHA-256, the date,
 * the options, the tables and every finding. Then, offline, a second file is still checked.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { ROOT, Served, launchChromium, serveDist } from "./harness";

const EXAMPLE = path.join(ROOT, "examples/begroting-2016-hoofdstuk-IX.xlsx");
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
  expect(await summary.textContent()).toBe("2 fouten, 0 waarschuwingen in 1 tabel");
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
