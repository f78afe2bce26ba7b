/**
 * Regeling exportfinancieringsarrangement zware matching (Stcrt. 1997, geldend 2002–2009):
 * surcharge (art. 3–4), refinancing rate (art. 2), order amount and export part (art. 1, 9),
 * the Dutch-share test (art. 5 and 6), the costs of an export credit (art. 10), the subsidy and the
 * gift with their caps (art. 7 and 8) and advances (art. 13).
 *
 * All arithmetic on rates and fractions is exact decimal arithmetic (Dec). Caps with more than two
 * decimals are truncated to the cent (see common.ts): the subsidy may not exceed a cap.
 */
import { Dec } from "../decimal";
import { EkvError } from "../errors";
import { assertAmount } from "../exact";
import {
  Eenheid,
  euro,
  interestRate,
  fractionHint,
  minDec,
  nonNegativeAmount,
  normaliseOption,
  num,
  percent,
  rate,
  share,
  toNumber,
  truncCents,
} from "./common";
import { addMonths, dateSerial, dateText } from "./excel-date";

export type Categorie = 1 | 2;
export type Afnemer = "overheid" | "particulier";
export type MatchingSoort = "defensie" | "vliegtuigen" | "bouw" | "overig";

/** Art. 5 lid 2 / art. 6 lid 2: order amount from which the 33⅓% rule applies. */
export const ORDERBEDRAG_LID2 = 11_300_000;
/** Art. 5 lid 4 / art. 6 lid 3: a Dutch share from which the share test does not apply. */
export const NL_AANDEEL_ALTIJD = 13_600_000;
/** Art. 7 lid 1 onder d / art. 8 lid 1 onder c. */
export const MAXIMUM_SUBSIDIE = 4_600_000;
/** Art. 7 lid 2 / art. 8 lid 2: minimum Dutch share for lifting the € 4.600.000 cap. */
export const ONTHEFFING_NL_AANDEEL = 27_200_000;
/** The same in the cases of art. 5 lid 2 / art. 6 lid 2. */
export const ONTHEFFING_NL_AANDEEL_LID2 = 15_800_000;

const LID2_SOORTEN: readonly MatchingSoort[] = ["defensie", "vliegtuigen", "bouw"];

// ---------------------------------------------------------------------------------------------
// Options

/**
 * OESO-landencategorie: 1 or 2, also written I / II (any case). The regulation knows no other
 * category, so anything else is an error.
 */
export function parseCategorie(v: unknown): Categorie {
  if (typeof v === "number" && Number.isFinite(v)) {
    if (v === 1 || v === 2) return v;
    throw new EkvError(
      `art. 3 en 4: categorie ${num(v)} bestaat niet in de regeling; verwacht OESO-landencategorie 1 of 2 (ook I of II).`
    );
  }
  if (typeof v === "string") {
    const t = normaliseOption(v);
    if (t === "1" || t === "i") return 1;
    if (t === "2" || t === "ii") return 2;
    throw new EkvError(
      `art. 3 en 4: categorie "${v}" is onbekend; verwacht OESO-landencategorie 1 of 2 (ook I of II).`
    );
  }
  if (v === null || v === undefined) {
    throw new EkvError(
      "art. 3 en 4: categorie is leeg; verwacht OESO-landencategorie 1 of 2 (ook I of II)."
    );
  }
  throw new EkvError("art. 3 en 4: categorie moet 1 of 2 (ook I of II) zijn.");
}

export function parseAfnemer(text: string | undefined): Afnemer {
  if (text === undefined) {
    throw new EkvError('art. 3 en 4: afnemer is leeg; verwacht "overheid" of "particulier".');
  }
  const t = normaliseOption(text);
  if (t === "overheid" || t === "particulier") return t;
  throw new EkvError(
    `art. 3 en 4: afnemer "${text}" is onbekend; verwacht "overheid" (art. 1 onder h) of "particulier".`
  );
}

/**
 * The kind of order of art. 5 lid 2 / art. 6 lid 2. `fallback` is used for a blank value (the
 * optional `soort` of SUBSIDIE/SCHENKING defaults to "overig"); without it a blank is an error.
 */
export function parseMatchingSoort(
  text: string | undefined,
  fallback?: MatchingSoort,
  article = "art. 5 lid 2"
): MatchingSoort {
  if (text === undefined || text.trim() === "") {
    if (fallback) return fallback;
    throw new EkvError(
      `${article}: soort is leeg; verwacht "defensie", "vliegtuigen", "bouw" of "overig".`
    );
  }
  const t = normaliseOption(text);
  if (t === "defensie" || t === "vliegtuigen" || t === "bouw" || t === "overig") return t;
  throw new EkvError(
    `${article}: soort "${text}" is onbekend; verwacht "defensie", "vliegtuigen", "bouw" (grond-, weg-, water-, burgerlijke of utiliteitsbouw) of "overig".`
  );
}

export interface Valuta {
  code: string;
  /** 3 for euro and US dollar (art. 2 lid 1 onder a), 4 for any other currency (onder b). */
  artikel: 3 | 4;
}

/**
 * The national currencies the euro replaced by 1 January 2002 (and the ECU, replaced in 1999). This
 * text of the regulation applies from 2002 (geldend 2002–2009): an export credit under it cannot be
 * in one of them, and art. 2 lid 1 onder a names only the euro and the US dollar for art. 3. Giving
 * such a code art. 4 rates (as "another currency") would be wrong, so it is refused.
 */
export const EURO_VOORGANGERS: Readonly<Record<string, string>> = {
  ATS: "Oostenrijkse schilling",
  BEF: "Belgische frank",
  DEM: "Duitse mark",
  ESP: "Spaanse peseta",
  FIM: "Finse mark",
  FRF: "Franse frank",
  GRD: "Griekse drachme",
  IEP: "Ierse pond",
  ITL: "Italiaanse lire",
  LUF: "Luxemburgse frank",
  NLG: "Nederlandse gulden",
  PTE: "Portugese escudo",
  XEU: "ecu",
};

/**
 * A currency code: EUR and USD fall under art. 3, every other ISO 4217 code under art. 4. The form
 * (three letters) is checked, and the codes the euro replaced by 2002 are refused (see
 * EURO_VOORGANGERS). Other historic codes stay valid: a currency such as the Slovak koruna (SKK,
 * until 2009) was "een andere valuta" (art. 2 lid 1 onder b) while this text applied.
 */
