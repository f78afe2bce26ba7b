/**
 * The user documentation of the table checker (docs/rules.md), rendered from the rule metadata
 * so that it cannot drift from the code: `npm run docs:rules` writes it, and a test fails when
 * the file in the repository differs from what this renders.
 */
import { CROSS_DOCUMENT_RULES, CROSS_TABLE_RULES } from "../documents";
import { DASHES } from "../vocabulary";
import { allRules } from "./index";

/** Each dash as it looks, with its code point: `–` (U+2013). */
const DASH_LIST = [...DASHES]
  .map((d) => `\`${d}\` (U+${d.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")})`)
  .join(", ");

const INTRO = `# Tabelcontrole: regels

> Dit bestand wordt gemaakt door \`npm run docs:rules\` (scripts/generate-rule-docs.ts) uit de
> metadata van de regels in \`src/core/rules/\`. Niet met de hand bewerken.

De tabelcontrole zoekt in een werkblad (of in het bereik van \`EKV.CONTROLEER\`) de tabellen van de
paragraaf *Overzicht risicoregelingen* en meldt elke cel waar iets niet klopt. Dezelfde controle
draait in de cel (\`EKV.CONTROLEER\`), in het taakvenster en op de opdrachtregel (\`ekv check\`).

## Welke tabellen worden herkend

Een tabel wordt herkend aan zijn kopregel, zoals gepubliceerd (RBV-modellen 1.32e en 3.21b,
rijksfinancien.nl):

| soort | kolomkoppen |
|---|---|
| \`garanties\` (Overzicht verstrekte garanties) | \`Uitstaande garanties JJJJ\`; \`Geraamd te verlenen JJJJ\` of \`Verleend JJJJ\`; \`Geraamd te vervallen JJJJ\` of \`Vervallen JJJJ\`; \`Garantieplafond JJJJ\` (ook \`Garantie- plafond JJJJ\`, \`Garantie-plafond (jaarlijks)\`, of \`Garantieplafond\` zonder jaar = plafond van het laatste jaar); \`Totaal plafond [JJJJ]\`; \`Totaal stand risicovoorziening\`/\`Totaalstand risicovoorziening\` (jaarverslag) |
| \`uitgaven-ontvangsten\` | per jaar \`Uitgaven\`/\`Uitg.\`, \`Ontvangsten\`/\`Ontv.\`/\`Inkomsten\` (jaarverslag), eventueel \`Stand risicovoorziening\`/\`Stand risicovoorz.\`, \`Totaalstand risicovoorziening\` en \`Totaalstand mutatie volume risicovoorziening\`, \`Saldo\`; ook zonder regel \`Totaal\` |
| \`benutting\` | een rij jaartallen, met daaronder de regels \`Aangegane garantieverplichtingen (bruto)\`, \`Vervallen garantieverplichtingen (incl. schade-uitkeringen)\`, \`Aangegane garantieverplichtingen (netto)\` |
| \`leningen\` (Overzicht verstrekte leningen) | \`Uitstaande lening [in €] [JJJJ]\`, \`Uitstaande lening in andere valuta\` (tekst als \`ANG 139.735\`: een bedrag in valuta), \`Looptijd lening\` (\`30 jaar (2014-2044)\`), \`Verstrekt JJJJ\`, \`Afgelost JJJJ\`, \`Koersverschil\`/\`Omzetting\`/\`Overige mutaties JJJJ\`, \`Totaalstand risicovoorziening\`; een kop met het woord "lening" |
| \`risicovoorziening\` | \`Stand 1 januari\`, \`Storting\`/\`Dotatie\`, \`Onttrekking\`, \`Stand 31 december\` als kolommen, of als regels onder een rij jaartallen |
| \`achterborgstellingen\` | een rij jaartallen (\`t-2\`, \`t-1\`, \`t\`), met daaronder \`Achterborgstelling\`, \`Bufferkapitaal\`/\`Fondsvermogen\`, \`Obligo\`, \`Stand risicovoorziening\`; een bedrag als \`3,1 mld.\` wordt in zijn eigen eenheid gelezen en omgerekend naar de eenheid van de tabel |

- Labelkolommen links van de bedragen: \`Nr.\`, \`Nr\`, \`Art.\`, \`Artikel\`, \`Omschrijving\` (ook alleen \`Omschrijving\`).
- Jaren: \`2022\`, \`(2022)\`, \`'22\`, of ten opzichte van het begrotingsjaar \`t-2\`, \`t-1\`, \`t\` (ook \`t – 1\`). Een
  jaar mag ook in een eigen rij boven of onder de koppen staan (samengevoegde cellen; jaarverslag).
- Koppen mogen verschillen in hoofdletters, spaties (\`Ontv.2019\`), regeleinden, afbreekstreepjes
  (\`Garantie- plafond\`) en voetnoottekens (\`Saldo¹\`, \`Verleend 20231\`).
- Een titelregel boven de kop geeft de eenheid: "(bedragen x € 1.000)", "x € 1 mln."; zonder titel
  geldt x € 1.000.
- De tabel loopt tot en met de regel \`Totaal\` (in een willekeurige labelkolom), een lege rij, een
  nieuwe titel of de kop van de volgende tabel; meerdere tabellen onder elkaar op één blad kan.
  Volgen na een totaalregel nog bedragen, dan loopt de tabel door: \`Totaal garanties\` en daarna
  \`Totaal leningen\` zijn elk het totaal van hun eigen groep; groepstotalen gevolgd door een
  eindtotaal (\`Totaal generaal\`, \`Eindtotaal\`, een \`Totaal\` direct na een groepstotaal, of
  een \`Totaal\` na groepstotalen die elk hun groep noemen) worden elk gecontroleerd, het
  eindtotaal tegen de regelingen zelf, zodat niets dubbel telt. Een voetnoot onder het totaal
  (zonder bedragen) hoort niet bij de tabel. Een tabel zonder totaalregel wordt gewoon
  gecontroleerd; de dekking meldt dan dat de kolomtotalen niet te controleren waren.
- Een kop met een typefout (\`header-typo\`) of een dubbel, onmogelijk of verkeerd geordend jaar
  (\`header-year\`) is een fout bij die kop, met wat er waarschijnlijk moet staan; de kolom wordt
  onder die lezing gecontroleerd als dat eenduidig is. Een kop die nergens op lijkt stopt de controle
  niet: zie \`unknown-column\`.

## Celinhoud

| in de cel | betekent |
|---|---|
| leeg, of alleen een streepje (${DASH_LIST}) | 0 |
| \`nvt\`, \`n.v.t.\`, \`p.m.\` | niet van toepassing of pro memorie: geen enkele regel geldt voor deze cel (in een totaal telt hij als 0) |
| een getal | het bedrag zoals Excel het toont (15 significante cijfers); negatief mag (waar dat kan) |
| een bedrag als tekst in Nederlandse notatie (\`1.275\`, \`– 378\`) | het bedrag, met waarschuwing \`number-as-text\` |
| een bedrag met een eigen eenheid (\`3,1 mld.\`, \`€ 250 mln\`), in elke soort tabel | omgerekend naar de eenheid van de tabel (in een tabel x € 1 mln: 3.100); noemt de titel geen eenheid, dan wordt niets geraden: fout \`not-a-number\` en in de dekking "niet omgerekend" |
| andere tekst | fout \`not-a-number\`; de cel doet niet mee |
| een foutwaarde (\`#VERW!\`, \`#REF!\`, …) | fout \`cell-error\`; de cel doet niet mee |
| een formule zonder opgeslagen uitkomst | waarschuwing \`not-calculated\`; de cel doet niet mee |

**Negatief gepubliceerd** (\`sign-convention\`): jaarverslagen (RBV model 3.21b) publiceren wat in
de vergelijking wordt afgetrokken soms als negatief bedrag, zodat de regel optelt zoals geschreven.
Dat wordt herkend in precies deze kolommen: *Vervallen* (garanties: uitstaand = vorig + verleend −
vervallen), *Uitgaven* (saldo = ontvangsten − uitgaven), *Afgelost* (leningen: uitstaand = vorig +
verstrekt − afgelost ± mutaties) en de regel *Vervallen garantieverplichtingen* (benutting: netto =
bruto − vervallen). Staan in zo'n kolom alleen bedragen ≤ 0 en minstens één < 0, dan volgt één
waarschuwing bij de kop en rekenen de controles met dat teken; gemengde tekens blijven fouten. In
de andere kolommen (verleend, verstrekt, ontvangsten, standen, plafonds) wordt opgeteld of is het
een stand, dus daar bestaat deze conventie niet.

## Vergelijken

Standaard exact: geen afronding, geen drijvende-kommafouten (0,1 + 0,2 = 0,3). Opties:

- **tolerantie** (absoluut, in de eenheid van de tabel): verschillen tot en met dit bedrag worden niet
  gemeld (ook bij de plafonds).
- **afronding** (\`rounding\`): een verschil in een som dat de afronding van de termen op hele eenheden
  kan verklaren, is een waarschuwing in plaats van een fout, onder de regel die het verschil vond en
  gemarkeerd als afronding (\`rounding: true\`; in de tekstuitvoer "(afronding)"). Elk gepubliceerd getal *v*
  staat voor [*v* − ½, *v* + ½]; bij *n* getallen in de som (lege cellen tellen niet) klopt het
  totaal als |totaal − som| ≤ (*n* + 1)/2 (XBRL Calculations 1.1). Bij bedragen met decimalen
  geldt de kleinste eenheid waarin ze geschreven zijn: (*n* + 1)/2 × 0,1 bij één decimaal.
- **plafond** (\`ceiling\`): \`bruto\` (standaard) toetst verleend t aan het garantieplafond t, zoals
  het plafond van de EKV en de RIV is gedefinieerd ("hoeveel de Staat jaarlijks aan nieuwe
  verplichtingen kan aangaan"); \`netto\` toetst verleend t − vervallen t, zoals oudere teksten het
  plafond soms definiëren.

## In een cel: EKV.CONTROLEER

\`=EKV.CONTROLEER(tabel; [tolerantie])\` — selecteer de hele tabel met de kopregel (de titelregel met
de eenheid mag erbij). De uitkomst loopt over naar de cellen eronder en rechts ervan (dynamische
matrix): per bevinding één rij met *regel*, *cel*, *verwacht*, *gevonden* en *melding*; als alles
klopt alleen de tekst \`OK\`. De uitkomst rekent opnieuw zodra u een cel in de tabel wijzigt.

Excel geeft de functie door waar het bereik staat, dus *cel* is het echte adres op het blad van de
tabel (\`L24\`). In een omgeving die dat adres niet doorgeeft, is *cel* relatief aan het bereik: A1 is
dan de cel linksboven in het bereik.

## Regels

| regel | titel | ernst | tabellen | wat moet kloppen | bron |
|---|---|---|---|---|---|
`;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The complete docs/rules.md. */
export function renderRulesMarkdown(): string {
  const rows = allRules
    .map(
      (r) =>
        `| \`${r.id}\` | ${cell(r.title)} | ${r.severity === "error" ? "fout" : "waarschuwing"} | ${r.kinds.map((k) => `\`${k}\``).join(", ")} | ${cell(r.description)} | ${cell(r.source)} |`
    )
    .join("\n");
  const notes = `

