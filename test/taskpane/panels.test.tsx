/** @jest-environment jsdom */
import { installFakeExcel, snapshotSheet } from "./setup";
import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ruleCatalogue } from "../../src/core/tables";
import { App } from "../../src/taskpane/App";
import { dutch, english } from "../../src/taskpane/strings";
import { sheets2016 } from "../tables/fixtures/tables-2016";
import type { FakeExcelHost, FakeSheetInit } from "./fake-excel";

// A check of the whole 2016 workbook takes well under a second alone, but CI and this machine run
// suites in parallel on 2 cores: the default 1 s of findBy/waitFor then fails a correct pane.
// Waiting longer cannot hide a wrong result, only a slow one.
configure({ asyncUtilTimeout: 15_000 });

function workbook2016(): FakeSheetInit[] {
  return sheets2016().map((s) => ({
    name: s.name,
    rows: s.values.map((r) =>
      r.map((v) =>
        v === null || typeof v !== "object" ? v : "error" in v ? { error: v.error } : null
      )
    ),
  }));
}

function visiblePanel(): HTMLElement {
  const panel = screen.getAllByRole("tabpanel").find((p) => !p.hidden);
  if (!panel) throw new Error("geen zichtbaar paneel");
  return panel;
}

async function checkWorkbook(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Controleer werkmap" }));
  return screen.findByTestId("summary");
}

/**
 * Switches tab. Fluent's tab indicator updates its state in an animation frame after the click;
 * letting that frame run inside act keeps React's state updates inside the test.
 */
async function openTab(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole("tab", { name }));
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

let host: FakeExcelHost;

beforeEach(() => {
  host = installFakeExcel(workbook2016(), "Verstrekte garanties");
});

describe("Controleren", () => {
  test("findings render grouped per table; click and Enter select the cell", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    const summary = await checkWorkbook(user);
    expect(summary.textContent).toBe("2 fouten, 0 waarschuwingen in 1 tabel");
    const group = screen.getByRole("region", {
      name: "Overzicht uitgaven en ontvangsten garanties",
    });
    const items = within(group).getAllByRole("button");
    expect(items).toHaveLength(2);
    // Saldo 2016, total row: 248.736 − 80.445 = 168.291 expected; 172.276 printed.
    // The rule's title, the cell, then core's message once (where, figures, what must hold).
    expect(items[0].textContent).toBe(
      'Totaal klopt niet L24Regel "Totaal", kolom "Saldo 2016": verwacht 168.291, gevonden 172.276 (verschil 3.985). Het totaal moet gelijk zijn aan de som van de 21 regels erboven (168.291).'
    );
    expect(within(items[0]).getByRole("img", { name: "Fout" })).toBeTruthy();
    expect(
      screen.getByRole("region", { name: "Overzicht verstrekte garanties" }).textContent
    ).toContain("0 bevindingen");

    await user.click(items[0]);
    await waitFor(() =>
      expect(host.state.selection).toEqual({ sheet: "Uitgaven en ontvangsten", address: "L24" })
    );

    host.state.selection = { sheet: "Benutting", address: "A1" };
    items[1].focus();
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(host.state.selection).toEqual({ sheet: "Uitgaven en ontvangsten", address: "L24" })
    );
  });

  test("checking the active sheet reads only that sheet; a tolerance in Dutch notation is passed on", async () => {
    const user = userEvent.setup();
    host.state.active = "Uitgaven en ontvangsten";
    render(<App s={dutch} />);
    const tol = screen.getByRole("textbox", { name: /Tolerantie/ });
    await user.clear(tol);
    await user.type(tol, "3.985");
    await user.click(screen.getByRole("button", { name: "Controleer werkblad" }));
    // A tolerance of 3.985 (the whole difference) silences both findings at L24.
    expect((await screen.findByTestId("summary")).textContent).toBe(
      "Alles klopt: 1 tabel gecontroleerd, geen bevindingen."
    );
    expect(host.state.calls.filter((c) => c === "Worksheet.getUsedRangeOrNullObject")).toHaveLength(
      1
    );

    await user.clear(tol);
    await user.type(tol, "1,2,3");
    expect(screen.getByText(/Tolerantie "1,2,3" is geen getal/)).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Controleer werkblad" }) as HTMLButtonElement).disabled
    ).toBe(false);
  });

  test("live: after an edit in a checked sheet the findings refresh, re-reading only that sheet", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await checkWorkbook(user);
    const reads = () =>
      host.state.calls.filter((c) => c === "Worksheet.getUsedRangeOrNullObject").length;
    const before = reads();
    await act(async () => {
      await host.userEdit("Uitgaven en ontvangsten", "L24", 168291);
      await host.userEdit("Uitgaven en ontvangsten", "L24", 168291);
    });
    await waitFor(
      () =>
        expect(screen.getByTestId("summary").textContent).toBe(
          "Alles klopt: 5 tabellen gecontroleerd, geen bevindingen. Bijgewerkt na een wijziging in Uitgaven en ontvangsten."
        ),
      { timeout: 3000 }
    );
    // Two edits within the debounce: one re-read of one sheet.
    expect(reads() - before).toBe(1);
  });

  test("English strings when Office is not Dutch", async () => {
    const user = userEvent.setup();
    render(<App s={english} />);
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    expect((await screen.findByTestId("summary")).textContent).toBe(
      "2 errors, 0 warnings in 1 table"
    );
  });
});

