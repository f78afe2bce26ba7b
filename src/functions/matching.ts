/**
 * EKV.MATCHING.… — the Regeling exportfinancieringsarrangement zware matching as custom functions.
 * The JSDoc blocks are the metadata (Dutch help in Excel's autocomplete); the bodies only convert
 * Excel's arguments and call src/core/regulations/matching.ts. Every error names its article.
 */
import {
  aandeelVoldoet,
  aanbetalingVoorschot,
  kortKredietOk,
  kostenSchema,
  metPremie,
  parseKortProduct,
  rentedatum,
  schenkingVoorschotOk,
  exportdeel,
  kosten,
  opslag,
  orderbedrag,
  parseMatchingSoort,
  parseYesNo,
  refinancieringsrente,
  schenking,
  subsidie,
  subsidieOpbouw,
  voorschot,
  withArticle,
  expecting,
  SubsidieInput,
  type KostenInput,
} from "../core/regulations";
import {
  Cell,
  guard,
  single,
  toAmount,
  toAmountVector,
  toOptionText,
  toEenheid,
} from "./excel-input";

const RENTE = "een rentevoet als fractie (5% is 0,05)";
const JAREN = "een aantal jaren";
const FRACTIE = "een fractie (40% is 0,4)";
const AANTAL = "een geheel aantal";
const DATUM = "een datum (een datumcel of DATUM(jaar;maand;dag))";

function isBlank(v: Cell): boolean {
  return v === null || v === undefined || v === "";
}

/** A required amount: a blank cell is an error, not 0. */
function required(v: unknown, name: string, kind?: string): number {
  return expecting(kind, () => toAmount(single(v, name), name, { blankAsZero: false }));
}

/** An optional amount for which the article makes 0 meaningful: blank is 0. */
function zeroIfBlank(v: unknown, name: string, kind?: string): number {
  return expecting(kind, () => toAmount(single(v ?? null, name), name));
}

/** An optional amount that is simply absent when blank. */
function ifGiven(v: unknown, name: string, kind?: string): number | undefined {
  const c = single(v ?? null, name);
  return isBlank(c) ? undefined : expecting(kind, () => toAmount(c, name));
}

function text(v: unknown, name: string): string | undefined {
  return toOptionText(single(v ?? null, name), name);
}

function subsidieInput(
  eerste: unknown,
  eersteNaam: string,
  exportDeel: unknown,
  nlAandeel: unknown,
  gelijkwaardig: unknown,
  ontheffing: unknown,
  soort: unknown,
  artikel: string,
  limietA: unknown,
  eenheid: unknown
): SubsidieInput {
  return {
    limietA: ifGiven(limietA, "limiet_a"),
    eenheid: toEenheid(eenheid, artikel.replace(/ lid 2$/, "")),
    eerste: required(eerste, eersteNaam),
    exportdeel: required(exportDeel, "exportdeel"),
    nlAandeel: required(nlAandeel, "nl_aandeel"),
    gelijkwaardigBedrag: ifGiven(gelijkwaardig, "gelijkwaardig_bedrag"),
    ontheffing:
      parseYesNo(single(ontheffing ?? null, "ontheffing"), "ontheffing", artikel) ?? false,
    soort: parseMatchingSoort(
      text(soort, "soort"),
      "overig",
      artikel === "art. 8 lid 2" ? "art. 6 lid 2" : "art. 5 lid 2"
    ),
  };
}

/**
 * The inputs MATCHING.KOSTEN and MATCHING.KOSTEN_SCHEMA share (art. 10), converted once for both:
 * the two rates, the instalments per year (default 2), the drawdown years and other costs (blank
 * is 0) and the agreed rate of lid 1 onder b (blank: lid 1 onder a).
 */
function kostenInputs(
  refinancieringsrente: unknown,
  contractrente: unknown,
  termijnenPerJaar: unknown,
  opnamejaren: unknown,
  overigeKosten: unknown,
  overeengekomenRente: unknown
): Omit<KostenInput, "krediet" | "aflossingsjaren"> {
  return {
    refinancieringsrente: required(refinancieringsrente, "refinancieringsrente", RENTE),
    contractrente: required(contractrente, "contractrente", RENTE),
    termijnenPerJaar: ifGiven(termijnenPerJaar, "termijnen_per_jaar", AANTAL) ?? 2,
    opnamejaren: zeroIfBlank(opnamejaren, "opnamejaren", JAREN),
    overigeKosten: zeroIfBlank(overigeKosten, "overige_kosten"),
    overeengekomenRente: ifGiven(overeengekomenRente, "overeengekomen_rente", RENTE),
  };
}

