import { describeError, dutchErrors, englishErrors } from "../../src/taskpane/office-errors";
import { luminance, themeKind } from "../../src/taskpane/theme";

describe("Office errors in the user's words", () => {
  test("a known code gets its sentence with a next step, in Dutch and English", () => {
    const e = Object.assign(new Error("The operation cannot be performed in cell-edit mode."), {
      code: "InvalidOperationInCellEditMode",
    });
    expect(describeError(e, dutchErrors)).toBe(
      "Excel is bezig met het bewerken van een cel. Druk op Enter of Esc in de cel en probeer het opnieuw."
    );
    expect(describeError(e, englishErrors)).toBe(
      "Excel is editing a cell. Press Enter or Esc in the cell and try again."
    );
  });

  test("every code has both languages", () => {
    expect(Object.keys(englishErrors.codes).sort()).toEqual(Object.keys(dutchErrors.codes).sort());
  });

  test("an unknown error keeps its text inside a sentence that says what to do", () => {
    expect(describeError(new Error("kapot"), dutchErrors)).toBe(
      "Er ging iets mis (kapot). Probeer het opnieuw; blijft het misgaan, sluit en open dan het taakvenster."
    );
    expect(describeError("x", dutchErrors)).toContain("(x)");
  });
});

describe("Office theme", () => {
  test("luminance of Office's body colours", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 10);
    expect(luminance("#000000")).toBe(0);
    expect(luminance("rood")).toBeNull();
  });

  test.each([
    ["#FFFFFF", false, "light"], // Office "Colorful" / "White"
    ["#E6E6E6", false, "light"], // "Light gray"
    ["#262626", false, "dark"], // "Black"
    ["#444444", false, "dark"], // "Dark gray" (luminance 0,058)
    [undefined, false, "light"],
    ["#FFFFFF", true, "contrast"], // Windows high contrast forces colours
  ])("%s, forced colours %s → %s", (bg, forced, kind) => {
    expect(themeKind(bg, forced)).toBe(kind);
  });
});