Waar een regel gemeld wordt:

- \`roll-forward\`: bij de cel *uitstaand t*; voor elke regel, ook \`Totaal\`, en elk paar opeenvolgende
  jaren waarvan de kolommen uitstaand t-1, verleend t, vervallen t en uitstaand t alle vier in de
  tabel staan (een jaarblok met alleen *Uitstaande garanties* wordt niet aangevuld).
- \`column-total\`: bij de totaalcel; een lege totaalcel telt als 0.
- \`saldo\`: bij de saldocel; \`net\`: bij de cel *netto*.
- \`ceiling\`: bij de cel *verleend t*, alleen op regels met een garantieplafond voor jaar t dat groter
  is dan 0; niet op de regel \`Totaal\`.
- \`total-ceiling\`: bij de cel *uitstaand* van het laatste jaar, alleen op regels met een totaal
  plafond groter dan 0; niet op de regel \`Totaal\`. Een plafond van 0 of een lege plafondcel
  betekent dat dat soort plafond voor de regel niet geldt, niet dat er niets verleend mag worden.
- Cellen die niet bruikbaar zijn (\`not-a-number\`, \`cell-error\`, \`not-calculated\`) doen niet
  mee: een som waarin zo'n cel staat, wordt niet gecontroleerd, zodat één fout niet een rij
  vervolgmeldingen geeft. Een cel \`n.v.t.\` wordt zelf nergens aan getoetst en een vergelijking
  waarin hij een term is (uitstaand, saldo, netto) wordt overgeslagen; als regel in een kolomtotaal
  telt hij als 0.
`;
  const severity = { error: "fout", warning: "waarschuwing", info: "info" } as const;
  const cross = [...CROSS_TABLE_RULES, ...CROSS_DOCUMENT_RULES]
    .map(
      (r) =>
        `| \`${r.id}\` | ${severity[r.severity]} | ${cell(r.description)} | ${cell(r.source)} |`
    )
    .join("\n");
  const between = `
## Tussen tabellen en tussen documenten

De tabellen van één werkmap worden ook met elkaar vergeleken (\`scheme-sets\`,
\`risk-reserve-agreement\`, \`benutting-vs-overview\`), en meerdere werkmappen — begrotingen en
jaarverslagen van één hoofdstuk, in willekeurige volgorde — met elkaar, per regeling, grootheid en
jaar. Elke bevinding noemt alle betrokken cellen (met het bestand). Ernst \`info\` is een verschil
dat mag: een bijgestelde raming.

| regel | ernst | wat moet kloppen | bron |
|---|---|---|---|
${cross}
`;
  return `${INTRO}${rows}${notes}${between}`;
}