/**
 * Opslag op de basisrente (art. 3 voor EUR en USD, art. 4 voor andere valuta), als fractie: 0,0070 is 0,70%.
 * @customfunction MATCHING.OPSLAG
 * @param {unknown} valuta ISO-valutacode van het exportkrediet: EUR of USD (art. 3), een andere code zoals JPY (art. 4). Munten die vóór 2002 door de euro zijn vervangen (NLG, DEM, …) worden geweigerd: geef EUR.
 * @param {unknown} categorie OESO-landencategorie van het land van de afnemer: 1 of 2 (ook "I" of "II").
 * @param {unknown} afnemer "overheid" (art. 1 onder h) of "particulier".
 * @param {unknown} bankgarantie WAAR als de particuliere afnemer over een bankgarantie beschikt (art. 1 onder i); telt niet bij een overheid.
 * @param {unknown} looptijd_jaren Looptijd van het exportkrediet in jaren; telt alleen bij art. 4 (langer dan 5 jaar: hogere opslag).
 * @returns {number} De opslag als fractie (0,0055 = 0,55%).
 */
export function matchingOpslag(
  valuta: unknown,
  categorie: unknown,
  afnemer: unknown,
  bankgarantie: unknown,
  looptijd_jaren: unknown
): number {
  return guard(() =>
    withArticle("art. 3 en 4", () => {
      const lt = single(looptijd_jaren, "looptijd_jaren");
      return opslag({
        valuta: text(valuta, "valuta"),
        categorie: single(categorie, "categorie"),
        afnemer: text(afnemer, "afnemer"),
        bankgarantie: parseYesNo(
          single(bankgarantie, "bankgarantie"),
          "bankgarantie",
          "art. 3 en 4"
        ),
        looptijdJaren: isBlank(lt)
          ? undefined
          : expecting(JAREN, () => toAmount(lt, "looptijd_jaren")),
      });
    })
  );
}

/**
 * Refinancieringsrente (art. 2 lid 1): de rente van de bank of, als die lager is, de basisrente (EUR/USD: gebruikelijke financieringsrente; andere valuta: CIRR) plus de opslag.
 * @customfunction MATCHING.REFINANCIERINGSRENTE
 * @param {unknown} bankrente Rente die de financierende bank in rekening brengt (fractie: 5% is 0,05; 0 tot en met 0,25).
 * @param {unknown} basisrente Gebruikelijke financieringsrente van de bank (EUR, USD) of de CIRR (andere valuta), als fractie (0 tot en met 0,25).
 * @param {unknown} opslag Opslag volgens art. 3 of 4 (zie MATCHING.OPSLAG), als fractie: ten hoogste 0,01 (1,00%, de grootste opslag in art. 3 en 4); 0,55% is 0,0055.
 * @returns {number} De refinancieringsrente als fractie.
 */
export function matchingRefinancieringsrente(
  bankrente: unknown,
  basisrente: unknown,
  opslag: unknown
): number {
  return guard(() =>
    withArticle("art. 2 lid 1", () =>
      refinancieringsrente(
        required(bankrente, "bankrente", RENTE),
        required(basisrente, "basisrente", RENTE),
        required(opslag, "opslag", RENTE)
      )
    )
  );
}

