/**
 * The garanties formulas against the figures of the 2016 budget (hoofdstuk IX, paragraph 2.5,
 * shared/seeds/002_…), amounts x € 1.000. Each expected value is the published figure, and the
 * arithmetic is written out next to it (checked by hand).
 */
import {
  GULDEN_PER_EURO,
  guldenNaarEuro,
  netto,
  parsePlafondSoort,
  plafondruimte,
  saldo,
  totaal,
  uitstaand,
} from "../../src/core/garanties";
import { thrownEkvError } from "../support/thrown";

describe("uitstaand: overzicht verstrekte garanties", () => {
  test.each([
    // [row, uitstaand vorig, verleend, vervallen, uitstaand]
    // WAKO 2015: 14.023.000 + 0 − 4.254.099 = 9.768.901.
    ["WAKO 2015", 14023000, 0, 4254099, 9768901],
    // EFSM 2015: 2.778.000 + 42.000 − 0 = 2.820.000.
    ["EFSM 2015", 2778000, 42000, 0, 2820000],
    // Kredieten EU-betalingsbalanssteun 2015: 2.315.000 + 35.000 = 2.350.000.
    ["EU-betalingsbalanssteun 2015", 2315000, 35000, 0, 2350000],
    // Wereldbank 2016: 3.888.147 + 181.841 = 4.069.988.
    ["Wereldbank 2016", 3888147, 181841, 0, 4069988],
    // AIIB 2015: new guarantee, 0 + 730.088 = 730.088.
    ["AIIB 2015", 0, 730088, 0, 730088],
    // Exportkredietverzekering 2015: 13.373.678 + 10.000.000 − 10.000.000 = 13.373.678.
    ["EKV 2015", 13373678, 10000000, 10000000, 13373678],
    // Regeling Investeringen 2016: 175.010 + 453.780 − 453.780 = 175.010.
    ["RIV 2016", 175010, 453780, 453780, 175010],
    // Garantie procesrisico's 2015: 362 + 400 − 400 = 362.
    ["Procesrisico's 2015", 362, 400, 400, 362],
    // Totaal 2015: 190.131.779 + 11.411.268 = 201.543.047; − 14.858.279 = 186.684.768.
    ["Totaal 2015", 190131779, 11411268, 14858279, 186684768],
    // Totaal 2016: 186.684.768 + 10.786.021 = 197.470.789; − 10.604.180 = 186.866.609.
    ["Totaal 2016", 186684768, 10786021, 10604180, 186866609],
  ])("%s", (_row, vorig, verleend, vervallen, expected) => {
    expect(uitstaand(vorig, verleend, vervallen)).toBe(expected);
  });

  test("with cents: 0,1 + 0,2 − 0 = 0,3 exactly", () => {
    expect(uitstaand(0.1, 0.2, 0)).toBe(0.3);
    // 1.000,10 + 0,20 − 0,30 = 1.000,00.
    expect(uitstaand(1000.1, 0.2, 0.3)).toBe(1000);
  });

  test("more lapsing than outstanding gives a negative stock (reported, not hidden)", () => {
    expect(uitstaand(100, 0, 150)).toBe(-50);
  });

  test.each([
    [[-1, 0, 0], "uitstaand_vorig: negatief bedrag -1 gevonden; verwacht 0 of meer."],
    [[0, -0.5, 0], "verleend: negatief bedrag -0,5 gevonden; verwacht 0 of meer."],
    [[0, 0, -2], "vervallen: negatief bedrag -2 gevonden; verwacht 0 of meer."],
    [[NaN, 0, 0], "uitstaand_vorig: geen getal gevonden; verwacht een bedrag."],
    [[0, Infinity, 0], "verleend: oneindige waarde gevonden; verwacht een eindig bedrag."],
  ])("refuses %j: %s", (args, message) => {
    const [a, b, c] = args as [number, number, number];
    expect(thrownEkvError(() => uitstaand(a, b, c)).message).toBe(message);
  });
});

