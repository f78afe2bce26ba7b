/**
 * The metamorphic suite through the real .xlsx reader (issue 8): every subject and each of its
 * single-defect variants, written as .xlsx in each way of ./xlsx-layouts.ts and read back with
 * `readWorkbook`, gives the findings of its plain layout modulo addresses. Amounts stored as
 * text add exactly one number-as-text warning per amount and nothing else.
 */
import { SUBJECTS, defects, shape, type Shape, type Subject } from "./layouts";
import { XLSX_LAYOUTS, readBack, xlsxBytes, type XlsxLayout } from "./xlsx-layouts";

function cases(layout: XlsxLayout): Array<[string, Subject]> {
  return SUBJECTS.filter((s) => layout.applies?.(s) ?? true).map((s) => [s.name, s]);
}

/** The findings without the number-as-text warnings, and how many of those there were. */
function withoutTextWarnings(s: Shape): { shape: Shape; text: number } {
  const findings = s.findings.filter((f) => !f.startsWith("number-as-text "));
  return { shape: { ...s, findings }, text: s.findings.length - findings.length };
}

function amountCount(subject: Subject, grid: Subject["grid"]): number {
  let n = 0;
  grid.forEach((row, r) => {
    if (r < 2) return;
    row.forEach((v, c) => {
      if (typeof v !== "number") return;
      if (subject.form === "header" && c === 0) return;
      n++;
    });
  });
  return n;
}

test("the .xlsx suite covers the number formats, text amounts, hidden columns, rich text and merges", () => {
  expect(XLSX_LAYOUTS.length).toBeGreaterThanOrEqual(10);
  for (const l of XLSX_LAYOUTS) expect(cases(l).length).toBeGreaterThan(0);
});

describe.each(XLSX_LAYOUTS.map((l) => [l.name, l] as const))("xlsx layout: %s", (_, layout) => {
  test.each(cases(layout))("%s and each single-defect variant", async (_n, subject) => {
    const variants = [{ name: "consistent", grid: subject.grid }, ...defects(subject)];
    const sheets = readBack(
      await xlsxBytes(
        layout,
        subject,
        variants.map((v) => v.grid)
      )
    );
    expect(sheets).toHaveLength(variants.length);
    const plainShape = shape([{ name: "Blad1", values: subject.grid.map((r) => [...r]) }], 0);
    variants.forEach((v, k) => {
      const want = shape([{ name: "Blad1", values: v.grid.map((r) => [...r]) }], 0);
      if (k > 0) {
        // The defect is found in the plain layout, so the comparison is not trivially equal.
        expect({
          defect: v.name,
          found: want.findings.length > plainShape.findings.length,
        }).toEqual({ defect: v.name, found: true });
      }
      const got = shape([sheets[k]], 0);
      if (layout.amountsAsText) {
        const { shape: rest, text } = withoutTextWarnings(got);
        expect({ variant: v.name, ...rest }).toEqual({ variant: v.name, ...want });
        // Nil amounts (0) are written "0" and read back as a text number too.
        expect({ variant: v.name, text }).toEqual({
          variant: v.name,
          text: amountCount(subject, v.grid),
        });
      } else {
        expect({ variant: v.name, ...got }).toEqual({ variant: v.name, ...want });
      }
    });
  });
});