/**
 * Orderbedrag (art. 1 onder d en art. 9): het afgesloten bedrag plus de ophoging (ten hoogste 10% ervan), min buitenlands gesteunde toelevering. De aftrek van art. 9 geldt alleen voor het bedrag van de subsidie: gebruik het verminderde bedrag niet voor de toetsen van art. 5 en 6 (laat daar de toelevering leeg). Elke eenheid; afkappen op 0,01 daarvan.
 * @customfunction MATCHING.ORDERBEDRAG
 * @param {unknown} afgesloten_bedrag Bedrag waarvoor de order definitief is afgesloten.
 * @param {unknown} [ophoging] Optionele onderdelen, stelposten of prijsstijgingen voor rekening van de opdrachtnemer; telt voor ten hoogste 10% van het afgesloten bedrag. Leeg is 0.
 * @param {unknown} [buitenlands_gesteunde_toelevering] Toelevering of onderaanneming waarvoor een niet-Nederlandse overheid financieringssteun geeft (art. 9); alleen voor het bedrag van de subsidie, niet voor de toetsen van art. 5 en 6. Leeg is 0.
 * @returns {number} Het orderbedrag.
 */
export function matchingOrderbedrag(
  afgesloten_bedrag: unknown,
  ophoging?: unknown,
  buitenlands_gesteunde_toelevering?: unknown
): number {
  return guard(() =>
    withArticle("art. 1 onder d", () =>
      orderbedrag(
        required(afgesloten_bedrag, "afgesloten_bedrag"),
        zeroIfBlank(ophoging, "ophoging"),
        zeroIfBlank(buitenlands_gesteunde_toelevering, "buitenlands_gesteunde_toelevering")
      )
    )
  );
}

/**
 * Exportdeel van de order (art. 1 onder a): het orderbedrag min de lokale kosten. Elke eenheid, mits beide dezelfde.
 * @customfunction MATCHING.EXPORTDEEL
 * @param {unknown} orderbedrag Het orderbedrag (zie MATCHING.ORDERBEDRAG).
 * @param {unknown} lokale_kosten Kosten van goederen, diensten en heffingen in het land van de afnemer (art. 1 onder b); geen lokale kosten: 0.
 * @returns {number} Het exportdeel.
 */
export function matchingExportdeel(orderbedrag: unknown, lokale_kosten: unknown): number {
  return guard(() =>
    withArticle("art. 1 onder a", () =>
      exportdeel(required(orderbedrag, "orderbedrag"), required(lokale_kosten, "lokale_kosten"))
    )
  );
}

/**
 * WAAR als het Nederlands aandeel voldoet (art. 5 lid 1 onder b, lid 2 en lid 4; gelijk in art. 6): ten minste 60% van het exportdeel, 33 1/3% bij defensie, vliegtuigen of bouw vanaf € 11.300.000, altijd vanaf € 13.600.000. Bedragen in euro's, tenzij eenheid anders zegt.
 * @customfunction MATCHING.AANDEEL_VOLDOET
 * @param {unknown} exportdeel Het exportdeel van de order.
 * @param {unknown} nl_aandeel Het Nederlands aandeel (art. 1 onder c).
 * @param {unknown} orderbedrag Het orderbedrag (telt voor de grens van € 11.300.000).
 * @param {unknown} soort "defensie", "vliegtuigen", "bouw" of "overig" (art. 5 lid 2).
 * @param {unknown} [eenheid] Eenheid van de bedragen; de grenzen zijn in euro's: leeg of 1 = euro's, 1000 = x € 1.000, 1000000 = x € 1 mln (ook "x € 1.000").
 * @returns {boolean} WAAR als het Nederlands aandeel voldoet.
 */
export function matchingAandeelVoldoet(
  exportdeel: unknown,
  nl_aandeel: unknown,
  orderbedrag: unknown,
  soort: unknown,
  eenheid?: unknown
): boolean {
  return guard(() =>
    withArticle("art. 5", () =>
      aandeelVoldoet(
        required(exportdeel, "exportdeel"),
        required(nl_aandeel, "nl_aandeel"),
        required(orderbedrag, "orderbedrag"),
        parseMatchingSoort(text(soort, "soort")),
        toEenheid(eenheid, "art. 5")
      )
    )
  );
}

