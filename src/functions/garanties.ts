/**
 * EKV custom functions for the garanties tables. The JSDoc blocks are the functions' metadata:
 * custom-functions-metadata generates functions.json from them (Dutch help as Excel shows it
 * in the formula autocomplete). The bodies only convert input and call src/core.
 */
import {
  guldenNaarEuro,
  netto,
  parseDutchAmount,
  parsePlafondSoort,
  plafondruimte,
  saldo,
  uitstaand,
  classifyCellText,
  EkvError,
  ExactTotal,
  MAX_ABS_AMOUNT,
} from "../core";
import {
  Cell,
  asMatrix,
  describe,
  elementwise,
  guard,
  isExcelErrorValue,
  single,
  toAmount,
  toOptionText,
} from "./excel-input";

/**
 * custom-functions-metadata reads the TypeScript signature as well as the JSDoc: parameter and
 * return types must be built-in forms it knows (`unknown` maps to Excel's "any"), not aliases.
 * A result declared as a matrix is always returned as a 2-D array; a 1×1 array shows as one value.
 */
function grid(x: number | Array<Array<number | CustomFunctions.Error>>): unknown[][] {
  return Array.isArray(x) ? x : [[x]];
}

/**
 * Uitstaande garanties aan het eind van het jaar: uitstaand vorig jaar + verleend − vervallen. Werkt ook op even grote bereiken.
 * @customfunction UITSTAAND
 * @param {any[][]} uitstaand_vorig Uitstaande garanties aan het eind van het vorige jaar (cel of bereik).
 * @param {any[][]} verleend Verleende of geraamd te verlenen garanties in het jaar (cel of bereik).
 * @param {any[][]} vervallen Vervallen of geraamd te vervallen garanties in het jaar (cel of bereik).
 * @returns {any[][]} Uitstaande garanties aan het eind van het jaar, exact berekend.
 */
export function UITSTAAND(
  uitstaand_vorig: unknown[][],
  verleend: unknown[][],
  vervallen: unknown[][]
): unknown[][] {
  return guard(() =>
    grid(
      elementwise(
        [
          { name: "uitstaand_vorig", value: uitstaand_vorig },
          { name: "verleend", value: verleend },
          { name: "vervallen", value: vervallen },
        ],
        (v) =>
          uitstaand(
            toAmount(v[0], "uitstaand_vorig"),
            toAmount(v[1], "verleend"),
            toAmount(v[2], "vervallen")
          )
      )
    )
  );
}

/**
 * Saldo van uitgaven en ontvangsten garanties: ontvangsten − uitgaven. Werkt ook op even grote bereiken.
 * @customfunction SALDO
 * @param {any[][]} uitgaven Uitgaven (schade-uitkeringen) in het jaar (cel of bereik).
 * @param {any[][]} ontvangsten Ontvangsten (premies, recuperaties) in het jaar (cel of bereik).
 * @returns {any[][]} Saldo: ontvangsten min uitgaven; negatief betekent per saldo uitgaven.
 */
export function SALDO(uitgaven: unknown[][], ontvangsten: unknown[][]): unknown[][] {
  return guard(() =>
    grid(
      elementwise(
        [
          { name: "uitgaven", value: uitgaven },
          { name: "ontvangsten", value: ontvangsten },
        ],
        (v) => saldo(toAmount(v[0], "uitgaven"), toAmount(v[1], "ontvangsten"))
      )
    )
  );
}

/**
 * Netto aangegane garantieverplichtingen: aangegaan (bruto) − vervallen. Werkt ook op even grote bereiken.
 * @customfunction NETTO
 * @param {any[][]} aangegaan Aangegane garantieverplichtingen (bruto) (cel of bereik).
 * @param {any[][]} vervallen Vervallen garantieverplichtingen, incl. schade-uitkeringen (cel of bereik).
 * @returns {any[][]} Netto aangegane garantieverplichtingen.
 */
export function NETTO(aangegaan: unknown[][], vervallen: unknown[][]): unknown[][] {
  return guard(() =>
    grid(
      elementwise(
        [
          { name: "aangegaan", value: aangegaan },
          { name: "vervallen", value: vervallen },
        ],
        (v) => netto(toAmount(v[0], "aangegaan"), toAmount(v[1], "vervallen"))
      )
    )
  );
}