export function parseValuta(text: string | undefined): Valuta {
  if (text === undefined || text.trim() === "") {
    throw new EkvError(
      "art. 2 lid 1: valuta is leeg; verwacht een ISO-valutacode zoals EUR, USD of JPY."
    );
  }
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new EkvError(
      `art. 2 lid 1: valuta "${text}" is geen ISO-valutacode; verwacht drie letters zoals EUR, USD of JPY.`
    );
  }
  const voorganger = EURO_VOORGANGERS[code];
  if (voorganger) {
    throw new EkvError(
      `art. 2 lid 1 onder a: valuta ${code} (${voorganger}) is vóór 2002 door de euro vervangen; deze tekst van de regeling (geldend 2002–2009) kent voor art. 3 alleen euro en US-dollar. Geef EUR.`
    );
  }
  return { code, artikel: code === "EUR" || code === "USD" ? 3 : 4 };
}

// ---------------------------------------------------------------------------------------------
// Art. 2–4: surcharge and refinancing rate

export interface OpslagInput {
  valuta: string | undefined;
  categorie: unknown;
  afnemer: string | undefined;
  /** Undefined when not given: allowed only where the article does not need it. */
  bankgarantie: boolean | undefined;
  /** Undefined when not given: allowed only for EUR/USD (art. 3 ignores the term). */
  looptijdJaren: number | undefined;
}

/** The surcharge of art. 3 (EUR, USD) or art. 4 (other currencies), as a fraction. */
export function opslag(input: OpslagInput): number {
  const valuta = parseValuta(input.valuta);
  const cat = parseCategorie(input.categorie);
  const afnemer = parseAfnemer(input.afnemer);
  const art = `art. ${valuta.artikel}`;

  let looptijdLang = false;
  if (input.looptijdJaren !== undefined) {
    assertAmount(input.looptijdJaren, "looptijd_jaren");
    if (input.looptijdJaren <= 0) {
      throw new EkvError(
        `${art}: looptijd_jaren is ${num(input.looptijdJaren)}; verwacht een looptijd groter dan 0 jaar.`
      );
    }
    // "langer dan vijf jaar": strictly more than 5.
    looptijdLang = input.looptijdJaren > 5;
  } else if (valuta.artikel === 4) {
    throw new EkvError(
      `art. 4: looptijd_jaren is leeg; bij ${valuta.code} hangt de opslag af van de vraag of de looptijd langer is dan vijf jaar.`
    );
  }

  let bankgarantie = false;
  if (afnemer === "particulier") {
    if (input.bankgarantie === undefined) {
      throw new EkvError(
        `${art}: bankgarantie is leeg; geef bij een particuliere afnemer WAAR of ONWAAR op (art. 1 onder i).`
      );
    }
    bankgarantie = input.bankgarantie;
  }
  const zonderGarantie = afnemer === "particulier" && !bankgarantie;

  let p: Dec;
  if (valuta.artikel === 3) {
    if (cat === 1) {
      // Art. 3 lid 1: 0,55%; lid 2: + 0,15% for a non-government buyer without a bank guarantee.
      p = new Dec("0.0055");
      if (zonderGarantie) p = p.plus("0.0015");
    } else {
      // Art. 3 lid 3: 0,70% + 0,10% (overheid) / 0,15% (bankgarantie) / 0,30% (geen).
      p = new Dec("0.0070").plus(
        afnemer === "overheid" ? "0.0010" : bankgarantie ? "0.0015" : "0.0030"
      );
    }
  } else if (cat === 1) {
    // Art. 4 lid 1: 0,25% + 0,10% (looptijd > 5 jaar) + 0,15% (particulier zonder bankgarantie).
    p = new Dec("0.0025");
    if (looptijdLang) p = p.plus("0.0010");
    if (zonderGarantie) p = p.plus("0.0015");
  } else {
    // Art. 4 lid 2–4: 0,40% + 0,20% (looptijd > 5 jaar) + 0,10% / 0,15% / 0,30% as in art. 3 lid 3.
    p = new Dec("0.0040");
    if (looptijdLang) p = p.plus("0.0020");
    p = p.plus(afnemer === "overheid" ? "0.0010" : bankgarantie ? "0.0015" : "0.0030");
  }
  return toNumber(p, "opslag");
}

/** The largest surcharge of art. 3–4: art. 3 lid 3 onder c, 0,70% + 0,30% = 1,00%. */
export const MAX_OPSLAG = "0.01";

/** A surcharge (art. 3–4) as a fraction: 0 up to the largest one the articles give. */
export function opslagRente(x: number, article: string): Dec {
  const o = rate(x, "opslag", article);
  if (o.greaterThan(MAX_OPSLAG)) {
    throw new EkvError(
      `${article}: opslag is ${num(x)}, dat is ${percent(o)}; de grootste opslag in art. 3 en 4 is 1,00% (0,01), ${fractionHint(x)} Geef percentages als fractie (0,55% is 0,0055).`
    );
  }
  return o;
}

/**
 * Art. 2 lid 1: the rate the bank charges (onder 1º) or, if lower, the funding rate (EUR/USD) or
 * CIRR (other currencies) plus the surcharge (onder 2º). Rates from 0 to 25%, the surcharge at
 * most the 1,00% of art. 3 lid 3 onder c: anything else is a percentage typed as a whole number.
 */
export function refinancieringsrente(
  bankrente: number,
  basisrente: number,
  opslagWaarde: number
): number {
  const a = "art. 2 lid 1";
  const bank = interestRate(bankrente, "bankrente", a);
  const basis = interestRate(basisrente, "basisrente", a);
  const o = opslagRente(opslagWaarde, a);
  const alternatief = basis.plus(o);
  return toNumber(bank.lessThan(alternatief) ? bank : alternatief, "refinancieringsrente");
}

// ---------------------------------------------------------------------------------------------
// Art. 1 and 9: order amount, export part, Dutch share

/**
 * Art. 1 onder d: the concluded amount, increased by at most 10% of it (options, unspecified work,
 * price rises); art. 9: minus supplies or subcontracting a foreign government supports. The 10% is
 * taken of the concluded amount before the art. 9 deduction (art. 1 d: "10 procent ervan").
 */
