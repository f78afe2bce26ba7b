/**
 * The EKV garanties functions inside a real spreadsheet engine (HyperFormula, GPL-3.0, a
 * devDependency used by this test only), over sheets built from the 2016 garanties tables
 * (shared/seeds/002_…, x € 1.000), cross-checked against native formulas in the same sheet and
 * against the published figures.
 *
 * The plugin calls the real implementations of src/functions/garanties.ts: HyperFormula's ranges
 * become the 2-D arrays Excel passes, empty cells become null, and a CustomFunctions.Error
 * becomes a HyperFormula error (#VALUE! / #N/A) with the same message.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
import * as F from "../../src/functions/garanties";
import { StubCustomFunctionsError } from "../support/custom-functions-stub";

type Ast = Parameters<FunctionPlugin["runFunction"]>[0][number];
type State = Parameters<FunctionPlugin["runFunction"]>[1];
type Impl = (...args: unknown[]) => unknown;

/** A HyperFormula value as Excel hands it to a custom function. */
function toExcelCell(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return { code: `#${v.type}` };
  if (v !== null && typeof v === "object" && "val" in v) return (v as { val: number }).val;
  return v;
}

function toExcelMatrix(v: unknown): unknown[][] | null {
  if (v === undefined) return null;
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(toExcelCell));
  return [[toExcelCell(v)]];
}

function toEngineError(e: unknown): CellError {
  if (e instanceof StubCustomFunctionsError) {
    return new CellError(e.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, e.message);
  }
  return new CellError(ErrorType.ERROR, `onverwachte fout: ${String(e)}`);
}

function toEngineResult(result: unknown): unknown {
  if (!Array.isArray(result)) return result;
  const cells = (result as unknown[][]).map((row) =>
    row.map((c) => (c instanceof StubCustomFunctionsError ? toEngineError(c) : c))
  );
  if (cells.length === 1 && cells[0].length === 1) return cells[0][0];
  return SimpleRangeValue.onlyValues(cells as never);
}

/** Ranges stay whole (no vectorisation by the engine): the function itself works element-wise. */
const ANY = { argumentType: FunctionArgumentType.ANY };
const OPTIONAL = { argumentType: FunctionArgumentType.ANY, optionalArg: true };

class EkvGarantiesPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    "EKV.UITSTAAND": {
      method: "uitstaand",
      sizeOfResultArrayMethod: "resultSize",
      parameters: [ANY, ANY, ANY],
      vectorizationForbidden: true,
    },
    "EKV.SALDO": {
      method: "saldo",
      sizeOfResultArrayMethod: "resultSize",
      parameters: [ANY, ANY],
      vectorizationForbidden: true,
    },
    "EKV.NETTO": {
      method: "netto",
      sizeOfResultArrayMethod: "resultSize",
      parameters: [ANY, ANY],
      vectorizationForbidden: true,
    },
    "EKV.PLAFONDRUIMTE": {
      method: "plafondruimte",
      sizeOfResultArrayMethod: "resultSize",
      parameters: [ANY, ANY, OPTIONAL, OPTIONAL],
      vectorizationForbidden: true,
    },
    "EKV.TOTAAL": {
      method: "totaal",
      parameters: [ANY],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    },
  };

  static translations = {
    enGB: Object.fromEntries(
      Object.keys(EkvGarantiesPlugin.implementedFunctions).map((k) => [k, k])
    ),
  };

  private call(
    name: string,
    ast: { args: Ast[] },
    state: State,
    body: (args: unknown[]) => unknown
  ) {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      try {
        return toEngineResult(body(args)) as never;
      } catch (e) {
        return toEngineError(e);
      }
    });
  }

  private elementwise(fn: Impl, name: string, ast: { args: Ast[] }, state: State) {
    return this.call(name, ast, state, (args) => fn(...args.map(toExcelMatrix)));
  }

  uitstaand(ast: { args: Ast[] }, state: State) {
    return this.elementwise(F.UITSTAAND as unknown as Impl, "EKV.UITSTAAND", ast, state);
  }

  saldo(ast: { args: Ast[] }, state: State) {
    return this.elementwise(F.SALDO as unknown as Impl, "EKV.SALDO", ast, state);
  }

  netto(ast: { args: Ast[] }, state: State) {
    return this.elementwise(F.NETTO as unknown as Impl, "EKV.NETTO", ast, state);
  }

  plafondruimte(ast: { args: Ast[] }, state: State) {
    return this.call("EKV.PLAFONDRUIMTE", ast, state, ([p, v, l, s]) =>
      (F.PLAFONDRUIMTE as unknown as Impl)(
        toExcelMatrix(p),
        toExcelMatrix(v),
        toExcelMatrix(l),
        s === undefined ? null : toExcelCell(s)
      )
    );
  }

  totaal(ast: { args: Ast[] }, state: State) {
    return this.call("EKV.TOTAAL", ast, state, (args) =>
      (F.TOTAAL as unknown as Impl)(args.map(toExcelMatrix))
    );
  }

  /** The spill size: the largest range among the arguments (a single cell broadcasts). */
  resultSize(ast: { args: Ast[] }, state: State): ArraySize {
    let width = 1;
    let height = 1;
    for (const arg of ast.args) {
      const size = this.arraySizeForAst(arg, state);
      width = Math.max(width, size.width);
      height = Math.max(height, size.height);
    }
    return new ArraySize(width, height);
  }
}