describe("Markeren", () => {
  test("mark and remove restore fill, font colour, borders and number format of marked and unmarked cells exactly", async () => {
    const user = userEvent.setup();
    const l24 = host.cell("Uitgaven en ontvangsten", "L24");
    Object.assign(l24, {
      fill: "#E2EFDA",
      fontColor: "#375623",
      numberFormat: '#,##0;"– "#,##0',
      borders: { EdgeTop: { style: "Double", color: "#000000" } },
    });
    const k24 = host.cell("Uitgaven en ontvangsten", "K24");
    Object.assign(k24, {
      fill: "#FFF2CC",
      numberFormat: "#,##0",
      borders: { EdgeTop: { style: "Double", color: "#000000" } },
    });
    const before = snapshotSheet(host, "Uitgaven en ontvangsten");

    render(<App s={dutch} />);
    await checkWorkbook(user);
    await openTab(user, "Markeren");
    await user.click(screen.getByRole("button", { name: "Markeer cellen met bevindingen" }));
    expect((await within(visiblePanel()).findByTestId("notice")).textContent).toBe(
      "1 cel gemarkeerd."
    );
    const cfs = host.sheet("Uitgaven en ontvangsten").conditionalFormats;
    expect(cfs.map((c) => [c.r0, c.c0, c.formula, c.fill])).toEqual([[23, 11, "=TRUE", "#FFC7CE"]]);
    expect(host.cell("Uitgaven en ontvangsten", "L24").fill).toBe("#E2EFDA");

    await user.click(screen.getByRole("button", { name: "Markering verwijderen" }));
    await waitFor(() =>
      expect(within(visiblePanel()).getByTestId("notice").textContent).toBe(
        "Markering van 1 cel verwijderd."
      )
    );
    expect(snapshotSheet(host, "Uitgaven en ontvangsten")).toEqual(before);
  });

  test("without a check the mark button is disabled and says why", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await openTab(user, "Markeren");
    expect(
      (screen.getByRole("button", { name: "Markeer cellen met bevindingen" }) as HTMLButtonElement)
        .disabled
    ).toBe(true);
    expect(screen.getByText(dutch.markNeedsCheck)).toBeTruthy();
  });
});