/**
 * Kosten van het exportkrediet (art. 10): het renteverschil (lid 1 onder a: refinancieringsrente min contractrente; onder b: overeengekomen rente min contractrente), gekapitaliseerd tegen de refinancieringsrente naar het begin van de aflossing, plus opnameperiode en overige kosten; afgekapt op de cent. Bedragen in euro's.
 * @customfunction MATCHING.KOSTEN
 * @param {unknown} krediet Hoofdsom van het exportkrediet.
 * @param {unknown} refinancieringsrente Refinancieringsrente (art. 2 lid 1) als fractie (5% is 0,05); altijd de rente waartegen wordt gekapitaliseerd (art. 10 lid 3 en 4).
 * @param {unknown} contractrente Contractrente (art. 2 lid 2) als fractie.
 * @param {unknown} aflossingsjaren Aflossingsperiode in jaren.
 * @param {unknown} [termijnen_per_jaar] Aflossingstermijnen per jaar, gelijke aflossingen; standaard 2 (halfjaarlijks).
 * @param {unknown} [opnamejaren] Opnameperiode in jaren (art. 10 lid 2 en 4, lineaire opname). Alleen als de levertijd van de order meer dan een jaar is en de steun van de concurrent ook de rente over de opnameperiode dekt; anders leeg of 0.
 * @param {unknown} [overige_kosten] Provisies, commissies en premies (art. 10 lid 9). Leeg is 0.
 * @param {unknown} [overeengekomen_rente] Alleen als de subsidie-ontvanger het krediet doet verstrekken (art. 10 lid 1 onder b): de met de verstrekker overeengekomen rente, als fractie. Leeg: lid 1 onder a.
 * @returns {number} De kosten, afgekapt op de cent.
 */
export function matchingKosten(
  krediet: unknown,
  refinancieringsrente: unknown,
  contractrente: unknown,
  aflossingsjaren: unknown,
  termijnen_per_jaar?: unknown,
  opnamejaren?: unknown,
  overige_kosten?: unknown,
  overeengekomen_rente?: unknown
): number {
  return guard(() =>
    withArticle("art. 10", () =>
      kosten({
        krediet: required(krediet, "krediet"),
        ...kostenInputs(
          refinancieringsrente,
          contractrente,
          termijnen_per_jaar,
          opnamejaren,
          overige_kosten,
          overeengekomen_rente
        ),
        aflossingsjaren: required(aflossingsjaren, "aflossingsjaren", JAREN),
      })
    )
  );
}

/**
 * Subsidie (art. 7): het kleinste van de kosten, het gekapitaliseerde verschil refinancieringsrente en contractrente (onder a), het bedrag nodig voor een gelijkwaardig aanbod, 35% van het exportdeel, 58 1/3% van het Nederlands aandeel en € 4.600.000 (niet bij ontheffing, art. 7 lid 2). Bedragen in euro's, tenzij eenheid anders zegt.
 * @customfunction MATCHING.SUBSIDIE
 * @param {unknown} kosten Kosten volgens art. 10 (zie MATCHING.KOSTEN).
 * @param {unknown} exportdeel Het exportdeel van de order.
 * @param {unknown} nl_aandeel Het Nederlands aandeel.
 * @param {unknown} [gelijkwaardig_bedrag] Bedrag dat nodig is om een aanbod te doen dat gelijkwaardig is aan dat van de buitenlandse concurrent; leeg: niet opgegeven.
 * @param {unknown} [ontheffing] WAAR als de minister het maximum van € 4.600.000 buiten toepassing laat (art. 7 lid 2); standaard ONWAAR.
 * @param {unknown} [soort] "defensie", "vliegtuigen", "bouw" of "overig" (standaard); bepaalt de grens voor ontheffing.
 * @param {unknown} [limiet_a] Alleen bij art. 10 lid 1 onder b: de grens van art. 7 lid 1 onder a, MATCHING.KOSTEN zonder overeengekomen_rente (verschil refinancieringsrente en contractrente). Leeg: de kosten zijn die grens.
 * @param {unknown} [eenheid] Eenheid van de bedragen; het maximum en de grenzen voor ontheffing zijn in euro's: leeg of 1 = euro's, 1000 = x € 1.000, 1000000 = x € 1 mln.
 * @returns {number} De subsidie.
 */