HyperFormula.registerFunctionPlugin(EkvGarantiesPlugin, EkvGarantiesPlugin.translations);

/** Dutch Excel's separators, so that the formulas read as the user types them. */
function engine(sheet: unknown[][]): HyperFormula {
  return HyperFormula.buildFromArray(sheet as never, {
    licenseKey: "gpl-v3",
    functionArgSeparator: ";",
    decimalSeparator: ",",
    thousandSeparator: "",
  });
}

function value(hf: HyperFormula, cell: string): unknown {
  const address = hf.simpleCellAddressFromString(cell, 0);
  if (!address) throw new Error(`bad address ${cell}`);
  return hf.getCellValue(address);
}

function column(hf: HyperFormula, col: string, from: number, to: number): unknown[] {
  const out: unknown[] = [];
  for (let r = from; r <= to; r++) out.push(value(hf, `${col}${r}`));
  return out;
}

// Overzicht verstrekte garanties (x € 1.000), rows 1–21 as published; blank cells are null.
// Columns: uitstaand 2014 | verlenen 2015 | vervallen 2015 | uitstaand 2015 | verlenen 2016 |
// vervallen 2016 | uitstaand 2016.
const VERSTREKT: Array<[string, ...Array<number | null>]> = [
  ["Garantie procesrisico's", 362, 400, 400, 362, 400, 400, 362],
  ["Terrorismeschades (NHT)", 50000, null, null, 50000, null, null, 50000],
  ["WAKO (kernongevallen)", 14023000, null, 4254099, 9768901, null, null, 9768901],
  ["Waarborgfonds Motorverkeer", 156, null, null, 156, null, null, 156],
  ["DNB winstafdracht", 5700000, null, null, 5700000, null, null, 5700000],
  ["Garantie Propertize", 3600000, null, null, 3600000, null, null, 3600000],
  ["Verkoop staatsdeelnemingen", 952832, null, null, 952832, null, null, 952832],
  ["EFSF", 49640411, null, null, 49640411, null, null, 49640411],
  ["EFSM", 2778000, 42000, null, 2820000, null, null, 2820000],
  ["EIB ACP en OCT", 173953, null, null, 173953, null, null, 173953],
  ["ESM", 35445400, null, null, 35445400, null, null, 35445400],
  ["EU-betalingsbalanssteun", 2315000, 35000, null, 2350000, null, null, 2350000],
  ["MIGA", 27596, null, null, 27596, null, null, 27596],
  ["EBRD", 589100, null, null, 589100, null, null, 589100],
  ["EIB", 9895547, null, null, 9895547, null, null, 9895547],
  ["Wereldbank", 3888147, null, null, 3888147, 181841, null, 4069988],
  ["DNB kapitaal IMF", 47503587, null, null, 47503587, null, null, 47503587],
  ["AIIB", null, 730088, null, 730088, null, null, 730088],
  ["Regeling Investeringen", 175010, 453780, 453780, 175010, 453780, 453780, 175010],
  ["MIGA herverzekeren", null, 150000, 150000, null, 150000, 150000, null],
  [
    "Exportkredietverzekering",
    13373678,
    10000000,
    10000000,
    13373678,
    10000000,
    10000000,
    13373678,
  ],
];
// The published Totaal row.
const TOTAAL_VERSTREKT = [190131779, 11411268, 14858279, 186684768, 10786021, 10604180, 186866609];

