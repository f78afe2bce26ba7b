/**
 * The task pane in a real browser: the built dist/taskpane.html served on 127.0.0.1, opened in
 * headless Chromium, with office.js loading as in production (the CDN URL is answered with the same
 * file from @microsoft/office-js) and a fake Office host injected before the page's scripts (see
 * fake-office-host.ts). Exercises every panel against the fake workbook of the 2016 tables.
 *
 * Needs `npm run build` first (npm test does it) and Debian's chromium at /usr/bin/chromium.
 */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { sheets2016 } from "../tables/fixtures/tables-2016";
import type { FakeSheetInit } from "../taskpane/fake-excel";
import { pageScripts } from "../build/bundle-size";
import { fakeOfficeHostScript } from "./fake-office-host";
import { ROOT, Served, launchChromium, routeOffline, serveDist } from "./harness";

const RESULTS = path.join(ROOT, "test-results");
const SCREENSHOT = path.join(RESULTS, "taskpane.png");

/** test-results/taskpane-<width>-<state>.png */
function shot(width: number | string, state: string): string {
  return path.join(RESULTS, `taskpane-${width}-${state}.png`);
}

jest.setTimeout(120_000);

let served: Served;
let baseUrl = "";
let browser: Browser;

beforeAll(async () => {
  served = await serveDist();
  baseUrl = served.baseUrl;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
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

interface OpenOptions {
  language?: string | null;
  excelApi?: string;
  width?: number;
  height?: number;
  sheets?: FakeSheetInit[];
  active?: string;
  /** Skip the first-run card (as after the first session). */
  seenWelcome?: boolean;
}

async function open(
  language: string | null = "nl-NL",
  excelApi = "1.9",
  options: OpenOptions = {}
): Promise<Opened> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 350, height: options.height ?? 900 },
  });
  const problems: string[] = [];
  const officeRequests: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  await routeOffline(page, baseUrl, (rel) => officeRequests.push(rel));
  if (options.seenWelcome !== false) {
    // Frames without storage (office.js's telemetry frame) skip it.
    await page.addInitScript({
      content: `try { localStorage.setItem("ekv.welkom-gezien", "1"); } catch (e) {}`,
    });
  }
  if (language !== null) {
    await page.addInitScript({
      content: fakeOfficeHostScript(
        options.sheets ?? workbook(),
        options.active ?? "Verstrekte garanties",
        language,
        excelApi
      ),
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
  // A dialog fading in is half transparent, and axe then measures a colour contrast no user
  // sees: wait (on the condition, not a timer) until every finite animation has finished.
  await page.waitForFunction(
    `document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity)`
  );
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

/** File names of the scripts the page has fetched from dist/ so far (not Office's). */
async function ownScripts(page: Page): Promise<string[]> {
  return (await page.evaluate(
    "performance.getEntriesByType('resource').filter(function(e){ return e.name.indexOf(location.origin + '/') === 0; }).map(function(e){ return e.name.split('/').pop(); }).filter(function(n){ return /\\.js$/.test(n); })"
  )) as string[];
}

/** File names of the scripts the page has fetched so far. */
async function loadedScripts(page: Page): Promise<string[]> {
  return (await page.evaluate(
    "performance.getEntriesByType('resource').map(function(e){ return e.name.split('/').pop(); }).filter(function(n){ return /\\.js$/.test(n); })"
  )) as string[];
}

test("the task pane checks, marks, reports, inserts templates, calculates and refreshes live in Chromium", async () => {
  const { page, problems, officeRequests } = await open();

  // office.js itself loaded from the (routed) CDN URL and ran its initialisation.
  await page.getByRole("button", { name: "Controleer werkmap" }).waitFor();
  // Until the Controle tab is ready the pane fetched exactly the scripts taskpane.html names: no
  // core, no part (test/build/bundle-size.test.ts keeps their total within 150 KB gzip).
  expect((await ownScripts(page)).sort()).toEqual(pageScripts("taskpane.html").sort());
  expect(officeRequests[0]).toBe("office.js");
  expect(await page.evaluate("window.__officeJsInitialised")).toBe("outside-office");
  expect(
    await page.evaluate("typeof Office.onReady === 'function' && typeof OSF === 'object'")
  ).toBe(true);
  expect(await page.evaluate("document.documentElement.lang")).toBe("nl");
  // The shared runtime: the page's functions.js associated the EKV functions.
  expect(await page.evaluate("Object.keys(window.__ekvAssociated).length")).toBeGreaterThan(20);

  // --- Controle: the whole workbook of 2016. The published tables have two findings, both on
  // the total of Saldo 2016 (L24): 248.736 − 80.445 = 168.291 and the sum of the saldi is 168.291,
  // but the table prints 172.276. One item, both rules.
  await page.getByRole("button", { name: "Controleer werkmap" }).click();
  const summary = page.getByTestId("summary");
  await summary.waitFor();
  expect(await summary.textContent()).toBe("2 fouten in 1 tabel; 223 bedragen gecontroleerd.");
  const findings = page.locator("button[data-cell]");
  expect(await findings.count()).toBe(1);
  const text = await findings.first().textContent();
  expect(text).toContain("L24");
  expect(text).toContain("verwacht 168.291 · gevonden 172.276 · verschil 3.985");
  expect(await findings.first().getAttribute("data-cell")).toBe("Uitgaven en ontvangsten!L24");
  expect(await page.getByTestId("clean-tables").textContent()).toBe(
    "4 tabellen zonder bevindingen"
  );
  // The check ran in the worker (its script was loaded from dist).
  expect(
    await page.evaluate(
      "performance.getEntriesByType('resource').some(function(e){ return /ekv-controle\\.js$/.test(e.name); })"
    )
  ).toBe(true);

  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  // The other tabs, the confirm dialog and the dark themes are not loaded until they are needed.
  expect(await loadedScripts(page)).not.toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^(rekenhulp|invoegen|help|bevestig|thema)\.js$/),
    ])
  );

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
  await findings.first().focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction("window.__fakeHost.state.selection.address === 'L24'");
  expect(await fake(page, "return host.state.active;")).toBe("Uitgaven en ontvangsten");

  expect(await axeSeriousViolations(page)).toEqual([]);

  // --- Markeren: highlight and remove; the user's formats stay exactly as they were.
  const dataSheets = ["Verstrekte garanties", "Uitgaven en ontvangsten", "Benutting"];
  const before = await Promise.all(dataSheets.map((n) => sheetSnapshot(page, n)));
  await page.getByRole("button", { name: "Markeer cellen" }).click();
  await notice(page).filter({ hasText: "gemarkeerd" }).waitFor();
  expect(await notice(page).textContent()).toBe("1 cel gemarkeerd.");
  expect(
    await fake(
      page,
      `return host.sheet("Uitgaven en ontvangsten").conditionalFormats.map(function(c){ return [c.r0, c.c0, c.fill]; });`
    )
  ).toEqual([[23, 11, "#FFC7CE"]]);
  expect(await fake(page, "return window.__fakeSettings['ekv.markeringen'].length;")).toBe(1);
  await page.getByRole("button", { name: "Markering weg" }).click();
  await notice(page).filter({ hasText: "verwijderd" }).waitFor();
  expect(await notice(page).textContent()).toBe("Markering van 1 cel verwijderd.");
  expect(await Promise.all(dataSheets.map((n) => sheetSnapshot(page, n)))).toEqual(before);

  // --- Rapport: a new sheet Controle; a second time asks before replacing it.
  await page.getByRole("button", { name: "Rapportblad" }).click();
  await notice(page).filter({ hasText: "Rapport geschreven" }).waitFor();
  expect(await fake(page, "return host.state.sheets.map(function(s){ return s.name; });")).toEqual([
    ...dataSheets,
    "Controle",
  ]);
  expect(await fake(page, `return host.cell("Controle", "C10").formula;`)).toBe(
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
  await page.getByRole("button", { name: "Rapportblad" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain("Blad ‘Controle’ vervangen?");
  // The safe button has the focus; Escape means Annuleren.
  await page.waitForFunction(
    "document.activeElement && document.activeElement.textContent === 'Annuleren'"
  );
  await page.screenshot({ path: shot("350", "dialoog") });
  await page.keyboard.press("Escape");
  await notice(page).filter({ hasText: "Niets gewijzigd" }).waitFor();
  expect(await fake(page, `return host.cell("Controle", "A1").value;`)).toBe("eigen notitie");
  await page.getByRole("button", { name: "Rapportblad" }).click();
  await dialog.getByRole("button", { name: "Vervangen" }).click();
  await notice(page).filter({ hasText: "Rapport geschreven" }).waitFor();
  expect(await fake(page, `return host.cell("Controle", "A1").value;`)).toBe(
    "Controle van de garantietabellen"
  );
  expect(await Promise.all(dataSheets.map((n) => sheetSnapshot(page, n)))).toEqual(before);

  // --- Invoegen: a benutting table selected right next to the benutting table A3:F6 (G2) would
  // be read together with it by the next check. The pane says why and offers the nearest place
  // where the check reads it apart (H2, one blank column to the right); the safe choice has the
  // focus.
  // The check cell is computed by the real EKV.CONTROLEER of the page's functions bundle.
  await fake(
    page,
    `host.state.active = "Benutting"; host.state.selection = { sheet: "Benutting", address: "G2" };`
  );
  await page.getByRole("tab", { name: "Invoegen" }).click();
  await page.getByLabel("Soort tabel").selectOption("benutting");
  await page.getByRole("textbox", { name: "Eerste jaar" }).fill("2015");
  await page.getByRole("textbox", { name: "Laatste jaar" }).fill("2019");
  const untouched = await sheetSnapshot(page, "Benutting");
  await page.getByRole("button", { name: "Invoegen bij geselecteerde cel" }).click();
  const ask = page.getByRole("alertdialog");
  await ask.waitFor();
  expect(await ask.textContent()).toContain(
    "De tabel zou tegen de herkende tabel ‘Benutting garantieregeling – 19. Regeling Investeringen’ (A3:F6) aan komen"
  );
  expect(await page.evaluate("document.activeElement && document.activeElement.textContent")).toBe(
    "Annuleren"
  );
  expect(await sheetSnapshot(page, "Benutting")).toBe(untouched);
  await ask.getByRole("button", { name: "Invoegen vanaf H2" }).click();
  await notice(page).filter({ hasText: "Tabel ingevoegd" }).waitFor();
  expect(await notice(page).textContent()).toBe(
    "Tabel ingevoegd vanaf H2; de controle herkent hem als eigen tabel (H3:M6). Controlecel: =EKV.CONTROLEER(H3:M6)"
  );
  expect(
    await fake(
      page,
      `return [host.cell("Benutting", "I3").value, host.cell("Benutting", "I6").formula, host.cell("Benutting", "O6").formula, host.cell("Benutting", "I4").numberFormat, host.cell("Benutting", "O6").value, host.cell("Benutting", "I6").value];`
    )
  ).toEqual(["2015", "=EKV.NETTO(I4,I5)", "=EKV.CONTROLEER(H3:M6)", '#,##0;"– "#,##0', "OK", 0]);
  // The user fills in bruto and vervallen for 2015: NETTO gives 22.340 − 71.559 = – 49.219.
  await fake(
    page,
    `return host.userEdit("Benutting", "I4", 22340).then(function(){ return host.userEdit("Benutting", "I5", 71559); });`
  );
  expect(await fake(page, `return host.cell("Benutting", "I6").value;`)).toBe(-49219);
  // Again at the same place: the new table is there now. Annuleren writes nothing.
  const benutting = await sheetSnapshot(page, "Benutting");
  await fake(page, `host.state.selection = { sheet: "Benutting", address: "H2" };`);
  await page.getByRole("button", { name: "Invoegen bij geselecteerde cel" }).click();
  await ask.waitFor();
  await ask.getByRole("button", { name: "Annuleren" }).click();
  await notice(page).filter({ hasText: "Niet ingevoegd" }).waitFor();
  expect(await notice(page).textContent()).toMatch(
    /^Niet ingevoegd: De tabel zou tegen de herkende tabel ‘Benutting garantieregeling’ \(H3:M6\) aan komen/
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
  expect(await loadedScripts(page)).toEqual(
    expect.arrayContaining(["rekenhulp.js", "invoegen.js"])
  );
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
  // The formula is computed by the real function: the same € 649.174,43.
  expect(await fake(page, `return host.cell("Verstrekte garanties", "P2").value;`)).toBe(649174.43);
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
  await page.getByRole("tab", { name: "Controle" }).click();
  const readsBefore = await fake<number>(
    page,
    `return host.state.calls.filter(function(c){ return c === "Worksheet.getUsedRangeOrNullObject"; }).length;`
  );
  await fake(page, `return host.userEdit("Uitgaven en ontvangsten", "L24", 168291);`);
  await page.getByTestId("summary").filter({ hasText: "consistent" }).waitFor({ timeout: 5000 });
  expect(await page.getByTestId("summary").textContent()).toBe(
    // 223 amounts of the example and 7 of the benutting template filled above: I4, I5 and I6 for
    // 2015, and the NETTO formulas J6:M6 of the other years.
    "Alle tabellen zijn consistent; 230 bedragen gecontroleerd. Bijgewerkt na een wijziging in Uitgaven en ontvangsten."
  );
  const readsAfter = await fake<number>(
    page,
    `return host.state.calls.filter(function(c){ return c === "Worksheet.getUsedRangeOrNullObject"; }).length;`
  );
  expect(readsAfter - readsBefore).toBe(1);
  // No table finding is left. (The benutting template inserted above, filled with 22.340 and
  // 71.559 for 2015, is taken for "19. Regeling Investeringen" by the title above it, so the
  // rules between tables now compare it with that scheme's row of the overview: data-cross.)
  expect(await page.locator("button[data-cell]:not([data-cross])").count()).toBe(0);

  expect(problems).toEqual([]);
  await page.close();
});

/** Elements in the visible panel (and the page) that scroll horizontally: "tag#id scrollWidth>clientWidth". */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(`(function () {
    var out = [];
    var els = [document.documentElement, document.body].concat(
      Array.prototype.slice.call(document.querySelectorAll("[role=tabpanel]:not([hidden]), [role=tabpanel]:not([hidden]) *, nav, [role=tablist]"))
    );
    els.forEach(function (el) {
      var style = getComputedStyle(el);
      var scrolls = el === document.documentElement || el === document.body || /auto|scroll/.test(style.overflowX);
      if (scrolls && el.scrollWidth > el.clientWidth) {
        out.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + el.scrollWidth + ">" + el.clientWidth);
      }
    });
    return out;
  })()`);
}

/** Things cut off: an element wider than the pane or sticking out on the right. */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(`(function () {
    var width = document.documentElement.clientWidth;
    var out = [];
    document.querySelectorAll("[role=tabpanel]:not([hidden]) input, [role=tabpanel]:not([hidden]) select, [role=tabpanel]:not([hidden]) button, [role=tab]").forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) out.push((el.getAttribute("aria-label") || el.textContent || el.tagName).trim().slice(0, 40) + " right=" + Math.round(r.right));
    });
    return out;
  })()`);
}

/** The tabs are on one row (same top) and not wrapped. */
async function tabRows(page: Page): Promise<number> {
  return page.evaluate(
    `new Set(Array.prototype.map.call(document.querySelectorAll("[role=tab]"), function (t) { return Math.round(t.getBoundingClientRect().top); })).size`
  );
}

describe.each([270, 320, 500])("at %i px", (width) => {
  test("every panel and state: no horizontal scroll, nothing cut off, tabs on one row, axe clean; screenshots", async () => {
    const { page, problems } = await open("nl-NL", "1.9", {
      width,
      height: 700,
      seenWelcome: false,
    });
    const check = async (state: string) => {
      await page.screenshot({ path: shot(width, state), fullPage: true });
      expect({ state, overflow: await horizontalOverflow(page) }).toEqual({ state, overflow: [] });
      expect({ state, cut: await cutOff(page) }).toEqual({ state, cut: [] });
      expect(await tabRows(page)).toBe(1);
      expect({ state, axe: await axeSeriousViolations(page) }).toEqual({ state, axe: [] });
    };
    await page.getByRole("button", { name: "Controleer werkmap" }).waitFor();
    await check("1-eerste-keer");
    await page.getByRole("button", { name: "Begrepen" }).click();
    await page.getByRole("button", { name: /^Opties:/ }).click();
    await check("2-opties");
    await page.getByRole("button", { name: /^Opties:/ }).click();

    await page.getByRole("button", { name: "Controleer werkmap" }).click();
    await page.getByTestId("summary").waitFor();
    await check("3-bevindingen");
    if (width === 320) {
      // The example's findings fit on one screen of 320 × 700: the error is visible unscrolled.
      const box = await page.locator("button[data-cell]").first().boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(700);
    }
    await page.getByRole("button", { name: "Waarom en hoe herstellen: L24" }).click();
    await page.getByTestId("explanation").waitFor();
    await check("4-uitleg");
    await page.getByRole("button", { name: "Markeer cellen" }).click();
    await notice(page).filter({ hasText: "gemarkeerd" }).waitFor();
    await check("5-gemarkeerd");
    // Coverage: every table says how many amounts were compared; a text typed over an amount is
    // one that could not be, with the reason and its cell on demand.
    expect(await page.getByTestId("coverage-line").allTextContents()).toEqual([
      "alle 115 bedragen gecontroleerd",
      "alle 63 bedragen gecontroleerd",
      "alle 15 bedragen gecontroleerd",
      "alle 15 bedragen gecontroleerd",
      "alle 15 bedragen gecontroleerd",
    ]);
    await fake(page, `return host.userEdit("Verstrekte garanties", "D5", "onbekend");`);
    const partly = page.getByRole("button", { name: "114 van 115 bedragen gecontroleerd" });
    await partly.click();
    await page.getByText("tekst in een bedragkolom").waitFor();
    await check("5b-dekking");
    await page.getByRole("button", { name: "Verstrekte garanties!D5 selecteren" }).click();
    expect(await fake(page, "return host.state.selection;")).toEqual({
      sheet: "Verstrekte garanties",
      address: "D5",
    });

    await page.getByRole("tab", { name: "Invoegen" }).click();
    await check("6-invoegen");
    // A template chosen right next to a table: the question, with the reason and the nearest
    // place where the check reads it apart; Annuleren writes nothing.
    await fake(
      page,
      `host.state.active = "Benutting"; host.state.selection = { sheet: "Benutting", address: "G2" };`
    );
    await page.getByLabel("Soort tabel").selectOption("benutting");
    await page.getByRole("button", { name: "Invoegen bij geselecteerde cel" }).click();
    await page.getByRole("alertdialog").waitFor();
    await check("6b-invoegen-naast-tabel");
    await page.getByRole("alertdialog").getByRole("button", { name: "Annuleren" }).click();
    await notice(page).filter({ hasText: "Niet ingevoegd" }).waitFor();
    // The modal hides the pane from assistive technology until its exit has finished.
    await page.waitForFunction("!document.getElementById('container').hasAttribute('aria-hidden')");
    await check("6c-invoegen-niet");
    await page.getByRole("textbox", { name: "Laatste jaar" }).fill("1999");
    await check("7-invoegen-fout");

    await page.getByRole("tab", { name: "Rekenhulp" }).click();
    await page.getByLabel("Kosten (art. 10)").fill("5.000.000");
    await page.getByLabel("Exportdeel (art. 1 onder a)").fill("12.000.000");
    await page.getByLabel("Nederlands aandeel").fill("9.000.000");
    await page.getByRole("button", { name: "Bereken" }).first().click();
    await page.getByTestId("matching-breakdown").waitFor();
    // A long message replacing a short one in the same bar is shown whole (not one line high).
    await fake(
      page,
      `host.cell("Verstrekte garanties", "A1").value; host.state.selection = { sheet: "Verstrekte garanties", address: "A1" };`
    );
    await page.getByRole("button", { name: "Zet formule in geselecteerde cel" }).first().click();
    const bar = notice(page).filter({ hasText: "niet leeg" });
    await bar.waitFor();
    const lineHeight = await bar.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const barHeight = (await bar.boundingBox())?.height ?? 0;
    const textWidth = await bar.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(textWidth).toBe(true);
    expect(barHeight).toBeGreaterThan(lineHeight * 1.5);
    await check("8-rekenhulp");

    await page.getByRole("tab", { name: "Help" }).click();
    await check("9-help");
    expect(problems).toEqual([]);
    await page.close();
  });
});

test("after a fix the live refresh removes the mark and the message; a new mistake is marked", async () => {
  const { page, problems } = await open();
  await page.getByRole("button", { name: "Controleer werkmap" }).click();
  await page.getByTestId("summary").waitFor();
  await page.getByRole("button", { name: "Markeer cellen" }).click();
  await notice(page).filter({ hasText: "1 cel gemarkeerd." }).waitFor();
  const marks = (sheet: string) =>
    fake<number[][]>(
      page,
      `return host.sheet(${JSON.stringify(sheet)}).conditionalFormats.map(function(c){ return [c.r0, c.c0]; });`
    );
  expect(await marks("Uitgaven en ontvangsten")).toEqual([[23, 11]]);
  await fake(page, `return host.userEdit("Uitgaven en ontvangsten", "L24", 168291);`);
  await page.getByTestId("summary").filter({ hasText: "consistent" }).waitFor();
  expect(await marks("Uitgaven en ontvangsten")).toEqual([]);
  expect(await page.getByTestId("marked").textContent()).toBe("0 cellen gemarkeerd.");
  expect(await notice(page).count()).toBe(0);
  // A new mistake: the user types 1 over a row's saldo (L23); it is marked at once.
  await fake(page, `return host.userEdit("Uitgaven en ontvangsten", "L23", 1);`);
  await page.getByTestId("summary").filter({ hasText: "fout" }).waitFor();
  const after = await marks("Uitgaven en ontvangsten");
  expect(after.length).toBeGreaterThan(0);
  expect(await page.getByTestId("marked").textContent()).toBe(
    `${after.length} ${after.length === 1 ? "cel" : "cellen"} gemarkeerd.`
  );
  await page.screenshot({ path: shot(350, "live-gemarkeerd"), fullPage: true });
  expect(problems).toEqual([]);
  await page.close();
});

test("while a new check runs the old findings and coverage are dimmed and the focus stays on its button; the new result replaces them", async () => {
  const { page, problems } = await open();
  const button = page.getByRole("button", { name: "Controleer werkmap" });
  await button.click();
  await page.getByTestId("summary").waitFor();
  const findings = page.getByTestId("findings");
  expect(await findings.getAttribute("aria-busy")).toBeNull();
  const opacity = () => findings.evaluate((el) => Number(getComputedStyle(el).opacity));
  expect(await opacity()).toBe(1);
  // Excel keeps the next check waiting (its syncs are held) until the pane has been looked at.
  await fake(page, `host.state.holdSyncs = true;`);
  await button.click();
  await page.locator("[data-testid=findings][aria-busy=true]").waitFor();
  expect(await opacity()).toBeLessThan(1);
  // The coverage per table is the old check's too.
  const coverage = page.getByTestId("coverage");
  expect(await coverage.getAttribute("aria-busy")).toBe("true");
  expect(await coverage.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);
  expect(await button.getAttribute("aria-disabled")).toBe("true");
  expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.screenshot({ path: shot(350, "controle-loopt"), fullPage: true });
  await fake(page, `host.releaseSyncs();`);
  await page.locator("[data-testid=findings]:not([aria-busy])").waitFor();
  expect(await opacity()).toBe(1);
  expect(await coverage.getAttribute("aria-busy")).toBeNull();
  expect(await page.getByTestId("summary").textContent()).toBe(
    "2 fouten in 1 tabel; 223 bedragen gecontroleerd."
  );
  expect(problems).toEqual([]);
  await page.close();
});

test("5 000 findings stay under 1 000 DOM nodes in the pane", async () => {
  // 5 000 rows whose saldo is one too high: 25 − 10 = 15 expected, 16 printed; the total row's
  // saldo (80.000 = the sum of the printed saldi) is also 5.000 above 125.000 − 50.000.
  const rows: FakeSheetInit["rows"] = [
    ["Nr.", "Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
  ];
  for (let i = 0; i < 5000; i++) rows.push([i + 1, `Regel ${i + 1}`, 10, 25, 16]);
  rows.push([null, "Totaal", 50000, 125000, 80000]);
  const { page, problems } = await open("nl-NL", "1.9", {
    sheets: [{ name: "Groot", rows }],
    active: "Groot",
    width: 320,
    height: 700,
  });
  await page.getByRole("button", { name: "Controleer werkblad" }).click();
  await page.getByTestId("summary").waitFor({ timeout: 60_000 });
  expect(await page.getByTestId("group-error").textContent()).toBe("Fouten (5001)");
  const nodes = await page.evaluate(
    "document.getElementById('container').querySelectorAll('*').length"
  );
  expect(nodes).toBeLessThan(1000);
  expect(await page.locator("button[data-cell]").count()).toBeLessThan(40);
  await page.getByRole("button", { name: "Vorige" }).click();
  await page.waitForFunction("window.__fakeHost.state.selection.address === 'E5002'");
  await page.screenshot({ path: shot(320, "5000-bevindingen"), fullPage: true });
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
    "All tables are consistent; 115 amounts checked."
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
