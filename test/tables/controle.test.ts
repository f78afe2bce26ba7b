import { CONTROLEER, locateRange } from "../../src/functions/controle";
import { StubCustomFunctionsError } from "../support/custom-functions-stub";
import { cases } from "../support/cases/controle";

function call(...args: unknown[]): unknown {
  try {
    return (CONTROLEER as (...a: unknown[]) => unknown)(...args);
  } catch (e) {
    return e;
  }
}

describe("EKV.CONTROLEER", () => {
  const [c] = cases;

  it.each(c.valid.map((v) => [v.note ?? "", v]))("valid: %s", (_note, v) => {
    expect(call(...v.args)).toEqual(v.expected);
  });

  it.each(c.invalid!.map((v) => [v.note, v]))(
    "invalid: %s gives #VALUE! with a Dutch message",
    (_n, v) => {
      const r = call(...v.args);
      expect(r).toBeInstanceOf(StubCustomFunctionsError);
      expect((r as StubCustomFunctionsError).code).toBe("#VALUE!");
      expect((r as StubCustomFunctionsError).message).toMatch(/^(tabel|tolerantie): /);
    }
  );

  it("names the real cells when Excel passes the range's address", () => {
    const small = c.valid[3].args[0];
    const r = call(small, 0, { parameterAddresses: ["'Tabel 2.5'!C10:F12", null] }) as unknown[][];
    // The saldo cell is the 4th column, 3rd row of C10:F12: F12.
    expect(r.map((row) => row[1])).toEqual(["F12"]);
  });

  it("refuses booleans and error values as tolerance", () => {
    const small = c.valid[3].args[0];
    for (const t of [true, { code: "#N/A" }, Number.NaN]) {
      const r = call(small, t);
      expect(r).toBeInstanceOf(StubCustomFunctionsError);
      expect((r as StubCustomFunctionsError).message).toMatch(/^tolerantie: /);
    }
  });

  it("reads a tolerance given as text exactly as --tolerance does, with the same refusals", () => {
    const small = c.valid[3].args[0];
    // small has one difference of 1 (saldo D3): "1" hides it, "0,5" does not.
    expect(call(small, "1")).toEqual([["OK"]]);
    expect((call(small, "0,5") as unknown[][]).map((r) => r[1])).toEqual(["D3"]);
    const refusal = (t: string) => (call(small, t) as StubCustomFunctionsError).message;
    expect(refusal("1.27")).toBe(
      'tolerantie: "1.27" is geen bedrag in Nederlandse notatie: na de punt staan 2 cijfers; in het Nederlands groepeert de punt duizendtallen. Bedoelt u 1,27? Schrijf dan een komma. Geef 0 of meer, bijvoorbeeld 1, 0,5 of 1.000.'
    );
    expect(refusal("5%")).toBe(
      'tolerantie: "5%" is een percentage; de tolerantie is een bedrag in de eenheid van de tabel. Geef 0 of meer, bijvoorbeeld 1, 0,5 of 1.000.'
    );
    expect(refusal("-1")).toBe(
      'tolerantie: "-1" is negatief. Geef 0 of meer, bijvoorbeeld 1, 0,5 of 1.000.'
    );
  });
});

describe("locateRange", () => {
  it("reads sheet and top-left cell from the addresses Excel gives", () => {
    expect(locateRange("Blad1!B3:M26")).toEqual({ sheet: "Blad1", origin: { row: 2, col: 1 } });
    expect(locateRange("'Tabel 2.5 (x € 1.000)'!$AA$10")).toEqual({
      sheet: "Tabel 2.5 (x € 1.000)",
      origin: { row: 9, col: 26 },
    });
    expect(locateRange("'Jan''s blad'!A1:B2")?.sheet).toBe("Jan's blad");
    expect(locateRange("[Map1.xlsx]Blad1!C5")).toEqual({
      sheet: "Blad1",
      origin: { row: 4, col: 2 },
    });
    expect(locateRange("D4:E5")).toEqual({ sheet: "", origin: { row: 3, col: 3 } });
    expect(locateRange("Blad1!$B:$M")).toEqual({ sheet: "Blad1", origin: { row: 0, col: 1 } });
    expect(locateRange("Blad1!3:30")).toEqual({ sheet: "Blad1", origin: { row: 2, col: 0 } });
    expect(locateRange(undefined)).toBeUndefined();
    expect(locateRange("Blad1!#REF!")).toBeUndefined();
  });
});