describe("overzicht verstrekte garanties 2016 in HyperFormula", () => {
  // Sheet: A label | B–H the published columns | I =EKV.UITSTAAND 2015 | J native 2015 |
  // K =EKV.UITSTAAND 2016 (from the computed 2015 stock) | L native 2016. Rows 2–22, Totaal in 23.
  const header = ["Omschrijving", "U2014", "V2015", "W2015", "U2015", "V2016", "W2016", "U2016"];
  const rows = VERSTREKT.map((r, i) => {
    const n = i + 2;
    return [
      ...r,
      `=EKV.UITSTAAND(B${n};C${n};D${n})`,
      `=B${n}+C${n}-D${n}`,
      `=EKV.UITSTAAND(I${n};F${n};G${n})`,
      `=J${n}+F${n}-G${n}`,
    ];
  });
  const totals = [
    "Totaal",
    ...TOTAAL_VERSTREKT,
    "=EKV.TOTAAL(I2:I22)",
    "=SUM(J2:J22)",
    "=EKV.TOTAAL(K2:K22)",
    "=SUM(L2:L22)",
  ];
  const extra = [
    // Row 24: the roll-forward of the published Totaal row itself.
    [
      "Totaal doorgerold",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "=EKV.UITSTAAND(B23;C23;D23)",
      "=B23+C23-D23",
      "=EKV.UITSTAAND(E23;F23;G23)",
      "=E23+F23-G23",
    ],
    // Row 25: the column totals of the published rows, EKV.TOTAAL against SUM.
    [
      "Kolomtotalen",
      "=EKV.TOTAAL(B2:B22)",
      "=EKV.TOTAAL(C2:C22)",
      "=EKV.TOTAAL(D2:D22)",
      "=EKV.TOTAAL(E2:E22)",
      "=EKV.TOTAAL(F2:F22)",
      "=EKV.TOTAAL(G2:G22)",
      "=EKV.TOTAAL(H2:H22)",
    ],
    [
      "SOM",
      "=SUM(B2:B22)",
      "=SUM(C2:C22)",
      "=SUM(D2:D22)",
      "=SUM(E2:E22)",
      "=SUM(F2:F22)",
      "=SUM(G2:G22)",
      "=SUM(H2:H22)",
    ],
    // Row 27: one spilled call over the whole 2015 table (21 rows) in column M.
    [
      "Spill",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "=EKV.UITSTAAND(B2:B22;C2:C22;D2:D22)",
    ],
  ];
  let hf: HyperFormula;

  beforeAll(() => {
    hf = engine([header, ...rows, totals, ...extra]);
  });

  afterAll(() => hf.destroy());

  test("every row's 2015 stock: EKV.UITSTAAND = native B+C−D = the published figure", () => {
    const published = VERSTREKT.map((r) => r[4] ?? 0);
    expect(column(hf, "I", 2, 22)).toEqual(published);
    expect(column(hf, "J", 2, 22)).toEqual(published);
  });

  test("every row's 2016 stock rolled forward from the computed 2015 stock", () => {
    const published = VERSTREKT.map((r) => r[7] ?? 0);
    expect(column(hf, "K", 2, 22)).toEqual(published);
    expect(column(hf, "L", 2, 22)).toEqual(published);
  });

  test("the Totaal row: 190.131.779 + 11.411.268 − 14.858.279 = 186.684.768; then 186.866.609", () => {
    expect(value(hf, "I24")).toBe(186684768);
    expect(value(hf, "J24")).toBe(186684768);
    expect(value(hf, "K24")).toBe(186866609);
    expect(value(hf, "L24")).toBe(186866609);
  });

  test("EKV.TOTAAL of the computed stocks equals SUM and the published Totaal", () => {
    expect(value(hf, "I23")).toBe(186684768);
    expect(value(hf, "J23")).toBe(186684768);
    expect(value(hf, "K23")).toBe(186866609);
    expect(value(hf, "L23")).toBe(186866609);
  });

  test("EKV.TOTAAL of every published column equals SUM and the published Totaal row", () => {
    const cols = ["B", "C", "D", "E", "F", "G", "H"];
    expect(cols.map((c) => value(hf, `${c}25`))).toEqual(TOTAAL_VERSTREKT);
    expect(cols.map((c) => value(hf, `${c}26`))).toEqual(TOTAAL_VERSTREKT);
  });

  test("one call over ranges spills the whole 2015 column", () => {
    const published = VERSTREKT.map((r) => r[4] ?? 0);
    expect(column(hf, "M", 27, 47)).toEqual(published);
  });
});

