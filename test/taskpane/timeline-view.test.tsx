/** @jest-environment jsdom */
/**
 * The timeline per scheme (TimelineView), fed by the web page's worker protocol: both documents
 * of examples/xvii-2020-2022 are read and compared by the worker handler (src/web/protocol.ts),
 * the result's `timelines` rendered, and the scheme DGGF picked. The expected rows are written
 * down by hand from
 *
 *   npm run build && node bin/ekv.js check examples/xvii-2020-2022/*.xlsx --json
 *
 * (its `timelines` entry for "DGGF"; value, realisatie/raming, sheet and cell per document).
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as fs from "fs";
import * as path from "path";
import type { CrossDocumentResult, Timeline } from "../../src/core/documents";
import { TimelineView, realisationsDisagree } from "../../src/taskpane/TimelineView";
import { createWebHandler, type FileAnswer } from "../../src/web/protocol";
import { JV2020, OWB2020 } from "./fixtures/xvii-cross";

const EXAMPLES = path.resolve(__dirname, "../../examples/xvii-2020-2022");

/** Compares the pair as the web page's worker does, returning its `compared` answer's result. */
function comparedByWorker(): CrossDocumentResult {
  const answers: FileAnswer[] = [];
  const handle = createWebHandler((a) => answers.push(a));
  [OWB2020, JV2020].forEach((name, i) => {
    const b = fs.readFileSync(path.join(EXAMPLES, name));
    const bytes = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    handle({ id: i + 1, name, bytes, options: {} });
  });
  handle({ type: "compare", id: 3, files: [{ id: 1 }, { id: 2 }] });
  const compared = answers.find((a) => a.type === "compared");
  if (compared?.type !== "compared") throw new Error(`no comparison: ${JSON.stringify(answers)}`);
  return compared.result;
}

const S = "Verstrekte garanties";
/** `ekv check … --json`, timelines["DGGF"]: [row label, OWB2020 cell, JV2020 cell]. */
const DGGF: Array<[string, string | null, string | null]> = [
  ["uitstaand 2018", `80.592 R|realisatie · ${OWB2020} · '${S}'!C6`, null],
  [
    "uitstaand 2019",
    `130.592 r|raming · ${OWB2020} · '${S}'!F6`,
    `157.642 R|realisatie · ${JV2020} · '${S}'!C8`,
  ],
  [
    "uitstaand 2020",
    `180.592 r|raming · ${OWB2020} · '${S}'!I6`,
    `124.301 R|realisatie · ${JV2020} · '${S}'!F8`,
  ],
  ["verleend 2019", `50.000 r|raming · ${OWB2020} · '${S}'!D6`, null],
  [
    "verleend 2020",
    `50.000 r|raming · ${OWB2020} · '${S}'!G6`,
    `47.808 R|realisatie · ${JV2020} · '${S}'!D8`,
  ],
  ["vervallen 2019", `0 r|raming · ${OWB2020} · '${S}'!E6`, null],
  [
    "vervallen 2020",
    `0 r|raming · ${OWB2020} · '${S}'!H6`,
    `81.149 R|realisatie · ${JV2020} · '${S}'!E8`,
  ],
  ["risicovoorziening 2020", null, `53.647 R|realisatie · ${JV2020} · '${S}'!I8`],
  [
    "garantieplafond 2020",
    `0 r|raming · ${OWB2020} · '${S}'!J6`,
    `0 r|raming · ${JV2020} · '${S}'!G8`,
  ],
  [
    "totaal plafond 2020",
    `675.000 r|raming · ${OWB2020} · '${S}'!K6`,
    `675.000 r|raming · ${JV2020} · '${S}'!H8`,
  ],
];

function shownRows(): Array<[string, string | null, string | null]> {
  return screen.getAllByTestId("timeline-row").map((row) => {
    const cells = row.querySelectorAll("td");
    const cell = (td: Element): string | null =>
      td.getAttribute("data-testid") === "timeline-cell"
        ? `${td.textContent}|${td.getAttribute("title")}`
        : null;
    return [row.querySelector("th")?.textContent ?? "", cell(cells[0]), cell(cells[1])];
  });
}

test("the worker's timelines for the XVII pair: DGGF picked, every figure as `ekv check --json` gives it", () => {
  const result = comparedByWorker();
  render(
    <FluentProvider theme={webLightTheme}>
      <TimelineView timelines={result.timelines} idPrefix="t" />
    </FluentProvider>
  );
  const picker = screen.getByTestId("timeline-scheme") as HTMLSelectElement;
  expect(Array.from(picker.options).map((o) => o.textContent)).toEqual([
    "FOM",
    "DGGF",
    "DRIVE",
    "DTIF",
    "IFFEd",
    "IS-NIO",
    "African Development Bank",
    "Asian Development Bank",
    "Inter American Development Bank",
    "Totaal",
  ]);
  const table = screen.getByTestId("timeline-table");
  expect(
    within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent)
  ).toEqual(["Cijfer", "OWB2020", "JV2020"]);
  expect(shownRows()[0][0]).toBe("uitstaand 2018");
  expect(shownRows()[0][1]).toBe(`24.760 R|realisatie · ${OWB2020} · '${S}'!C5`);

  fireEvent.change(picker, { target: { value: "1" } });
  expect(shownRows()).toEqual(DGGF);
  // No realisation differs between the two documents (ekv check reports no error for the pair).
  expect(document.querySelectorAll("[data-mismatch]")).toHaveLength(0);
});

test("realisations of one year that differ are marked, estimates that differ are not", () => {
  const entry = (document: string, value: number, kind: "realisatie" | "raming") => ({
    file: `${document}.xlsx`,
    document,
    sheet: "Blad1",
    cell: "B2",
    value,
    kind,
  });
  const timelines: Timeline[] = [
    {
      scheme: "Regeling A",
      figures: [
        {
          measure: "saldo",
          year: 2020,
          entries: [entry("JV2020", 5, "realisatie"), entry("OWB2022", -5, "realisatie")],
        },
        {
          measure: "saldo",
          year: 2021,
          entries: [entry("OWB2021", 7, "raming"), entry("JV2021", 9, "realisatie")],
        },
        {
          measure: "saldo",
          year: 2022,
          entries: [entry("OWB2021", 1, "raming"), entry("OWB2022", 2, "raming")],
        },
      ],
    },
  ];
  expect(timelines[0].figures.map((f) => realisationsDisagree(f.entries))).toEqual([
    true,
    false,
    false,
  ]);
  render(
    <FluentProvider theme={webLightTheme}>
      <TimelineView timelines={timelines} idPrefix="t" />
    </FluentProvider>
  );
  const marked = Array.from(document.querySelectorAll("[data-mismatch]"));
  expect(marked.map((r) => r.querySelector("th")?.textContent)).toEqual(["saldo 2020"]);
  expect(marked[0].textContent).toContain("– 5 R");
});
