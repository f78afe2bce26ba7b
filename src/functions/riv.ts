/**
 * EKV.RIV.… — the Regeling investeringsverzekeringen as custom functions. The JSDoc blocks are the
 * metadata; the bodies only convert Excel's arguments and call src/core/regulations/riv.ts.
 */
import { EkvError } from "../core/errors";
import {
  claim,
  minimumDuurOk,
  parseEigenRisicoAls,
  parseRivDuurSoort,
  parseYesNo,
  uitbreidingOk,
  uitersteEinddatum,
  Polis,
  looptijdOk,
  maxOpbrengst,
  parseRivSoort,
  tijdig,
  verdeel,
  vergoeding,
  withArticle,
  expecting,
} from "../core/regulations";
import {
  Cell,
  asMatrix,
  describe,
  guard,
  isExcelErrorValue,
  single,
  toAmount,
  toAmountVector,
  toEenheid,
  toOptionText,
} from "./excel-input";

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
      const values = toAmountVector(inbreng, "inbreng", "de inbreng per verzekerde");
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

function isBlankCell(v: Cell): boolean {
  return v === null || v === undefined || v === "";
}

/**
 * WAAR als de investering of lening lang genoeg duurt (art. 1 onder c en d): een investering ten minste drie jaar, een geldlening als investering en een lening van een geldgever ten minste vier jaar.
 * @customfunction RIV.MINIMUMDUUR_OK
 * @param {unknown} begindatum Datum waarop de investering of lening begint.
 * @param {unknown} einddatum Datum waarop zij eindigt.
 * @param {unknown} [soort] "investering" (standaard, drie jaar), "geldlening" (investering als geldlening, vier jaar) of "lening" (art. 1 onder d, vier jaar).
 * @returns {boolean} WAAR als de minimumduur wordt gehaald.
 */
export function rivMinimumduurOk(
  begindatum: unknown,
  einddatum: unknown,
  soort?: unknown
): boolean {
  return guard(() =>
    withArticle("art. 1 onder c", () =>
      minimumDuurOk(
        required(begindatum, "begindatum", DATUM),
        required(einddatum, "einddatum", DATUM),
        parseRivDuurSoort(toOptionText(single(soort ?? null, "soort"), "soort"))
      )
    )
  );
}

/**
 * WAAR als een bestaande investering of lening door uitbreiding verzekerd kan worden (art. 3 lid 1 onder c): de uitbreiding voldoet zelf aan onder a of b, is ten minste even groot als het bestaande, en het risico is niet toegenomen.
 * @customfunction RIV.UITBREIDING_OK
 * @param {unknown} waarde_bestaand Waarde van de bestaande investering of bedrag van de bestaande lening.
 * @param {unknown} waarde_uitbreiding Waarde of bedrag waarmee wordt uitgebreid (zelfde eenheid).
 * @param {unknown} voldoet_a_of_b WAAR als de uitbreiding nog niet is gedaan (onder a) of tijdig is gemeld en aangevraagd (onder b, zie RIV.TIJDIG).
 * @param {unknown} risico_niet_toegenomen WAAR als het niet-commerciële risico sinds het verzekeren van het bestaande niet is toegenomen.
 * @returns {boolean} WAAR als onder c geldt.
 */
export function rivUitbreidingOk(
  waarde_bestaand: unknown,
  waarde_uitbreiding: unknown,
  voldoet_a_of_b: unknown,
  risico_niet_toegenomen: unknown
): boolean {
  return guard(() =>
    withArticle("art. 3 lid 1 onder c", () => {
      const a = "art. 3 lid 1 onder c";
      const yes = (v: unknown, name: string): boolean => {
        const b = parseYesNo(single(v ?? null, name), name, a);
        if (b === undefined) {
          throw new EkvError(`${a}: ${name} is leeg; verwacht WAAR of ONWAAR.`);
        }
        return b;
      };
      return uitbreidingOk(
        required(waarde_bestaand, "waarde_bestaand"),
        required(waarde_uitbreiding, "waarde_uitbreiding"),
        yes(voldoet_a_of_b, "voldoet_a_of_b"),
        yes(risico_niet_toegenomen, "risico_niet_toegenomen")
      );
    })
  );
}

/**
 * Uiterste einddatum van de verzekering (art. 4 onder a): de vroegste van twintig jaar na de ingang en vijftien jaar na het volledig doen van de investering (of betalen van de lening).
 * @customfunction RIV.UITERSTE_EINDDATUM
 * @param {unknown} ingangsdatum Datum waarop de verzekering ingaat.
 * @param {unknown} datum_volledig Datum waarop de investering volledig is gedaan of de lening volledig is betaald.
 * @returns {number} De uiterste einddatum (een Excel-datum).
 */
