/**
 * Bundle sizes as a browser downloads them (gzip -9), measured where they are fetched: each page of
 * dist/ is opened in Chromium (the pane against the fake Office host, as in the browser test) and
 * every script of dist/ that the page or its workers request is counted for the moment it was
 * requested. "bij openen" is everything until the page can be used (the pane: its Controle tab
 * ready, the custom functions associated; the web page: its scripts have run); goal ≤ 150 KB gzip
 * for each page. The web page then fetches its worker at once, in the background: printed apart. Each later trigger
 * (the first check, the first custom-function call, a tab) is measured in a fresh browser context
 * (empty cache) after opening, so its line says what that trigger alone fetches. Whatever no
 * trigger fetched is listed last. Needs a production build (npm run bench builds first).
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { DIST, PAGE_BUDGET, gzipSize, initialLoad, kb } from "../test/build/bundle-size";
import { fakeOfficeHostScript } from "../test/browser/fake-office-host";
import { launchChromium, routeOffline, serveDist, Served } from "../test/browser/harness";
import { sheets2016 } from "../test/tables/fixtures/tables-2016";
import type { FakeSheetInit } from "../test/taskpane/fake-excel";

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

async function openPane(served: Served, page: Page): Promise<void> {
  const base = served.baseUrl;
  await routeOffline(page, base);
  await page.addInitScript({
    content: fakeOfficeHostScript(workbook(), "Uitgaven en ontvangsten", "nl-NL", "1.9"),
  });
  await page.goto(`${base}/taskpane.html`);
  await page.getByRole("button", { name: "Controleer werkmap" }).waitFor();
  await page.waitForFunction("Object.keys(window.__ekvAssociated || {}).length > 0");
}

/** The .js files of dist/ requested since request number `from` (page and workers alike). */
function scriptsSince(served: Served, from: number): string[] {
  return [
    ...new Set(
      served.requests
        .slice(from)
        .map((p) => p.replace(/^\//, ""))
        .filter((p) => p.endsWith(".js"))
    ),
  ];
}

interface Trigger {
  label: string;
  act(page: Page): Promise<void>;
}

const TRIGGERS: Trigger[] = [
  {
    label: "eerste functieaanroep (Excel rekent een EKV-formule)",
    act: async (page) => {
      await page.evaluate("Promise.resolve(window.__ekvAssociated.SALDO([[1]], [[2]]))");
    },
  },
  {
    label: "eerste controle (Controleer werkmap)",
    act: async (page) => {
      await page.getByRole("button", { name: "Controleer werkmap" }).click();
      await page.getByTestId("summary").waitFor();
    },
  },
  {
    label: "Opties openen",
    act: async (page) => {
      await page.getByRole("button", { name: /^Opties:/ }).click();
      await page.getByRole("textbox", { name: /Tolerantie/ }).waitFor();
    },
  },
  ...(["Invoegen", "Rekenhulp", "Help"] as const).map((tab) => ({
    label: `tabblad ${tab}`,
    act: async (page: Page) => {
      await page.getByRole("tab", { name: tab }).click();
      await page.waitForFunction(
        `(function () { var p = document.querySelector("[role=tabpanel]:not([hidden])"); return p && p.textContent.trim() && p.textContent.indexOf("Laden") < 0; })()`
      );
    },
  })),
];

function line(file: string, note = ""): number {
  const g = gzipSize(file);
  const bytes = fs.statSync(path.join(DIST, file)).size;
  console.log(`  ${file.padEnd(26)} ${String(bytes).padStart(8)} ${kb(g).padStart(9)}${note}`);
  return g;
}

async function measurePane(browser: Browser, served: Served, seen: Set<string>): Promise<void> {
  // Opening: what the page requests until the Controle tab is ready.
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  const start = served.requests.length;
  await openPane(served, page);
  const opened = scriptsSince(served, start);
  await context.close();
  let total = 0;
  for (const f of opened) {
    total += line(f);
    seen.add(f);
  }
  const verdict = total <= PAGE_BUDGET ? "binnen" : "BOVEN";
  console.log(
    `taskpane.html: ${kb(total)} gzip bij openen, tot het tabblad Controle klaar is (${verdict} de grens van ${kb(PAGE_BUDGET)})`
  );
  const html = initialLoad("taskpane.html");
  if (html.total !== total) {
    console.log(`  (de scripts in taskpane.html zelf: ${kb(html.total)})`);
  }

  for (const t of TRIGGERS) {
    const ctx = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const p = await ctx.newPage();
    await openPane(served, p);
    const before = served.requests.length;
    await t.act(p);
    // Chunks a trigger fetches in parallel (a worker's importScripts) have arrived by now.
    await p.waitForLoadState("networkidle");
    const fetched = scriptsSince(served, before);
    await ctx.close();
    let sum = 0;
    for (const f of fetched) sum += gzipSize(f);
    console.log(`+ ${t.label}: ${kb(sum)} gzip`);
    for (const f of fetched) {
      line(f);
      seen.add(f);
    }
  }
}

async function measureWebPage(browser: Browser, served: Served, seen: Set<string>): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = served.requests.length;
  await page.goto(`${served.baseUrl}/controle.html`);
  await page.locator("input[type=file]").first().waitFor({ state: "attached" });
  // The page makes its worker at once (so that it works offline once loaded): wait for it too.
  await page.waitForLoadState("networkidle");
  const opened = scriptsSince(served, start);
  await context.close();
  const own = new Set(initialLoad("controle.html").files.map((f) => f.file));
  let total = 0;
  for (const f of opened.filter((x) => own.has(x))) {
    total += line(f);
    seen.add(f);
  }
  const verdict = total <= PAGE_BUDGET ? "binnen" : "BOVEN";
  console.log(
    `controle.html: ${kb(total)} gzip bij openen, tot de pagina bruikbaar is (${verdict} de grens van ${kb(PAGE_BUDGET)})`
  );
  const worker = opened.filter((x) => !own.has(x));
  let w = 0;
  for (const f of worker) w += gzipSize(f);
  console.log(
    `+ de worker, direct daarna op de achtergrond geladen (voor offline gebruik): ${kb(w)} gzip; samen ${kb(total + w)}`
  );
  for (const f of worker) {
    line(f);
    seen.add(f);
  }
}

export async function run(): Promise<void> {
  for (const page of ["taskpane.html", "controle.html"]) {
    if (!fs.existsSync(path.join(DIST, page))) {
      console.log(`${page}: ontbreekt (npm run build)`);
      return;
    }
  }
  const served = await serveDist();
  const browser = await launchChromium();
  const seen = new Set<string>();
  try {
    console.log("bestand                         bytes      gzip");
    await measurePane(browser, served, seen);
    await measureWebPage(browser, served, seen);
  } finally {
    await browser.close();
    await served.close();
  }
  const rest = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js") && !seen.has(f))
    .sort();
  if (rest.length) {
    console.log(
      "overige bestanden (bij geen van deze stappen: bevestigingsdialoog, rapportblad, donker thema, vergelijken, controle van een bestand op de webpagina):"
    );
    for (const f of rest) line(f);
  }
}