describe("saldo: overzicht uitgaven en ontvangsten garanties (ontvangsten − uitgaven)", () => {
  test.each([
    // EKV 2014: 205.944 − 43.376 = 162.568.
    ["EKV 2014", 43376, 205944, 162568],
    // EKV 2015: 178.000 − 74.900 = 103.100.
    ["EKV 2015", 74900, 178000, 103100],
    // EKV 2016: 233.202 − 74.900 = 158.302.
    ["EKV 2016", 74900, 233202, 158302],
    // Garantie procesrisico's 2014: 0 − 378 = – 378.
    ["Procesrisico's 2014", 378, 0, -378],
    // Verkoop staatsdeelnemingen 2014: 5.716 − 4.800 = 916.
    ["Staatsdeelnemingen 2014", 4800, 5716, 916],
    // EIB ACP/OCT 2014: 5.398 − 38 = 5.360.
    ["EIB ACP/OCT 2014", 38, 5398, 5360],
    // Regeling Investeringen 2015: 1.250 − 500 = 750.
    ["RIV 2015", 500, 1250, 750],
    // Totaal 2014: 222.168 − 48.592 = 173.576.
    ["Totaal 2014", 48592, 222168, 173576],
    // Totaal 2015: 200.637 − 80.445 = 120.192.
    ["Totaal 2015", 80445, 200637, 120192],
  ])("%s", (_row, uitgaven, ontvangsten, expected) => {
    expect(saldo(uitgaven, ontvangsten)).toBe(expected);
  });

  test("negative receipts are refused with the argument named", () => {
    expect(thrownEkvError(() => saldo(0, -1)).message).toBe(
      "ontvangsten: negatief bedrag -1 gevonden; verwacht 0 of meer."
    );
  });
});

describe("netto: benutting garantieregeling (aangegaan − vervallen)", () => {
  test.each([
    // Exportkredietverzekering 2010–2014.
    ["EKV 2010", 4616849, 3418210, 1198639],
    ["EKV 2011", 6823709, 5705565, 1118144],
    ["EKV 2012", 12644489, 9701607, 2942882],
    ["EKV 2013", 12901909, 9378339, 3523570],
    // 8.882.142 − 16.366.533 = – 7.484.391.
    ["EKV 2014", 8882142, 16366533, -7484391],
    // Regeling Investeringen 2010–2014.
    ["RIV 2010", 22340, 71559, -49219],
    ["RIV 2011", 0, 19752, -19752],
    ["RIV 2012", 13789, 34262, -20473],
    ["RIV 2013", 62194, 9275, 52919],
    ["RIV 2014", 5760, 57225, -51465],
    // MIGA-herverzekering: no use at all.
    ["MIGA 2014", 0, 0, 0],
  ])("%s", (_row, aangegaan, vervallen, expected) => {
    expect(netto(aangegaan, vervallen)).toBe(expected);
  });
});

describe("plafondruimte", () => {
  test("bruto (the EKV's annual ceiling of € 10 mld.): 10.000.000 − 8.882.142 = 1.117.858", () => {
    expect(plafondruimte(10000000, 8882142, 16366533, "bruto")).toBe(1117858);
  });

  test("netto: 10.000.000 − (8.882.142 − 16.366.533) = 10.000.000 + 7.484.391 = 17.484.391", () => {
    expect(plafondruimte(10000000, 8882142, 16366533, "netto")).toBe(17484391);
  });

  test("RIV 2013 bruto: 453.780 − 62.194 = 391.586; netto: 453.780 − (62.194 − 9.275) = 400.861", () => {
    expect(plafondruimte(453780, 62194, 9275, "bruto")).toBe(391586);
    expect(plafondruimte(453780, 62194, 9275, "netto")).toBe(400861);
  });

  test("exceeding the ceiling gives a negative room: 10.000.000 − 12.644.489 = – 2.644.489", () => {
    // EKV 2012 aangegaan against today's € 10 mld. gross ceiling.
    expect(plafondruimte(10000000, 12644489, 9701607, "bruto")).toBe(-2644489);
  });

  test("with cents: 0,3 − 0,1 = 0,2; netto 0,3 − (0,1 − 0,2) = 0,4", () => {
    expect(plafondruimte(0.3, 0.1, 0.2, "bruto")).toBe(0.2);
    expect(plafondruimte(0.3, 0.1, 0.2, "netto")).toBe(0.4);
  });

  test("parsePlafondSoort: blank is bruto, case and spaces do not matter, others refused", () => {
    expect(parsePlafondSoort(undefined)).toBe("bruto");
    expect(parsePlafondSoort(null)).toBe("bruto");
    expect(parsePlafondSoort("")).toBe("bruto");
    expect(parsePlafondSoort(" Bruto ")).toBe("bruto");
    expect(parsePlafondSoort("NETTO")).toBe("netto");
    expect(thrownEkvError(() => parsePlafondSoort("brutto")).message).toBe(
      'soort: "brutto" is onbekend; verwacht "bruto" (standaard) of "netto".'
    );
  });
});

