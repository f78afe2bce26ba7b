/** @jest-environment jsdom */
import { installDocumentSettings, installFakeExcel, snapshotSheet } from "./setup";
import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ruleCatalogue } from "../../src/core/tables";
import { App } from "../../src/taskpane/App";
import { preloadParts } from "../../src/taskpane/parts";
import { ruleInfo } from "../../src/report/findings";
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

// The tabs other than Controle and the confirm dialog are chunks loaded on first use; loaded up
// front they render at once, as they do in the pane once fetched.
beforeAll(() => preloadParts());

beforeEach(() => {
  host = installFakeExcel(workbook2016(), "Verstrekte garanties");
});

describe("Controle", () => {
  test("findings grouped by severity, one item per cell with both rules; click and Enter select the cell", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    const summary = await checkWorkbook(user);
    expect(summary.textContent).toBe("2 fouten in 1 tabel; 223 bedragen gecontroleerd.");
    // Two findings on one cell (L24: column total and saldo) are one item under "Fouten (1)".
    expect(screen.getByTestId("group-error").textContent).toBe("Fouten (1)");
    expect(screen.queryByTestId("group-warning")).toBeNull();
    const items = [...document.querySelectorAll<HTMLButtonElement>("button[data-cell]")];
    expect(items.map((b) => b.dataset.cell)).toEqual(["Uitgaven en ontvangsten!L24"]);
    // Saldo 2016, total row: 248.736 − 80.445 = 168.291 expected; 172.276 printed: 3.985 too much.
    const titles = [ruleInfo("column-total").title, ruleInfo("saldo").title].join(" · ");
    expect(items[0].textContent).toBe(
      `${titles}L24verwacht 168.291 · gevonden 172.276 · verschil 3.985`
    );
    expect(within(items[0]).getByRole("img", { name: "Fout" })).toBeTruthy();
    // The four tables without findings are one line.
    expect(screen.getByTestId("clean-tables").textContent).toBe("4 tabellen zonder bevindingen");

    await user.click(items[0]);
    await waitFor(() =>
      expect(host.state.selection).toEqual({ sheet: "Uitgaven en ontvangsten", address: "L24" })
    );
    expect(screen.getByTestId("position").textContent).toBe("1 van 1");

    host.state.selection = { sheet: "Benutting", address: "A1" };
    items[0].focus();
    await user.keyboard("{Enter}");
    await waitFor(() =>
      expect(host.state.selection).toEqual({ sheet: "Uitgaven en ontvangsten", address: "L24" })
    );

    // "Waarom en hoe herstellen": both rules, their messages and the models they enforce.
    await user.click(screen.getByRole("button", { name: "Waarom en hoe herstellen: L24" }));
    const explanation = screen.getByTestId("explanation");
    for (const id of ["column-total", "saldo"]) {
      expect(explanation.textContent).toContain(ruleInfo(id).source);
    }
    expect(explanation.textContent).toContain("Maak L24 gelijk aan 168.291");
  });

  test("checking the active sheet reads only that sheet; a tolerance in Dutch notation is passed on and saved with the workbook", async () => {
    const user = userEvent.setup();
    host.state.active = "Uitgaven en ontvangsten";
    const settings = installDocumentSettings();
    render(<App s={dutch} />);
    await user.click(screen.getByRole("button", { name: /^Opties: tolerantie 0, plafond bruto$/ }));
    const tol = screen.getByRole("textbox", { name: /Tolerantie/ });
    await user.clear(tol);
    await user.type(tol, "3.985");
    await user.click(screen.getByRole("button", { name: "Controleer werkblad" }));
    // A tolerance of 3.985 (the whole difference) silences both findings at L24.
    expect((await screen.findByTestId("summary")).textContent).toBe(
      "Alle tabellen zijn consistent; 63 bedragen gecontroleerd."
    );
    expect(host.state.calls.filter((c) => c === "Worksheet.getUsedRangeOrNullObject")).toHaveLength(
      1
    );
    expect(settings.store["ekv.opties"]).toEqual({
      tolerance: "3.985",
      rounding: false,
      ceiling: "bruto",
    });

    await user.clear(tol);
    await user.type(tol, "1,2,3");
    expect(
      screen.getByText(/^Tolerantie "1,2,3" is geen bedrag in Nederlandse notatie/)
    ).toBeTruthy();
    // Read as --tolerance and EKV.CONTROLEER read it: ambiguous text is refused, not guessed.
    await user.clear(tol);
    await user.type(tol, "1.27");
    expect(
      screen.getByText(
        'Tolerantie "1.27" is geen bedrag in Nederlandse notatie: na de punt staan 2 cijfers; in het Nederlands groepeert de punt duizendtallen. Bedoelt u 1,27? Schrijf dan een komma. Geef 0 of meer, bijvoorbeeld 0, 0,5 of 1.000.'
      )
    ).toBeTruthy();
    await user.clear(tol);
    await user.type(tol, "5%");
    expect(screen.getByText(/^Tolerantie "5%" is een percentage/)).toBeTruthy();
  });

  test("options saved in the workbook are the options of the next session", async () => {
    const settings = installDocumentSettings();
    settings.store["ekv.opties"] = { tolerance: "0,5", rounding: true, ceiling: "netto" };
    render(<App s={dutch} />);
    const user = userEvent.setup();
    await user.click(
      screen.getByRole("button", { name: "Opties: tolerantie 0,5, afronding, plafond netto" })
    );
    expect((screen.getByRole("textbox", { name: /Tolerantie/ }) as HTMLInputElement).value).toBe(
      "0,5"
    );
    expect(
      (screen.getByRole("checkbox", { name: dutch.rounding }) as HTMLInputElement).checked
    ).toBe(true);
  });

  test("live: after an edit only that sheet is re-read; the marks follow the new findings", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await checkWorkbook(user);
    await user.click(screen.getByRole("button", { name: "Markeer cellen" }));
    expect((await screen.findByTestId("notice")).textContent).toBe("1 cel gemarkeerd.");
    expect(host.sheet("Uitgaven en ontvangsten").conditionalFormats).toHaveLength(1);
    const reads = () =>
      host.state.calls.filter((c) => c === "Worksheet.getUsedRangeOrNullObject").length;
    const before = reads();
    await act(async () => {
      await host.userEdit("Uitgaven en ontvangsten", "L24", 168291);
      await host.userEdit("Uitgaven en ontvangsten", "L24", 168291);
    });
    await waitFor(() =>
      expect(screen.getByTestId("summary").textContent).toBe(
        "Alle tabellen zijn consistent; 223 bedragen gecontroleerd. Bijgewerkt na een wijziging in Uitgaven en ontvangsten."
      )
    );
    // Two edits within the debounce: one re-read of one sheet.
    expect(reads() - before).toBe(1);
    // The corrected cell is no longer marked, and no message still says it is.
    expect(host.sheet("Uitgaven en ontvangsten").conditionalFormats).toEqual([]);
    expect(screen.queryByTestId("notice")).toBeNull();
    expect(screen.getByTestId("marked").textContent).toBe("0 cellen gemarkeerd.");
  });

  test("a change inside a table rechecks only that table: its region is read, nothing else", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await checkWorkbook(user);
    host.state.ranges = [];
    // 999 over 2011's bruto of the MIGA table (A10:F13): its netto C13 (0 − 0) no longer holds.
    await act(async () => {
      await host.userEdit("Benutting", "C11", 999);
    });
    await waitFor(() =>
      expect(screen.getByTestId("summary").textContent).toBe(
        "3 fouten in 2 tabellen; 223 bedragen gecontroleerd. Bijgewerkt na een wijziging in Benutting."
      )
    );
    // The table with its two title rows above and a blank row and column around it: A7:G14,
    // within the used range A1:F20 → A7:F14. The other tables of the sheet are not read.
    expect(host.state.ranges).toEqual(["Benutting!A7:F14"]);
    expect(
      [...document.querySelectorAll("button[data-cell]")].map((b) => b.getAttribute("data-cell"))
    ).toEqual(["Uitgaven en ontvangsten!L24", "Benutting!C13"]);
    // Typing below the table may make it grow: the whole sheet is read again.
    host.state.ranges = [];
    await act(async () => {
      await host.userEdit("Benutting", "C14", 5);
    });
    await waitFor(() => expect(host.state.ranges).toEqual(["Benutting!A1:F20"]));
  });

  test("English strings when Office is not Dutch", async () => {
    const user = userEvent.setup();
    render(<App s={english} />);
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    expect((await screen.findByTestId("summary")).textContent).toBe(
      "2 errors in 1 table; 223 amounts checked."
    );
    expect(screen.getByTestId("group-error").textContent).toBe("Errors (1)");
  });

  test("an Office error is shown in Dutch with a next step, and the old findings are cleared", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await checkWorkbook(user);
    host.state.failNext = {
      code: "InvalidOperationInCellEditMode",
      message: "The operation cannot be performed in cell-edit mode.",
    };
    await user.click(screen.getByRole("button", { name: "Controleer werkmap" }));
    expect((await screen.findByTestId("check-error")).textContent).toBe(
      "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in de cel en probeer het opnieuw."
    );
    expect(screen.queryByTestId("summary")).toBeNull();
    expect(document.querySelectorAll("button[data-cell]")).toHaveLength(0);
  });

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
    await user.click(screen.getByRole("button", { name: "Markeer cellen" }));
    expect((await screen.findByTestId("notice")).textContent).toBe("1 cel gemarkeerd.");
    const cfs = host.sheet("Uitgaven en ontvangsten").conditionalFormats;
    expect(cfs.map((c) => [c.r0, c.c0, c.formula, c.fill])).toEqual([[23, 11, "=TRUE", "#FFC7CE"]]);
    expect(host.cell("Uitgaven en ontvangsten", "L24").fill).toBe("#E2EFDA");

    await user.click(screen.getByRole("button", { name: "Markering weg" }));
    await waitFor(() =>
      expect(screen.getByTestId("notice").textContent).toBe("Markering van 1 cel verwijderd.")
    );
    expect(snapshotSheet(host, "Uitgaven en ontvangsten")).toEqual(before);
  });

  test("checking keeps focus on the button (disabledFocusable) and dims the old results while it runs", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await checkWorkbook(user);
    const button = screen.getByRole("button", { name: "Controleer werkmap" });
    host.state.holdSyncs = true;
    await user.click(button);
    await waitFor(() => expect(button.getAttribute("aria-disabled")).toBe("true"));
    expect(document.activeElement).toBe(button);
    expect(screen.getByTestId("findings").getAttribute("aria-busy")).toBe("true");
    expect(screen.getByTestId("coverage").getAttribute("aria-busy")).toBe("true");
    await user.click(screen.getByRole("button", { name: "Afbreken" }));
    await act(async () => host.releaseSyncs());
    expect((await screen.findByTestId("cancelled")).textContent).toBe(dutch.checkCancelled);
    expect(screen.getByTestId("findings").getAttribute("aria-busy")).toBeNull();
    expect(screen.getByTestId("coverage").getAttribute("aria-busy")).toBeNull();
  });
});

