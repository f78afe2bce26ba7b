/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkSheets } from "../../src/core/tables";
import type { CellValue } from "../../src/core/tables/model";
import { CoverageList } from "../../src/taskpane/CoverageList";
import { dutch, english } from "../../src/taskpane/strings";

// Counted by hand: 5 body rows (A, B, C, "waarvan" C1, Totaal) × 3 amount columns = 15 amounts;
// B4 holds the text "onbekend", which no rule can compare: 14 checked, 1 not.
const withText: CellValue[][] = [
  ["Uitgaven en ontvangsten (bedragen x € 1.000)", null, null, null],
  ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
  ["Regeling A", 10, 25, 15],
  ["Regeling B", "onbekend", 5, 5],
  ["Regeling C", 7, 0, -7],
  ["  waarvan deel C1", 3, 0, -3],
  ["Totaal", 17, 30, 13],
];
// 4 body rows × 3 columns = 12 amounts, all compared by the saldo and column-total rules.
const complete: CellValue[][] = [
  ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
  ["Regeling A", 10, 25, 15],
  ["Regeling B", 2, 5, 3],
  ["Regeling C", 5, 0, -5],
  ["Totaal", 17, 30, 13],
];

function tables() {
  return checkSheets([
    { name: "Blad1", values: withText },
    { name: "Blad 2", values: complete },
  ]).tables;
}

function renderList(s = dutch) {
  const onSelect = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <CoverageList tables={tables()} s={s} onSelect={onSelect} />
    </FluentProvider>
  );
  return onSelect;
}

describe("coverage per table", () => {
  test("one line per table, as the CLI counts: checked and not checked", () => {
    renderList();
    expect(screen.getByRole("heading", { name: "Dekking per tabel" })).toBeTruthy();
    const items = screen.getAllByTestId("coverage-table");
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByTestId("coverage-line").textContent).toBe(
      "14 van 15 bedragen gecontroleerd"
    );
    expect(items[0].textContent).toContain("Blad1!A2:D7");
    expect(within(items[1]).getByTestId("coverage-line").textContent).toBe(
      "alle 12 bedragen gecontroleerd"
    );
    // Nothing to explain for a fully checked table: no disclosure button.
    expect(within(items[1]).queryByRole("button")).toBeNull();
  });

  test("the reasons open on demand; a range selects its cells on the table's sheet", async () => {
    const user = userEvent.setup();
    const onSelect = renderList();
    const line = screen.getByRole("button", { name: "14 van 15 bedragen gecontroleerd" });
    expect(line.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByText(/tekst in een bedragkolom/)).toBeNull();
    await user.click(line);
    expect(line.getAttribute("aria-expanded")).toBe("true");
    const reason = screen.getByText(/tekst in een bedragkolom/);
    expect(reason.closest("li")?.textContent).toBe("B4: tekst in een bedragkolom");
    await user.click(screen.getByRole("button", { name: "Blad1!B4 selecteren" }));
    expect(onSelect).toHaveBeenCalledWith({ sheet: "Blad1", address: "B4" });
    await user.click(line);
    expect(screen.queryByText(/tekst in een bedragkolom/)).toBeNull();
  });

  test("English pane: the counts in English, the reasons from the core in Dutch", async () => {
    const user = userEvent.setup();
    renderList(english);
    expect(screen.getByRole("heading", { name: "Coverage per table" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "14 of 15 amounts checked" }));
    expect(screen.getByText(/tekst in een bedragkolom/)).toBeTruthy();
    expect(screen.getByText("all 12 amounts checked")).toBeTruthy();
  });

  test("thousands in Dutch notation; nothing shown when no table carries coverage", () => {
    expect(dutch.coverageLine(12_345, 1_002)).toBe("12.345 van 13.347 bedragen gecontroleerd");
    expect(dutch.coverageLine(1, 0)).toBe("1 bedrag gecontroleerd");
    expect(dutch.coverageLine(0, 0)).toBe("geen bedragen in de tabel");
    const { container } = render(
      <CoverageList
        tables={tables().map((t) => ({ ...t, coverage: undefined }))}
        s={dutch}
        onSelect={() => undefined}
      />
    );
    expect(container.textContent).toBe("");
  });
});