export function orderbedrag(afgesloten: number, ophoging: number, toelevering: number): number {
  nonNegativeAmount(afgesloten, "afgesloten_bedrag", "art. 1 onder d");
  nonNegativeAmount(ophoging, "ophoging", "art. 1 onder d");
  nonNegativeAmount(toelevering, "buitenlands_gesteunde_toelevering", "art. 9");
  const a = new Dec(afgesloten);
  const maxOphoging = truncCents(a.times("0.1"));
  const telt = minDec([new Dec(ophoging), maxOphoging]);
  const voorAftrek = a.plus(telt);
  const t = new Dec(toelevering);
  if (t.greaterThan(voorAftrek)) {
    throw new EkvError(
      `art. 9: de buitenlands gesteunde toelevering (${euro(t)}) is groter dan het orderbedrag (${euro(voorAftrek)}); controleer de invoer.`
    );
  }
  return toNumber(voorAftrek.minus(t), "orderbedrag");
}

/** Art. 1 onder a: the part of the order amount that is not local costs (onder b). */
export function exportdeel(order: number, lokaleKosten: number): number {
  nonNegativeAmount(order, "orderbedrag", "art. 1 onder a");
  nonNegativeAmount(lokaleKosten, "lokale_kosten", "art. 1 onder b");
  if (lokaleKosten > order) {
    throw new EkvError(
      `art. 1 onder a: de lokale kosten (${euro(lokaleKosten)}) zijn groter dan het orderbedrag (${euro(order)}); de lokale kosten maken deel uit van de order.`
    );
  }
  return toNumber(new Dec(order).minus(lokaleKosten), "exportdeel");
}

/** The Dutch share is part of the export part (art. 1 onder c), which is part of the order. */
function checkShares(exportDeel: number, nlAandeel: number, article: string): void {
  nonNegativeAmount(exportDeel, "exportdeel", article);
  nonNegativeAmount(nlAandeel, "nl_aandeel", article);
  if (nlAandeel > exportDeel) {
    throw new EkvError(
      `art. 1 onder c: het Nederlands aandeel (${euro(nlAandeel)}) is groter dan het exportdeel (${euro(exportDeel)}); het Nederlands aandeel is een deel van het exportdeel.`
    );
  }
}

/** Whether the order is one of the kinds of art. 5 lid 2 / art. 6 lid 2 (without the amount). */
export function isLid2Soort(soort: MatchingSoort): boolean {
  return LID2_SOORTEN.includes(soort);
}

/**
 * Art. 5 lid 1 onder b, lid 2 and lid 4 (identical: art. 6 lid 1 onder a, lid 2 and lid 3):
 * - a Dutch share of at least € 13.600.000 always suffices (lid 4);
 * - defence, aircraft and construction orders of at least € 11.300.000: 3 × aandeel ≥ exportdeel;
 * - otherwise: 5 × aandeel ≥ 3 × exportdeel (60%).
 */
export function aandeelVoldoet(
  exportDeel: number,
  nlAandeel: number,
  order: number,
  soort: MatchingSoort,
  eenheid: Eenheid = 1
): boolean {
  checkShares(exportDeel, nlAandeel, "art. 5 lid 1 onder b");
  nonNegativeAmount(order, "orderbedrag", "art. 5 lid 2");
  if (exportDeel > order) {
    throw new EkvError(
      `art. 1 onder a: het exportdeel (${euro(exportDeel)}) is groter dan het orderbedrag (${euro(order)}); het exportdeel is een deel van het orderbedrag.`
    );
  }
  if (exportDeel === 0) {
    throw new EkvError(
      "art. 5 lid 1 onder b: het exportdeel is 0; zonder exportdeel is er geen aandeel om te toetsen."
    );
  }
  const e = new Dec(exportDeel);
  const nl = new Dec(nlAandeel);
  // The thresholds are in euros; the amounts are in `eenheid` (x € 1.000 in a budget table).
  if (nl.times(eenheid).greaterThanOrEqualTo(NL_AANDEEL_ALTIJD)) return true;
  if (isLid2Soort(soort) && new Dec(order).times(eenheid).greaterThanOrEqualTo(ORDERBEDRAG_LID2)) {
    return nl.times(3).greaterThanOrEqualTo(e);
  }
  return nl.times(5).greaterThanOrEqualTo(e.times(3));
}

// ---------------------------------------------------------------------------------------------
// Art. 10: costs

export interface KostenInput {
  krediet: number;
  refinancieringsrente: number;
  contractrente: number;
  aflossingsjaren: number;
  /** Default 2 (OECD: equal semi-annual principal instalments). */
  termijnenPerJaar: number;
  /** 0: no drawdown period taken into account (art. 10 lid 2 does not apply). */
  opnamejaren: number;
  /** Art. 10 lid 9: commissions and premiums. */
  overigeKosten: number;
  /**
   * Art. 10 lid 1 onder b (the beneficiary has the credit provided by another lender): the rate
   * agreed between that lender and the beneficiary. The difference is then taken between this rate
   * and the contract rate; the discount rate stays the refinancing rate (lid 3 and 4). Undefined:
   * lid 1 onder a, the difference between the refinancing rate and the contract rate.
   */
  overeengekomenRente?: number;
}

const MAX_TERMIJNEN = 1200;

/**
 * The exact (untruncated) costs of art. 10 as a Decimal.
 *
 * Repayment period (lid 1, 3): equal principal instalments, n = aflossingsjaren × termijnen; in
 * period j (1…n) the outstanding amount is krediet × (n − j + 1) / n and the interest difference
 * krediet × (n − j + 1) / n × (r − c) / m, paid at the end of the period and capitalised to the
 * start of repayment at the refinancing rate with compound interest: divided by (1 + r/m)^j.
 *
 * Drawdown period (lid 2, 4): linear drawdown over T years, the interest difference accruing on the
 * drawn amount krediet × t / T and capitalised to the end of the drawdown period (= the start of
 * repayment) with simple interest at the refinancing rate:
 *   ∫₀ᵀ krediet·(t/T)·(r − c)·(1 + r·(T − t)) dt = krediet·(r − c)·(T/2 + r·T²/6).
 * Lid 4 names the refinancing rate as the rate of that simple interest, just as lid 3 names it for
 * the compound capitalisation of the repayment period; the T/2 term alone is the uncapitalised
 * interest difference.
 *
 * Under lid 1 onder b the difference is (o − c) with o the rate agreed between lender and
 * beneficiary, while r stays the rate of capitalisation (lid 3 and 4 name the refinancing rate,
 * whichever rate the difference is taken of). Rates are 0–25% (interestRate), so every term is
 * non-negative: costs are never negative.
 */
