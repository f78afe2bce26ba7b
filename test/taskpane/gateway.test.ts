import { installFakeExcel, snapshotSheet } from "./setup";
import {
  BLOCK_BYTES,
  BYTES_PER_CELL,
  listSheets,
  MERGES_FAILED,
  MERGES_UNSUPPORTED,
  markCells,
  onSheetChanged,
  parseAreas,
  planBlocks,
  readSheet,
  savedMarks,
  selectCell,
  sheetExists,
  unmarkAll,
  writeBlockIfEmpty,
  writeFormulaToSelection,
  writeReportSheet,
} from "../../src/taskpane/excel-gateway";
import type { FakeSheetInit } from "./fake-excel";
import { checkSheets } from "../../src/core/tables/check";

/** A garanties-like sheet: title, header of 13 columns, `rows` item rows of integers. */
function bigSheet(rows: number): FakeSheetInit {
  const header = ["Nr.", "Artikel", "Omschrijving", "Uitstaande garanties 2015"];
  const grid: Array<Array<string | number | null>> = [["Overzicht verstrekte garanties"], header];
  for (let i = 0; i < rows; i++) grid.push([i + 1, "Art", `Regel ${i + 1}`, i * 7]);
  return { name: "Groot", rows: grid };
}

describe("readSheet", () => {
  test("converts values, errors, computed formulas and blanks to SheetData with the used range's origin", async () => {
    const host = installFakeExcel([
      {
        name: "Blad1",
        origin: { row: 2, col: 1 }, // B3
        rows: [
          ["Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
          [10, 25, "=EKV.SALDO(B4,C4)"],
          [{ error: "#REF!" }, "1.234", true],
          [null, "=ONBEKEND(B4)", 0, "=EKV.ONBEKEND(B4)"],
        ],
      },
    ]);
    const sheet = await readSheet();
    expect(sheet.name).toBe("Blad1");
    expect(sheet.origin).toEqual({ row: 2, col: 1 });
    expect(sheet.values).toEqual([
      ["Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016", null],
      [10, 25, 15, null], // the formula cell is read by its computed value: 25 − 10
      [{ error: "#REF!" }, "1.234", true, null], // a number stored as text stays text for the checker
      // A formula that yields "" reads as a computed blank (the fake gives "" for functions that are
      // not EKV's); an EKV function the add-in does not have is #NAME?, as in Excel.
      [null, null, 0, { error: "#NAME?" }],
    ]);
    expect(host.state.syncs).toBe(2);
  });

  test("an empty sheet reads as no rows, in one sync", async () => {
    const host = installFakeExcel([{ name: "Leeg" }]);
    expect(await readSheet("Leeg")).toEqual({ name: "Leeg", values: [] });
    expect(host.state.syncs).toBe(1);
  });

  test.each([10, 1_000, 50_000])(
    "a sheet of %i rows is read in row blocks: one sync for the size, then one per block",
    async (rows) => {
      const host = installFakeExcel([bigSheet(rows)]);
      const sheet = await readSheet("Groot");
      const blocks = planBlocks(rows + 2, 4);
      // 250 000 / (4 × 160) = 390,6… → 390 rows per block.
      expect(blocks[0].rows).toBe(Math.min(390, rows + 2));
      expect(blocks).toHaveLength(Math.ceil((rows + 2) / 390));
      expect(host.state.syncs).toBe(1 + blocks.length);
      expect(host.state.calls.filter((c) => c === "Worksheet.getRangeByIndexes")).toHaveLength(
        blocks.length
      );
      expect(sheet.values).toHaveLength(rows + 2);
      expect(sheet.values[rows + 1]).toEqual([rows, "Art", `Regel ${rows}`, (rows - 1) * 7]);
      // Every response stays within the block budget.
      for (const p of host.state.payloads.slice(1)) expect(p).toBeLessThanOrEqual(BLOCK_BYTES);
    }
  );

  test("row blocks stay within the block budget and cover every row once", () => {
    const blocks = planBlocks(50_002, 13);
    // 250 000 / (13 × 160) = 120,1… → 120 rows per block; 50 002 / 120 → 417 blocks.
    expect(blocks[0]).toEqual({ start: 0, rows: 120 });
    expect(blocks).toHaveLength(417);
    expect(blocks.reduce((n, b) => n + b.rows, 0)).toBe(50_002);
    for (const b of blocks) expect(b.rows * 13 * BYTES_PER_CELL).toBeLessThanOrEqual(BLOCK_BYTES);
  });

  test("the fake's used range follows every kind of change (it is remembered between reads)", async () => {
    const host = installFakeExcel([{ name: "Blad1", rows: [["a", 1]] }]);
    expect((await readSheet()).values).toEqual([["a", 1]]);
    // Written through the API, outside the used range.
    await writeBlockIfEmpty({ row: 2, col: 3, cells: [[7]] });
    expect((await readSheet()).values).toEqual([
      ["a", 1, null, null],
      [null, null, null, null],
      [null, null, null, 7],
    ]);
    // Typed by the user.
    await host.userEdit("Blad1", "E1", "x");
    expect((await readSheet()).values[0]).toEqual(["a", 1, null, null, "x"]);
    // Set directly by a test (a row more), or changed in place after host.cell() (a column less).
    host.sheet("Blad1").cells.set("3,0", { ...host.cell("Blad1", "A1"), value: "y" });
    Object.assign(host.cell("Blad1", "E1"), { value: "" });
    expect((await readSheet()).values).toEqual([
      ["a", 1, null, null],
      [null, null, null, null],
      [null, null, null, 7],
      ["y", null, null, null],
    ]);
  });

  test("the page gets a turn between blocks: a timer set before the read runs before it ends", async () => {
    installFakeExcel([bigSheet(5_000)]);
    const order: string[] = [];
    setTimeout(() => order.push("timer"), 0);
    await readSheet("Groot").then(() => order.push("read"));
    expect(order).toEqual(["timer", "read"]);
  });

  test("a block the host refuses as too large (PayloadTooLarge) is read again in halves", async () => {
    const host = installFakeExcel([bigSheet(5_000)]);
    host.state.payloadLimit = 20_000;
    const sheet = await readSheet("Groot");
    expect(sheet.values).toHaveLength(5_002);
    expect(sheet.values[5_001]).toEqual([5_000, "Art", "Regel 5000", 34_993]);
    expect(sheet.values.map((r) => r[0]).slice(2)).toEqual(
      Array.from({ length: 5_000 }, (_, i) => i + 1)
    );
    const refused = host.state.payloads.filter((p) => p > 20_000).length;
    expect(refused).toBeGreaterThan(0);
    // Every refused block was read again as two halves: syncs = size + blocks + 2 per refusal.
    expect(host.state.syncs).toBe(1 + planBlocks(5_002, 4).length + 2 * refused);
  });
});

describe("selection and sheets", () => {
  test("selectCell activates the sheet and selects the cell in one sync", async () => {
    const host = installFakeExcel([
      { name: "A", rows: [[1]] },
      { name: "Mijn blad", rows: [[2]] },
    ]);
    await selectCell({ sheet: "Mijn blad", address: "L24" });
    expect(host.state.selection).toEqual({ sheet: "Mijn blad", address: "L24" });
    expect(host.state.active).toBe("Mijn blad");
    expect(host.state.syncs).toBe(1);
  });

  test("listSheets and sheetExists", async () => {
    installFakeExcel([{ name: "A" }, { name: "Controle" }]);
    expect(await listSheets()).toEqual(["A", "Controle"]);
    expect(await sheetExists("Controle")).toBe(true);
    expect(await sheetExists("Rapport")).toBe(false);
  });
});

describe("writing", () => {
  test("writeBlockIfEmpty refuses when any target cell is occupied and changes nothing", async () => {
    const host = installFakeExcel([{ name: "Blad1", rows: [[], [null, null, "bezet"]] }]);
    const before = snapshotSheet(host, "Blad1");
    const out = await writeBlockIfEmpty({
      row: 0,
      col: 0,
      cells: [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
    });
    expect(out).toEqual({ ok: false, occupied: ["C2"] });
    expect(snapshotSheet(host, "Blad1")).toEqual(before);
  });

  test("writeBlockIfEmpty writes formulas and number formats in one batch after one read", async () => {
    const host = installFakeExcel([{ name: "Blad1" }]);
    const out = await writeBlockIfEmpty({
      row: 1,
      col: 1,
      cells: [
        ["Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
        [5, 8, "=EKV.SALDO(B3,C3)"],
      ],
      numberFormat: [
        [null, null, null],
        ['#,##0;"– "#,##0', null, null],
      ],
      boldRows: [0],
    });
    expect(out).toEqual({ ok: true, address: "B2" });
    expect(host.state.syncs).toBe(2);
    expect(host.cell("Blad1", "D3").formula).toBe("=EKV.SALDO(B3,C3)");
    expect(host.cell("Blad1", "D3").value).toBe(3);
    expect(host.cell("Blad1", "B3").numberFormat).toBe('#,##0;"– "#,##0');
    expect(host.cell("Blad1", "C3").numberFormat).toBe("General");
    expect(host.cell("Blad1", "C2").bold).toBe(true);
    expect(host.cell("Blad1", "C3").bold).toBe(false);
    // Column widths are the user's layout: an insert never autofits them.
    expect(host.state.calls).not.toContain("Range.format.autofitColumns");
  });

  test("cells the block leaves null keep the user's own number format (null = no change in Office.js)", async () => {
    const host = installFakeExcel([{ name: "Blad1" }]);
    // An empty cell the user formatted as a percentage, inside the target block.
    const c1 = host.cell("Blad1", "C1");
    host.sheet("Blad1").cells.set("0,2", { ...c1, numberFormat: "0.00%" });
    const out = await writeBlockIfEmpty({
      row: 0,
      col: 0,
      cells: [["a", "b", null]],
      numberFormat: [["@", null, null]],
    });
    expect(out.ok).toBe(true);
    expect(host.cell("Blad1", "C1").numberFormat).toBe("0.00%");
    expect(host.cell("Blad1", "A1").numberFormat).toBe("@");
  });

  test("writeFormulaToSelection writes into the selected empty cell, refuses an occupied one", async () => {
    const host = installFakeExcel([{ name: "Blad1", rows: [[1]] }]);
    host.state.selection = { sheet: "Blad1", address: "C5" };
    expect(await writeFormulaToSelection('=EKV.RIV.VERGOEDING(1,2,0.1,"lening")')).toEqual({
      ok: true,
      address: "C5",
    });
    expect(host.cell("Blad1", "C5").formula).toBe('=EKV.RIV.VERGOEDING(1,2,0.1,"lening")');
    host.state.selection = { sheet: "Blad1", address: "A1" };
    expect(await writeFormulaToSelection("=EKV.TOTAAL(A2)")).toEqual({
      ok: false,
      occupied: ["A1"],
    });
    expect(host.cell("Blad1", "A1").value).toBe(1);
  });

  test("writeReportSheet replaces only the Controle sheet; other sheets stay identical", async () => {
    const host = installFakeExcel([
      { name: "Data", rows: [["Uitgaven 2016"], [5]] },
      { name: "Controle", rows: [["oud rapport"]] },
    ]);
    const data = snapshotSheet(host, "Data");
    await writeReportSheet(
      "Controle",
      [["Controle"], ["Datum", 46349.5], ["x", '=HYPERLINK("#Data!A2","Data!A2")']],
      {
        replace: true,
        boldRows: [0],
        numberFormat: [[null], [null, "dd-mm-yyyy hh:mm"]],
      }
    );
    expect(host.state.syncs).toBe(1);
    expect(snapshotSheet(host, "Data")).toEqual(data);
    expect(host.state.sheets.map((s) => s.name)).toEqual(["Data", "Controle"]);
    expect(host.cell("Controle", "A1").value).toBe("Controle");
    expect(host.cell("Controle", "B2").numberFormat).toBe("dd-mm-yyyy hh:mm");
    expect(host.cell("Controle", "B3").formula).toBe('=HYPERLINK("#Data!A2","Data!A2")');
    expect(host.cell("Controle", "A1").value).not.toBe("oud rapport");
    expect(host.state.active).toBe("Controle");
  });
});

describe("marking", () => {
  test("mark and unmark leave fill, font colour, borders, number format and the user's own conditional formats exactly as they were", async () => {
    const host = installFakeExcel([
      {
        name: "Blad1",
        rows: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    ]);
    // The user's own formatting, on the cell that will be marked (B1) and on one that won't (C2).
    const b1 = host.cell("Blad1", "B1");
    Object.assign(b1, {
      fill: "#DDEBF7",
      fontColor: "#1F4E78",
      numberFormat: '#,##0;"– "#,##0',
      borders: { EdgeBottom: { style: "Continuous", color: "#000000" } },
    });
    const c2 = host.cell("Blad1", "C2");
    Object.assign(c2, {
      fill: "#FFFF00",
      numberFormat: "0.00",
      borders: { EdgeTop: { style: "Dash", color: "#FF0000" } },
    });
    host.sheet("Blad1").conditionalFormats.push({
      id: "{user-cf}",
      r0: 0,
      c0: 0,
      r1: 1,
      c1: 2,
      formula: "=A1>3",
      fill: "#C6EFCE",
      fontColor: null,
    });
    const before = snapshotSheet(host, "Blad1");

    const marks = await markCells([
      { sheet: "Blad1", address: "B1" },
      { sheet: "Blad1", address: "A2" },
    ]);
    expect(marks).toHaveLength(2);
    expect(savedMarks()).toEqual(marks);
    const cfs = host.sheet("Blad1").conditionalFormats;
    expect(cfs).toHaveLength(3);
    expect(cfs.filter((cf) => cf.fill === "#FFC7CE").map((cf) => [cf.r0, cf.c0])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    // Marking itself never touched the cells' own formats.
    expect(snapshotSheet(host, "Blad1")).toEqual({
      ...(before as object),
      cf: JSON.parse(JSON.stringify(cfs)),
    });

    const syncsBefore = host.state.syncs;
    expect(await unmarkAll()).toBe(2);
    expect(host.state.syncs - syncsBefore).toBe(3);
    expect(snapshotSheet(host, "Blad1")).toEqual(before);
    expect(savedMarks()).toEqual([]);
    expect(await unmarkAll()).toBe(0);
  });

  test("marks on a sheet deleted meanwhile are skipped", async () => {
    const host = installFakeExcel([
      { name: "A", rows: [[1]] },
      { name: "B", rows: [[1]] },
    ]);
    await markCells([
      { sheet: "A", address: "A1" },
      { sheet: "B", address: "A1" },
    ]);
    host.state.sheets = host.state.sheets.filter((s) => s.name !== "B");
    expect(await unmarkAll()).toBe(1);
    expect(host.sheet("A").conditionalFormats).toEqual([]);
  });
});

describe("change events", () => {
  test("onSheetChanged reports the sheet's name; removing the handler stops it", async () => {
    const host = installFakeExcel([{ name: "Data", rows: [[1]] }]);
    const seen: string[] = [];
    const off = await onSheetChanged((c) => seen.push(`${c.sheet}!${c.address}`));
    await host.userEdit("Data", "B2", 7);
    await host.userEdit("Data", "C3", 8);
    expect(seen).toEqual(["Data!B2", "Data!C3"]);
    await off();
    await host.userEdit("Data", "D4", 9);
    expect(seen).toHaveLength(2);
  });
});

describe("readSheet: merged cells", () => {
  // The garanties table with a two-row header as laid out in Excel: Omschrijving merged down,
  // 2016 merged over its four columns, Totaal plafond merged down over both header rows.
  const rows: FakeSheetInit["rows"] = [
    ["Omschrijving", 2015, 2016, null, null, null, "Totaal plafond"],
    [
      null,
      "Uitstaande garanties",
      "Verleend",
      "Vervallen",
      "Uitstaande garanties",
      "Garantieplafond",
      null,
    ],
    ["WAKO", 14023000, 0, 4254099, 9768901, null, 9768901],
    ["NHT", 50000, 0, 0, 50000, 0, 50000],
    ["Totaal", 14073000, 0, 4254099, 9818901, 0, 9818901],
  ];
  const merges = ["B3:B4", "D3:G3", "H3:H4"];

  test("reads the merged areas in sheet coordinates, in the same two syncs", async () => {
    const host = installFakeExcel([{ name: "Blad1", origin: { row: 2, col: 1 }, rows, merges }]);
    const sheet = await readSheet();
    expect(host.state.syncs).toBe(2);
    expect(sheet.origin).toEqual({ row: 2, col: 1 });
    expect(sheet.merges).toEqual([
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 3, bottom: 2, right: 6 },
      { top: 2, left: 7, bottom: 3, right: 7 },
    ]);
    expect(sheet.mergesUnavailable).toBeUndefined();
    // The checker reads the years through the merges: 14.023.000 − 4.254.099 = 9.768.901.
    const r = checkSheets([sheet]);
    expect(r.tables.map((t) => [t.range, t.years])).toEqual([["B3:H7", [2015, 2016]]]);
    expect(r.findings).toEqual([]);
  });

  test("ExcelApi 1.9 only: no merges call, and the sheet says why", async () => {
    const host = installFakeExcel([{ name: "Blad1", rows, merges }], undefined, "1.9");
    const sheet = await readSheet();
    expect(host.state.calls).not.toContain("Range.getMergedAreasOrNullObject");
    expect(sheet.merges).toBeUndefined();
    expect(sheet.mergesUnavailable).toBe(MERGES_UNSUPPORTED);
    expect(host.state.syncs).toBe(2);
  });

  test("more than 512 merged areas: the values are still read, without merges", async () => {
    const many = Array.from({ length: 513 }, (_, i) => `J${i + 1}:K${i + 1}`);
    const host = installFakeExcel([{ name: "Blad1", rows, merges: many }]);
    const sheet = await readSheet();
    expect(sheet.values.length).toBe(5);
    expect(sheet.merges).toBeUndefined();
    expect(sheet.mergesUnavailable).toBe(MERGES_FAILED);
    expect(host.state.syncs).toBe(3);
  });

  test("parseAreas reads quoted sheet names, single cells and $ signs", () => {
    expect(parseAreas("'Mijn, blad'!$A$2:$A$3, 'Mijn, blad'!D2:G2, 'Mijn, blad'!K9")).toEqual([
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 3, bottom: 1, right: 6 },
      { top: 8, left: 10, bottom: 8, right: 10 },
    ]);
    expect(parseAreas("")).toEqual([]);
  });
});