/**
 * Ruimte onder het garantieplafond: bruto plafond − verleend, netto plafond − (verleend − vervallen). Negatief: plafond overschreden.
 * @customfunction PLAFONDRUIMTE
 * @param {any[][]} plafond Garantieplafond van het jaar (cel of bereik).
 * @param {any[][]} verleend Verleende garanties in het jaar (cel of bereik).
 * @param {any[][]} [vervallen] Vervallen garanties in het jaar; telt alleen bij een netto plafond (cel of bereik).
 * @param {string} [soort] "bruto" (standaard: plafond voor nieuw te verlenen garanties) of "netto".
 * @returns {any[][]} Resterende ruimte onder het plafond; negatief als het plafond is overschreden.
 */
export function PLAFONDRUIMTE(
  plafond: unknown[][],
  verleend: unknown[][],
  vervallen?: unknown[][],
  soort?: string
): unknown[][] {
  return guard(() => {
    const kind = parsePlafondSoort(toOptionText(single(soort ?? null, "soort"), "soort"));
    return grid(
      elementwise(
        [
          { name: "plafond", value: plafond },
          { name: "verleend", value: verleend },
          { name: "vervallen", value: vervallen ?? null },
        ],
        (v) =>
          plafondruimte(
            toAmount(v[0], "plafond"),
            toAmount(v[1], "verleend"),
            toAmount(v[2], "vervallen"),
            kind
          )
      )
    );
  });
}

/**
 * Exacte som van getallen en bereiken. Lege cellen tellen niet mee; tekst (ook een getal opgeslagen als tekst) geeft een fout in plaats van stil te worden overgeslagen.
 * @customfunction TOTAAL
 * @param {any[][][]} waarden Getallen of bereiken om op te tellen.
 * @returns {number} De exacte som.
 */
export function TOTAAL(waarden: unknown[][][]): number {
  return guard(() => {
    // Excel passes one 2-D array per argument; other callers may pass a scalar or a flat list.
    const args: unknown[] = Array.isArray(waarden) ? waarden : [waarden];
    const total = new ExactTotal();
    for (let k = 0; k < args.length; k++) {
      const m = asMatrix(args[k]);
      for (let r = 0; r < m.length; r++) {
        const row: unknown[] = Array.isArray(m[r]) ? m[r] : [m[r]];
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          // A plain amount needs no conversion; the location text is built only for a message.
          if (typeof v === "number" && v <= MAX_ABS_AMOUNT && v >= -MAX_ABS_AMOUNT) {
            total.add(v);
          } else if (v !== null && v !== undefined && v !== "") {
            const where =
              m.length === 1 && row.length === 1
                ? `waarde${k + 1}`
                : `waarde${k + 1} (rij ${r + 1}, kolom ${c + 1})`;
            total.add(toAmount(v as Cell, where));
          }
        }
      }
    }
    return total.result("totaal");
  });
}

/**
 * Het getal dat Nederlandse tekst aanduidt: "13.373.678", "– 378", "1,27", "€ 1,2 mld.". Een lege cel of een los streepje geeft 0.
 * @customfunction GETAL
 * @param {unknown} tekst Tekst in Nederlandse notatie (punt voor duizendtallen, komma voor decimalen).
 * @returns {number} Het getal; dubbelzinnige tekst zoals "1.27" geeft een fout met uitleg.
 */
export function GETAL(tekst: unknown): number {
  return guard(() => {
    const v = single(tekst, "tekst");
    if (v === null || v === undefined) return 0;
    if (typeof v === "number") return toAmount(v, "tekst");
    if (typeof v !== "string" || isExcelErrorValue(v)) {
      throw new EkvError(`tekst: ${describe(v)} gevonden; verwacht tekst met een bedrag.`);
    }
    const c = classifyCellText(v);
    switch (c.kind) {
      case "blank":
      case "nil":
        return 0;
      case "not-applicable":
        throw new EkvError(
          `tekst: "${v.trim()}" betekent niet van toepassing; er is geen bedrag.`,
          "not-available"
        );
      case "number":
        return c.value;
      case "text": {
        const r = parseDutchAmount(v);
        throw new EkvError(`tekst: ${r.ok ? "onbekende notatie" : r.reason}`);
      }
    }
  });
}

/**
 * Zet guldens om naar euro's tegen de vaste koers 2,20371 (Verordening 2866/98), afgerond op de cent.
 * @customfunction GULDEN
 * @param {unknown} bedrag Bedrag in guldens.
 * @returns {number} Bedrag in euro's, afgerond op de cent (halve cent naar boven).
 */
export function GULDEN(bedrag: unknown): number {
  return guard(() => guldenNaarEuro(toAmount(single(bedrag, "bedrag"), "bedrag")));
}