export function kostenExact(input: KostenInput): Dec {
  const a = "art. 10";
  nonNegativeAmount(input.krediet, "krediet", `${a} lid 1`);
  const { r, c, o, m } = kostenRentes(input);
  assertAmount(input.aflossingsjaren, "aflossingsjaren");
  if (input.aflossingsjaren <= 0) {
    throw new EkvError(
      `${a} lid 1: aflossingsjaren is ${num(input.aflossingsjaren)}; verwacht een aflossingsperiode groter dan 0.`
    );
  }
  const nDec = new Dec(input.aflossingsjaren).times(m);
  if (!nDec.isInteger()) {
    throw new EkvError(
      `${a} lid 1: ${num(input.aflossingsjaren)} aflossingsjaren × ${m} termijnen per jaar is geen geheel aantal termijnen.`
    );
  }
  const n = nDec.toNumber();
  if (n > MAX_TERMIJNEN) {
    throw new EkvError(
      `${a} lid 1: ${n} aflossingstermijnen is onwaarschijnlijk veel (meer dan ${MAX_TERMIJNEN}); controleer aflossingsjaren.`
    );
  }
  kostenOverig(input);

  let total = new Dec(input.overigeKosten);
  // A contract rate at or above the rate whose difference is taken (lid 1 a: the refinancing rate;
  // lid 1 b: the agreed rate) leaves no interest difference to subsidise: costs are never negative.
  if (c.greaterThanOrEqualTo(o)) return total;
  const d = o.minus(c);
  const k = new Dec(input.krediet);

  const perPeriod = k.times(d).dividedBy(nDec.times(m)); // krediet·(o − c)/(n·m)
  const factor = new Dec(1).dividedBy(new Dec(1).plus(r.dividedBy(m)));
  let disc = new Dec(1);
  let sum = new Dec(0);
  for (let j = 1; j <= n; j++) {
    disc = disc.times(factor);
    sum = sum.plus(disc.times(n - j + 1));
  }
  total = total.plus(perPeriod.times(sum));
  return total.plus(opnameKosten(k, d, r, input.opnamejaren));
}

/** The rates of art. 10 (see kostenExact) and the number of instalments per year, validated. */
function kostenRentes(
  input: Pick<
    KostenInput,
    "refinancieringsrente" | "contractrente" | "overeengekomenRente" | "termijnenPerJaar"
  >
): { r: Dec; c: Dec; o: Dec; m: number } {
  const a = "art. 10";
  const r = interestRate(input.refinancieringsrente, "refinancieringsrente", `${a} lid 1 en 3`);
  const c = interestRate(input.contractrente, "contractrente", "art. 2 lid 2");
  let o = r;
  if (input.overeengekomenRente !== undefined) {
    o = interestRate(input.overeengekomenRente, "overeengekomen_rente", `${a} lid 1 onder b`);
    // Art. 2 lid 1 onder 1º: the refinancing rate is the rate the lender charges the beneficiary,
    // or a lower one; it can never exceed the agreed rate.
    if (r.greaterThan(o)) {
      throw new EkvError(
        `art. 2 lid 1: de refinancieringsrente (${percent(r)}) is hoger dan de overeengekomen rente (${percent(o)}); de refinancieringsrente is de rente die de verstrekker in rekening brengt of, als die lager is, basisrente plus opslag. Geef als refinancieringsrente MATCHING.REFINANCIERINGSRENTE(overeengekomen rente; basisrente; opslag).`
      );
    }
  }
  const m = input.termijnenPerJaar;
  assertAmount(m, "termijnen_per_jaar");
  if (!Number.isInteger(m) || m < 1 || m > 12) {
    throw new EkvError(
      `${a} lid 1: termijnen_per_jaar is ${num(m)}; verwacht een geheel aantal van 1 tot en met 12 (standaard 2: halfjaarlijks).`
    );
  }
  return { r, c, o, m };
}

/** Validates the drawdown period (lid 2) and the costs of lid 9. */
function kostenOverig(input: Pick<KostenInput, "opnamejaren" | "overigeKosten">): void {
  const a = "art. 10";
  assertAmount(input.opnamejaren, "opnamejaren");
  if (input.opnamejaren < 0) {
    throw new EkvError(`${a} lid 2: opnamejaren is ${num(input.opnamejaren)}; verwacht 0 of meer.`);
  }
  if (input.opnamejaren > 100) {
    throw new EkvError(
      `${a} lid 2: opnamejaren ${num(input.opnamejaren)} is onwaarschijnlijk lang; controleer de invoer.`
    );
  }
  nonNegativeAmount(input.overigeKosten, "overige_kosten", `${a} lid 9`);
}

/** Lid 2 and 4: krediet·d·(T/2 + r·T²/6), 0 without a drawdown period. */
function opnameKosten(k: Dec, d: Dec, r: Dec, opnamejaren: number): Dec {
  if (opnamejaren <= 0) return new Dec(0);
  const t = new Dec(opnamejaren);
  return k.times(d).times(t.dividedBy(2).plus(r.times(t).times(t).dividedBy(6)));
}

export interface KostenSchemaInput extends Omit<KostenInput, "krediet" | "aflossingsjaren"> {
  /** Principal repaid at the end of each period 1…n (0 in a grace period); the credit is the sum. */
  aflossingen: readonly number[];
}

/**
 * Art. 10 costs for an explicit repayment schedule, exact: the same reading as kostenExact, with
 * the outstanding amount of period j the credit minus the repayments of the periods before it.
 * With equal repayments it is kostenExact (tested as such).
 */
export function kostenSchemaExact(input: KostenSchemaInput): Dec {
  const a = "art. 10";
  const { r, c, o, m } = kostenRentes(input);
  const n = input.aflossingen.length;
  if (n === 0 || n > MAX_TERMIJNEN) {
    throw new EkvError(
      `${a} lid 1: ${n} aflossingstermijnen; verwacht 1 tot en met ${MAX_TERMIJNEN} termijnen.`
    );
  }
  input.aflossingen.forEach((x, i) =>
    nonNegativeAmount(x, n === 1 ? "aflossingen" : `aflossingen (termijn ${i + 1})`, `${a} lid 1`)
  );
  const k = input.aflossingen.reduce((sum, x) => sum.plus(x), new Dec(0));
  if (k.isZero()) {
    throw new EkvError(`${a} lid 1: de aflossingen zijn samen 0; er is geen krediet.`);
  }
  kostenOverig(input);

  let total = new Dec(input.overigeKosten);
  if (c.greaterThanOrEqualTo(o)) return total;
  const d = o.minus(c);
  const factor = new Dec(1).dividedBy(new Dec(1).plus(r.dividedBy(m)));
  let disc = new Dec(1);
  let uitstaand = k;
  let sum = new Dec(0);
  for (const aflossing of input.aflossingen) {
    disc = disc.times(factor);
    sum = sum.plus(uitstaand.times(disc));
    uitstaand = uitstaand.minus(aflossing);
  }
  total = total.plus(sum.times(d).dividedBy(m));
  return total.plus(opnameKosten(k, d, r, input.opnamejaren));
}

