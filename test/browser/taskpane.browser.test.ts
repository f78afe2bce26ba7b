/**
 * The task pane in a real browser: the built dist/taskpane.html served on 127.0.0.1, opened in
 * headless Chromium, with office.js loading as in production (the CDN URL is answered with the same
 * file from @microsoft/office-js) and a fake Office host injected before the page's scripts (see
 * fake-office-host.ts). Exercises every panel against the fake workbook of the 2016 tables.
 *
 * Needs `npm run build` first (npm test does it) and Debian's chromium at /usr/bin/chromium.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, Browser, Page } from "playwright-core";
import { sheets2016 } from "../tables/fixtures/tables-2016";
import type { FakeSheetInit } from "../taskpane/fake-excel";
import { fakeOfficeHostScript } from "./fake-office-host";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = path.join(ROOT, "test-results/taskpane.png");

jest.setTimeout(120_000);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

let server: http.Server;
let baseUrl = "";
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html ontbreekt: voer eerst `npm run build` uit (npm test doet dat)."
    );
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} ontbreekt: installeer Chromium met \`apt-get install -y chromium\` (zie .ci/run).`
    );
  }
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** The 2016 workbook as the fake host's sheets. */
function workbook(): FakeSheetInit[] {
  return sheets2016().map((s) => ({
    name: s.name,
    rows: s.values.map((r) =>
      r.map((v) =>
        v === null || typeof v !== "object" ? v : "error" in v ? { error: v.error } : null
      )
    ),
  }));
}

interface Opened {
  page: Page;
  problems: string[];
  officeRequests: string[];
}

async function open(language: string | null = "nl-NL", excelApi = "1.9"): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 350, height: 900 } });
  const problems: string[] = [];
  const officeRequests: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    if (url.startsWith(CDN)) {
      // office.js and the scripts it loads itself (o15apptofilemappingtable.js, …) from the package.
      const rel = url.slice(CDN.length).split(/[?#]/)[0];
      const file = path.join(OFFICE_JS_DIR, rel);
      officeRequests.push(rel);
      if (fs.existsSync(file))
        return route.fulfill({ path: file, contentType: "application/javascript" });
      return route.fulfill({ status: 404, body: "" });
    }
    // No network: office.js's telemetry frame and anything else external gets an empty page.
    return route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><title>-</title>",
    });
  });
  if (language !== null) {
    await page.addInitScript({
      content: fakeOfficeHostScript(workbook(), "Verstrekte garanties", language, excelApi),
    });
  }
  await page.goto(`${baseUrl}/taskpane.html`);
  return { page, problems, officeRequests };
}

/** The notice of the visible panel (hidden panels keep theirs). */
function notice(page: Page) {
  return page.locator("[role=tabpanel]:not([hidden]) [data-testid=notice]");
}