export function matchingSubsidie(
  kosten: unknown,
  exportdeel: unknown,
  nl_aandeel: unknown,
  gelijkwaardig_bedrag?: unknown,
  ontheffing?: unknown,
  soort?: unknown,
  limiet_a?: unknown,
  eenheid?: unknown
): number {
  return guard(() =>
    withArticle("art. 7", () =>
      subsidie(
        subsidieInput(
          kosten,
          "kosten",
          exportdeel,
          nl_aandeel,
          gelijkwaardig_bedrag,
          ontheffing,
          soort,
          "art. 7 lid 2",
          limiet_a,
          eenheid
        )
      )
    )
  );
}

/**
 * Schenking (art. 8): het benodigde bedrag, ten hoogste 35% van het exportdeel, 58 1/3% van het Nederlands aandeel en € 4.600.000 (niet bij ontheffing, art. 8 lid 2). Bedragen in euro's, tenzij eenheid anders zegt.
 * @customfunction MATCHING.SCHENKING
 * @param {unknown} benodigd Bedrag dat nodig is om de afnemer een gelijkwaardig exportkrediet te laten verkrijgen.
 * @param {unknown} exportdeel Het exportdeel van de order.
 * @param {unknown} nl_aandeel Het Nederlands aandeel.
 * @param {unknown} [ontheffing] WAAR als de minister het maximum van € 4.600.000 buiten toepassing laat (art. 8 lid 2); standaard ONWAAR.
 * @param {unknown} [soort] "defensie", "vliegtuigen", "bouw" of "overig" (standaard); bepaalt de grens voor ontheffing.
 * @param {unknown} [eenheid] Eenheid van de bedragen; het maximum en de grenzen voor ontheffing zijn in euro's: leeg of 1 = euro's, 1000 = x € 1.000, 1000000 = x € 1 mln.
 * @returns {number} De schenking.
 */
export function matchingSchenking(
  benodigd: unknown,
  exportdeel: unknown,
  nl_aandeel: unknown,
  ontheffing?: unknown,
  soort?: unknown,
  eenheid?: unknown
): number {
  return guard(() =>
    withArticle("art. 8", () => {
      const input = subsidieInput(
        benodigd,
        "benodigd",
        exportdeel,
        nl_aandeel,
        null,
        ontheffing,
        soort,
        "art. 8 lid 2",
        null,
        eenheid
      );
      return schenking(input);
    })
  );
}

/**
 * Opbouw van de subsidie (art. 7): elke grens met zijn artikel en bedrag, de bindende grens gemarkeerd met "← bindend", en als laatste rij de subsidie. Bedragen in euro's, tenzij eenheid anders zegt.
 * @customfunction MATCHING.OPBOUW
 * @param {unknown} kosten Kosten volgens art. 10 (zie MATCHING.KOSTEN).
 * @param {unknown} exportdeel Het exportdeel van de order.
 * @param {unknown} nl_aandeel Het Nederlands aandeel.
 * @param {unknown} [gelijkwaardig_bedrag] Bedrag nodig voor een gelijkwaardig aanbod; leeg: niet opgegeven.
 * @param {unknown} [ontheffing] WAAR bij ontheffing van het maximum van € 4.600.000 (art. 7 lid 2).
 * @param {unknown} [soort] "defensie", "vliegtuigen", "bouw" of "overig" (standaard).
 * @param {unknown} [limiet_a] Alleen bij art. 10 lid 1 onder b: de grens van art. 7 lid 1 onder a, MATCHING.KOSTEN zonder overeengekomen_rente (verschil refinancieringsrente en contractrente). Leeg: de kosten zijn die grens.
 * @param {unknown} [eenheid] Eenheid van de bedragen; het maximum en de grenzen voor ontheffing zijn in euro's: leeg of 1 = euro's, 1000 = x € 1.000, 1000000 = x € 1 mln.
 * @returns {unknown[][]} Twee kolommen: grens (met artikel) en bedrag; laatste rij: de subsidie.
 */