describe("Rapport", () => {
  test("an existing Controle sheet is replaced only after confirmation; other sheets stay identical", async () => {
    const user = userEvent.setup();
    host = installFakeExcel(
      [...workbook2016(), { name: "Controle", rows: [["mijn eigen blad"]] }],
      "Verstrekte garanties"
    );
    const others = ["Verstrekte garanties", "Uitgaven en ontvangsten", "Benutting"].map((n) =>
      snapshotSheet(host, n)
    );
    render(<App s={dutch} />);
    await checkWorkbook(user);
    await openTab(user, "Rapport");

    await user.click(screen.getByRole("button", { name: "Schrijf rapport naar blad Controle" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("Er is al een werkblad ‘Controle’.");
    // The dialog's surface is briefly aria-hidden while it opens: wait until its buttons are reachable.
    await user.click(await within(dialog).findByRole("button", { name: "Annuleren" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect((await within(visiblePanel()).findByTestId("notice")).textContent).toBe(
      dutch.reportCancelled
    );
    expect(host.cell("Controle", "A1").value).toBe("mijn eigen blad");

    await user.click(screen.getByRole("button", { name: "Schrijf rapport naar blad Controle" }));
    await user.click(
      await within(await screen.findByRole("alertdialog")).findByRole("button", {
        name: "Vervangen",
      })
    );
    await waitFor(() =>
      expect(within(visiblePanel()).getByTestId("notice").textContent).toBe(dutch.reportWritten)
    );
    expect(host.cell("Controle", "A1").value).toBe("Controle van de garantietabellen");
    expect(host.cell("Controle", "A8").value).toBe("Ernst");
    // The rule column carries the catalogue's Dutch description (owned by the checker).
    const description = ruleCatalogue.find((r) => r.id === "column-total")?.description;
    expect(description).toMatch(/^De totaalregel is gelijk aan de som van de regels erboven/);
    expect(host.cell("Controle", "B9").value).toBe(`column-total: ${description}`);
    expect(host.cell("Controle", "F9").value).toBe(168291);
    expect(host.cell("Controle", "G9").value).toBe(172276);
    expect(host.cell("Controle", "C10").formula).toBe(
      `=HYPERLINK("#'Uitgaven en ontvangsten'!L24","Uitgaven en ontvangsten!L24")`
    );
    expect(
      ["Verstrekte garanties", "Uitgaven en ontvangsten", "Benutting"].map((n) =>
        snapshotSheet(host, n)
      )
    ).toEqual(others);
  });
});

describe("Sjablonen", () => {
  test("refuses on a non-empty target range and names the cells; inserts at an empty place", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await openTab(user, "Sjablonen");
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Soort tabel" }),
      "uitgaven-ontvangsten"
    );
    await user.clear(screen.getByRole("textbox", { name: "Eerste jaar" }));
    await user.type(screen.getByRole("textbox", { name: "Eerste jaar" }), "2016");
    await user.clear(screen.getByRole("textbox", { name: "Laatste jaar" }));
    await user.type(screen.getByRole("textbox", { name: "Laatste jaar" }), "2017");
    await user.clear(screen.getByRole("textbox", { name: "Aantal regels" }));
    await user.type(screen.getByRole("textbox", { name: "Aantal regels" }), "2");

    // Selected P20 on the garanties sheet: the table spans P20:Z24; the user has a note in T23.
    host.state.selection = { sheet: "Verstrekte garanties", address: "P20" };
    const cell = host.cell("Verstrekte garanties", "T23");
    host.sheet("Verstrekte garanties").cells.set("22,19", { ...cell, value: "notitie" });
    const before = snapshotSheet(host, "Verstrekte garanties");
    await user.click(screen.getByRole("button", { name: "Invoegen bij geselecteerde cel" }));
    expect((await within(visiblePanel()).findByTestId("notice")).textContent).toBe(
      "Niet ingevoegd: cel T23 is niet leeg. Kies een lege plek; de invoegtoepassing overschrijft nooit iets."
    );
    expect(snapshotSheet(host, "Verstrekte garanties")).toEqual(before);

    host.state.selection = { sheet: "Verstrekte garanties", address: "P30" };
    await user.click(screen.getByRole("button", { name: "Invoegen bij geselecteerde cel" }));
    await waitFor(() =>
      expect(within(visiblePanel()).getByTestId("notice").textContent).toBe(
        "Tabel ingevoegd vanaf P30. Controlecel: =EKV.CONTROLEER(P31:X34)"
      )
    );
    expect(host.cell("Verstrekte garanties", "U32").formula).toBe("=EKV.SALDO(S32,T32)");
    expect(host.cell("Verstrekte garanties", "Z34").formula).toBe("=EKV.CONTROLEER(P31:X34)");
  });

  test("invalid years are explained and block the insert", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await openTab(user, "Sjablonen");
    await user.clear(screen.getByRole("textbox", { name: "Laatste jaar" }));
    await user.type(screen.getByRole("textbox", { name: "Laatste jaar" }), "2000");
    expect(screen.getByText("Het laatste jaar ligt vóór het eerste jaar.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Invoegen bij geselecteerde cel" }) as HTMLButtonElement)
        .disabled
    ).toBe(true);
  });
});

describe("Rekenhulp", () => {
  async function openCalculator(user: ReturnType<typeof userEvent.setup>) {
    render(<App s={dutch} />);
    await openTab(user, "Rekenhulp");
  }

  test("matching: the breakdown marks the binding limit with its article; the formula goes into the selected cell", async () => {
    const user = userEvent.setup();
    await openCalculator(user);
    // Kosten 5.000.000; exportdeel 12.000.000 → 35% = 4.200.000; NL-aandeel 9.000.000 → 7/12 =
    // 5.250.000; maximum 4.600.000. The smallest is 35% of the export part (art. 7 lid 1 onder b).
    await user.type(screen.getByRole("textbox", { name: "Kosten (art. 10)" }), "5.000.000");
    await user.type(
      screen.getByRole("textbox", { name: "Exportdeel (art. 1 onder a)" }),
      "12.000.000"
    );
    await user.type(screen.getByRole("textbox", { name: "Nederlands aandeel" }), "9.000.000");
    await user.click(screen.getAllByRole("button", { name: "Bereken" })[0]);
    const breakdown = await screen.findByTestId("matching-breakdown");
    expect(within(breakdown).getByText("Subsidie (art. 7): € 4.200.000")).toBeTruthy();
    const binding = breakdown.querySelectorAll("tr[data-binding='true']");
    expect(binding).toHaveLength(1);
    expect(binding[0].textContent).toBe(
      "35% van het exportdeel (art. 7 lid 1 onder b) bindend€ 4.200.000"
    );
    expect(breakdown.textContent).toContain("€ 5.250.000");
    expect(breakdown.textContent).toContain("n.v.t. (niet opgegeven)");
    expect(
      screen.getByText('=EKV.MATCHING.SUBSIDIE(5000000;12000000;9000000;;ONWAAR;"overig")')
    ).toBeTruthy();

    host.state.selection = { sheet: "Benutting", address: "H1" };
    await user.click(
      screen.getAllByRole("button", { name: "Zet formule in geselecteerde cel" })[0]
    );
    await waitFor(() =>
      expect(host.cell("Benutting", "H1").formula).toBe(
        '=EKV.MATCHING.SUBSIDIE(5000000,12000000,9000000,,FALSE,"overig")'
      )
    );
    // A second time the cell is no longer empty: refused.
    await user.click(
      screen.getAllByRole("button", { name: "Zet formule in geselecteerde cel" })[0]
    );
    expect(await screen.findByText(/De geselecteerde cel H1 is niet leeg/)).toBeTruthy();
  });

  test("matching: an exemption below the threshold is refused with art. 7 lid 2", async () => {
    const user = userEvent.setup();
    await openCalculator(user);
    await user.type(screen.getByRole("textbox", { name: "Kosten (art. 10)" }), "5.000.000");
    await user.type(
      screen.getByRole("textbox", { name: "Exportdeel (art. 1 onder a)" }),
      "40.000.000"
    );
    await user.type(screen.getByRole("textbox", { name: "Nederlands aandeel" }), "20.000.000");
    await user.click(
      screen.getByRole("checkbox", { name: "Ontheffing van het maximum (art. 7 lid 2)" })
    );
    await user.click(screen.getAllByRole("button", { name: "Bereken" })[0]);
    expect((await screen.findByTestId("matching-error")).textContent).toMatch(
      /^art\. 7 lid 2: ontheffing/
    );
  });

  test("matching: unreadable input gets the Dutch reason, no result", async () => {
    const user = userEvent.setup();
    await openCalculator(user);
    await user.type(screen.getByRole("textbox", { name: "Kosten (art. 10)" }), "1.27");
    await user.click(screen.getAllByRole("button", { name: "Bereken" })[0]);
    expect((await screen.findByTestId("matching-error")).textContent).toMatch(
      /^Kosten \(art\. 10\): "1\.27" is geen bedrag in Nederlandse notatie/
    );
    expect(screen.queryByTestId("matching-breakdown")).toBeNull();
  });

  test("RIV: a loan is capped at € 75.000.000 (art. 4 onder c iii); less than 10% own risk is refused (art. 4 onder b)", async () => {
    const user = userEvent.setup();
    await openCalculator(user);
    // Schade 100.000.000 − 10% = 90.000.000; 200% × 50.000.000 = 100.000.000; loan cap 75.000.000.
    await user.type(screen.getByRole("textbox", { name: "Schade" }), "100.000.000");
    await user.type(
      screen.getByRole("textbox", { name: "Aanvangswaarde (art. 1 onder h)" }),
      "50.000.000"
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Verzekerd object" }), "lening");
    await user.click(screen.getAllByRole("button", { name: "Bereken" })[1]);
    const breakdown = await screen.findByTestId("riv-breakdown");
    expect(within(breakdown).getByText("Vergoeding (art. 4): € 75.000.000")).toBeTruthy();
    const binding = breakdown.querySelectorAll("tr[data-binding='true']");
    expect([...binding].map((r) => r.textContent)).toEqual([
      "Maximum € 75.000.000 voor leningen (art. 4 onder c iii) bindend€ 75.000.000",
    ]);
    expect(breakdown.textContent).toContain("€ 90.000.000");

    const er = screen.getByRole("textbox", { name: /Eigen risico/ });
    await user.clear(er);
    await user.type(er, "5%");
    await user.click(screen.getAllByRole("button", { name: "Bereken" })[1]);
    expect((await screen.findByTestId("riv-error")).textContent).toMatch(
      /^art\. 4 onder b: het eigen risico moet ten minste 10% van de schade zijn/
    );
  });
});