describe("Rapport", () => {
  test("an existing Controle sheet is replaced only after confirmation; Escape is Annuleren; other sheets stay identical", async () => {
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

    await user.click(screen.getByRole("button", { name: "Rapportblad" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog.textContent).toContain("Er is al een werkblad ‘Controle’.");
    // The safe button has the focus, not the destructive one.
    const cancel = within(dialog).getByRole("button", { name: "Annuleren", hidden: true });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect((await screen.findByTestId("notice")).textContent).toBe(dutch.reportCancelled);
    expect(host.cell("Controle", "A1").value).toBe("mijn eigen blad");

    // While the closed dialog animates out, the pane behind it is still aria-hidden: wait until
    // the button is reachable again (condition-based, no fixed delay).
    await user.click(await screen.findByRole("button", { name: "Rapportblad" }));
    await user.click(
      within(await screen.findByRole("alertdialog")).getByRole("button", {
        name: "Vervangen",
        hidden: true,
      })
    );
    await waitFor(() => expect(screen.getByTestId("notice").textContent).toBe(dutch.reportWritten));
    expect(host.cell("Controle", "A1").value).toBe("Controle van de garantietabellen");
    expect(host.cell("Controle", "A5").value).toBe("Garantieplafond");
    expect(host.cell("Controle", "A9").value).toBe("Ernst");
    // The rule column carries the rule's short Dutch title, never its English id.
    expect(host.cell("Controle", "B10").value).toBe(ruleInfo("column-total").title);
    expect(host.cell("Controle", "F10").value).toBe(168291);
    expect(host.cell("Controle", "G10").value).toBe(172276);
    expect(host.cell("Controle", "C11").formula).toBe(
      `=HYPERLINK("#'Uitgaven en ontvangsten'!L24","Uitgaven en ontvangsten!L24")`
    );
    expect(
      ["Verstrekte garanties", "Uitgaven en ontvangsten", "Benutting"].map((n) =>
        snapshotSheet(host, n)
      )
    ).toEqual(others);
  });

  test("the report sheet is Dutch when the pane is English", async () => {
    const user = userEvent.setup();
    render(<App s={english} />);
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    await screen.findByTestId("summary");
    await user.click(screen.getByRole("button", { name: "Report sheet" }));
    await waitFor(() =>
      expect(screen.getByTestId("notice").textContent).toBe(english.reportWritten)
    );
    expect(host.cell("Controle", "A1").value).toBe("Controle van de garantietabellen");
    expect(host.cell("Controle", "A9").value).toBe("Ernst");
    expect(host.cell("Controle", "B7").value).toBe(
      "2 fouten in 1 tabel; 223 bedragen gecontroleerd."
    );
  });
});

describe("Help", () => {
  test("one entry per rule from the rule metadata", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await openTab(user, "Help");
    const help = screen.getByTestId("rule-help");
    const headings = within(help).getAllByRole("heading", { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(
      ruleCatalogue.map((r) => ruleInfo(r.id).title)
    );
    for (const r of ruleCatalogue) expect(help.textContent).toContain(r.source);
  });

  test("the first-run card is shown once and remembered when dismissed", async () => {
    const user = userEvent.setup();
    window.localStorage.clear();
    const { unmount } = render(<App s={dutch} />);
    expect(screen.getByTestId("first-run").textContent).toContain(
      "Begin met ‘Controleer werkblad’"
    );
    await user.click(screen.getByRole("button", { name: "Begrepen" }));
    expect(screen.queryByTestId("first-run")).toBeNull();
    unmount();
    render(<App s={dutch} />);
    expect(screen.queryByTestId("first-run")).toBeNull();
  });
});

describe("Invoegen", () => {
  test("refuses on a non-empty target range and names the cells; inserts at an empty place", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await openTab(user, "Invoegen");
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
    // Not there: the pane asks about the nearest free place (P24: the block P20:Z24 moved down
    // below the note in row 23), with the safe choice focused. Annuleren writes nothing.
    const ask = await screen.findByRole("alertdialog");
    expect(within(ask).getByText(/Cel T23 is niet leeg/).textContent).toBe(
      "Cel T23 is niet leeg; de invoegtoepassing overschrijft nooit iets. De dichtstbijzijnde vrije plek begint bij P24. Daar invoegen?"
    );
    expect(document.activeElement).toBe(within(ask).getByRole("button", { name: "Annuleren" }));
    await user.click(within(ask).getByRole("button", { name: "Annuleren" }));
    // The modal hides the rest of the pane from assistive technology until it has closed.
    await waitFor(() =>
      expect(within(visiblePanel()).getByTestId("notice").textContent).toBe(
        "Niet ingevoegd: Cel T23 is niet leeg; de invoegtoepassing overschrijft nooit iets."
      )
    );
    expect(snapshotSheet(host, "Verstrekte garanties")).toEqual(before);

    host.state.selection = { sheet: "Verstrekte garanties", address: "P30" };
    await user.click(screen.getByRole("button", { name: "Invoegen bij geselecteerde cel" }));
    await waitFor(() =>
      expect(within(visiblePanel()).getByTestId("notice").textContent).toBe(
        "Tabel ingevoegd vanaf P30; de controle herkent hem als eigen tabel (P31:X34). Controlecel: =EKV.CONTROLEER(P31:X34)"
      )
    );
    expect(host.cell("Verstrekte garanties", "U32").formula).toBe("=EKV.SALDO(S32,T32)");
    expect(host.cell("Verstrekte garanties", "Z34").formula).toBe("=EKV.CONTROLEER(P31:X34)");
  });

  test("a template next to a recognised table is not placed against it: the user agrees to the nearest free place, and the check reads it as a table of its own", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await openTab(user, "Invoegen");
    await user.selectOptions(screen.getByRole("combobox", { name: "Soort tabel" }), "benutting");
    await user.clear(screen.getByRole("textbox", { name: "Eerste jaar" }));
    await user.type(screen.getByRole("textbox", { name: "Eerste jaar" }), "2015");
    await user.clear(screen.getByRole("textbox", { name: "Laatste jaar" }));
    await user.type(screen.getByRole("textbox", { name: "Laatste jaar" }), "2019");
    // G2: the benutting table A3:F6 ends in column F, so the template (G2:N6) would touch it and
    // the pane keeps a blank row or column between tables. The nearest free place is H2, one
    // blank column to the right, where the check reads the template as a table of its own.
    host.state.active = "Benutting";
    host.state.selection = { sheet: "Benutting", address: "G2" };
    const before = snapshotSheet(host, "Benutting");
    await user.click(screen.getByRole("button", { name: "Invoegen bij geselecteerde cel" }));
    let ask = await screen.findByRole("alertdialog");
    expect(within(ask).getByText(/tegen de herkende tabel/).textContent).toBe(
      "De tabel zou tegen de herkende tabel ‘Benutting garantieregeling – 19. Regeling Investeringen’ (A3:F6) aan komen; tussen twee tabellen moet een lege rij of kolom blijven, anders leest de controle ze als één tabel. De dichtstbijzijnde vrije plek begint bij H2. Daar invoegen?"
    );
    // Escape means Annuleren: nothing written, the reason stays on screen.
    await user.keyboard("{Escape}");
    await waitFor(() =>
      expect(within(visiblePanel()).getByTestId("notice").textContent).toMatch(
        /^Niet ingevoegd: De tabel zou tegen de herkende tabel/
      )
    );
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(snapshotSheet(host, "Benutting")).toEqual(before);

    await user.click(screen.getByRole("button", { name: "Invoegen bij geselecteerde cel" }));
    ask = await screen.findByRole("alertdialog");
    await user.click(within(ask).getByRole("button", { name: "Invoegen vanaf H2" }));
    await waitFor(() =>
      expect(within(visiblePanel()).getByTestId("notice").textContent).toBe(
        "Tabel ingevoegd vanaf H2; de controle herkent hem als eigen tabel (H3:M6). Controlecel: =EKV.CONTROLEER(H3:M6)"
      )
    );
    expect(host.cell("Benutting", "G3").value).toBe("");
    expect(host.cell("Benutting", "I3").value).toBe("2015");
    // The whole check agrees: the old table and the new one are two tables, not one merged.
    await openTab(user, "Controle");
    await user.click(screen.getByRole("button", { name: "Controleer werkblad" }));
    await screen.findByTestId("summary");
    const ranges = screen.getAllByTestId("coverage-table").map((li) => li.textContent ?? "");
    expect(ranges.filter((t) => t.includes("Benutting!A3:F6"))).toHaveLength(1);
    expect(ranges.filter((t) => t.includes("Benutting!H3:M6"))).toHaveLength(1);
  });

  test("invalid years are explained and block the insert", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await openTab(user, "Invoegen");
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