describe("overzicht uitgaven en ontvangsten garanties 2014 and 2015", () => {
  // [row, uitgaven 2014, ontvangsten 2014, saldo 2014, uitgaven 2015, ontvangsten 2015, saldo 2015]
  const ROWS: Array<[string, ...Array<number | null>]> = [
    ["Garantie procesrisico's", 378, null, -378, 245, null, -245],
    ["Terrorismeschades (NHT)", null, 1275, 1275, null, 1075, 1075],
    ["WAKO (kernongevallen)", null, 1126, 1126, null, 609, 609],
    ["Garantie Propertize", null, 1920, 1920, null, 9300, 9300],
    ["Verkoop staatsdeelnemingen", 4800, 5716, 916, 4800, 5716, 916],
    ["EIB ACP en OCT", 38, 5398, 5360, null, 4687, 4687],
    ["Regeling Investeringen", null, 789, 789, 500, 1250, 750],
    ["Exportkredietverzekering", 43376, 205944, 162568, 74900, 178000, 103100],
  ];
  // Published Totaal: 48.592 | 222.168 | 173.576 | 80.445 | 200.637 | 120.192.
  const TOT = [48592, 222168, 173576, 80445, 200637, 120192];
  let hf: HyperFormula;

  beforeAll(() => {
    const body = ROWS.map((r, i) => {
      const n = i + 2;
      // H, I: saldo 2014 (EKV, native); J, K: saldo 2015 (EKV, native).
      return [
        ...r,
        `=EKV.SALDO(B${n};C${n})`,
        `=C${n}-B${n}`,
        `=EKV.SALDO(E${n};F${n})`,
        `=F${n}-E${n}`,
      ];
    });
    const last = ROWS.length + 1;
    const totals = [
      "Totaal",
      ...["B", "C", "D", "E", "F", "G", "H", "I", "J", "K"].map(
        (c) => `=EKV.TOTAAL(${c}2:${c}${last})`
      ),
    ];
    const sums = [
      "SOM",
      ...["B", "C", "D", "E", "F", "G", "H", "I", "J", "K"].map((c) => `=SUM(${c}2:${c}${last})`),
    ];
    hf = engine([
      ["Omschrijving", "U14", "O14", "S14", "U15", "O15", "S15"],
      ...body,
      totals,
      sums,
    ]);
  });

  afterAll(() => hf.destroy());

  test("saldo per row: EKV.SALDO = native C−B = published (e.g. EKV 2014: 205.944 − 43.376 = 162.568)", () => {
    const last = ROWS.length + 1;
    expect(column(hf, "H", 2, last)).toEqual(ROWS.map((r) => r[3]));
    expect(column(hf, "I", 2, last)).toEqual(ROWS.map((r) => r[3]));
    expect(column(hf, "J", 2, last)).toEqual(ROWS.map((r) => r[6]));
    expect(column(hf, "K", 2, last)).toEqual(ROWS.map((r) => r[6]));
  });

  test("the Totaal row: EKV.TOTAAL = SUM = published, and total saldo = saldo of the totals", () => {
    const t = ROWS.length + 2;
    const s = t + 1;
    expect(["B", "C", "D", "E", "F", "G"].map((c) => value(hf, `${c}${t}`))).toEqual(TOT);
    expect(["B", "C", "D", "E", "F", "G"].map((c) => value(hf, `${c}${s}`))).toEqual(TOT);
    // 222.168 − 48.592 = 173.576; 200.637 − 80.445 = 120.192.
    expect(["H", "I", "J", "K"].map((c) => value(hf, `${c}${t}`))).toEqual([
      173576, 173576, 120192, 120192,
    ]);
  });
});

