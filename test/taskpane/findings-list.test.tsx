/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { CheckResult, Finding, RecognisedTable } from "../../src/core/tables/model";
import { FindingsList, GROUP_HEIGHT, ITEM_HEIGHT } from "../../src/taskpane/FindingsList";
import type { FindingItem } from "../../src/report/findings";
import { buildView, replaceSheets, ruleInfo } from "../../src/report/findings";
import { dutch } from "../../src/taskpane/strings";

const words = { expected: "verwacht", found: "gevonden", difference: "verschil" };

function table(sheet: string, range: string, title?: string): RecognisedTable {
  return { sheet, range, kind: "garanties", unit: "x € 1.000", years: [2015, 2016], title };
}

function finding(
  rule: string,
  severity: "error" | "warning",
  sheet: string,
  row: number,
  col: number,
  tableIndex: number,
  expected: number | null = null,
  actual: number | null = null
): Finding {
  const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
  return {
    id: `${sheet}/${cell}/${rule}`,
    rule,
    severity,
    sheet,
    cell,
    row,
    col,
    table: tableIndex,
    expected,
    actual,
    message: `${rule} bij ${cell}`,
  };
}

/** Three tables: table 0 with an error on C5 by two rules and a warning on D6; 1 clean; 2 one error. */
function sample(): CheckResult {
  return {
    tables: [
      table("Blad1", "A1:F10", "Overzicht verstrekte garanties (bedragen x € 1.000)"),
      table("Blad1", "A20:F30"),
      table("Blad2", "B2:G9", "Benutting"),
    ],
    findings: [
      finding("column-total", "error", "Blad1", 4, 2, 0, 168291, 172276),
      finding("saldo", "error", "Blad1", 4, 2, 0, 168291, 172276),
      finding("rounding", "warning", "Blad1", 5, 3, 0, 10, 11),
      finding("negative", "error", "Blad2", 3, 4, 2, null, -5),
    ],
  };
}

function renderList(result: CheckResult, onSelect?: (i: FindingItem) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <FindingsList result={result} s={dutch} onSelect={onSelect} />
    </FluentProvider>
  );
}

const itemButtons = () => [...document.querySelectorAll<HTMLButtonElement>("button[data-cell]")];

describe("buildView (pure)", () => {
  test("merges findings per cell, groups by the most severe, keeps the result's order", () => {
    const v = buildView(sample(), { table: null, severity: null }, words);
    expect(v.errors.map((i) => [i.key, i.findings.map((f) => f.rule)])).toEqual([
      ["Blad1!C5", ["column-total", "saldo"]],
      ["Blad2!E4", ["negative"]],
    ]);
    expect(v.warnings.map((i) => i.key)).toEqual(["Blad1!D6"]);
    expect(v.errors[0].titles).toEqual([ruleInfo("column-total").title, ruleInfo("saldo").title]);
    // 172.276 − 168.291 = 3.985, by hand.
    expect(v.errors[0].detail).toBe("verwacht 168.291 · gevonden 172.276 · verschil 3.985");
    expect(v.errors[1].detail).toBe("gevonden – 5");
    expect(v.clean).toEqual([1]);
    expect(v.order.map((i) => i.key)).toEqual(["Blad1!C5", "Blad2!E4", "Blad1!D6"]);
  });

  test("a cell with an error and a warning is one item, in the errors", () => {
    const r = sample();
    r.findings.push(finding("rounding", "warning", "Blad1", 4, 2, 0, 1, 2));
    const v = buildView(r, { table: null, severity: null }, words);
    expect(v.errors[0].findings.map((f) => f.rule)).toEqual(["column-total", "saldo", "rounding"]);
    expect(v.warnings.map((i) => i.key)).toEqual(["Blad1!D6"]);
  });

  test("filters per table and per severity; clean tables follow the table filter", () => {
    expect(
      buildView(sample(), { table: 2, severity: null }, words).order.map((i) => i.key)
    ).toEqual(["Blad2!E4"]);
    expect(buildView(sample(), { table: 1, severity: null }, words)).toEqual({
      errors: [],
      warnings: [],
      infos: [],
      clean: [1],
      order: [],
    });
    const w = buildView(sample(), { table: null, severity: "warning" }, words);
    expect(w.order.map((i) => i.key)).toEqual(["Blad1!D6"]);
    expect(w.clean).toEqual([1]);
  });

  test("replaceSheets: a refresh of one sheet replaces its tables and findings and renumbers", () => {
    const prev = sample();
    const fresh: CheckResult = {
      tables: [table("Blad2", "B2:G9", "Benutting"), table("Blad2", "B12:G19")],
      findings: [finding("saldo", "error", "Blad2", 14, 3, 1, 1, 2)],
    };
    const merged = replaceSheets(prev, fresh, ["Blad2"], ["Blad1", "Blad2"]);
    expect(merged.tables.map((t) => `${t.sheet}!${t.range}`)).toEqual([
      "Blad1!A1:F10",
      "Blad1!A20:F30",
      "Blad2!B2:G9",
      "Blad2!B12:G19",
    ]);
    expect(merged.findings.map((f) => [f.sheet, f.cell, f.table])).toEqual([
      ["Blad1", "C5", 0],
      ["Blad1", "C5", 0],
      ["Blad1", "D6", 0],
      ["Blad2", "D15", 3],
    ]);
  });
});