/** kostenSchemaExact truncated to the cent. */
export function kostenSchema(input: KostenSchemaInput): number {
  return toNumber(truncCents(kostenSchemaExact(input)), "kosten");
}

/**
 * Art. 10 costs, truncated to the cent. Under lid 1 onder a they are also limit a of art. 7 lid 1;
 * under lid 1 onder b limit a is the same calculation without the agreed rate (the difference
 * between refinancing rate and contract rate), which SUBSIDIE takes as `limietA`.
 */
export function kosten(input: KostenInput): number {
  return toNumber(truncCents(kostenExact(input)), "kosten");
}

// ---------------------------------------------------------------------------------------------
// Art. 7 and 8: subsidy, gift, and the limits that make them

export interface Limiet {
  label: string;
  /** The limit in euros, or undefined when it does not apply (not given, or lifted). */
  bedrag: Dec | undefined;
  /** Why the limit does not apply (shown instead of an amount). */
  nvt?: string;
  bindend: boolean;
}

export interface Opbouw {
  limieten: Limiet[];
  uitkomst: Dec;
  uitkomstLabel: string;
}

export interface SubsidieInput {
  /** Art. 7: the costs (art. 10); art. 8: the amount needed for an equivalent credit. */
  eerste: number;
  exportdeel: number;
  nlAandeel: number;
  /** Art. 7 only: the amount needed to match the competitor's offer; undefined when not given. */
  gelijkwaardigBedrag: number | undefined;
  ontheffing: boolean;
  soort: MatchingSoort;
  /**
   * Art. 7 only: limit a of art. 7 lid 1 (the capitalised difference between the refinancing rate
   * and the contract rate, plus the costs of art. 10 lid 9) when it differs from the costs: under
   * art. 10 lid 1 onder b the costs take the difference with the agreed rate instead. Undefined:
   * the costs are limit a (art. 10 lid 1 onder a).
   */
  limietA?: number;
  /** The unit of all amounts (the thresholds of the articles are in euros); default euros. */
  eenheid?: Eenheid;
}

function opbouw(input: SubsidieInput, artikel: 7 | 8): Opbouw {
  const a = `art. ${artikel}`;
  const lid1 = `${a} lid 1`;
  const u = input.eenheid ?? 1;
  nonNegativeAmount(input.eerste, artikel === 7 ? "kosten" : "benodigd", lid1);
  checkShares(input.exportdeel, input.nlAandeel, lid1);
  if (input.gelijkwaardigBedrag !== undefined) {
    nonNegativeAmount(input.gelijkwaardigBedrag, "gelijkwaardig_bedrag", lid1);
  }
  if (input.limietA !== undefined) {
    nonNegativeAmount(input.limietA, "renteverschil_refinancieringsrente", `${lid1} onder a`);
  }
  // Amounts in `u` euros; a euro threshold T is T / u in that unit, and a cap is truncated to the
  // euro cent (1/(100·u) of the unit), so the unit changes nothing but the scale.
  const euros = (x: number): Dec => new Dec(x).times(u);
  const inUnit = (d: Dec): Dec => d.dividedBy(u);
  const cap = (eurosValue: Dec): Dec => inUnit(truncCents(eurosValue));

  if (input.ontheffing) {
    const lid2 = isLid2Soort(input.soort);
    const drempel = lid2 ? ONTHEFFING_NL_AANDEEL_LID2 : ONTHEFFING_NL_AANDEEL;
    if (euros(input.nlAandeel).lessThan(drempel)) {
      const geval = lid2
        ? ` in de gevallen van art. ${artikel === 7 ? 5 : 6} lid 2 (soort ${input.soort})`
        : "";
      throw new EkvError(
        `${a} lid 2: ontheffing van het maximum van ${euro(MAXIMUM_SUBSIDIE)} is alleen mogelijk als het Nederlands aandeel${geval} ten minste ${euro(drempel)} is (gevonden: ${euro(euros(input.nlAandeel))}${u === 1 ? "" : `, bedragen x ${euro(u)}`}).`
      );
    }
  }

  const letters = artikel === 7 ? ["a", "b", "c", "d"] : ["a", "b", "c"];
  const limieten: Limiet[] = [];
  if (artikel === 7 && input.limietA === undefined) {
    limieten.push({
      label:
        "Kosten: gekapitaliseerd renteverschil en overige kosten (art. 7 lid 1 onder a, art. 10)",
      bedrag: new Dec(input.eerste),
      bindend: false,
    });
  } else if (artikel === 7) {
    limieten.push({
      label: "Kosten: 100% van de kosten (art. 7 lid 1, art. 10 lid 1 onder b)",
      bedrag: new Dec(input.eerste),
      bindend: false,
    });
    limieten.push({
      label:
        "Gekapitaliseerd verschil refinancieringsrente en contractrente, met art. 10 lid 9 (art. 7 lid 1 onder a)",
      bedrag: new Dec(input.limietA as number),
      bindend: false,
    });
  }
  if (artikel === 7) {
    limieten.push(
      input.gelijkwaardigBedrag === undefined
        ? {
            label: "Nodig voor een gelijkwaardig aanbod (art. 7 lid 1)",
            bedrag: undefined,
            nvt: "niet opgegeven",
            bindend: false,
          }
        : {
            label: "Nodig voor een gelijkwaardig aanbod (art. 7 lid 1)",
            bedrag: new Dec(input.gelijkwaardigBedrag),
            bindend: false,
          }
    );
  } else {
    limieten.push({
      label: "Nodig voor een gelijkwaardig exportkrediet (art. 8 lid 1)",
      bedrag: new Dec(input.eerste),
      bindend: false,
    });
  }
  const off = artikel === 7 ? 1 : 0;
  limieten.push({
    label: `35% van het exportdeel (${a} lid 1 onder ${letters[off]})`,
    bedrag: cap(euros(input.exportdeel).times(7).dividedBy(20)),
    bindend: false,
  });
  limieten.push({
    label: `58 1/3% van het Nederlands aandeel (${a} lid 1 onder ${letters[off + 1]})`,
    bedrag: cap(euros(input.nlAandeel).times(7).dividedBy(12)),
    bindend: false,
  });
  const maxLabel = `Maximum € 4.600.000 (${a} lid 1 onder ${letters[off + 2]})`;
  limieten.push(
    input.ontheffing
      ? { label: maxLabel, bedrag: undefined, nvt: `ontheffing (${a} lid 2)`, bindend: false }
      : { label: maxLabel, bedrag: inUnit(new Dec(MAXIMUM_SUBSIDIE)), bindend: false }
  );

  const bedragen = limieten.filter((l) => l.bedrag !== undefined).map((l) => l.bedrag as Dec);
  const uitkomst = minDec(bedragen);
  // Every limit equal to the minimum binds: with a tie, each one alone would give the same result.
  for (const l of limieten) l.bindend = l.bedrag !== undefined && l.bedrag.equals(uitkomst);
  return {
    limieten,
    uitkomst,
    uitkomstLabel: artikel === 7 ? "Subsidie (art. 7)" : "Schenking (art. 8)",
  };
}