export function rivUitersteEinddatum(ingangsdatum: unknown, datum_volledig: unknown): number {
  return guard(() =>
    withArticle("art. 4 onder a", () =>
      uitersteEinddatum(
        required(ingangsdatum, "ingangsdatum", DATUM),
        required(datum_volledig, "datum_volledig", DATUM)
      )
    )
  );
}

const CLAIM_KOLOMMEN = [
  "verzekerde",
  "soort",
  "aanvangswaarde",
  "verzekerde_waarde",
  "schade",
  "opbrengst",
  "jaren_opbrengst",
  "eigen_risico",
];

/**
 * Eén schadeclaim voor alle polissen bij één onderneming in het investeringsland (art. 4 onder b en c): per polis kapitaal en opbrengst na eigen risico, opbrengst ten hoogste 12% per jaar, samen ten hoogste 200% van de aanvangswaarde; leningen samen ten hoogste € 75 mln, alles samen ten hoogste € 100 mln, de beperking naar rato van inbreng verdeeld. Bedragen in euro's, tenzij eenheid anders zegt.
 * @customfunction RIV.CLAIM
 * @param {unknown[][]} polissen Per rij een polis met acht kolommen: verzekerde, soort ("investering" of "lening"), aanvangswaarde, verzekerde waarde (leeg: de aanvangswaarde), schade, opbrengst (leeg: 0), jaren waarin opbrengst opeisbaar werd (leeg: 0), eigen risico (leeg: 0,1). Een kopregel met alleen tekst mag.
 * @param {unknown} [eigen_risico_als] "fractie" (standaard, 10% is 0,1) of "bedrag": hoe de kolom eigen risico te lezen.
 * @param {unknown} [eenheid] Eenheid van de bedragen; de maxima zijn in euro's: leeg of 1 = euro's, 1000 = x € 1.000, 1000000 = x € 1 mln.
 * @returns {unknown[][]} Twee kolommen: elke stap en grens met artikel (bindende grens gemarkeerd met "← bindend") en bedrag; per verzekerde de vergoeding; laatste rij het totaal.
 */
export function rivClaim(
  polissen: unknown[][],
  eigen_risico_als?: unknown,
  eenheid?: unknown
): unknown[][] {
  return guard(() =>
    withArticle("art. 4", () => {
      const m = asMatrix(polissen);
      if (m.length === 0 || m[0].length !== CLAIM_KOLOMMEN.length) {
        throw new EkvError(
          `polissen: een bereik van ${m[0]?.length ?? 0} kolommen gevonden; verwacht acht kolommen: ${CLAIM_KOLOMMEN.join(", ")}.`
        );
      }
      // A header row of texts only (the sheet's own column titles) is skipped.
      const rows = m[0].every((c) => typeof c === "string") ? m.slice(1) : m;
      if (rows.length === 0) {
        throw new EkvError("polissen: alleen een kopregel gevonden; verwacht per rij een polis.");
      }
      const als = parseEigenRisicoAls(
        toOptionText(single(eigen_risico_als ?? null, "eigen_risico_als"), "eigen_risico_als")
      );
      const parsed: Polis[] = rows.map((r, i) => {
        const w = rows.length === 1 ? "" : ` (polis ${i + 1})`;
        const cell = (k: number): Cell => r[k];
        const amount = (k: number, fallback?: number): number => {
          const c = cell(k);
          if (isBlankCell(c) && fallback !== undefined) return fallback;
          return toAmount(c, `${CLAIM_KOLOMMEN[k]}${w}`, { blankAsZero: false });
        };
        const naam = cell(0);
        if (typeof naam !== "string" || naam.trim() === "") {
          throw new EkvError(
            `verzekerde${w}: ${isExcelErrorValue(naam) || typeof naam !== "string" ? describe(naam) : "een lege cel"} gevonden; verwacht de naam van de verzekerde.`
          );
        }
        const aanvangswaarde = amount(2);
        const eigen = cell(7);
        if (isBlankCell(eigen) && als === "bedrag") {
          throw new EkvError(
            `eigen_risico${w}: een lege cel gevonden; verwacht het eigen risico als bedrag (eigen_risico_als is "bedrag").`
          );
        }
        return {
          verzekerde: naam,
          soort: parseRivSoort(toOptionText(cell(1), `soort${w}`)),
          aanvangswaarde,
          verzekerdeWaarde: amount(3, aanvangswaarde),
          schade: amount(4),
          opbrengst: amount(5, 0),
          jarenOpbrengst: amount(6, 0),
          eigenRisico: amount(7, 0.1),
        };
      });
      const c = claim(parsed, als, toEenheid(eenheid, "art. 4 onder c iii"));
      return c.regels.map((l) => [
        l.bindend ? `${l.label} ← bindend` : l.label,
        l.bedrag.toNumber(),
      ]);
    })
  );
}