export function matchingOpbouw(
  kosten: unknown,
  exportdeel: unknown,
  nl_aandeel: unknown,
  gelijkwaardig_bedrag?: unknown,
  ontheffing?: unknown,
  soort?: unknown,
  limiet_a?: unknown,
  eenheid?: unknown
): unknown[][] {
  return guard(() =>
    withArticle("art. 7", () => {
      const o = subsidieOpbouw(
        subsidieInput(
          kosten,
          "kosten",
          exportdeel,
          nl_aandeel,
          gelijkwaardig_bedrag,
          ontheffing,
          soort,
          "art. 7 lid 2",
          limiet_a,
          eenheid
        )
      );
      const rows: Array<Array<string | number>> = o.limieten.map((l) => [
        l.bindend ? `${l.label} ← bindend` : l.label,
        l.bedrag === undefined ? (l.nvt ?? "n.v.t.") : l.bedrag.toNumber(),
      ]);
      rows.push([o.uitkomstLabel, o.uitkomst.toNumber()]);
      return rows;
    })
  );
}

/**
 * Voorschot (art. 13 lid 1): naar rato van de gemaakte en betaalde kosten die nog niet bij een eerder voorschot zijn meegeteld, en alle voorschotten samen ten hoogste 80% van de maximale subsidie (nooit onder 0). Elke eenheid; afkappen op 0,01 daarvan.
 * @customfunction MATCHING.VOORSCHOT
 * @param {unknown} max_subsidie Het bedrag waarop de subsidie ten hoogste kan worden vastgesteld.
 * @param {unknown} aandeel_kosten_gemaakt Deel van de kosten dat tot nu toe in totaal is gemaakt en betaald, als fractie (40% is 0,4).
 * @param {unknown} [eerder_bevoorschot] Totaal van de eerder verstrekte voorschotten. Leeg is 0.
 * @param {unknown} [aandeel_eerder_meegeteld] Deel van de kosten dat al bij eerdere voorschotten is meegeteld, als fractie. Leeg: eerder_bevoorschot / max_subsidie (eerdere voorschotten precies naar rato).
 * @returns {number} Het voorschot dat nu nog kan worden verstrekt.
 */
export function matchingVoorschot(
  max_subsidie: unknown,
  aandeel_kosten_gemaakt: unknown,
  eerder_bevoorschot?: unknown,
  aandeel_eerder_meegeteld?: unknown
): number {
  return guard(() =>
    withArticle("art. 13 lid 1", () =>
      voorschot(
        required(max_subsidie, "max_subsidie"),
        required(aandeel_kosten_gemaakt, "aandeel_kosten_gemaakt", FRACTIE),
        zeroIfBlank(eerder_bevoorschot, "eerder_bevoorschot"),
        ifGiven(aandeel_eerder_meegeteld, "aandeel_eerder_meegeteld", FRACTIE)
      )
    )
  );
}

/**
 * Kosten van het exportkrediet (art. 10) bij een opgegeven aflossingsschema: per termijn de aflossing op de hoofdsom (aflossingsvrije termijnen: 0; annuïteiten: het aflossingsdeel), het renteverschil gekapitaliseerd tegen de refinancieringsrente naar het begin van de aflossing. Het krediet is de som van de aflossingen. Bedragen in euro's.
 * @customfunction MATCHING.KOSTEN_SCHEMA
 * @param {unknown[][]} aflossingen Aflossing per termijn, in volgorde (één kolom of één rij); termijn 1 eindigt één termijn na het begin van de aflossing.
 * @param {unknown} refinancieringsrente Refinancieringsrente (art. 2 lid 1) als fractie; de rente waartegen wordt gekapitaliseerd.
 * @param {unknown} contractrente Contractrente (art. 2 lid 2) als fractie.
 * @param {unknown} [termijnen_per_jaar] Termijnen per jaar; standaard 2 (halfjaarlijks).
 * @param {unknown} [opnamejaren] Opnameperiode in jaren (art. 10 lid 2 en 4); alleen bij een levertijd van meer dan een jaar en steun die de rente over de opname dekt; anders leeg of 0.
 * @param {unknown} [overige_kosten] Provisies, commissies en premies (art. 10 lid 9). Leeg is 0.
 * @param {unknown} [overeengekomen_rente] Alleen bij art. 10 lid 1 onder b: de met de verstrekker overeengekomen rente, als fractie.
 * @returns {number} De kosten, afgekapt op de cent.
 */
