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

// ---------------------------------------------------------------------------------------------
// Art. 1 onder c en d: minimum terms

export type RivDuurSoort = "investering" | "geldlening" | "lening";

/**
 * What the minimum term of art. 1 applies to: an investment (onder c, at least three years), an
 * investment made as a loan by the investor himself ("indien het een geldlening betreft", onder c,
 * at least four years) or a loan by a lender that is not the investor (onder d, at least four
 * years). Blank is an investment.
 */
export function parseRivDuurSoort(text: string | undefined): RivDuurSoort {
  if (text === undefined || text.trim() === "") return "investering";
  const t = normaliseOption(text);
  if (t === "investering" || t === "geldlening" || t === "lening") return t;
  throw new EkvError(
    `art. 1 onder c en d: soort "${text}" is onbekend; verwacht "investering" (standaard, ten minste drie jaar), "geldlening" (investering als geldlening, vier jaar) of "lening" (art. 1 onder d, vier jaar).`
  );
}

/**
 * Art. 1 onder c and d: the investment lasts at least three years (a money loan by the investor:
 * four), a loan of art. 1 onder d at least four years. Counted in calendar months as EDATE from the
 * start date; an end date exactly three (four) years later suffices.
 */
export function minimumDuurOk(begin: number, eind: number, soort: RivDuurSoort): boolean {
  const a = soort === "lening" ? "art. 1 onder d" : "art. 1 onder c";
  const b = dateSerial(begin, "begindatum", a);
  const e = dateSerial(eind, "einddatum", a);
  if (e < b) {
    throw new EkvError(
      `${a}: de einddatum (${dateText(e)}) ligt vóór de begindatum (${dateText(b)}); controleer de datums.`
    );
  }
  const jaren = soort === "investering" ? 3 : 4;
  return e >= addMonths(b, 12 * jaren);
}

// ---------------------------------------------------------------------------------------------
// Art. 3 lid 1 onder c: extension of an existing investment or loan

/**
 * Art. 3 lid 1 onder c: the risk of an existing investment or loan can be insured when it is
 * extended by an investment or loan that itself meets onder a or b, the extension is at least equal
 * to the existing value ("ten minste gelijk": equal suffices), and the non-commercial risk has not
 * increased since the existing investment or loan was insured.
 */
export function uitbreidingOk(
  bestaand: number,
  uitbreiding: number,
  voldoetAofB: boolean,
  risicoNietToegenomen: boolean
): boolean {
  const a = "art. 3 lid 1 onder c";
  nonNegativeAmount(bestaand, "waarde_bestaand", a);
  nonNegativeAmount(uitbreiding, "waarde_uitbreiding", a);
  return voldoetAofB && risicoNietToegenomen && new Dec(uitbreiding).greaterThanOrEqualTo(bestaand);
}

// ---------------------------------------------------------------------------------------------
// Art. 4 onder a from dates

/**
 * Art. 4 onder a from dates: the latest end date of the insurance, the earlier of twenty years
 * after its start and fifteen years after the investment was fully made (or the loan fully paid),
 * in calendar months as EDATE.
 */
export function uitersteEinddatum(ingang: number, volledig: number): number {
  const a = "art. 4 onder a";
  const i = dateSerial(ingang, "ingangsdatum", a);
  const v = dateSerial(volledig, "datum_volledig", a);
  return Math.min(addMonths(i, 240), addMonths(v, 180));
}

// ---------------------------------------------------------------------------------------------
// One combined claim: art. 4 onder b and c for several policies and insured parties

export type EigenRisicoAls = "fractie" | "bedrag";

export function parseEigenRisicoAls(text: string | undefined): EigenRisicoAls {
  if (text === undefined || text.trim() === "") return "fractie";
  const t = normaliseOption(text);
  if (t === "fractie" || t === "bedrag") return t;
  throw new EkvError(
    `art. 4 onder b: eigen_risico_als "${text}" is onbekend; verwacht "fractie" (standaard, 10% is 0,1) of "bedrag".`
  );
}

