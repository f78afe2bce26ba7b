/** @jest-environment jsdom */
/**
 * The Controle tab's findings between tables and "Vergelijk met ander bestand…" against the fake
 * Excel host: the open workbook is begroting 2020 of hoofdstuk XVII (examples/xvii-2020-2022),
 * the picked file its jaarverslag 2020; the list must hold exactly what `ekv check` reports for the
 * pair (fixtures/xvii-cross.ts), items in the open workbook select their cell, the other file's
 * cells are named as text, and a bad file gets the reader's Dutch sentence.
 */
import { installDocumentSettings, installFakeExcel } from "./setup";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as fs from "fs";
import * as path from "path";
import { App } from "../../src/taskpane/App";
import { dutch } from "../../src/taskpane/strings";
import { readWorkbook } from "../../src/xlsx";
import { sheets2016 } from "../tables/fixtures/tables-2016";
import type { FakeExcelHost, FakeSheetInit } from "./fake-excel";
import { JV2020, OWB2020, XVII_OWB2020_JV2020 } from "./fixtures/xvii-cross";

const EXAMPLES = path.resolve(__dirname, "../../examples/xvii-2020-2022");

type Value = NonNullable<FakeSheetInit["rows"]>[number][number];

function toFake(sheets: ReturnType<typeof readWorkbook>["sheets"]): FakeSheetInit[] {
  return sheets.map((s) => ({
    name: s.name,
    origin: s.origin,
    rows: s.values.map((r) =>
      r.map((v): Value =>
        v === null || typeof v !== "object" ? v : "error" in v ? { error: v.error } : null
      )
    ),
  }));
}