export function matchingKostenSchema(
  aflossingen: unknown[][],
  refinancieringsrente: unknown,
  contractrente: unknown,
  termijnen_per_jaar?: unknown,
  opnamejaren?: unknown,
  overige_kosten?: unknown,
  overeengekomen_rente?: unknown
): number {
  return guard(() =>
    withArticle("art. 10", () =>
      kostenSchema({
        aflossingen: toAmountVector(aflossingen, "aflossingen", "de aflossing per termijn"),
        ...kostenInputs(
          refinancieringsrente,
          contractrente,
          termijnen_per_jaar,
          opnamejaren,
          overige_kosten,
          overeengekomen_rente
        ),
      })
    )
  );
}

/**
 * Refinancieringsrente of contractrente met kredietverzekeringspremies en garantiekosten (art. 2 lid 3): alleen bij een order voor (onderdelen van) een vliegtuig onder de OESO-sectorovereenkomst voor vliegtuigen; dezelfde premie komt bij beide rentes.
 * @customfunction MATCHING.MET_PREMIE
 * @param {unknown} rente De refinancieringsrente (zie MATCHING.REFINANCIERINGSRENTE) of de contractrente, als fractie.
 * @param {unknown} premie Premies en garantiekosten omgerekend naar een rente per jaar, als fractie (0,5% is 0,005).
 * @returns {number} De rente inclusief premie, als fractie.
 */
export function matchingMetPremie(rente: unknown, premie: unknown): number {
  return guard(() =>
    withArticle("art. 2 lid 3", () =>
      metPremie(required(rente, "rente", RENTE), required(premie, "premie", RENTE), "rente")
    )
  );
}

/**
 * WAAR als een exportkrediet korter dan twee jaar subsidie kan krijgen (art. 5 lid 3): dierlijk reproductiemateriaal bij een gesteund krediet van de concurrent van meer dan 180 dagen, zaden en pootaardappelen bij meer dan 360 dagen.
 * @customfunction MATCHING.KORT_KREDIET_OK
 * @param {unknown} looptijd_jaren Looptijd van het exportkrediet in jaren; twee jaar of meer: #N/B (lid 3 geldt niet).
 * @param {unknown} product "dierlijk" (dierlijk reproductiemateriaal), "zaden" (zaden, pootaardappelen en soortgelijk uitgangsmateriaal) of "overig".
 * @param {unknown} dagen_concurrent Looptijd in dagen van het overheidsgesteunde exportkrediet van de buitenlandse concurrent.
 * @returns {boolean} WAAR als lid 3 subsidie toelaat.
 */
export function matchingKortKredietOk(
  looptijd_jaren: unknown,
  product: unknown,
  dagen_concurrent: unknown
): boolean {
  return guard(() =>
    withArticle("art. 5 lid 3", () =>
      kortKredietOk(
        required(looptijd_jaren, "looptijd_jaren", JAREN),
        parseKortProduct(text(product, "product")),
        required(dagen_concurrent, "dagen_concurrent", AANTAL)
      )
    )
  );
}

/**
 * Datum van de rentestand waarop de kosten worden gebaseerd (art. 10 lid 5–8), met de regel die beslist: bindende offerte (lid 5 a), kredietovereenkomst (lid 5 b), of de afwijkende datum van lid 6, 7 of 8 als die lagere kosten geeft.
 * @customfunction MATCHING.RENTEDATUM
 * @param {unknown} orderdatum Datum waarop de order is afgesloten.
 * @param {unknown} [overeenkomstdatum] Datum waarop de kredietovereenkomst is afgesloten (lid 5 onder b).
 * @param {unknown} [offertedatum] Datum waarop de bank de bindende offerte heeft verstrekt; leeg: geen offerte.
 * @param {unknown} [acceptatiedatum] Datum waarop de subsidie-ontvanger de offerte heeft geaccepteerd.
 * @param {unknown} [aanvraagdatum] Datum waarop de aanvraag om subsidie is ingediend.
 * @param {unknown} [indieningsdatum] Datum waarop offerte en mede door de bank ondertekend acceptatiebewijs bij de minister zijn ingediend.
 * @param {unknown} [offerte_geldig] WAAR als de bindende offerte nog geldt.
 * @param {unknown} [kosten_lid5b] Kosten (MATCHING.KOSTEN) bij de rentestand op de overeenkomstdatum; nodig als lid 6, 7 of 8 kan gelden.
 * @param {unknown} [kosten_lid6_7] Kosten bij de rentestand op de datum van lid 6 of 7.
 * @param {unknown} [kosten_lid8] Kosten bij de rentestand op de offertedatum (lid 8).
 * @returns {unknown[][]} Eén rij: de datum (als Excel-datum) en de regel die beslist.
 */