export interface Polis {
  verzekerde: string;
  soort: RivSoort;
  /** Art. 1 onder h: the initial value (also the contribution for the pro-rata division). */
  aanvangswaarde: number;
  /** Art. 4 onder c ii: the insured value on which the 12% per year is taken. */
  verzekerdeWaarde: number;
  /** The loss of capital. */
  schade: number;
  /** The yield lost (art. 1 onder i) that became due and was not paid. */
  opbrengst: number;
  /** The number of years in which that yield became due. */
  jarenOpbrengst: number;
  /** Own risk: a fraction of the loss (at least 0,1) or an amount (at least 10% of the loss). */
  eigenRisico: number;
}

/**
 * One row of the claim's opbouw: a label with its article, the amount, and whether it binds (as in
 * OPBOUW, a limit the value reaches exactly binds too).
 */
export interface ClaimRegel {
  label: string;
  bedrag: Dec;
  bindend: boolean;
}

export interface Claim {
  regels: ClaimRegel[];
  /** Per insured party, in order of first appearance. */
  verzekerden: Array<{ verzekerde: string; vergoeding: Dec }>;
  totaal: Dec;
}

/**
 * Art. 4 onder b and c for all policies concerning one enterprise in the investment country:
 *
 * 1. per policy, the loss is capital plus yield; the own risk (b) is at least 10% of it, given as a
 *    fraction or as an amount, and is borne by capital and yield in proportion;
 * 2. the yield part is at most 12% of the insured value per year in which it became due (c ii,
 *    each year's 12% truncated to the cent, as MAX_OPBRENGST);
 * 3. capital plus yield together at most 200% of the initial value (c i: "onverminderd onderdeel i",
 *    one limit for both), truncated to the cent;
 * 4. for the enterprise (c iii): loans together at most € 75 mln, everything together at most
 *    € 100 mln; each reduction is divided over the insured pro rata their contribution (their initial
 *    values; for the loan limit their loans), in cents by largest remainder (as VERDEEL). A share of
 *    a reduction larger than that party's own compensation is a case the article does not settle:
 *    #N/B, not a guess.
 */