function exampleFile(name: string): File {
  return new File([fs.readFileSync(path.join(EXAMPLES, name))], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/** The open workbook's file as Office reports it (Excel on the web: a URL, name encoded). */
function setDocumentUrl(url: string): void {
  const office = (globalThis as unknown as { Office: { context: { document: { url?: string } } } })
    .Office;
  office.context.document.url = url;
}

/** Dutch amounts as the list writes them: 1.442.784, a minus as "– 2.192". */
function nl(n: number): string {
  const abs = Math.abs(n).toLocaleString("nl-NL", { useGrouping: true, maximumFractionDigits: 3 });
  return n < 0 ? `– ${abs}` : abs;
}

/** Every item of the virtualised list, scrolling through it. */
function allItems(): Array<{ cell: string | undefined; cross: string | undefined; text: string }> {
  const scroller = screen.getByTestId("findings-scroller");
  const seen = new Map<
    string,
    { cell: string | undefined; cross: string | undefined; text: string }
  >();
  const height = Number(
    /(\d+)px/.exec((scroller.firstElementChild as HTMLElement).style.height)?.[1]
  );
  for (let top = 0; top <= height; top += 200) {
    scroller.scrollTop = top;
    fireEvent.scroll(scroller);
    for (const b of scroller.querySelectorAll<HTMLButtonElement>("button[data-key]")) {
      const key = b.dataset.key ?? "";
      if (!seen.has(key))
        seen.set(key, { cell: b.dataset.cell, cross: b.dataset.cross, text: b.textContent ?? "" });
    }
  }
  scroller.scrollTop = 0;
  fireEvent.scroll(scroller);
  return [...seen.values()];
}

let host: FakeExcelHost;

async function pick(user: ReturnType<typeof userEvent.setup>, ...files: File[]) {
  await user.upload(screen.getByTestId("compare-input"), files);
}

describe("Vergelijk met ander bestand…", () => {
  beforeEach(() => {
    const sheets = readWorkbook(fs.readFileSync(path.join(EXAMPLES, OWB2020))).sheets;
    host = installFakeExcel(toFake(sheets), "Verstrekte garanties");
    installDocumentSettings();
    setDocumentUrl(
      `https://contoso.sharepoint.com/sites/begroting/Gedeelde%20documenten/${OWB2020}`
    );
  });

  test("OWB2020 open, JV2020 picked: the CLI's 31 findings in the list, the warning selects I9, the other file's cells named", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    // The button opens the (hidden) file input.
    const input = screen.getByTestId<HTMLInputElement>("compare-input");
    const opened = jest.fn();
    input.addEventListener("click", opened);
    await user.click(screen.getByRole("button", { name: "Vergelijk met ander bestand…" }));
    expect(opened).toHaveBeenCalledTimes(1);
    expect(input.accept).toContain(".xlsx");
    expect(input.multiple).toBe(true);

    await pick(user, exampleFile(JV2020));
    const summary = await screen.findByTestId("compare-summary");
    expect(summary.textContent).toBe("Tussen documenten: geen fouten, 1 waarschuwing, 30 info.");
    expect(screen.getAllByTestId("compare-identified").map((e) => e.textContent)).toEqual([
      'OWB2020 (uit de titel "Begroting Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020")',
      'JV2020 (uit de titel "Jaarverslag en slotwet Buitenlandse Handel en Ontwikkelingssamenwerking (XVII) 2020")',
    ]);
    // The open workbook is named by its file name from Office's URL.
    expect(screen.getAllByTestId("compare-document")[0].textContent).toContain(
      `${OWB2020} (deze werkmap)`
    );
    // The timeline from the pane's worker: FOM first; uitstaand eind 2019 as both documents give
    // it (`ekv check … --json`, timelines["FOM"]: OWB2020 F5 14.760 raming, JV2020 C5 22.827).
    const fom2019 = document.querySelector(
      '[data-testid="timeline-row"][data-measure="uitstaand"][data-year="2019"]'
    );
    expect(
      Array.from(fom2019?.querySelectorAll('[data-testid="timeline-cell"]') ?? []).map((c) => [
        c.textContent,
        c.getAttribute("title"),
      ])
    ).toEqual([
      ["14.760 r", `raming · ${OWB2020} · 'Verstrekte garanties'!F5`],
      ["22.827 R", `realisatie · ${JV2020} · 'Verstrekte garanties'!C5`],
    ]);

    expect(screen.getByTestId("group-warning").textContent).toBe("Waarschuwingen (1)");
    expect(screen.getByTestId("group-info").textContent).toBe("Info (30)");
    expect(screen.queryByTestId("group-error")).toBeNull();

    // Every finding of the CLI, in its order; the item's cell is the one in the open workbook,
    // the line names the other file's cell and the numbers.
    const items = allItems();
    expect(items).toEqual(
      XVII_OWB2020_JV2020.map((f) => {
        const own = f.cells[0];
        const other = f.cells[1];
        const title =
          f.rule === "scheme-missing"
            ? "Regeling ontbreekt in volgend document"
            : "Raming bijgesteld";
        const numbers = [
          f.expected !== null ? `verwacht ${nl(f.expected)}` : null,
          f.actual !== null ? `gevonden ${nl(f.actual)}` : null,
          f.expected !== null && f.actual !== null ? `verschil ${nl(f.actual - f.expected)}` : null,
        ].filter(Boolean);
        return {
          cell: `${own.sheet}!${own.cell}`,
          cross: f.rule,
          text: `${title}${own.cell}${[`↔ ${JV2020} · '${other.sheet}'!${other.cell}`, ...numbers].join(" · ")}`,
        };
      })
    );

    // The warning: a click selects I9 of the open workbook.
    const warning = document.querySelector<HTMLButtonElement>(
      'button[data-cross="scheme-missing"]'
    );
    if (!warning) throw new Error("geen waarschuwing");
    await user.click(warning);
    await waitFor(() =>
      expect(host.state.selection).toEqual({ sheet: "Verstrekte garanties", address: "I9" })
    );
    // Its explanation: the finding's message naming both cells, why, and the source.
    const row = warning.parentElement as HTMLElement;
    await user.click(within(row).getByRole("button", { name: "Waarom en hoe herstellen: I9" }));
    const explanation = await screen.findByTestId("explanation");
    expect(explanation.textContent).toContain(XVII_OWB2020_JV2020[0].message);
    expect(explanation.textContent).toContain("Bron: ");
  });

  test("the document of a file set by hand (as --document) is used and said", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await pick(user, exampleFile(JV2020));
    await screen.findByTestId("compare-summary");
    const type = screen.getByRole("combobox", { name: `Soort document van ${JV2020}` });
    await user.selectOptions(type, "jaarverslag");
    await waitFor(() =>
      expect(screen.getAllByTestId("compare-identified")[1].textContent).toBe(
        "JV2020 (opgegeven: jaarverslag 2020)"
      )
    );
    await waitFor(() =>
      expect(
        screen.getByRole<HTMLSelectElement>("combobox", { name: `Jaar van ${JV2020}` }).disabled
      ).toBe(false)
    );
    await user.selectOptions(screen.getByRole("combobox", { name: `Jaar van ${JV2020}` }), "2021");
    await waitFor(() =>
      expect(screen.getAllByTestId("compare-identified")[1].textContent).toBe(
        "JV2021 (opgegeven: jaarverslag 2021)"
      )
    );
    await waitFor(() => expect(screen.queryByTestId("compare-summary")).not.toBeNull());
  });

  test("a file that is no .xlsx: one Dutch sentence from the reader, nothing compared, no exception", async () => {
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await pick(user, new File(["dit is geen zip"], "kapot.xlsx"));
    expect((await screen.findByTestId("compare-file-error")).textContent).toBe(
      "kapot.xlsx: dit is geen Excel-werkmap (.xlsx)."
    );
    expect(screen.getByTestId("compare-summary").textContent).toBe(
      "Minder dan twee documenten met bekend soort en jaar: niets vergeleken."
    );
    expect(screen.queryByTestId("findings")).toBeNull();
    // Closing the comparison removes it.
    await user.click(screen.getByRole("button", { name: "Sluit vergelijking" }));
    expect(screen.queryByTestId("compare")).toBeNull();
  });
});