async function fake<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(function(host){ ${fn} })(window.__fakeHost)`) as Promise<T>;
}

async function sheetSnapshot(page: Page, name: string): Promise<string> {
  return fake<string>(
    page,
    `var s = host.sheet(${JSON.stringify(name)}); return JSON.stringify([Array.from(s.cells.entries()).sort(), s.conditionalFormats]);`
  );
}

async function axeSeriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate("typeof window.axe !== 'undefined'"))) {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  }
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] })`)) as {
    violations: Array<{
      id: string;
      impact: string;
      nodes: Array<{ target: string[]; html: string }>;
    }>;
  };
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      ...v,
      // Fluent UI's focus management (Tabster) puts focus sentinels `<i data-tabster-dummy
      // aria-hidden tabindex=0>` around the TabList; they forward focus at once. Microsoft's own
      // scanners suppress exactly these nodes for aria-hidden-focus (tabster#288,
      // accessibility-insights-web#7605); every other node still counts.
      nodes:
        v.id === "aria-hidden-focus"
          ? v.nodes.filter((n) => !/^<i [^>]*data-tabster-dummy/.test(n.html))
          : v.nodes,
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the task pane checks, marks, reports, inserts templates, calculates and refreshes live in Chromium", async () => {
  const { page, problems, officeRequests } = await open();

  // office.js itself loaded from the (routed) CDN URL and ran its initialisation.
  await page.getByRole("button", { name: "Controleer werkmap" }).waitFor();
  expect(officeRequests[0]).toBe("office.js");
  expect(await page.evaluate("window.__officeJsInitialised")).toBe("outside-office");
  expect(
    await page.evaluate("typeof Office.onReady === 'function' && typeof OSF === 'object'")
  ).toBe(true);
  expect(await page.evaluate("document.documentElement.lang")).toBe("nl");

  // --- Controleren: the whole workbook of 2016. The published tables have two findings, both on
  // the total of Saldo 2016 (L24): 248.736 − 80.445 = 168.291 and the sum of the saldi is 168.291,
  // but the table prints 172.276.
  await page.getByRole("button", { name: "Controleer werkmap" }).click();
  const summary = page.getByTestId("summary");
  await summary.waitFor();
  expect(await summary.textContent()).toBe("2 fouten, 0 waarschuwingen in 1 tabel");
  const findings = page.locator("button[data-cell]");
  expect(await findings.count()).toBe(2);
  const texts = await findings.allTextContents();
  // The rule's title, then core's message once: where, the figures, what must hold.
  expect(texts[0]).toContain("Totaal klopt niet");
  expect(texts[0]).toContain(
    'Regel "Totaal", kolom "Saldo 2016": verwacht 168.291, gevonden 172.276 (verschil 3.985).'
  );
  expect(texts[0].match(/verwacht/g)).toHaveLength(1);
  expect(texts[0]).toContain("L24");
  expect(await findings.first().getAttribute("data-cell")).toBe("Uitgaven en ontvangsten!L24");
  // Five tables are listed, four of them without findings.
  expect(await page.locator("#panel-check section h3").count()).toBe(5);

  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  // Clicking a finding selects its cell in the host; Enter does the same from the keyboard.
  await findings.first().click();
  expect(await fake(page, "return host.state.selection;")).toEqual({
    sheet: "Uitgaven en ontvangsten",
    address: "L24",
  });
  await fake(
    page,
    `host.state.selection = { sheet: "Verstrekte garanties", address: "A1" }; host.state.active = "Verstrekte garanties";`
  );
  await findings.nth(1).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction("window.__fakeHost.state.selection.address === 'L24'");
  expect(await fake(page, "return host.state.active;")).toBe("Uitgaven en ontvangsten");

  expect(await axeSeriousViolations(page)).toEqual([]);

  // --- Markeren: highlight and remove; the user's formats stay exactly as they were.
  const dataSheets = ["Verstrekte garanties", "Uitgaven en ontvangsten", "Benutting"];
  const before = await Promise.all(dataSheets.map((n) => sheetSnapshot(page, n)));
  await page.getByRole("tab", { name: "Markeren" }).click();
  await page.getByRole("button", { name: "Markeer cellen met bevindingen" }).click();
  await notice(page).filter({ hasText: "gemarkeerd" }).waitFor();
  expect(await notice(page).textContent()).toBe("1 cel gemarkeerd.");
  expect(
    await fake(
      page,
      `return host.sheet("Uitgaven en ontvangsten").conditionalFormats.map(function(c){ return [c.r0, c.c0, c.fill]; });`
    )
  ).toEqual([[23, 11, "#FFC7CE"]]);
  expect(await fake(page, "return window.__fakeSettings['ekv.markeringen'].length;")).toBe(1);
  await page.getByRole("button", { name: "Markering verwijderen" }).click();
  await notice(page).filter({ hasText: "verwijderd" }).waitFor();
  expect(await notice(page).textContent()).toBe("Markering van 1 cel verwijderd.");
  expect(await Promise.all(dataSheets.map((n) => sheetSnapshot(page, n)))).toEqual(before);

  // --- Rapport: a new sheet Controle; a second time asks before replacing it.
  await page.getByRole("tab", { name: "Rapport" }).click();
  await page.getByRole("button", { name: "Schrijf rapport naar blad Controle" }).click();
  await notice(page).filter({ hasText: "Rapport geschreven" }).waitFor();
  expect(await fake(page, "return host.state.sheets.map(function(s){ return s.name; });")).toEqual([
    ...dataSheets,
    "Controle",
  ]);
  expect(await fake(page, `return host.cell("Controle", "C9").formula;`)).toBe(
    `=HYPERLINK("#'Uitgaven en ontvangsten'!L24","Uitgaven en ontvangsten!L24")`
  );
  expect(
    await fake(
      page,
      `return [host.cell("Controle", "A3").value, host.cell("Controle", "B3").value];`
    )
  ).toEqual(["Tolerantie", 0]);
  expect(await fake(page, `return host.cell("Controle", "B2").numberFormat;`)).toBe(
    "dd-mm-yyyy hh:mm"
  );
  await fake(page, `host.cell("Controle", "A1").value = "eigen notitie";`);
  await page.getByRole("button", { name: "Schrijf rapport naar blad Controle" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain("Blad ‘Controle’ vervangen?");
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await notice(page).filter({ hasText: "Niets gewijzigd" }).waitFor();
  expect(await fake(page, `return host.cell("Controle", "A1").value;`)).toBe("eigen notitie");
  await page.getByRole("button", { name: "Schrijf rapport naar blad Controle" }).click();
  await dialog.getByRole("button", { name: "Vervangen" }).click();
  await notice(page).filter({ hasText: "Rapport geschreven" }).waitFor();
  expect(await fake(page, `return host.cell("Controle", "A1").value;`)).toBe(
    "Controle van de garantietabellen"
  );
  expect(await Promise.all(dataSheets.map((n) => sheetSnapshot(page, n)))).toEqual(before);

  // --- Sjablonen: a benutting table at an empty place; again at the same place is refused.
  await fake(
    page,
    `host.state.active = "Benutting"; host.state.selection = { sheet: "Benutting", address: "H2" };`
  );
  await page.getByRole("tab", { name: "Sjablonen" }).click();
  await page.getByLabel("Soort tabel").selectOption("benutting");
  await page.getByLabel("Eerste jaar").fill("2015");
  await page.getByLabel("Laatste jaar").fill("2019");
  await page.getByRole("button", { name: "Invoegen bij geselecteerde cel" }).click();
  await notice(page).filter({ hasText: "Tabel ingevoegd" }).waitFor();
  expect(await notice(page).textContent()).toBe(
    "Tabel ingevoegd vanaf H2. Controlecel: =EKV.CONTROLEER(H3:M6)"
  );
  expect(
    await fake(
      page,
      `return [host.cell("Benutting", "I3").value, host.cell("Benutting", "I6").formula, host.cell("Benutting", "O6").formula, host.cell("Benutting", "I4").numberFormat];`
    )
  ).toEqual(["2015", "=EKV.NETTO(I4,I5)", "=EKV.CONTROLEER(H3:M6)", '#,##0;"– "#,##0']);
  const benutting = await sheetSnapshot(page, "Benutting");
  await page.getByRole("button", { name: "Invoegen bij geselecteerde cel" }).click();
  await notice(page).filter({ hasText: "Niet ingevoegd" }).waitFor();
  // The 15 cells the table filled: title H2, years I3:M3, labels H4:H6, NETTO formulas I6:M6 and
  // the check cell O6 (empty input cells with only a number format do not count).
  expect(await notice(page).textContent()).toBe(
    "Niet ingevoegd: de cellen H2, I3, J3, K3, L3, M3, H4, H5 en 7 andere zijn niet leeg. Kies een lege plek; de invoegtoepassing overschrijft nooit iets."
  );
  expect(await sheetSnapshot(page, "Benutting")).toBe(benutting);

  // --- Rekenhulp: zware matching, art. 7. Kosten 649.174,43 (an amount entered by the user),
  // exportdeel 10.000.000 → 35% = 3.500.000; NL-aandeel 6.000.000 → 7/12 = 3.500.000; maximum
  // 4.600.000. The smallest, the costs, binds: subsidy € 649.174,43.
  await fake(
    page,
    `host.state.active = "Verstrekte garanties"; host.state.selection = { sheet: "Verstrekte garanties", address: "P2" };`
  );
  await page.getByRole("tab", { name: "Rekenhulp" }).click();
  await page.getByLabel("Kosten (art. 10)").fill("649.174,43");
  await page.getByLabel("Exportdeel (art. 1 onder a)").fill("10.000.000");
  await page.getByLabel("Nederlands aandeel").fill("6.000.000");
  await page.getByRole("button", { name: "Bereken" }).first().click();
  const breakdown = page.getByTestId("matching-breakdown");
  await breakdown.waitFor();
  expect(await breakdown.locator("p").textContent()).toBe("Subsidie (art. 7): € 649.174,43");
  const binding = breakdown.locator("tr[data-binding='true']");
  expect(await binding.count()).toBe(1);
  expect(await binding.textContent()).toContain("art. 7 lid 1 onder a");
  expect(await breakdown.textContent()).toContain("€ 3.500.000");
  await page.getByRole("button", { name: "Zet formule in geselecteerde cel" }).first().click();
  await notice(page).filter({ hasText: "Formule gezet" }).waitFor();
  expect(await fake(page, `return host.cell("Verstrekte garanties", "P2").formula;`)).toBe(
    '=EKV.MATCHING.SUBSIDIE(649174.43,10000000,6000000,,FALSE,"overig")'
  );
  // RIV art. 4: schade 50.000.000 − 10% = 45.000.000; 200% × 20.000.000 = 40.000.000 binds.
  await page.getByLabel("Schade", { exact: true }).fill("50.000.000");
  await page.getByLabel("Aanvangswaarde (art. 1 onder h)").fill("20.000.000");
  await page.getByRole("button", { name: "Bereken" }).nth(1).click();
  const riv = page.getByTestId("riv-breakdown");
  await riv.waitFor();
  expect(await riv.locator("p").textContent()).toBe("Vergoeding (art. 4): € 40.000.000");
  expect(await riv.locator("tr[data-binding='true']").textContent()).toContain(
    "200% van de aanvangswaarde"
  );
  await page.screenshot({ path: SCREENSHOT.replace(".png", "-rekenhulp.png"), fullPage: true });
  expect(await axeSeriousViolations(page)).toEqual([]);

  // --- Live: the user corrects L24; after the debounce only that sheet is read again.
  await page.getByRole("tab", { name: "Controleren" }).click();
  const readsBefore = await fake<number>(
    page,
    `return host.state.calls.filter(function(c){ return c === "Worksheet.getUsedRangeOrNullObject"; }).length;`
  );
  await fake(page, `return host.userEdit("Uitgaven en ontvangsten", "L24", 168291);`);
  await page.getByTestId("summary").filter({ hasText: "Alles klopt" }).waitFor({ timeout: 5000 });
  expect(await page.getByTestId("summary").textContent()).toBe(
    "Alles klopt: 5 tabellen gecontroleerd, geen bevindingen. Bijgewerkt na een wijziging in Uitgaven en ontvangsten."
  );
  const readsAfter = await fake<number>(
    page,
    `return host.state.calls.filter(function(c){ return c === "Worksheet.getUsedRangeOrNullObject"; }).length;`
  );
  expect(readsAfter - readsBefore).toBe(1);
  expect(await page.locator("button[data-cell]").count()).toBe(0);

  expect(problems).toEqual([]);
  await page.close();
});