export function claim(
  polissen: readonly Polis[],
  als: EigenRisicoAls,
  eenheid: Eenheid = 1
): Claim {
  const a = "art. 4";
  if (polissen.length === 0) {
    throw new EkvError(`${a}: geen polissen; verwacht per rij een polis.`);
  }
  const u = eenheid;
  const regels: ClaimRegel[] = [];
  const per = polissen.map((p, i) => {
    const w = polissen.length === 1 ? "" : ` (polis ${i + 1})`;
    nonNegativeAmount(p.aanvangswaarde, `aanvangswaarde${w}`, `${a} onder c i`);
    nonNegativeAmount(p.verzekerdeWaarde, `verzekerde_waarde${w}`, `${a} onder c ii`);
    nonNegativeAmount(p.schade, `schade${w}`, `${a} onder b`);
    nonNegativeAmount(p.opbrengst, `opbrengst${w}`, `${a} onder c ii`);
    assertAmount(p.jarenOpbrengst, `jaren_opbrengst${w}`);
    if (!Number.isInteger(p.jarenOpbrengst) || p.jarenOpbrengst < 0 || p.jarenOpbrengst > 100) {
      throw new EkvError(
        `${a} onder c ii: jaren_opbrengst${w} is ${num(p.jarenOpbrengst)}; verwacht het gehele aantal jaren waarin opbrengst opeisbaar werd (0 of meer).`
      );
    }
    if (p.opbrengst > 0 && p.jarenOpbrengst === 0) {
      throw new EkvError(
        `${a} onder c ii: opbrengst${w} is ${euro(p.opbrengst)} maar jaren_opbrengst is 0; geen opbrengst wordt vergoed die niet opeisbaar is.`
      );
    }
    assertAmount(p.eigenRisico, `eigen_risico${w}`);
    const kapitaal = new Dec(p.schade).times(u);
    const opbrengst = new Dec(p.opbrengst).times(u);
    const verlies = kapitaal.plus(opbrengst);
    let fractie: Dec;
    if (als === "fractie") {
      fractie = new Dec(p.eigenRisico);
      if (fractie.lessThan(MIN_EIGEN_RISICO) || fractie.greaterThan(1)) {
        throw new EkvError(
          `${a} onder b: eigen_risico${w} is ${num(p.eigenRisico)}; verwacht een fractie van 0,1 (10%, het minimum) tot en met 1${fractie.greaterThan(1) ? ', of geef eigen_risico_als "bedrag"' : ""}.`
        );
      }
    } else {
      const bedrag = new Dec(p.eigenRisico).times(u);
      if (bedrag.lessThan(verlies.times(MIN_EIGEN_RISICO)) || bedrag.greaterThan(verlies)) {
        throw new EkvError(
          `${a} onder b: eigen_risico${w} is ${euro(bedrag)}; verwacht ten minste 10% van de geleden schade (${euro(truncCents(verlies.times(MIN_EIGEN_RISICO)))}) en niet meer dan de schade (${euro(verlies)}).`
        );
      }
      fractie = verlies.isZero() ? new Dec(MIN_EIGEN_RISICO) : bedrag.dividedBy(verlies);
    }
    const rest = new Dec(1).minus(fractie);
    const perJaar = truncCents(new Dec(p.verzekerdeWaarde).times(u).times(12).dividedBy(100));
    const maxOpbrengstD = perJaar.times(p.jarenOpbrengst);
    const opbrengstNa = minDec([opbrengst.times(rest), maxOpbrengstD]);
    const max200 = new Dec(p.aanvangswaarde).times(u).times(2);
    const samen = truncCents(kapitaal.times(rest).plus(opbrengstNa));
    const vergoedingD = minDec([samen, max200]);
    const naam = `Polis ${i + 1} (${p.verzekerde.trim()}, ${p.soort})`;
    const pct = percent(fractie.toDecimalPlaces(6, Dec.ROUND_HALF_UP));
    regels.push(
      {
        label: `${naam}: kapitaal na eigen risico van ${pct} (art. 4 onder b)`,
        bedrag: truncCents(kapitaal.times(rest)),
        bindend: false,
      },
      {
        label: `${naam}: opbrengst na eigen risico (art. 4 onder b)`,
        bedrag: truncCents(opbrengst.times(rest)),
        bindend: false,
      },
      {
        label: `${naam}: opbrengst ten hoogste 12% van de verzekerde waarde × ${p.jarenOpbrengst} jaar (art. 4 onder c ii)`,
        bedrag: maxOpbrengstD,
        bindend:
          opbrengst.times(rest).greaterThanOrEqualTo(maxOpbrengstD) && opbrengst.greaterThan(0),
      },
      {
        label: `${naam}: kapitaal en opbrengst ten hoogste 200% van de aanvangswaarde (art. 4 onder c i)`,
        bedrag: max200,
        bindend: samen.greaterThanOrEqualTo(max200) && samen.greaterThan(0),
      },
      { label: `${naam}: vergoeding`, bedrag: vergoedingD, bindend: false }
    );
    return { vergoeding: vergoedingD };
  });

  // Parties in order of first appearance, with their contributions and compensations.
  const namen: string[] = [];
  const index = new Map<string, number>();
  polissen.forEach((p) => {
    const key = normaliseOption(p.verzekerde);
    if (key === "") {
      throw new EkvError(
        `${a} onder c iii: verzekerde is leeg; geef per polis de naam van de verzekerde.`
      );
    }
    if (!index.has(key)) {
      index.set(key, namen.length);
      namen.push(p.verzekerde.trim());
    }
  });
  const n = namen.length;
  const zero = () => Array.from({ length: n }, () => new Dec(0));
  const voor = zero();
  const inbrengAlles = zero();
  const inbrengLeningen = zero();
  const vergoedingLeningen = zero();
  polissen.forEach((p, i) => {
    const k = index.get(normaliseOption(p.verzekerde)) as number;
    voor[k] = voor[k].plus(per[i].vergoeding);
    const inbreng = new Dec(p.aanvangswaarde).times(u);
    inbrengAlles[k] = inbrengAlles[k].plus(inbreng);
    if (p.soort === "lening") {
      inbrengLeningen[k] = inbrengLeningen[k].plus(inbreng);
      vergoedingLeningen[k] = vergoedingLeningen[k].plus(per[i].vergoeding);
    }
  });

  const sum = (xs: Dec[]) => xs.reduce((s, x) => s.plus(x), new Dec(0));
  // Pro rata by largest remainder in cents (VERDEEL); amounts here are euros in whole cents.
  const spread = (bedrag: Dec, weights: Dec[]): Dec[] =>
    bedrag.isZero()
      ? zero()
      : verdeel(
          toNumber(bedrag, "beperking"),
          weights.map((w) => toNumber(w, "inbreng"))
        ).map((x) => new Dec(x));
  const leningen = sum(vergoedingLeningen);
  const maxLeningen = new Dec(MAX_LENINGEN);
  const beperkingLeningen = Dec.max(leningen.minus(maxLeningen), 0);
  const deelLeningen = spread(beperkingLeningen, inbrengLeningen);
  const naLeningen = voor.map((v, k) => v.minus(deelLeningen[k]));
  const totaalNaLeningen = sum(naLeningen);
  const maxTotaal = new Dec(MAX_PER_ONDERNEMING);
  const beperkingTotaal = Dec.max(totaalNaLeningen.minus(maxTotaal), 0);
  const deelTotaal = spread(beperkingTotaal, inbrengAlles);
  if (polissen.some((p) => p.soort === "lening")) {
    regels.push(
      { label: "Leningen samen", bedrag: leningen, bindend: false },
      {
        label: `Maximum ${euro(MAX_LENINGEN)} voor leningen aan de onderneming (art. 4 onder c iii)`,
        bedrag: maxLeningen,
        bindend: leningen.greaterThanOrEqualTo(maxLeningen),
      }
    );
  }
  regels.push(
    { label: "Samen (na de grens voor leningen)", bedrag: totaalNaLeningen, bindend: false },
    {
      label: `Maximum ${euro(MAX_PER_ONDERNEMING)} per onderneming (art. 4 onder c iii)`,
      bedrag: maxTotaal,
      bindend: totaalNaLeningen.greaterThanOrEqualTo(maxTotaal),
    }
  );
  const verzekerden = namen.map((naam, k) => {
    const beperking = deelLeningen[k].plus(deelTotaal[k]);
    const vergoedingK = voor[k].minus(beperking);
    if (vergoedingK.isNegative()) {
      throw new EkvError(
        `${a} onder c iii: het deel van ${naam} in de beperking naar rato van inbreng (${euro(beperking)}) is groter dan zijn vergoeding (${euro(voor[k])}); het artikel zegt niet hoe dan te verdelen. Verdeel handmatig.`,
        "not-available"
      );
    }
    regels.push({
      label: beperking.isZero()
        ? `Vergoeding ${naam}`
        : `Vergoeding ${naam} (vóór de grenzen van c iii ${euro(voor[k])}, minus ${euro(beperking)} naar rato van inbreng)`,
      bedrag: vergoedingK,
      bindend: false,
    });
    return { verzekerde: naam, vergoeding: vergoedingK.dividedBy(u) };
  });
  const totaal = sum(verzekerden.map((v) => v.vergoeding));
  regels.push({ label: "Vergoeding (art. 4)", bedrag: totaal.times(u), bindend: false });
  return {
    regels: regels.map((r) => ({ ...r, bedrag: r.bedrag.dividedBy(u) })),
    verzekerden,
    totaal,
  };
}