describe("findings between tables in the check", () => {
  test("a scheme renamed in the uitgaven/ontvangsten table: both sides in the list, counted, and a click selects C16", async () => {
    const fake: FakeSheetInit[] = sheets2016().map((s) => ({
      name: s.name,
      rows: s.values.map((r) =>
        r.map((v): Value =>
          v === null || typeof v !== "object" ? v : "error" in v ? { error: v.error } : null
        )
      ),
    }));
    (fake[1].rows as Value[][])[15][2] = "Europese Ontwikkelingsbank";
    host = installFakeExcel(fake, "Verstrekte garanties");
    installDocumentSettings();
    const user = userEvent.setup();
    render(<App s={dutch} />);
    await user.click(screen.getByRole("button", { name: "Controleer werkmap" }));
    expect((await screen.findByTestId("summary")).textContent).toBe(
      "2 fouten in 1 tabel; 223 bedragen gecontroleerd."
    );
    expect(screen.getByTestId("cross-table-summary").textContent).toBe(
      "Tussen tabellen: 0 fouten, 2 waarschuwingen."
    );
    expect(screen.getByTestId("group-warning").textContent).toBe("Waarschuwingen (2)");
    const cross = [...document.querySelectorAll<HTMLButtonElement>("button[data-cross]")];
    expect(cross.map((b) => [b.dataset.cell, b.textContent])).toEqual([
      [
        "Verstrekte garanties!C16",
        "Regelingen verschillen tussen tabellenC16↔ 'Uitgaven en ontvangsten'!A2",
      ],
      [
        "Uitgaven en ontvangsten!C16",
        "Regelingen verschillen tussen tabellenC16↔ 'Verstrekte garanties'!A2",
      ],
    ]);
    await user.click(cross[1]);
    await waitFor(() =>
      expect(host.state.selection).toEqual({ sheet: "Uitgaven en ontvangsten", address: "C16" })
    );
    // The table findings are unchanged: L24 by two rules.
    expect(
      document.querySelector('button[data-cell="Uitgaven en ontvangsten!L24"]')
    ).not.toBeNull();
    await act(() => Promise.resolve());
  });
});