describe("totaal", () => {
  test("uitstaande garanties 2014, all 21 rows: 190.131.779", () => {
    // Column "Uitstaande garanties 2014" of the 2016 table, rows 1–21 (blank rows left out).
    const column = [
      362, 50000, 14023000, 156, 5700000, 3600000, 952832, 49640411, 2778000, 173953, 35445400,
      2315000, 27596, 589100, 9895547, 3888147, 47503587, 175010, 13373678,
    ];
    expect(totaal(column)).toBe(190131779);
  });

  test("ontvangsten 2014: 1.275 + 1.126 + 1.920 + 5.716 + 5.398 + 789 + 205.944 = 222.168", () => {
    expect(totaal([1275, 1126, 1920, 5716, 5398, 789, 205944])).toBe(222168);
  });

  test("saldo 2014 column with a negative: – 378 + 1.275 + 1.126 + 1.920 + 916 + 5.360 + 789 + 162.568 = 173.576", () => {
    expect(totaal([-378, 1275, 1126, 1920, 916, 5360, 789, 162568])).toBe(173576);
  });

  test("decimals: 0,1 + 0,2 + 0,3 = 0,6 (float gives 0,6000000000000001)", () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(totaal([0.1, 0.2, 0.3])).toBe(0.6);
  });

  test("empty total is 0; non-finite refused", () => {
    expect(totaal([])).toBe(0);
    expect(thrownEkvError(() => totaal([1, NaN])).message).toBe(
      "waarde: geen getal gevonden; verwacht een bedrag."
    );
  });
});

describe("guldenNaarEuro: 1 EUR = 2,20371 NLG, divide, round to the cent half away from zero", () => {
  test("the rate is the legal six-figure rate, kept as a decimal string", () => {
    expect(GULDEN_PER_EURO).toBe("2.20371");
  });

  test.each([
    // 5.000.000 / 2,20371 = 2.268.901,0804506945… → 2.268.901,08.
    // Check: 2,20371 × 2.268.901,08 = 4.999.999,999; the remainder 0,001 / 2,20371 < 0,005.
    [5000000, 2268901.08],
    // 1.000 / 2,20371 = 453,7802160901… → 453,78 (hence the RIV ceiling of 453.780 x € 1.000 = f 1 mld.).
    [1000, 453.78],
    // 100 / 2,20371 = 45,3780216090… → 45,38.
    [100, 45.38],
    // 1 / 2,20371 = 0,4537802160… → 0,45.
    [1, 0.45],
    // 2,20371 / 2,20371 = 1 exactly.
    [2.20371, 1],
    // 1.234.567,89 / 2,20371 = 560.222,4839021468… → 560.222,48.
    [1234567.89, 560222.48],
    [0, 0],
  ])("f %d → € %d", (gulden, euro) => {
    expect(guldenNaarEuro(gulden)).toBe(euro);
  });

  test("an exact half cent rounds up: 2,20371 × 1,125 = 2,47917375 → 1,125 → 1,13", () => {
    // A multiplication by hand: 2,20371 × 1,125 = 2,20371 + 0,2754637 5 = 2,47917375.
    expect(guldenNaarEuro(2.47917375)).toBe(1.13);
    // 2,20371 × 0,005 = 0,01101855 → exactly half a cent → 0,01.
    expect(guldenNaarEuro(0.01101855)).toBe(0.01);
    // Just below half a cent: 0,0110185 / 2,20371 = 0,0049999773… → 0,00.
    expect(guldenNaarEuro(0.0110185)).toBe(0);
  });

  test("negatives round away from zero symmetrically", () => {
    expect(guldenNaarEuro(-5000000)).toBe(-2268901.08);
    expect(guldenNaarEuro(-2.47917375)).toBe(-1.13);
    expect(Object.is(guldenNaarEuro(-0.0110185), 0)).toBe(true);
  });

  test("refuses amounts beyond 10^15 guilders", () => {
    expect(thrownEkvError(() => guldenNaarEuro(2e15)).message).toContain(
      "bedrag: 2000000000000000"
    );
  });
});