describe("benutting garantieregeling and plafondruimte", () => {
  let hf: HyperFormula;

  beforeAll(() => {
    // Rows: 2010–2014; B aangegaan (bruto), C vervallen, D published netto, E EKV.NETTO, F native,
    // G EKV.PLAFONDRUIMTE bruto against € 10 mld. (10.000.000 x € 1.000 in H2), I native H−B.
    const ekv: Array<[string, number, number, number]> = [
      ["2010", 4616849, 3418210, 1198639],
      ["2011", 6823709, 5705565, 1118144],
      ["2012", 12644489, 9701607, 2942882],
      ["2013", 12901909, 9378339, 3523570],
      ["2014", 8882142, 16366533, -7484391],
    ];
    const body = ekv.map((r, i) => {
      const n = i + 2;
      return [
        ...r,
        `=EKV.NETTO(B${n};C${n})`,
        `=B${n}-C${n}`,
        `=EKV.PLAFONDRUIMTE($H$2;B${n})`,
        n === 2 ? 10000000 : null,
        `=$H$2-B${n}`,
        `=EKV.PLAFONDRUIMTE($H$2;B${n};C${n};"netto")`,
        `=$H$2-(B${n}-C${n})`,
      ];
    });
    hf = engine([
      [
        "Jaar",
        "Bruto",
        "Vervallen",
        "Netto",
        "EKV.NETTO",
        "B-C",
        "Ruimte",
        "Plafond",
        "H-B",
        "Netto ruimte",
        "H-(B-C)",
      ],
      ...body,
      ["Spill", "=EKV.NETTO(B2:B6;C2:C6)"],
    ]);
  });

  afterAll(() => hf.destroy());

  test("netto: EKV.NETTO = native B−C = published (2014: 8.882.142 − 16.366.533 = – 7.484.391)", () => {
    const published = [1198639, 1118144, 2942882, 3523570, -7484391];
    expect(column(hf, "D", 2, 6)).toEqual(published);
    expect(column(hf, "E", 2, 6)).toEqual(published);
    expect(column(hf, "F", 2, 6)).toEqual(published);
    expect(column(hf, "B", 7, 11)).toEqual(published);
  });

  test("plafondruimte bruto and netto equal the native formulas; exceeding years are negative", () => {
    // Bruto 2012: 10.000.000 − 12.644.489 = – 2.644.489.
    expect(column(hf, "G", 2, 6)).toEqual(column(hf, "I", 2, 6));
    expect(value(hf, "G4")).toBe(-2644489);
    // Netto 2014: 10.000.000 − (8.882.142 − 16.366.533) = 17.484.391.
    expect(column(hf, "J", 2, 6)).toEqual(column(hf, "K", 2, 6));
    expect(value(hf, "J6")).toBe(17484391);
  });
});