/** Art. 7 (subsidy of art. 5): all limits with the binding one marked. */
export function subsidieOpbouw(input: SubsidieInput): Opbouw {
  return opbouw(input, 7);
}

/** Art. 7: the smallest of costs, equivalent-offer amount, 35% / 58⅓% and € 4.600.000. */
export function subsidie(input: SubsidieInput): number {
  return toNumber(opbouw(input, 7).uitkomst, "subsidie");
}

/** Art. 8 (gift of art. 6): the needed amount, at most 35% / 58⅓% and € 4.600.000. */
export function schenking(input: Omit<SubsidieInput, "gelijkwaardigBedrag">): number {
  return toNumber(opbouw({ ...input, gelijkwaardigBedrag: undefined }, 8).uitkomst, "schenking");
}

// ---------------------------------------------------------------------------------------------
// Art. 13: advances

/**
 * Art. 13 lid 1: "Een voorschot op een subsidie wordt berekend naar rato van de in verband met de
 * uitvoering van de order gemaakte en betaalde kosten, voor zover deze nog niet eerder bij de
 * verstrekking van een voorschot in aanmerking zijn genomen. In totaal zal het bedrag aan
 * voorschotten niet groter zijn dan 80 procent van het bedrag waarop de subsidie ten hoogste kan
 * worden vastgesteld."
 *
 * - `aandeelKostenGemaakt`: the share of all costs made and paid so far (cumulative);
 * - `aandeelEerderMeegeteld`: the share of the costs already taken into account for earlier
 *   advances. The advance is maxSubsidie × (gemaakt − meegeteld), and all advances together stay
 *   within 80% of maxSubsidie: at most 80% × maxSubsidie − eerder. Both truncated to the cent.
 * - Not given, the share already counted is the pro-rata share eerder / maxSubsidie: earlier
 *   advances that were themselves exactly pro rata. Then the result is
 *   max(0; min(maxSubsidie × gemaakt; 80% × maxSubsidie) − eerder), the formula of earlier
 *   versions, so existing calls keep their results.
 *
 * Example (issue 12): 1.000.000, 90% of costs made, 200.000 advanced earlier on 50% of the costs
 * (under a lower maximum at the time): 1.000.000 × (0,9 − 0,5) = 400.000 ≤ 800.000 − 200.000.
 */
export function voorschot(
  maxSubsidie: number,
  aandeelKostenGemaakt: number,
  eerder: number,
  aandeelEerderMeegeteld?: number
): number {
  const a = "art. 13 lid 1";
  nonNegativeAmount(maxSubsidie, "max_subsidie", a);
  const gemaakt = share(aandeelKostenGemaakt, "aandeel_kosten_gemaakt", a);
  nonNegativeAmount(eerder, "eerder_bevoorschot", a);
  const m = new Dec(maxSubsidie);
  const e = new Dec(eerder);
  const ruimte80 = truncCents(m.times(4).dividedBy(5)).minus(e);
  let naarRato: Dec;
  if (aandeelEerderMeegeteld === undefined) {
    naarRato = truncCents(m.times(gemaakt)).minus(e);
  } else {
    const meegeteld = share(aandeelEerderMeegeteld, "aandeel_eerder_meegeteld", a);
    if (meegeteld.greaterThan(gemaakt)) {
      throw new EkvError(
        `${a}: aandeel_eerder_meegeteld (${percent(meegeteld)}) is groter dan aandeel_kosten_gemaakt (${percent(gemaakt)}); eerder meegetelde kosten zijn ook gemaakte kosten (beide cumulatief, als fractie van alle kosten).`
      );
    }
    naarRato = truncCents(m.times(gemaakt.minus(meegeteld)));
  }
  const uitkomst = minDec([naarRato, ruimte80]);
  return toNumber(uitkomst.isNegative() ? new Dec(0) : uitkomst, "voorschot");
}

// ---------------------------------------------------------------------------------------------
// Art. 2 lid 3: aircraft — credit insurance premiums and guarantee costs in both rates

/**
 * Art. 2 lid 3: for an order for (parts of) an aircraft under the OECD Aircraft Sector
 * Understanding, credit insurance premiums and guarantee costs are taken into account "bij het
 * bepalen van de refinancieringsrente en de contractrente": the same premium, as an annual rate, is
 * added to both. The difference r − c stays the same; the capitalisation rate rises, so the costs
 * fall. Such premiums then no longer count under art. 10 lid 9 ("voor zover deze niet reeds op grond
 * van artikel 2, derde lid, in aanmerking zijn genomen").
 */
export function metPremie(rente: number, premie: number, what: string): number {
  const a = "art. 2 lid 3";
  const r = interestRate(rente, what, a);
  const p = interestRate(premie, "premie", a);
  return toNumber(r.plus(p), what);
}

// ---------------------------------------------------------------------------------------------
// Art. 5 lid 3: export credits shorter than two years

export type KortProduct = "dierlijk" | "zaden" | "overig";

