/**
 * "Vergelijk met ander bestand…" in the real task pane (built dist/taskpane.html, office.js routed
 * to the package's copy, the fake Office host of fake-office-host.ts) at the widths of Excel on
 * Mac (270 px) and Windows (320 px): the open workbook is begroting 2020 of XVII, the file picked
 * its jaarverslag 2020. The summary and the findings are the CLI's for the pair; the warning's
 * cell is selected in the workbook; nothing scrolls sideways; screenshots in test-results/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import type { FakeSheetInit } from "../taskpane/fake-excel";
import { JV2020, OWB2020 } from "../taskpane/fixtures/xvii-cross";
import { readWorkbook } from "../../src/xlsx";
import { fakeOfficeHostScript } from "./fake-office-host";
import { ROOT, Served, launchChromium, routeOffline, serveDist } from "./harness";

const XVII = path.join(ROOT, "examples/xvii-2020-2022");
const RESULTS = path.join(ROOT, "test-results");

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

type Value = NonNullable<FakeSheetInit["rows"]>[number][number];

function owb2020(): FakeSheetInit[] {
  return readWorkbook(fs.readFileSync(path.join(XVII, OWB2020))).sheets.map((s) => ({
    name: s.name,
    origin: s.origin,
    rows: s.values.map((r) =>
      r.map((v): Value =>
        v === null || typeof v !== "object" ? v : "error" in v ? { error: v.error } : null
      )
    ),
  }));
}

async function open(width: number): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 700 } });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console.error: ${m.text()}`);
  });
  await routeOffline(page, served.baseUrl);
  await page.addInitScript({
    content: `try { localStorage.setItem("ekv.welkom-gezien", "1"); } catch (e) {}`,
  });
  await page.addInitScript({
    content: fakeOfficeHostScript(owb2020(), "Verstrekte garanties", "nl-NL", "1.9"),
  });
  await page.goto(`${served.baseUrl}/taskpane.html`);
  await page.getByRole("button", { name: "Vergelijk met ander bestand…" }).waitFor();
  return { page, problems };
}

/** Elements that scroll sideways in the visible panel, and the page itself. */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(`(function () {
    var out = [];
    var els = [document.documentElement, document.body].concat(
      Array.prototype.slice.call(document.querySelectorAll("[role=tabpanel]:not([hidden]), [role=tabpanel]:not([hidden]) *"))
    );
    els.forEach(function (el) {
      var style = getComputedStyle(el);
      // A box made to scroll inside (the timeline's table) is allowed to; the page is not.
      if (el.hasAttribute("data-scroll-inside")) return;
      var scrolls = el === document.documentElement || el === document.body || /auto|scroll/.test(style.overflowX);
      if (scrolls && el.scrollWidth > el.clientWidth) {
        out.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " " + el.scrollWidth + ">" + el.clientWidth);
      }
    });
    return out;
  })()`);
}

/** Buttons and selects sticking out on the right of the pane. */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(`(function () {
    var width = document.documentElement.clientWidth;
    var out = [];
    document.querySelectorAll("[role=tabpanel]:not([hidden]) select, [role=tabpanel]:not([hidden]) button").forEach(function (el) {
      var r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5) out.push((el.getAttribute("aria-label") || el.textContent || el.tagName).trim().slice(0, 40) + " right=" + Math.round(r.right));
    });
    return out;
  })()`);
}

describe.each([270, 320])("at %i px", (width) => {
  test("compare with the jaarverslag: the CLI's summary and findings, the warning selects I9, no sideways scroll", async () => {
    const { page, problems } = await open(width);
    const check = async (state: string) => {
      await page.screenshot({
        path: path.join(RESULTS, `taskpane-${width}-vergelijk-${state}.png`),
        fullPage: true,
      });
      expect({ state, overflow: await horizontalOverflow(page) }).toEqual({ state, overflow: [] });
      expect({ state, cut: await cutOff(page) }).toEqual({ state, cut: [] });
      expect(
        await page.evaluate(
          "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )
      ).toBe(true);
    };

    // The button opens the file chooser; the file is given to it as a user would choose it.
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("button", { name: "Vergelijk met ander bestand…" }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(path.join(XVII, JV2020));

    const summary = page.getByTestId("compare-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toBe(
      "Tussen documenten: geen fouten, 1 waarschuwing, 30 info."
    );
    expect(await page.getByTestId("compare-identified").allTextContents()).toEqual([
      'OWB2020 (uit de titel "Begroting Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020")',
      'JV2020 (uit de titel "Jaarverslag en slotwet Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020")',
    ]);
    expect(await page.getByTestId("group-warning").textContent()).toBe("Waarschuwingen (1)");
    expect(await page.getByTestId("group-info").textContent()).toBe("Info (30)");
    // The comparison ran in the check worker (its script loaded from dist).
    expect(
      await page.evaluate(
        "performance.getEntriesByType('resource').some(function(e){ return /ekv-controle\\.js$/.test(e.name); })"
      )
    ).toBe(true);
    await check("1-resultaat");

    const warning = page.locator('button[data-cross="scheme-missing"]');
    expect(await warning.getAttribute("data-cell")).toBe("Verstrekte garanties!I9");
    expect(await warning.textContent()).toBe(
      `Regeling ontbreekt in volgend documentI9↔ ${JV2020} · 'Verstrekte garanties'!A4 · verwacht 212.500`
    );
    await warning.click();
    await page.waitForFunction("window.__fakeHost.state.selection.address === 'I9'");
    expect(await page.evaluate("window.__fakeHost.state.selection")).toEqual({
      sheet: "Verstrekte garanties",
      address: "I9",
    });
    await page.getByRole("button", { name: "Waarom en hoe herstellen: I9" }).click();
    const explanation = page.getByTestId("explanation");
    await explanation.waitFor();
    expect(await explanation.textContent()).toContain(
      `maar ontbreekt in het overzicht verstrekte garanties van JV2020 ('Verstrekte garanties'!A4)`
    );
    await check("2-uitleg");

    // A bad file among the picked ones: the reader's sentence, long names wrap.
    await page.getByTestId("compare-input").setInputFiles([
      {
        name: "een-heel-lang-bestandsnaam-van-een-kapotte-werkmap-2020.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from("dit is geen zip"),
      },
    ]);
    const bad = page.getByTestId("compare-file-error");
    await bad.waitFor();
    expect(await bad.textContent()).toBe(
      "een-heel-lang-bestandsnaam-van-een-kapotte-werkmap-2020.xlsx: dit is geen Excel-werkmap (.xlsx)."
    );
    await check("3-kapot");
    expect(problems).toEqual([]);
    await page.close();
  });
});