describe("where the EKV functions and the native ones differ on purpose", () => {
  let hf: HyperFormula;

  beforeAll(() => {
    hf = engine([
      // A number stored as text (a leading apostrophe keeps it text, as in Excel).
      [100, "'1.234", 50, "=SUM(A1:C1)", "=EKV.TOTAAL(A1:C1)"],
      // 0,1 + 0,2 − 0: exact in EKV; the native sum is only right after the engine's own rounding.
      [0.1, 0.2, null, "=EKV.UITSTAAND(A2;B2;C2)", '=EKV.PLAFONDRUIMTE(A2;B2;C2;"brutto")'],
    ]);
  });

  afterAll(() => hf.destroy());

  test("SUM silently skips the number stored as text; EKV.TOTAAL refuses it and says why", () => {
    expect(value(hf, "D1")).toBe(150);
    const e = value(hf, "E1") as DetailedCellError;
    expect(e).toBeInstanceOf(DetailedCellError);
    expect(e.type).toBe(ErrorType.VALUE);
    expect(e.message).toBe(
      'waarde1 (rij 1, kolom 2): tekst "1.234" is een getal opgeslagen als tekst; zet de cel om naar een getal of gebruik EKV.GETAL.'
    );
  });

  test("0,1 + 0,2 = 0,3 exactly; an unknown soort is #VALUE! with the Dutch message", () => {
    expect(value(hf, "D2")).toBe(0.3);
    const e = value(hf, "E2") as DetailedCellError;
    expect(e.type).toBe(ErrorType.VALUE);
    expect(e.message).toBe('soort: "brutto" is onbekend; verwacht "bruto" (standaard) of "netto".');
  });
});

describe("HyperFormula stays out of the add-in (GPL-3.0, test-only)", () => {
  const root = path.resolve(__dirname, "../..");

  function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) return sourceFiles(full);
      return /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(d.name) ? [full] : [];
    });
  }

  test("no file under src/ imports or requires hyperformula", () => {
    const offenders = sourceFiles(path.join(root, "src")).filter((f) =>
      /(from\s+|require\(\s*|import\(\s*)["']hyperformula(\/[^"']*)?["']/.test(
        fs.readFileSync(f, "utf8")
      )
    );
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });

  test("the ESLint rule refuses an import of hyperformula in src/ (and allows it in test/)", () => {
    const lint = (filePath: string): Array<{ ruleId: string | null; message: string }> => {
      let out: string;
      try {
        out = execFileSync(
          process.execPath,
          [
            path.join(root, "node_modules/eslint/bin/eslint.js"),
            "--stdin",
            "--stdin-filename",
            filePath,
            "--format",
            "json",
          ],
          {
            cwd: root,
            input:
              'import { HyperFormula } from "hyperformula";\nexport const hf = HyperFormula;\n',
            encoding: "utf8",
          }
        );
      } catch (e) {
        // ESLint exits with 1 when it reports errors; its JSON report is still on stdout.
        out = (e as { stdout: string }).stdout;
      }
      const report = JSON.parse(out) as Array<{
        messages: Array<{ ruleId: string | null; message: string }>;
      }>;
      return report[0].messages;
    };
    const inSrc = lint("src/functions/verboden-voorbeeld.ts");
    expect(inSrc.map((m) => m.ruleId)).toContain("no-restricted-imports");
    expect(inSrc.find((m) => m.ruleId === "no-restricted-imports")?.message).toContain(
      "HyperFormula (GPL-3.0) is alleen voor tests."
    );
    const inTest = lint("test/engine/toegestaan-voorbeeld.ts");
    expect(inTest.map((m) => m.ruleId)).not.toContain("no-restricted-imports");
  });
});
