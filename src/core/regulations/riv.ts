/**
 * Regeling investeringsverzekeringen (Stcrt. 2010): the compensation limits of art. 4 onder b and c,
 * the pro-rata division of a capped compensation (art. 4 c iii), the duration limits (art. 4 a)
 * and the notification and application periods for an investment already made (art. 3 lid 1 b).
 */
import { Dec } from "../decimal";
import { EkvError } from "../errors";
import { assertAmount } from "../exact";
import {
  Eenheid,
  euro,
  minDec,
  nonNegativeAmount,
  normaliseOption,
  num,
  percent,
  toNumber,
  truncCents,
} from "./common";
import { addMonths, dateSerial, dateText } from "./excel-date";
import type { Limiet, Opbouw } from "./matching";

export type RivSoort = "investering" | "lening";

/** Art. 4 b: the own risk is at least 10% of the damage. */
export const MIN_EIGEN_RISICO = "0.1";
/** Art. 4 c iii: per enterprise in the investment country. */
export const MAX_PER_ONDERNEMING = 100_000_000;
/** Art. 4 c iii: loans paid to that enterprise. */
export const MAX_LENINGEN = 75_000_000;

/**
 * The insured object: an investment (art. 1 onder c, including the guarantee the investor gives)
 * or a loan (art. 1 onder d). Blank means an investment.
 */
export function parseRivSoort(text: string | undefined): RivSoort {
  if (text === undefined || text.trim() === "") return "investering";
  const t = normaliseOption(text);
  if (t === "investering" || t === "lening") return t;
  throw new EkvError(
    `art. 4 onder c iii: soort "${text}" is onbekend; verwacht "investering" (standaard, art. 1 onder c) of "lening" (art. 1 onder d).`
  );
}

/**
 * Art. 4 b and c: the damage minus the own risk (at least 10%), at most 200% of the initial value
 * (c i) and at most € 100.000.000, or € 75.000.000 for a loan (c iii). The damage after own risk is
 * truncated to the cent: the own risk may not become less than its share.
 *
 * The € 100 mln / € 75 mln limit is per enterprise in the investment country, for all insured
 * together; when several insured parties are involved, VERDEEL divides it pro rata.
 */
export function vergoeding(
  schade: number,
  aanvangswaarde: number,
  eigenRisico: number,
  soort: RivSoort,
  eenheid: Eenheid = 1
): number {
  return toNumber(
    vergoedingOpbouw(schade, aanvangswaarde, eigenRisico, soort, eenheid).uitkomst,
    "vergoeding"
  );
}

/**
 * `vergoeding` with its limits, each with its article, and the binding one(s) marked (as
 * `subsidieOpbouw` does for art. 7), so the task pane can show why the compensation is what it is.
 */
export function vergoedingOpbouw(
  schade: number,
  aanvangswaarde: number,
  eigenRisico: number,
  soort: RivSoort,
  eenheid: Eenheid = 1
): Opbouw {
  nonNegativeAmount(schade, "schade", "art. 4 onder b");
  nonNegativeAmount(aanvangswaarde, "aanvangswaarde", "art. 4 onder c i");
  assertAmount(eigenRisico, "eigen_risico");
  const er = new Dec(eigenRisico);
  if (er.lessThan(MIN_EIGEN_RISICO)) {
    throw new EkvError(
      `art. 4 onder b: het eigen risico moet ten minste 10% van de schade zijn (gevonden: ${percent(er)}; geef percentages als fractie, 10% is 0,1).`
    );
  }
  if (er.greaterThan(1)) {
    throw new EkvError(
      `art. 4 onder b: eigen_risico is ${num(eigenRisico)}, meer dan 100% van de schade; geef percentages als fractie (10% is 0,1).`
    );
  }
  // Amounts in `eenheid` euros: the € 100 mln / € 75 mln are scaled to that unit, and the damage
  // after own risk is truncated to the euro cent.
  const naEigenRisico = truncCents(
    new Dec(schade).times(eenheid).times(new Dec(1).minus(er))
  ).dividedBy(eenheid);
  const max200 = new Dec(aanvangswaarde).times(2);
  const maxOnderneming = new Dec(soort === "lening" ? MAX_LENINGEN : MAX_PER_ONDERNEMING).dividedBy(
    eenheid
  );
  const uitkomst = minDec([naEigenRisico, max200, maxOnderneming]);
  const limieten: Limiet[] = [
    {
      label: `Schade na eigen risico van ${percent(er)} (art. 4 onder b)`,
      bedrag: naEigenRisico,
      bindend: false,
    },
    { label: "200% van de aanvangswaarde (art. 4 onder c i)", bedrag: max200, bindend: false },
    {
      label:
        soort === "lening"
          ? `Maximum ${euro(MAX_LENINGEN)} voor leningen (art. 4 onder c iii)`
          : `Maximum ${euro(MAX_PER_ONDERNEMING)} per onderneming (art. 4 onder c iii)`,
      bedrag: maxOnderneming,
      bindend: false,
    },
  ];
  for (const l of limieten) l.bindend = l.bedrag !== undefined && l.bedrag.equals(uitkomst);
  return { limieten, uitkomst, uitkomstLabel: "Vergoeding (art. 4)" };
}