export function parseKortProduct(text: string | undefined): KortProduct {
  const a = "art. 5 lid 3";
  if (text === undefined || text.trim() === "") {
    throw new EkvError(
      `${a}: product is leeg; verwacht "dierlijk" (dierlijk reproductiemateriaal), "zaden" (zaden, pootaardappelen en soortgelijk uitgangsmateriaal) of "overig".`
    );
  }
  const t = normaliseOption(text);
  if (t === "dierlijk" || t === "zaden" || t === "overig") return t;
  throw new EkvError(
    `${a}: product "${text}" is onbekend; verwacht "dierlijk", "zaden" of "overig".`
  );
}

/**
 * Art. 5 lid 3: an export credit with a term of less than two years is subsidised only for
 * animal reproductive material when the competitor's government-supported credit runs more than
 * 180 days (1º), and for seeds, seed potatoes and similar starting material more than 360 days
 * (2º). `looptijdJaren` is the term of the credit (two years or more: lid 3 does not apply, #N/B);
 * `dagenConcurrent` the term of the competitor's credit in days ("meer dan": strictly more).
 */
export function kortKredietOk(
  looptijdJaren: number,
  product: KortProduct,
  dagenConcurrent: number
): boolean {
  const a = "art. 5 lid 3";
  assertAmount(looptijdJaren, "looptijd_jaren");
  if (looptijdJaren <= 0) {
    throw new EkvError(
      `${a}: looptijd_jaren is ${num(looptijdJaren)}; verwacht een looptijd groter dan 0.`
    );
  }
  assertAmount(dagenConcurrent, "dagen_concurrent");
  if (!Number.isInteger(dagenConcurrent) || dagenConcurrent < 0 || dagenConcurrent > 36_600) {
    throw new EkvError(
      `${a}: dagen_concurrent is ${num(dagenConcurrent)}; verwacht een geheel aantal dagen (0 of meer).`
    );
  }
  if (looptijdJaren >= 2) {
    throw new EkvError(
      `${a} geldt alleen voor een exportkrediet met een looptijd van minder dan twee jaar (gevonden: ${num(looptijdJaren)} jaar).`,
      "not-available"
    );
  }
  if (product === "dierlijk") return dagenConcurrent > 180;
  if (product === "zaden") return dagenConcurrent > 360;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Art. 10 lid 5–8: the date whose interest rates apply

export interface RentedatumInput {
  /** Date the order was concluded. */
  order: number;
  /** Date the credit agreement was concluded (lid 5 b); undefined when not (yet) known. */
  overeenkomst: number | undefined;
  /** Date the bank issued a binding offer (lid 5 a); undefined when there is none. */
  offerte: number | undefined;
  /** Date the beneficiary accepted the offer. */
  acceptatie: number | undefined;
  /** Date the application (art. 9 Besluit) was filed. */
  aanvraag: number | undefined;
  /** Date the offer and the co-signed proof of acceptance were submitted to the minister. */
  indiening: number | undefined;
  /** The binding offer is still valid (lid 5 a 3º). */
  offerteGeldig: boolean | undefined;
  /** Costs at the rates of the lid 5 b date, of the lid 6/7 date and of the lid 8 date. */
  kosten5b: number | undefined;
  kosten67: number | undefined;
  kosten8: number | undefined;
}

export interface Rentedatum {
  datum: number;
  regel: string;
}

const TWEE_WEKEN = 14;

/**
 * Art. 10 lid 5–8: the date whose prevailing interest rates the costs are based on.
 *
 * - Lid 5 a: the date the bank issued the binding offer, if (1º) the beneficiary accepted it not
 *   earlier than two weeks (14 days) before the application, (2º) the offer and the proof of
 *   acceptance reached the minister within two weeks after acceptance, and (3º) it is still valid.
 * - Otherwise lid 5 b: the date of the credit agreement, except where a deviating date gives lower
 *   costs: lid 6 (agreement more than 180 days after the order: the 180th day), lid 7 (agreement
 *   more than 60 days before the order: the 60th day before it), lid 8 (a binding offer that does not
 *   meet lid 5 a: the offer date). "Lagere kosten" needs the costs at each date's rates: given as
 *   kosten5b / kosten67 / kosten8; a deviating date wins only when strictly lower, and of two
 *   deviating dates (lid 6 or 7 together with lid 8) the lower costs win (ties: the lower lid).
 * All periods are counted in calendar days and include their end day.
 */
export function rentedatum(input: RentedatumInput): Rentedatum {
  const a = "art. 10 lid 5";
  const order = dateSerial(input.order, "orderdatum", a);
  const d = (v: number | undefined, what: string) =>
    v === undefined ? undefined : dateSerial(v, what, a);
  const overeenkomst = d(input.overeenkomst, "overeenkomstdatum");
  const offerte = d(input.offerte, "offertedatum");
  const acceptatie = d(input.acceptatie, "acceptatiedatum");
  const aanvraag = d(input.aanvraag, "aanvraagdatum");
  const indiening = d(input.indiening, "indieningsdatum");
  for (const [v, what] of [
    [input.kosten5b, "kosten_lid5b"],
    [input.kosten67, "kosten_lid6_7"],
    [input.kosten8, "kosten_lid8"],
  ] as const) {
    if (v !== undefined) nonNegativeAmount(v, what, "art. 10 lid 6–8");
  }

  const missing: string[] = [];
  let lid5aReden = "";
  if (offerte !== undefined) {
    if (acceptatie === undefined) missing.push("acceptatiedatum");
    if (aanvraag === undefined) missing.push("aanvraagdatum");
    if (indiening === undefined) missing.push("indieningsdatum");
    if (input.offerteGeldig === undefined) missing.push("offerte_geldig");
    if (missing.length) {
      throw new EkvError(
        `${a} onder a: er is een bindende offerte (${dateText(offerte)}); geef ook ${missing.join(", ")} om de voorwaarden van onder a te toetsen.`
      );
    }
    const acc = acceptatie as number;
    const aanv = aanvraag as number;
    const ind = indiening as number;
    if (acc < offerte) {
      throw new EkvError(
        `${a} onder a: de acceptatie (${dateText(acc)}) ligt vóór de offerte (${dateText(offerte)}); controleer de datums.`
      );
    }
    if (ind < acc) {
      throw new EkvError(
        `${a} onder a: de indiening bij de minister (${dateText(ind)}) ligt vóór de acceptatie (${dateText(acc)}); controleer de datums.`
      );
    }
    if (acc < aanv - TWEE_WEKEN) {
      lid5aReden = `de acceptatie (${dateText(acc)}) ligt meer dan twee weken vóór de aanvraag (${dateText(aanv)}) (onder a 1º)`;
    } else if (ind > acc + TWEE_WEKEN) {
      lid5aReden = `de indiening (${dateText(ind)}) ligt meer dan twee weken na de acceptatie (${dateText(acc)}) (onder a 2º)`;
    } else if (!input.offerteGeldig) {
      lid5aReden = "de offerte heeft geen gelding meer (onder a 3º)";
    } else {
      return {
        datum: offerte,
        regel: `art. 10 lid 5 onder a: datum van de bindende offerte; geaccepteerd ${dateText(acc)}, niet eerder dan twee weken vóór de aanvraag (${dateText(aanv)}), ingediend ${dateText(ind)}, binnen twee weken na acceptatie, en nog geldig.`,
      };
    }
  }

  if (overeenkomst === undefined) {
    throw new EkvError(
      `${a} onder b: geef de overeenkomstdatum (afsluiten van de kredietovereenkomst)${lid5aReden ? `; onder a geldt niet: ${lid5aReden}` : "; er is geen bindende offerte (onder a)"}.`
    );
  }
  const basis: Rentedatum = {
    datum: overeenkomst,
    regel: `art. 10 lid 5 onder b: datum van de kredietovereenkomst${lid5aReden ? ` (onder a geldt niet: ${lid5aReden})` : ""}.`,
  };
  const alternatieven: Array<{
    lid: string;
    datum: number;
    kosten: number | undefined;
    waarom: string;
  }> = [];
  if (overeenkomst > order + 180) {
    alternatieven.push({
      lid: "art. 10 lid 6",
      datum: order + 180,
      kosten: input.kosten67,
      waarom: `de overeenkomst (${dateText(overeenkomst)}) is later gesloten dan 180 dagen na de order (${dateText(order)}): de laatste dag van die periode`,
    });
  } else if (overeenkomst < order - 60) {
    alternatieven.push({
      lid: "art. 10 lid 7",
      datum: order - 60,
      kosten: input.kosten67,
      waarom: `de overeenkomst (${dateText(overeenkomst)}) is eerder gesloten dan 60 dagen vóór de order (${dateText(order)}): de eerste dag van die periode`,
    });
  }
  if (offerte !== undefined) {
    alternatieven.push({
      lid: "art. 10 lid 8",
      datum: offerte,
      kosten: input.kosten8,
      waarom: `er is een bindende offerte die niet aan lid 5 onder a voldoet: de datum van de offerte`,
    });
  }
  if (alternatieven.length === 0) return basis;

  const nodig = [
    input.kosten5b === undefined ? `kosten_lid5b (rentestand ${dateText(overeenkomst)})` : "",
    ...alternatieven.map((x) =>
      x.kosten === undefined
        ? `${x.lid === "art. 10 lid 8" ? "kosten_lid8" : "kosten_lid6_7"} (rentestand ${dateText(x.datum)})`
        : ""
    ),
  ].filter((x) => x !== "");
  if (nodig.length) {
    throw new EkvError(
      `${alternatieven.map((x) => x.lid).join(" en ")}: ${alternatieven.map((x) => x.waarom).join("; ")}, als dat lagere kosten geeft dan onder lid 5 onder b. Geef ${nodig.join(" en ")} om te kiezen.`,
      "not-available"
    );
  }
  let beste: Rentedatum = basis;
  let besteKosten = new Dec(input.kosten5b as number);
  for (const x of alternatieven) {
    const k = new Dec(x.kosten as number);
    if (k.lessThan(besteKosten)) {
      besteKosten = k;
      beste = {
        datum: x.datum,
        regel: `${x.lid}: ${x.waarom}; lagere kosten (${euro(k)}) dan bij de overeenkomstdatum (${euro(input.kosten5b as number)}).`,
      };
    }
  }
  if (beste === basis) {
    return {
      datum: overeenkomst,
      regel: `${basis.regel.replace(/\.$/, "")}; ${alternatieven.map((x) => x.lid).join(" en ")} geeft geen lagere kosten.`,
    };
  }
  return beste;
}

// ---------------------------------------------------------------------------------------------
// Art. 13 lid 2: advances on a gift (art. 6)

/**
 * Art. 13 lid 2, first sentence: on a gift of art. 6 an advance can be given at most twice, if the
 * period between concluding the order and the time it must be executed is at least six months
 * (calendar months as EDATE; exactly six months suffices). `eerdere` is the number of such advances
 * already given (0, 1, 2…). The down-payment advance of the second sentence does not count toward
 * the two ("bovendien").
 */
export function schenkingVoorschotOk(order: number, uitvoering: number, eerdere: number): boolean {
  const a = "art. 13 lid 2";
  const o = dateSerial(order, "orderdatum", a);
  const u = dateSerial(uitvoering, "uitvoeringsdatum", a);
  assertAmount(eerdere, "eerdere_voorschotten");
  if (!Number.isInteger(eerdere) || eerdere < 0) {
    throw new EkvError(
      `${a}: eerdere_voorschotten is ${num(eerdere)}; verwacht een geheel aantal (0 of meer).`
    );
  }
  if (u < o) {
    throw new EkvError(
      `${a}: de uitvoeringsdatum (${dateText(u)}) ligt vóór het afsluiten van de order (${dateText(o)}); controleer de datums.`
    );
  }
  return eerdere < 2 && u >= addMonths(o, 6);
}

/**
 * Art. 13 lid 2, second sentence: "Voor zover door de afnemer van de order aan de subsidie-ontvanger
 * een aanbetaling is verschuldigd, kan bovendien een voorschot worden verstrekt ter grootte van
 * maximaal 15 procent van het orderbedrag": at most the down payment owed ("voor zover") and at
 * most 15% of the order amount (truncated to the cent).
 */
export function aanbetalingVoorschot(orderBedrag: number, aanbetaling: number): number {
  const a = "art. 13 lid 2";
  nonNegativeAmount(orderBedrag, "orderbedrag", a);
  nonNegativeAmount(aanbetaling, "aanbetaling", a);
  const max15 = truncCents(new Dec(orderBedrag).times(15).dividedBy(100));
  return toNumber(minDec([max15, new Dec(aanbetaling)]), "voorschot");
}
