/**
 * EKV.RIV.… — the Regeling investeringsverzekeringen as custom functions. The JSDoc blocks are the
 * metadata; the bodies only convert Excel's arguments and call src/core/regulations/riv.ts.
 */
import { EkvError } from "../core/errors";
import {
  looptijdOk,
  maxOpbrengst,
  parseRivSoort,
  tijdig,
  verdeel,
  vergoeding,
  withArticle,
  expecting,
} from "../core/regulations";
import { Cell, asMatrix, guard, single, toAmount, toEenheid, toOptionText } from "./excel-input";

const JAREN = "een aantal jaren";
const FRACTIE = "een fractie (10% is 0,1)";
const AANTAL = "een geheel aantal";
const DATUM = "een datum (een datumcel of DATUM(jaar;maand;dag))";

function isBlank(v: Cell): boolean {
  return v === null || v === undefined || v === "";
}

function required(v: unknown, name: string, kind?: string): number {
  return expecting(kind, () => toAmount(single(v, name), name, { blankAsZero: false }));
}

/**
 * Vergoeding na eigen risico (art. 4 onder b en c): de schade min het eigen risico (ten minste 10%), ten hoogste 200% van de aanvangswaarde en € 100.000.000 (lening: € 75.000.000). Bedragen in euro's, tenzij eenheid anders zegt.
 * @customfunction RIV.VERGOEDING
 * @param {unknown} schade De geleden schade.
 * @param {unknown} aanvangswaarde Aanvangswaarde van de investering of hoofdsom van de lening (art. 1 onder h).
 * @param {unknown} [eigen_risico] Eigen risico als fractie van de schade; standaard 0,1 (10%), minder is niet toegestaan (art. 4 onder b).
 * @param {unknown} [soort] "investering" (standaard) of "lening" (maximum € 75.000.000).
 * @param {unknown} [eenheid] Eenheid van de bedragen; de maxima zijn in euro's: leeg of 1 = euro's, 1000 = x € 1.000, 1000000 = x € 1 mln.
 * @returns {number} De vergoeding, afgekapt op de cent.
 */
export function rivVergoeding(
  schade: unknown,
  aanvangswaarde: unknown,
  eigen_risico?: unknown,
  soort?: unknown,
  eenheid?: unknown
): number {
  return guard(() =>
    withArticle("art. 4 onder b en c", () => {
      const er = single(eigen_risico ?? null, "eigen_risico");
      return vergoeding(
        required(schade, "schade"),
        required(aanvangswaarde, "aanvangswaarde"),
        isBlank(er) ? 0.1 : expecting(FRACTIE, () => toAmount(er, "eigen_risico")),
        parseRivSoort(toOptionText(single(soort ?? null, "soort"), "soort")),
        toEenheid(eenheid, "art. 4 onder c iii")
      );
    })
  );
}

/**
 * Maximale vergoeding voor opbrengst (art. 4 onder c ii): 12% van de verzekerde waarde per jaar waarin de opbrengst opeisbaar werd. Elke eenheid; afkappen op 0,01 daarvan.
 * @customfunction RIV.MAX_OPBRENGST
 * @param {unknown} verzekerde_waarde De verzekerde waarde van de investering of de lening.
 * @param {unknown} jaren Aantal jaren waarin opbrengst opeisbaar werd (geheel getal).
 * @returns {number} De maximale vergoeding voor opbrengst.
 */
export function rivMaxOpbrengst(verzekerde_waarde: unknown, jaren: unknown): number {
  return guard(() =>
    withArticle("art. 4 onder c ii", () =>
      maxOpbrengst(
        required(verzekerde_waarde, "verzekerde_waarde"),
        required(jaren, "jaren", AANTAL)
      )
    )
  );
}

/**
 * Verdeelt een beperkte vergoeding naar rato van inbreng over de verzekerden (art. 4 onder c iii), in centen die precies optellen tot het bedrag (grootste rest). Elke eenheid; verdeelt in 0,01 daarvan.
 * @customfunction RIV.VERDEEL
 * @param {unknown} bedrag Het te verdelen bedrag (in hele centen).
 * @param {unknown[][]} inbreng De inbreng van elke verzekerde: één kolom of één rij.
 * @returns {unknown[][]} Eén kolom met het deel van elke verzekerde, in dezelfde volgorde.
 */
export function rivVerdeel(bedrag: unknown, inbreng: unknown[][]): unknown[][] {
  return guard(() =>
    withArticle("art. 4 onder c iii", () => {
      const m = asMatrix(inbreng);
      const rows = m.length;
      const cols = rows ? m[0].length : 0;
      if (rows === 0 || cols === 0) {
        throw new EkvError(
          "inbreng: een leeg bereik gevonden; verwacht de inbreng per verzekerde."
        );
      }
      if (rows > 1 && cols > 1) {
        throw new EkvError(
          `inbreng: een bereik van ${rows} rijen × ${cols} kolommen gevonden; verwacht één kolom of één rij met de inbreng per verzekerde.`
        );
      }
      const cells: Cell[] = rows > 1 ? m.map((r) => r[0]) : m[0];
      const values = cells.map((c, i) => {
        const where =
          cells.length === 1 ? "inbreng" : `inbreng (${rows > 1 ? "rij" : "kolom"} ${i + 1})`;
        return toAmount(c, where, { blankAsZero: false });
      });
      return verdeel(required(bedrag, "bedrag"), values).map((x) => [x]);
    })
  );
}

/**
 * WAAR als de duur van de verzekering voldoet aan art. 4 onder a: ten hoogste 20 jaar, en ten hoogste 15 jaar vanaf het moment dat de investering volledig is gedaan.
 * @customfunction RIV.LOOPTIJD_OK
 * @param {unknown} duur_jaren De duur van de verzekering in jaren.
 * @param {unknown} jaren_na_volledige_investering Jaren vanaf het volledig doen van de investering (of betalen van de lening) tot het einde van de verzekering.
 * @returns {boolean} WAAR als beide grenzen worden gehaald.
 */
export function rivLooptijdOk(
  duur_jaren: unknown,
  jaren_na_volledige_investering: unknown
): boolean {
  return guard(() =>
    withArticle("art. 4 onder a", () =>
      looptijdOk(
        required(duur_jaren, "duur_jaren", JAREN),
        required(jaren_na_volledige_investering, "jaren_na_volledige_investering", JAREN)
      )
    )
  );
}

/**
 * WAAR als een reeds gedane investering tijdig is gemeld en aangevraagd (art. 3 lid 1 onder b): gemeld ten hoogste 12 maanden vóór de investering, aangevraagd binnen 3 maanden erna.
 * @customfunction RIV.TIJDIG
 * @param {unknown} meldingsdatum Datum van de schriftelijke melding van het voornemen tot verzekeren.
 * @param {unknown} investeringsdatum Datum waarop de investering is gedaan of de lening is betaald.
 * @param {unknown} aanvraagdatum Datum van de aanvraag tot verzekering.
 * @returns {boolean} WAAR als beide termijnen worden gehaald.
 */
export function rivTijdig(
  meldingsdatum: unknown,
  investeringsdatum: unknown,
  aanvraagdatum: unknown
): boolean {
  return guard(() =>
    withArticle("art. 3 lid 1 onder b", () =>
      tijdig(
        required(meldingsdatum, "meldingsdatum", DATUM),
        required(investeringsdatum, "investeringsdatum", DATUM),
        required(aanvraagdatum, "aanvraagdatum", DATUM)
      )
    )
  );
}