/**
 * Art. 4 c ii: at most 12% of the insured value for each year in which a yield became due. The
 * limit applies per year, so each year's 12% is truncated to the cent before multiplying by the
 * number of years (this is never more than 12% × value × years truncated once).
 */
export function maxOpbrengst(verzekerdeWaarde: number, jaren: number): number {
  const a = "art. 4 onder c ii";
  nonNegativeAmount(verzekerdeWaarde, "verzekerde_waarde", a);
  assertAmount(jaren, "jaren");
  if (!Number.isInteger(jaren) || jaren < 0) {
    throw new EkvError(
      `${a}: jaren is ${num(jaren)}; verwacht het gehele aantal jaren waarin opbrengst opeisbaar werd (0 of meer).`
    );
  }
  const perJaar = truncCents(new Dec(verzekerdeWaarde).times(12).dividedBy(100));
  return toNumber(perJaar.times(jaren), "max_opbrengst");
}

/**
 * Art. 4 c iii: divides `bedrag` over the insured pro rata their contribution, in whole cents that
 * add up exactly to `bedrag` (largest-remainder method). Every share first gets the cents of its
 * exact quota rounded down; the cents left over go one each to the largest remainders; equal
 * remainders go to the party listed first.
 *
 * Exact: cents and contributions are scaled to integers (BigInt), so remainders compare exactly.
 */
export function verdeel(bedrag: number, inbreng: readonly number[]): number[] {
  const a = "art. 4 onder c iii";
  nonNegativeAmount(bedrag, "bedrag", a);
  const b = new Dec(bedrag);
  if (!b.times(100).isInteger()) {
    throw new EkvError(
      `${a}: bedrag ${euro(b)} heeft meer dan twee decimalen; het te verdelen bedrag moet in hele centen zijn.`
    );
  }
  if (inbreng.length === 0) {
    throw new EkvError(`${a}: inbreng is leeg; verwacht de inbreng van elke verzekerde.`);
  }
  inbreng.forEach((x, i) => nonNegativeAmount(x, `inbreng (rij ${i + 1})`, a));
  const decs = inbreng.map((x) => new Dec(x));
  const scale = Math.max(...decs.map((d) => d.decimalPlaces()));
  const weights = decs.map((d) => BigInt(d.times(new Dec(10).pow(scale)).toFixed(0)));
  const total = weights.reduce((s, w) => s + w, 0n);
  if (total === 0n) {
    throw new EkvError(`${a}: de totale inbreng is 0; er is geen verhouding om naar te verdelen.`);
  }
  const cents = BigInt(b.times(100).toFixed(0));
  const base = weights.map((w) => (cents * w) / total);
  const rest = weights.map((w) => (cents * w) % total);
  let left = cents - base.reduce((s, x) => s + x, 0n);
  const order = weights
    .map((_, i) => i)
    .sort((i, j) => (rest[i] > rest[j] ? -1 : rest[i] < rest[j] ? 1 : i - j));
  for (const i of order) {
    if (left === 0n) break;
    base[i] += 1n;
    left -= 1n;
  }
  return base.map((c) => toNumber(new Dec(c.toString()).dividedBy(100), "aandeel"));
}

/**
 * Art. 4 a: the insurance lasts at most 20 years, and at most 15 years counted from the moment
 * the investment is fully made (or the loan fully paid). `jarenNaVolledigeInvestering` is the time
 * from that moment to the end of the insurance; it can exceed the duration when the investment
 * was made before the insurance started (art. 3 lid 1 b).
 */
export function looptijdOk(duurJaren: number, jarenNaVolledigeInvestering: number): boolean {
  const a = "art. 4 onder a";
  assertAmount(duurJaren, "duur_jaren");
  assertAmount(jarenNaVolledigeInvestering, "jaren_na_volledige_investering");
  if (duurJaren <= 0) {
    throw new EkvError(`${a}: duur_jaren is ${num(duurJaren)}; verwacht een duur groter dan 0.`);
  }
  if (jarenNaVolledigeInvestering < 0) {
    throw new EkvError(
      `${a}: jaren_na_volledige_investering is ${num(jarenNaVolledigeInvestering)}; verwacht 0 of meer.`
    );
  }
  return duurJaren <= 20 && jarenNaVolledigeInvestering <= 15;
}

/**
 * Art. 3 lid 1 onder b, for an investment already made (or a loan already paid): the intention to
 * insure was notified in writing at most twelve calendar months before the investment date (and
 * not after it), and the application was then filed within three calendar months after it. Both
 * ends are inclusive; months are counted as Excel's EDATE does (see excel-date.ts).
 */
export function tijdig(melding: number, investering: number, aanvraag: number): boolean {
  const a = "art. 3 lid 1 onder b";
  const m = dateSerial(melding, "meldingsdatum", a);
  const i = dateSerial(investering, "investeringsdatum", a);
  const v = dateSerial(aanvraag, "aanvraagdatum", a);
  if (v < i) {
    throw new EkvError(
      `${a} geldt voor een investering die al is gedaan, maar de aanvraag (${dateText(v)}) ligt vóór de investering (${dateText(i)}); dan geldt art. 3 lid 1 onder a en is er geen termijn.`,
      "not-available"
    );
  }
  const vroegsteMelding = addMonths(i, -12);
  const uitersteAanvraag = addMonths(i, 3);
  return m >= vroegsteMelding && m <= i && v <= uitersteAanvraag;
}