describe("FindingsList", () => {
  test("groups with counts, one item per cell, clean tables folded into one line", async () => {
    const user = userEvent.setup();
    renderList(sample());
    expect(screen.getByTestId("group-error").textContent).toBe("Fouten (2)");
    expect(screen.getByTestId("group-warning").textContent).toBe("Waarschuwingen (1)");
    expect(itemButtons().map((b) => b.dataset.cell)).toEqual(["Blad1!C5", "Blad2!E4", "Blad1!D6"]);
    const clean = screen.getByTestId("clean-tables");
    expect(clean.textContent).toBe("1 tabel zonder bevindingen");
    await user.click(clean);
    expect(clean.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("Blad1!A20:F30")).toBeTruthy();

    // Collapsing the errors hides their items, not the warnings.
    await user.click(screen.getByTestId("group-error"));
    expect(screen.getByTestId("group-error").getAttribute("aria-expanded")).toBe("false");
    expect(itemButtons().map((b) => b.dataset.cell)).toEqual(["Blad1!D6"]);
  });

  test("the explanation names every rule on the cell, its source, and how to fix it", async () => {
    const user = userEvent.setup();
    renderList(sample());
    await user.click(screen.getByRole("button", { name: "Waarom en hoe herstellen: C5" }));
    const x = screen.getByTestId("explanation");
    expect(x.textContent).toContain("column-total bij C5");
    expect(x.textContent).toContain("saldo bij C5");
    expect(x.textContent).toContain(ruleInfo("saldo").source);
    expect(x.textContent).toContain("Maak C5 gelijk aan 168.291");
  });

  test("filter per table and severity", async () => {
    const user = userEvent.setup();
    renderList(sample());
    await user.selectOptions(screen.getByRole("combobox", { name: "Tabel" }), "2");
    expect(itemButtons().map((b) => b.dataset.cell)).toEqual(["Blad2!E4"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Tabel" }), "");
    await user.selectOptions(screen.getByRole("combobox", { name: "Ernst" }), "warning");
    expect(itemButtons().map((b) => b.dataset.cell)).toEqual(["Blad1!D6"]);
    expect(screen.queryByTestId("group-error")).toBeNull();
    await user.selectOptions(screen.getByRole("combobox", { name: "Tabel" }), "1");
    expect(screen.getByText(dutch.noneInFilter)).toBeTruthy();
  });

  test("keyboard: arrows move focus, Enter selects; Alt+↓/Alt+↑ and the buttons step and select", async () => {
    const user = userEvent.setup();
    const selected: string[] = [];
    renderList(sample(), (i) => selected.push(i.key));
    const [first] = itemButtons();
    first.focus();
    await user.keyboard("{ArrowDown}");
    expect((document.activeElement as HTMLElement).dataset.cell).toBe("Blad2!E4");
    await user.keyboard("{End}");
    expect((document.activeElement as HTMLElement).dataset.cell).toBe("Blad1!D6");
    await user.keyboard("{Enter}");
    expect(selected).toEqual(["Blad1!D6"]);
    expect(screen.getByTestId("position").textContent).toBe("3 van 3");
    // Alt+↓ wraps to the first item and selects it; Alt+↑ goes back.
    await user.keyboard("{Alt>}{ArrowDown}{/Alt}");
    expect(selected).toEqual(["Blad1!D6", "Blad1!C5"]);
    expect((document.activeElement as HTMLElement).dataset.cell).toBe("Blad1!C5");
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(selected[2]).toBe("Blad1!D6");
    await user.click(screen.getByRole("button", { name: "Vorige" }));
    expect(selected[3]).toBe("Blad2!E4");
    await user.click(screen.getByRole("button", { name: "Volgende" }));
    expect(selected[4]).toBe("Blad1!D6");
    // → opens the explanation of the focused item, ← closes it.
    itemButtons()[0].focus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByTestId("explanation").textContent).toContain("column-total bij C5");
    await user.keyboard("{ArrowLeft}");
    expect(screen.queryByTestId("explanation")).toBeNull();
  });

  test("5 000 findings: only the visible rows are in the DOM; scrolling and stepping bring later ones", async () => {
    const tables = [table("Groot", "A1:M5001")];
    const findings: Finding[] = [];
    for (let r = 0; r < 5000; r++)
      findings.push(finding("saldo", "error", "Groot", r + 1, 1, 0, r, r + 1));
    const selected: string[] = [];
    const { container } = renderList({ tables, findings }, (i) => selected.push(i.key));
    expect(screen.getByTestId("group-error").textContent).toBe("Fouten (5000)");
    const rendered = itemButtons().length;
    // jsdom has no layout: the list assumes a 480 px viewport, 11 items of 44 px, plus overscan.
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    expect(container.querySelectorAll("*").length).toBeLessThan(1000);
    // The spacer keeps the scroll height of all rows.
    const scroller = screen.getByTestId("findings-scroller");
    const spacer = scroller.firstElementChild as HTMLElement;
    expect(spacer.style.height).toBe(`${GROUP_HEIGHT + 5000 * ITEM_HEIGHT}px`);

    // Scrolled to item 3 000 (0-based 2 999): it is rendered, the first ones are not.
    act(() => {
      scroller.scrollTop = GROUP_HEIGHT + 2999 * ITEM_HEIGHT;
      fireEvent.scroll(scroller);
    });
    const cells = itemButtons().map((b) => b.dataset.cell);
    expect(cells).toContain("Groot!B3001");
    expect(cells).not.toContain("Groot!B2");
    expect(itemButtons().length).toBeLessThan(40);

    // Previous from nothing selected goes to the last finding, which is scrolled into view.
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Vorige" }));
    expect(selected).toEqual(["Groot!B5001"]);
    expect(itemButtons().map((b) => b.dataset.cell)).toContain("Groot!B5001");
    expect(within(screen.getByTestId("findings")).getByTestId("position").textContent).toBe(
      "5000 van 5000"
    );
  });

  test("stale results are dimmed and marked busy", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsList result={sample()} s={dutch} stale />
      </FluentProvider>
    );
    expect(screen.getByTestId("findings").getAttribute("aria-busy")).toBe("true");
  });
});
