import { checkSheets } from "../../src/core/tables";
import type { SheetData } from "../../src/core/tables/model";
import {
  freePlaces,
  placementProblem,
  readsApart,
  withTemplate,
} from "../../src/taskpane/placement";
import { buildTemplate } from "../../src/taskpane/templates";
import { sheets2016 } from "../tables/fixtures/tables-2016";

function benutting(): SheetData {
  const s = sheets2016().find((x) => x.name === "Benutting");
  if (!s) throw new Error("fixture");
  return s;
}
const tables = checkSheets([benutting()]).tables;
// Benutting: A3:F6, A10:F13, A17:F20 (header row first), titles in the two rows above each.

describe("where a template may go", () => {
  test("against a table (or diagonally touching it) is refused; one blank column apart is not", () => {
    const sheet = benutting();
    expect(placementProblem({ top: 1, left: 6, bottom: 5, right: 13 }, sheet, tables)).toEqual({
      kind: "table",
      table: tables[0],
    });
    // G21 touches A17:F20 at its corner.
    expect(placementProblem({ top: 20, left: 6, bottom: 24, right: 9 }, sheet, tables)?.kind).toBe(
      "table"
    );
    expect(placementProblem({ top: 1, left: 7, bottom: 5, right: 14 }, sheet, tables)).toBeNull();
  });

  test("over content is refused with the cells that hold something", () => {
    const sheet = benutting();
    // B8:C9 hold the MIGA table's title (B8 is empty: the title stands in A8 and A9).
    expect(placementProblem({ top: 7, left: 0, bottom: 7, right: 2 }, sheet, [])).toEqual({
      kind: "occupied",
      cells: ["A8"],
    });
  });

  test("free places come nearest first: right along the rows, then down along the columns", () => {
    const sheet = benutting();
    const places = [...freePlaces({ rows: 5, cols: 8 }, { row: 1, col: 6 }, sheet, tables)];
    // Right: H2 and I2 are free (one and two blank columns from F). Down along G: the margin of
    // the tables covers column G down to row 21, so G22 (0-based 21) is the first.
    expect(places.slice(0, 3)).toEqual([
      { row: 1, col: 7 },
      { row: 1, col: 8 },
      { row: 21, col: 6 },
    ]);
  });

  test("the rows the check would see with the template written: its texts, formulas as 0", () => {
    const sheet = benutting();
    const at = { row: 21, col: 6 };
    const layout = buildTemplate(
      { kind: "benutting", firstYear: 2015, lastYear: 2019, itemRows: 1 },
      at
    );
    const band = withTemplate(sheet, tables, at, layout.cells);
    // Three rows above the block reach A17:F20, whose title rows reach A10:F13, and so on: the
    // band grows to every table it meets, here from row 1 to one row below the block (row 27).
    expect(band.origin).toEqual({ row: 0, col: 0 });
    expect(band.values).toHaveLength(27);
    expect(band.values[22][7]).toBe("2015"); // H23, the first year of the header
    expect(band.values[25][7]).toBe(0); // H26: =EKV.NETTO(H24,H25) of an empty template
    expect(band.values[3][1]).toBe(sheet.values[3][1]); // B4 as it was
    const after = checkSheets([band]).tables;
    expect(readsApart(after, tables, band, layout.tableRange)).toBe(true);
  });

  test("right next to the table (H2, one blank column) the check reads the template apart", () => {
    const sheet = benutting();
    const at = { row: 1, col: 7 };
    const layout = buildTemplate(
      { kind: "benutting", firstYear: 2015, lastYear: 2019, itemRows: 1 },
      at
    );
    const band = withTemplate(sheet, tables, at, layout.cells);
    const after = checkSheets([band]).tables;
    expect(after.map((t) => t.range)).toEqual(["A3:F6", "H3:M6", "A10:F13", "A17:F20"]);
    expect(readsApart(after, tables, band, layout.tableRange)).toBe(true);
  });
});
