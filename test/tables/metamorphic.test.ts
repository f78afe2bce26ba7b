/**
 * Metamorphic layout suite (issue 8): every fixture table and every single-defect variant of it,
 * laid out in each way of ./layouts.ts, gives the findings of its plain layout modulo addresses:
 * the same title (its own, never a neighbour's), the same rule, severity, expected and actual
 * figures, at the same body row of the table and in the same column (kind and year).
 */
import {
  LAYOUTS,
  SUBJECTS,
  companionOf,
  defects,
  shape,
  type Layout,
  type Subject,
} from "./layouts";
import type { Grid } from "./support";
function cases(layout: Layout): Array<[string, Subject]> {
  return SUBJECTS.filter((s) => layout.applies?.(s) ?? true).map((s) => [s.name, s]);
}

test("the suite has at least 25 layouts, each applying to some subject", () => {
  expect(LAYOUTS.length).toBeGreaterThanOrEqual(25);
  for (const l of LAYOUTS) expect(cases(l).length).toBeGreaterThan(0);
});

describe.each(LAYOUTS.map((l) => [l.name, l] as const))("layout: %s", (_, layout) => {
  test.each(cases(layout))("%s and each single-defect variant", (_, subject) => {
    const companion = companionOf(subject);
    const plainOf = (grid: Grid) => shape([{ name: "Blad1", values: grid.map((r) => [...r]) }], 0);
    const laidOf = (grid: Grid) => {
      const placed = layout.place({ ...subject, grid }, companion);
      return shape(placed.sheets, placed.subject);
    };
    const plain = plainOf(subject.grid);
    expect(plain.others).toBe(0);
    expect(laidOf(subject.grid)).toEqual(plain);
    for (const d of defects(subject)) {
      const want = plainOf(d.grid);
      // The defect is found in the plain layout (so the comparison below is not trivially equal).
      expect({ defect: d.name, changed: want.findings.length > plain.findings.length }).toEqual({
        defect: d.name,
        changed: true,
      });
      expect({ defect: d.name, ...laidOf(d.grid) }).toEqual({ defect: d.name, ...want });
    }
  });
});