test("English when Office's display language is not Dutch", async () => {
  const { page, problems } = await open("en-US");
  await page.getByRole("button", { name: "Check workbook" }).waitFor();
  expect(await page.evaluate("document.documentElement.lang")).toBe("en");
  await page.getByRole("button", { name: "Check worksheet" }).click();
  // The active sheet is the garanties overview: consistent as published.
  await page.getByTestId("summary").waitFor();
  expect(await page.getByTestId("summary").textContent()).toBe(
    "All consistent: 1 table checked, no findings."
  );
  expect(problems).toEqual([]);
  await page.close();
});

test("outside Office (no host) the pane says to open it in Excel, after office.js's own start-up", async () => {
  const { page, problems, officeRequests } = await open(null);
  await page.getByText("Open deze invoegtoepassing in Excel", { exact: false }).waitFor();
  expect(officeRequests[0]).toBe("office.js");
  expect(await page.evaluate("typeof Excel")).toBe("undefined");
  expect(problems).toEqual([]);
  await page.close();
});

test("in an Excel without ExcelApi 1.9 the pane says so instead of failing later", async () => {
  const { page, problems } = await open("nl-NL", "1.8");
  await page
    .getByText("Deze versie van Excel is te oud voor het taakvenster", { exact: false })
    .waitFor();
  expect(await page.getByRole("button", { name: "Controleer werkmap" }).count()).toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});