export function matchingRentedatum(
  orderdatum: unknown,
  overeenkomstdatum?: unknown,
  offertedatum?: unknown,
  acceptatiedatum?: unknown,
  aanvraagdatum?: unknown,
  indieningsdatum?: unknown,
  offerte_geldig?: unknown,
  kosten_lid5b?: unknown,
  kosten_lid6_7?: unknown,
  kosten_lid8?: unknown
): unknown[][] {
  return guard(() =>
    withArticle("art. 10 lid 5", () => {
      const r = rentedatum({
        order: required(orderdatum, "orderdatum", DATUM),
        overeenkomst: ifGiven(overeenkomstdatum, "overeenkomstdatum", DATUM),
        offerte: ifGiven(offertedatum, "offertedatum", DATUM),
        acceptatie: ifGiven(acceptatiedatum, "acceptatiedatum", DATUM),
        aanvraag: ifGiven(aanvraagdatum, "aanvraagdatum", DATUM),
        indiening: ifGiven(indieningsdatum, "indieningsdatum", DATUM),
        offerteGeldig: parseYesNo(
          single(offerte_geldig ?? null, "offerte_geldig"),
          "offerte_geldig",
          "art. 10 lid 5 onder a 3º"
        ),
        kosten5b: ifGiven(kosten_lid5b, "kosten_lid5b"),
        kosten67: ifGiven(kosten_lid6_7, "kosten_lid6_7"),
        kosten8: ifGiven(kosten_lid8, "kosten_lid8"),
      });
      return [[r.datum, r.regel]];
    })
  );
}

/**
 * WAAR als op een schenking (art. 6) nog een voorschot kan worden verstrekt (art. 13 lid 2): ten hoogste tweemaal, en alleen als tussen het afsluiten van de order en de uitvoering ten minste zes maanden liggen.
 * @customfunction MATCHING.SCHENKING_VOORSCHOT_OK
 * @param {unknown} orderdatum Datum waarop de order is afgesloten.
 * @param {unknown} uitvoeringsdatum Datum waarop de order moet zijn uitgevoerd.
 * @param {unknown} [eerdere_voorschotten] Aantal al verstrekte voorschotten op de schenking (zonder het aanbetalingsvoorschot). Leeg is 0.
 * @returns {boolean} WAAR als een voorschot mogelijk is.
 */
export function matchingSchenkingVoorschotOk(
  orderdatum: unknown,
  uitvoeringsdatum: unknown,
  eerdere_voorschotten?: unknown
): boolean {
  return guard(() =>
    withArticle("art. 13 lid 2", () =>
      schenkingVoorschotOk(
        required(orderdatum, "orderdatum", DATUM),
        required(uitvoeringsdatum, "uitvoeringsdatum", DATUM),
        zeroIfBlank(eerdere_voorschotten, "eerdere_voorschotten", AANTAL)
      )
    )
  );
}

/**
 * Voorschot op een schenking voor een verschuldigde aanbetaling (art. 13 lid 2): ten hoogste de aanbetaling en ten hoogste 15% van het orderbedrag. Elke eenheid; afkappen op 0,01 daarvan.
 * @customfunction MATCHING.AANBETALING_VOORSCHOT
 * @param {unknown} orderbedrag Het orderbedrag (art. 1 onder d).
 * @param {unknown} aanbetaling De aanbetaling die de afnemer aan de subsidie-ontvanger verschuldigd is; geen aanbetaling: 0.
 * @returns {number} Het maximale aanbetalingsvoorschot.
 */
export function matchingAanbetalingVoorschot(orderbedrag: unknown, aanbetaling: unknown): number {
  return guard(() =>
    withArticle("art. 13 lid 2", () =>
      aanbetalingVoorschot(
        required(orderbedrag, "orderbedrag"),
        required(aanbetaling, "aanbetaling")
      )
    )
  );
}
