/**
 * Issue 8 point 4: every recognised table says which amounts the rules compared, and names the
 * others with a reason — never a silent "consistent".
 */
import { coverageText } from "../../src/core/tables/coverage";
import { GARANTIES, UITGAVEN, copy, run } from "./support";

describe("coverage per table", () => {
  it("a table without a total row: the cells no rule compares are named", () => {
    // Rows 3–5 of GARANTIES, no Totaal: 6 + 4 + 4 = 14 filled amounts. Roll-forward compares
    // C–F of every row; the ceiling G3 (10.000.000) and the totaal plafond H4, H5 apply. The
    // Garantieplafond 0 of NHT (G4) and the Totaal plafond 0 of the EKV (H3) mean "no ceiling":
    // no rule compares them.
    const r = run(GARANTIES.slice(0, 5));
    expect(r.findings).toEqual([]);
    const c = r.tables[0].coverage;
    const reason =
      "geen controle van toepassing (geen totaalregel, vorig jaar of plafond om mee te vergelijken)";
    const noTotal = "kolomtotalen niet gecontroleerd: de tabel heeft geen totaalregel";
    expect(c).toEqual({
      checkedCells: 12,
      uncheckedCells: 2,
      unchecked: [
        { range: "H3", reason },
        { range: "G4", reason },
        // Said once for the amount columns C3:H5: no total row to check the columns against.
        { range: "C3:H5", reason: noTotal },
      ],
    });
    expect(coverageText(c!)).toBe(
      `Dekking: 12 van 14 bedragen gecontroleerd; niet gecontroleerd: H3 (${reason}); G4 (${reason}); C3:H5 (${noTotal}).`
    );
  });

  it("an unknown column and a text in an amount column are named", () => {
    const g = copy(UITGAVEN);
    g[1][5] = "Opmerkingen";
    g[2][5] = 12;
    g[3][5] = 7;
    g[2][3] = "zie noot";
    const c = run(g).tables[0].coverage;
    // D3 is text: its row's saldo and the Ontvangsten total cannot use it, but D4 and D5 are
    // still compared through the saldo of their rows.
    expect(c?.unchecked).toEqual([
      { range: "D3", reason: "tekst in een bedragkolom" },
      { range: "F3:F4", reason: "kop niet herkend" },
    ]);
    expect(c?.uncheckedCells).toBe(3);
  });
});
