/**
 * EKV.CONTROLEER: the table checker of src/core/tables in a cell. The JSDoc block is the
 * function's metadata (custom-functions-metadata, see scripts/functions-plugin.js). With the
 * requiresParameterAddresses tag Excel passes where the range stands, so findings name the real
 * cells (B7 on the table's sheet); without it (older hosts, tests) addresses are relative to the range: A1 is its top-left cell.
 * Parameter and return types are the built-in forms custom-functions-metadata reads (`unknown`
 * is Excel's "any"), not aliases.
 */
import { EkvError } from "../core/errors";
import { checkSheets } from "../core/tables/check";
import { parseA1, splitAddress } from "../core/tables/a1";
import { convertCell } from "../core/cells";
import { TOLERANCE_HINT, parseTolerance } from "../core/tolerance";
import type { CellValue, SheetData } from "../core/tables/model";
import { Cell, Matrix, asMatrix, guard, isExcelErrorValue, single, toAmount } from "./excel-input";

/** The sheet name and top-left cell of an address such as "'Blad 1'!B3:M26" or "[Map1]Blad1!B3". */
export function locateRange(
  address: string | undefined
): { sheet: string; origin: { row: number; col: number } } | undefined {
  if (!address) return undefined;
  const { sheet, cell: first } = splitAddress(address);
  // Whole columns (A:M) start in row 1, whole rows (3:9) in column A.
  const origin = /^[A-Za-z]{1,3}$/.test(first)
    ? parseA1(`${first}1`)
    : /^\d{1,7}$/.test(first)
      ? parseA1(`A${first}`)
      : parseA1(first);
  if (!origin) return undefined;
  return { sheet, origin };
}

function errorCode(v: object): string {
  const code = (v as { code?: unknown }).code;
  return typeof code === "string" ? code : "#WAARDE!";
}

/**
 * A cell as Excel passes it to a custom function → the checker's cell value, through the core's
 * one conversion contract. Excel passes no number formats to a custom function, so a number
 * formatted as a date arrives (and is checked) as its number; the CLI and the task pane see
 * the format and read it as date text.
 */
function toCellValue(v: Cell): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") {
    return convertCell({ value: v });
  }
  if (isExcelErrorValue(v)) return convertCell({ value: { error: errorCode(v) } });
  return { error: "#WAARDE!" };
}

/**
 * The tolerance argument: a number as Excel passes it, or text in Dutch notation read by the
 * core's one tolerance parser ("1.000" is a thousand, as in `--tolerance` and the task pane).
 */
function tolerance(v: Cell | Matrix | undefined): number {
  const cell = single(v ?? null, "tolerantie");
  if (typeof cell === "string" && cell.trim() !== "") {
    const r = parseTolerance(cell);
    if (!r.ok) throw new EkvError(`tolerantie: ${r.reason} ${TOLERANCE_HINT}`);
    return r.value;
  }
  const t = toAmount(cell, "tolerantie");
  if (t < 0) {
    throw new EkvError(
      `tolerantie: ${String(t).replace(".", ",")} is negatief; geef 0 of een positief bedrag in de eenheid van de tabel.`
    );
  }
  return t;
}

/**
 * Controleert een hele garantietabel (verstrekte garanties, uitgaven en ontvangsten of benutting) op alle regels. Geeft per bevinding een rij (regel, cel, verwacht, gevonden, melding) of OK.
 * @customfunction CONTROLEER
 * @param {unknown[][]} tabel Het bereik van de hele tabel, met de kopregel (en eventueel de titelregel met de eenheid erboven).
 * @param {unknown} [tolerantie] Verschillen tot en met dit bedrag (in de eenheid van de tabel) worden niet gemeld; standaard 0: exact.
 * @param {CustomFunctions.Invocation} invocation Door Excel meegegeven: waar het bereik staat, zodat de cellen met hun echte adres worden genoemd.
 * @requiresParameterAddresses
 * @returns {unknown[][]} Eén rij per bevinding: regel, cel, verwacht, gevonden, melding; of de tekst OK als alles klopt.
 */
export function CONTROLEER(
  tabel: unknown[][],
  tolerantie?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  return guard(() => {
    const tol = tolerance(tolerantie as Cell);
    const rows = asMatrix(tabel as Matrix);
    if (rows.length === 0 || rows.every((r) => !Array.isArray(r) || r.length === 0)) {
      throw new EkvError(
        "tabel: een leeg bereik gevonden; selecteer de hele tabel met de kopregel."
      );
    }
    const where = locateRange(invocation?.parameterAddresses?.[0]);
    const sheet: SheetData = {
      name: where?.sheet ?? "",
      values: rows.map((r) => (Array.isArray(r) ? r.map(toCellValue) : [toCellValue(r)])),
      origin: where?.origin ?? { row: 0, col: 0 },
    };
    const result = checkSheets([sheet], { tolerance: tol });
    if (result.tables.length === 0) {
      throw new EkvError(
        "tabel: geen garantietabel herkend. Selecteer de hele tabel met de kopregel, bijvoorbeeld met koppen als 'Uitstaande garanties 2016' en 'Geraamd te verlenen 2016', 'Uitgaven 2016', 'Ontvangsten 2016' en 'Saldo 2016', of een rij jaartallen boven 'Aangegane garantieverplichtingen (bruto)'."
      );
    }
    if (result.findings.length === 0) return [["OK"]];
    return result.findings.map((f) => [
      f.rule,
      f.cell,
      f.expected ?? "",
      f.actual ?? "",
      f.message,
    ]);
  });
}
