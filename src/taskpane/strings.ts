/**
 * Every text the task pane shows, in Dutch, with English for users whose Office display language
 * is not Dutch. The findings' own messages and the rule descriptions come from src/core and are
 * Dutch in both cases (they are the wording of the budget rules).
 */
import { closingLine, coveragePhrase, type Counts } from "../core/summary";
import { TABLE_KIND_NAMES } from "../core/vocabulary";
import { describeError, dutchErrors, englishErrors } from "./office-errors";

const enNumber = (n: number) => n.toLocaleString("en-US");

const nl = {
  appTitle: "EKV Begroting",
  tabsLabel: "Onderdelen",
  tabs: {
    check: "Controle",
    insert: "Invoegen",
    calculator: "Rekenhulp",
    help: "Help",
  },
  loadingPart: "Laden…",
  outsideExcel:
    "Open deze invoegtoepassing in Excel: buiten Excel is er geen werkmap om te controleren.",
  apiTooOld:
    "Deze versie van Excel is te oud voor het taakvenster (nodig: ExcelApi 1.9, Excel 2019 of Microsoft 365). De EKV-functies werken wel.",
  /** An error (Office.js or other) as a sentence with a next step. */
  unexpected: (e: unknown) => describeError(e, dutchErrors),

  checkSheet: "Controleer werkblad",
  checkWorkbook: "Controleer werkmap",
  optionsLabel: "Opties",
  tolerance: "Tolerantie (in eenheden van de tabel)",
  toleranceHint: "Verschillen tot en met deze waarde worden niet gemeld. Standaard 0: exact.",
  toleranceInvalid: (_text: string, reason: string) =>
    `Tolerantie ${reason} Geef 0 of meer, bijvoorbeeld 0, 0,5 of 1.000.`,
  rounding: "Afrondingsverschillen melden als waarschuwing",
  progress: (i: number, n: number, sheet: string) => `Werkblad ${i} van ${n} lezen: ${sheet}`,
  progressCheck: (i: number, n: number, sheet: string) =>
    `Tabel ${i} van ${n} gecontroleerd (${sheet})`,
  cancelCheck: "Afbreken",
  checkCancelled:
    "Controle afgebroken. Wat hieronder staat (als er iets staat) is de vorige controle.",
  ceilingLabel: "Garantieplafond",
  ceilingKinds: {
    bruto: "bruto: verleend in het jaar",
    netto: "netto: verleend − vervallen",
  },
  optionsSummary: (tolerance: string, rounding: boolean, ceiling: string) =>
    `tolerantie ${tolerance || "0"}${rounding ? ", afronding" : ""}, plafond ${ceiling}`,
  welcomeTitle: "Welkom bij EKV Begroting",
  welcomeBody:
    "Dit venster herkent de garantietabellen van de begroting (verstrekte garanties, uitgaven en ontvangsten, benutting) en controleert elke regel: totalen, saldi, doorrekening van jaar op jaar en plafonds. Begin met ‘Controleer werkblad’. Er wordt niets in uw werkmap gewijzigd zonder dat u erom vraagt.",
  welcomeDismiss: "Begrepen",
  checking: "Bezig met controleren…",
  /** The verdict on the check: the CLI's closing line ("consistent" only when all was checked). */
  closing: (c: Counts) => closingLine(c),
  noTables:
    "Geen garantietabellen herkend. Een tabel begint met een kopregel zoals ‘Uitstaande garanties 2016’, ‘Uitgaven 2016’ of een rij jaartallen (benutting).",
  severity: { error: "Fout", warning: "Waarschuwing", info: "Info" },
  findingsOf: (n: number) => `${n} ${n === 1 ? "bevinding" : "bevindingen"}`,
  tableKinds: TABLE_KIND_NAMES,
  findingsHeading: "Bevindingen",
  rulesHeading: "De regels",
  groups: { error: "Fouten", warning: "Waarschuwingen", info: "Info" },
  expected: "verwacht",
  found: "gevonden",
  difference: "verschil",
  cleanTables: (n: number) => `${n} ${n === 1 ? "tabel" : "tabellen"} zonder bevindingen`,
  coverageHeading: "Dekking per tabel",
  /** The CLI's coverage line: how many amounts the rules compared, how many not. */
  /** The CLI's coverage phrase: how many amounts the rules compared, of how many. */
  coverageLine: (checked: number, unchecked: number) =>
    coveragePhrase({ checkedCells: checked, uncheckedCells: unchecked }),
  coverageSelect: (sheet: string, range: string) => `${sheet}!${range} selecteren`,
  filterTable: "Tabel",
  allTables: "Alle tabellen",
  filterSeverity: "Ernst",
  allSeverities: "Alle",
  previous: "Vorige",
  next: "Volgende",
  position: (i: number, n: number) =>
    i > 0 ? `${i} van ${n}` : `${n} ${n === 1 ? "cel" : "cellen"}`,
  whyAndHow: "Waarom en hoe herstellen",
  whyAndHowOf: (cell: string) => `Waarom en hoe herstellen: ${cell}`,
  why: "Waarom",
  source: "Bron",
  howToFix: (cell: string, expected: string | null) =>
    expected !== null
      ? `Maak ${cell} gelijk aan ${expected}, of herstel het bedrag waaruit het volgt als ${cell} juist is.`
      : `Pas ${cell} aan zoals hierboven beschreven; de controle wordt daarna vanzelf bijgewerkt.`,
  shortcuts: "Alt+↓ en Alt+↑: volgende en vorige bevinding; ↓ en ↑ bewegen door de lijst.",
  noneInFilter: "Geen bevindingen binnen dit filter.",
  stale: "Verouderd: er loopt een nieuwe controle.",
  goToCell: (cell: string) => `Ga naar cel ${cell}`,
  live: "Bevindingen worden bijgewerkt zodra u een gecontroleerde tabel wijzigt.",
  refreshed: (sheet: string) => `Bijgewerkt na een wijziging in ${sheet}.`,

  markNeedsCheck: "Voer eerst een controle uit; daarna kunt u de cellen met bevindingen markeren.",
  markExplain:
    "Markeren kleurt elke cel met een bevinding met voorwaardelijke opmaak. Uw eigen opmaak (opvulling, tekstkleur, randen, getalnotatie) blijft ongewijzigd en is na ‘Markering verwijderen’ precies zoals ervoor.",
  mark: "Markeer cellen",
  unmark: "Markering weg",
  marked: (n: number) => `${n} ${n === 1 ? "cel" : "cellen"} gemarkeerd.`,
  unmarked: (n: number) => `Markering van ${n} ${n === 1 ? "cel" : "cellen"} verwijderd.`,
  nothingToMark: "Er zijn geen bevindingen om te markeren.",

  reportExplain:
    "Schrijft de bevindingen naar een nieuw werkblad ‘Controle’, met koppelingen naar de cellen, de datum en de gebruikte tolerantie. Andere werkbladen blijven ongewijzigd.",
  reportNeedsCheck:
    "Voer eerst een controle uit; het rapport bevat de bevindingen van die controle.",
  writeReport: "Rapportblad",
  confirmTitle: "Blad ‘Controle’ vervangen?",
  confirmBody:
    "Er is al een werkblad ‘Controle’. Wilt u het vervangen door het nieuwe rapport? Andere werkbladen blijven ongewijzigd.",
  replace: "Vervangen",
  cancel: "Annuleren",
  reportWritten: "Rapport geschreven op werkblad ‘Controle’.",
  reportCancelled: "Niets gewijzigd: het bestaande blad ‘Controle’ is behouden.",
  report: {
    title: "Controle van de garantietabellen",
    date: "Datum",
    tolerance: "Tolerantie",
    rounding: "Afrondingsverschillen als waarschuwing",
    ceiling: "Garantieplafond",
    ceilingBruto: "bruto",
    ceilingNetto: "netto",
    yes: "ja",
    no: "nee",
    scope: "Gecontroleerd",
    result: "Resultaat",
    headers: ["Ernst", "Regel", "Cel", "Rij", "Kolom", "Verwacht", "Gevonden", "Toelichting"],
  },

  templatesExplain:
    "Voegt een lege tabel in bij de geselecteerde cel: koppen zoals gepubliceerd, Nederlandse getalnotatie, berekende kolommen met EKV-formules en een controlecel (EKV.CONTROLEER) ernaast. Er wordt nooit iets overschreven.",
  templateKind: "Soort tabel",
  firstYear: "Eerste jaar",
  lastYear: "Laatste jaar",
  itemRows: "Aantal regels",
  insert: "Invoegen bij geselecteerde cel",
  /** After inserting, the pane checks the sheet: `recognised` is the new table's range when the
   * check reads it as a table of its own, null when it does not. */
  inserted: (address: string, check: string, recognised: string | null) =>
    recognised
      ? `Tabel ingevoegd vanaf ${address}; de controle herkent hem als eigen tabel (${recognised}). Controlecel: ${check}`
      : `Tabel ingevoegd vanaf ${address}. Controlecel: ${check}. Let op: de controle herkent hem niet als eigen tabel; zorg voor een lege rij en kolom tussen de tabellen.`,
  placeTitle: "Niet op deze plek",
  placeTable: (name: string, range: string) =>
    `De tabel zou tegen de herkende tabel ‘${name}’ (${range}) aan komen; tussen twee tabellen moet een lege rij of kolom blijven, anders leest de controle ze als één tabel.`,
  placeMerges:
    "Op deze plek zou de controle de nieuwe tabel en een bestaande tabel als één tabel lezen.",
  placeOccupied: (cells: string[]) =>
    `${cells.length === 1 ? "Cel" : "De cellen"} ${listCells(cells)} ${cells.length === 1 ? "is" : "zijn"} niet leeg; de invoegtoepassing overschrijft nooit iets.`,
  placeAsk: (reason: string, at: string) =>
    `${reason} De dichtstbijzijnde vrije plek begint bij ${at}. Daar invoegen?`,
  placeAct: (at: string) => `Invoegen vanaf ${at}`,
  notPlaced: (reason: string) => `Niet ingevoegd: ${reason}`,
  refused: (cells: string[]) =>
    `Niet ingevoegd: ${cells.length === 1 ? "cel" : "de cellen"} ${listCells(cells)} ${
      cells.length === 1 ? "is" : "zijn"
    } niet leeg. Kies een lege plek; de invoegtoepassing overschrijft nooit iets.`,
  templateProblems: {
    "year-invalid": "Geef jaren als geheel getal tussen 1900 en 2200.",
    "year-order": "Het laatste jaar ligt vóór het eerste jaar.",
    "too-many-years": (max: number) => `Kies ten hoogste ${max} jaren.`,
    "garanties-two-years":
      "Het overzicht verstrekte garanties heeft ten minste twee jaren nodig: het eerste jaar geeft de uitstaande garanties aan het begin.",
    "rows-invalid": (max: number) => `Kies tussen 1 en ${max} regels.`,
  },

  calcMatching: "Zware matching: subsidie (art. 7)",
  calcRiv: "Investeringsverzekering: vergoeding (art. 4)",
  kosten: "Kosten (art. 10)",
  exportdeel: "Exportdeel (art. 1 onder a)",
  nlAandeel: "Nederlands aandeel",
  gelijkwaardig: "Nodig voor een gelijkwaardig aanbod (optioneel)",
  ontheffing: "Ontheffing van het maximum (art. 7 lid 2)",
  soort: "Soort order (art. 5 lid 2)",
  soorten: { overig: "overig", defensie: "defensie", vliegtuigen: "vliegtuigen", bouw: "bouw" },
  schade: "Schade",
  aanvangswaarde: "Aanvangswaarde (art. 1 onder h)",
  eigenRisico: "Eigen risico (fractie of percentage, ten minste 10%)",
  rivSoort: "Verzekerd object",
  rivSoorten: { investering: "investering", lening: "lening (maximum € 75.000.000)" },
  calculate: "Bereken",
  limit: "Grens",
  amount: "Bedrag",
  binding: "bindend",
  notApplicable: (why: string) => `n.v.t. (${why})`,
  breakdownCaption: "Opbouw: de kleinste grens bepaalt de uitkomst",
  formulaLabel: "Formule",
  writeFormula: "Zet formule in geselecteerde cel",
  formulaWritten: (cell: string) => `Formule gezet in ${cell}.`,
  cellNotEmpty: (cell: string) =>
    `De geselecteerde cel ${cell} is niet leeg; de invoegtoepassing overschrijft niets. Selecteer een lege cel.`,
  amountInvalid: (label: string, reason: string) => `${label}: ${reason}`,
  required: (label: string) => `${label}: vul een bedrag in.`,
  workedTitle: "Rekenblad",
  workedExplain:
    "Voegt een nieuw blad in met de invoer (met een voorbeeld), elke tussenstap als EKV-formule met zijn artikel en de opbouw met de bindende grens gemarkeerd. Bestaande bladen blijven ongewijzigd.",
  workedMatching: "Rekenblad zware matching",
  workedRiv: "Rekenblad investeringsverzekering",
  workedInserted: (name: string) => `Blad "${name}" ingevoegd.`,
};

export type Strings = typeof nl;

function listCells(cells: string[]): string {
  const shown = cells.slice(0, 8).join(", ");
  return cells.length > 8 ? `${shown} en ${cells.length - 8} andere` : shown;
}

function listCellsEn(cells: string[]): string {
  const shown = cells.slice(0, 8).join(", ");
  return cells.length > 8 ? `${shown} and ${cells.length - 8} more` : shown;
}

const en: Strings = {
  appTitle: "EKV Budget",
  tabsLabel: "Sections",
  tabs: {
    check: "Check",
    insert: "Insert",
    calculator: "Calculator",
    help: "Help",
  },
  loadingPart: "Loading…",
  outsideExcel: "Open this add-in in Excel: outside Excel there is no workbook to check.",
  apiTooOld:
    "This version of Excel is too old for the task pane (needs ExcelApi 1.9: Excel 2019 or Microsoft 365). The EKV functions still work.",
  unexpected: (e: unknown) => describeError(e, englishErrors),

  checkSheet: "Check worksheet",
  checkWorkbook: "Check workbook",
  optionsLabel: "Options",
  tolerance: "Tolerance (in table units)",
  toleranceHint: "Differences up to this value are not reported. Default 0: exact.",
  toleranceInvalid: (text: string, reason: string) =>
    `Tolerance "${text}" is not a valid amount in Dutch notation (${reason}); expected e.g. 0, 0,5 or 1.000.`,
  rounding: "Report rounding differences as warnings",
  progressCheck: (i: number, n: number, sheet: string) => `Table ${i} of ${n} checked (${sheet})`,
  cancelCheck: "Cancel",
  checkCancelled: "Check cancelled. What is shown below (if anything) is the previous check.",
  ceilingLabel: "Guarantee ceiling",
  ceilingKinds: {
    bruto: "gross: issued in the year",
    netto: "net: issued − expired",
  },
  optionsSummary: (tolerance: string, rounding: boolean, ceiling: string) =>
    `tolerance ${tolerance || "0"}${rounding ? ", rounding" : ""}, ceiling ${ceiling === "netto" ? "net" : "gross"}`,
  welcomeTitle: "Welcome to EKV Budget",
  welcomeBody:
    "This pane recognises the budget's guarantee tables (guarantees issued, expenditure and receipts, use of the scheme) and checks every rule: totals, balances, the roll-forward from year to year and ceilings. Start with ‘Check worksheet’. Nothing in your workbook is changed unless you ask for it.",
  welcomeDismiss: "Got it",
  progress: (i: number, n: number, sheet: string) => `Reading worksheet ${i} of ${n}: ${sheet}`,
  checking: "Checking…",
  closing: (c: Counts) => {
    const n = (k: number, one: string, many: string) => `${enNumber(k)} ${k === 1 ? one : many}`;
    const found =
      c.errors === 0 && c.warnings === 0
        ? null
        : `${c.errors === 0 ? "no errors" : n(c.errors, "error", "errors")}${
            c.warnings > 0 ? `, ${n(c.warnings, "warning", "warnings")}` : ""
          } in ${n(c.tablesWithFindings, "table", "tables")}`;
    const unchecked = c.uncheckedCells ?? 0;
    const head =
      found ?? (unchecked > 0 ? "no findings in the amounts checked" : "all tables are consistent");
    const tail =
      c.checkedCells === undefined
        ? ""
        : `; ${n(c.checkedCells, "amount", "amounts")} checked${
            unchecked > 0 ? `, ${enNumber(unchecked)} not (see Coverage per table)` : ""
          }`;
    return `${head.charAt(0).toUpperCase()}${head.slice(1)}${tail}.`;
  },
  noTables:
    "No guarantee tables recognised. A table starts with a header such as ‘Uitstaande garanties 2016’, ‘Uitgaven 2016’ or a row of years (benutting).",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  findingsOf: (n: number) => `${n} ${n === 1 ? "finding" : "findings"}`,
  tableKinds: {
    garanties: "Guarantees issued (verstrekte garanties)",
    "uitgaven-ontvangsten": "Expenditure and receipts (uitgaven en ontvangsten)",
    benutting: "Use of the scheme (benutting)",
    leningen: "Loans issued (verstrekte leningen)",
    achterborgstellingen: "Back-up guarantees (achterborgstellingen)",
    risicovoorziening: "Risk reserve (risicovoorziening)",
  },
  findingsHeading: "Findings",
  rulesHeading: "The rules",
  groups: { error: "Errors", warning: "Warnings", info: "Info" },
  expected: "expected",
  found: "found",
  difference: "difference",
  cleanTables: (n: number) => `${n} ${n === 1 ? "table" : "tables"} without findings`,
  coverageHeading: "Coverage per table",
  coverageLine: (checked: number, unchecked: number) => {
    const total = checked + unchecked;
    const noun = total === 1 ? "amount" : "amounts";
    if (total === 0) return "no amounts in the table";
    return unchecked === 0
      ? `${total === 1 ? "" : "all "}${enNumber(total)} ${noun} checked`
      : `${enNumber(checked)} of ${enNumber(total)} ${noun} checked`;
  },
  coverageSelect: (sheet: string, range: string) => `Select ${sheet}!${range}`,
  filterTable: "Table",
  allTables: "All tables",
  filterSeverity: "Severity",
  allSeverities: "All",
  previous: "Previous",
  next: "Next",
  position: (i: number, n: number) =>
    i > 0 ? `${i} of ${n}` : `${n} ${n === 1 ? "cell" : "cells"}`,
  whyAndHow: "Why and how to fix",
  whyAndHowOf: (cell: string) => `Why and how to fix: ${cell}`,
  why: "Why",
  source: "Source",
  howToFix: (cell: string, expected: string | null) =>
    expected !== null
      ? `Make ${cell} equal to ${expected}, or correct the amount it follows from if ${cell} is right.`
      : `Change ${cell} as described above; the check then refreshes by itself.`,
  shortcuts: "Alt+↓ and Alt+↑: next and previous finding; ↓ and ↑ move through the list.",
  noneInFilter: "No findings within this filter.",
  stale: "Outdated: a new check is running.",
  goToCell: (cell: string) => `Go to cell ${cell}`,
  live: "Findings refresh as soon as you change a checked table.",
  refreshed: (sheet: string) => `Refreshed after a change in ${sheet}.`,

  markNeedsCheck: "Run a check first; then you can highlight the cells with findings.",
  markExplain:
    "Highlighting colours every cell with a finding using conditional formatting. Your own formatting (fill, font colour, borders, number format) is not changed and is exactly as before after ‘Remove highlight’.",
  mark: "Highlight cells",
  unmark: "Remove highlight",
  marked: (n: number) => `${n} ${n === 1 ? "cell" : "cells"} highlighted.`,
  unmarked: (n: number) => `Highlight removed from ${n} ${n === 1 ? "cell" : "cells"}.`,
  nothingToMark: "There are no findings to highlight.",

  reportExplain:
    "Writes the findings to a new worksheet ‘Controle’, with links to the cells, the date and the tolerance used. Other worksheets are not changed.",
  reportNeedsCheck: "Run a check first; the report contains the findings of that check.",
  writeReport: "Report sheet",
  confirmTitle: "Replace sheet ‘Controle’?",
  confirmBody:
    "A worksheet ‘Controle’ already exists. Replace it with the new report? Other worksheets are not changed.",
  replace: "Replace",
  cancel: "Cancel",
  reportWritten: "Report written to worksheet ‘Controle’.",
  reportCancelled: "Nothing changed: the existing sheet ‘Controle’ was kept.",
  report: {
    title: "Check of the guarantee tables",
    date: "Date",
    tolerance: "Tolerance",
    rounding: "Rounding differences as warnings",
    ceiling: "Guarantee ceiling",
    ceilingBruto: "gross",
    ceilingNetto: "net",
    yes: "yes",
    no: "no",
    scope: "Checked",
    result: "Result",
    headers: ["Severity", "Rule", "Cell", "Row", "Column", "Expected", "Found", "Explanation"],
  },

  templatesExplain:
    "Inserts an empty table at the selected cell: headers as published, Dutch number format, computed columns with EKV formulas and a check cell (EKV.CONTROLEER) beside it. Nothing is ever overwritten.",
  templateKind: "Kind of table",
  firstYear: "First year",
  lastYear: "Last year",
  itemRows: "Number of rows",
  insert: "Insert at selected cell",
  inserted: (address: string, check: string, recognised: string | null) =>
    recognised
      ? `Table inserted from ${address}; the check reads it as a table of its own (${recognised}). Check cell: ${check}`
      : `Table inserted from ${address}. Check cell: ${check}. Note: the check does not read it as a table of its own; keep a blank row and column between tables.`,
  placeTitle: "Not at this place",
  placeTable: (name: string, range: string) =>
    `The table would touch the recognised table ‘${name}’ (${range}); a blank row or column must separate two tables, or the check reads them as one.`,
  placeMerges: "At this place the check would read the new table and an existing one as one table.",
  placeOccupied: (cells: string[]) =>
    `${cells.length === 1 ? "Cell" : "Cells"} ${listCellsEn(cells)} ${cells.length === 1 ? "is" : "are"} not empty; the add-in never overwrites anything.`,
  placeAsk: (reason: string, at: string) =>
    `${reason} The nearest free place starts at ${at}. Insert there?`,
  placeAct: (at: string) => `Insert from ${at}`,
  notPlaced: (reason: string) => `Not inserted: ${reason}`,
  refused: (cells: string[]) =>
    `Not inserted: ${cells.length === 1 ? "cell" : "cells"} ${listCellsEn(cells)} ${
      cells.length === 1 ? "is" : "are"
    } not empty. Choose an empty place; the add-in never overwrites anything.`,
  templateProblems: {
    "year-invalid": "Give years as whole numbers between 1900 and 2200.",
    "year-order": "The last year is before the first year.",
    "too-many-years": (max: number) => `Choose at most ${max} years.`,
    "garanties-two-years":
      "The guarantees overview needs at least two years: the first year gives the opening outstanding amounts.",
    "rows-invalid": (max: number) => `Choose between 1 and ${max} rows.`,
  },

  calcMatching: "Heavy matching: subsidy (art. 7)",
  calcRiv: "Investment insurance: compensation (art. 4)",
  kosten: "Costs (art. 10)",
  exportdeel: "Export part (art. 1 a)",
  nlAandeel: "Dutch share",
  gelijkwaardig: "Needed for an equivalent offer (optional)",
  ontheffing: "Exemption from the maximum (art. 7(2))",
  soort: "Kind of order (art. 5(2))",
  soorten: { overig: "other", defensie: "defence", vliegtuigen: "aircraft", bouw: "construction" },
  schade: "Damage",
  aanvangswaarde: "Initial value (art. 1 h)",
  eigenRisico: "Own risk (fraction or percentage, at least 10%)",
  rivSoort: "Insured object",
  rivSoorten: { investering: "investment", lening: "loan (maximum € 75.000.000)" },
  calculate: "Calculate",
  limit: "Limit",
  amount: "Amount",
  binding: "binding",
  notApplicable: (why: string) => `n/a (${why})`,
  breakdownCaption: "Breakdown: the smallest limit decides the result",
  formulaLabel: "Formula",
  writeFormula: "Put formula in selected cell",
  formulaWritten: (cell: string) => `Formula put in ${cell}.`,
  cellNotEmpty: (cell: string) =>
    `The selected cell ${cell} is not empty; the add-in overwrites nothing. Select an empty cell.`,
  amountInvalid: (label: string, reason: string) => `${label}: ${reason}`,
  required: (label: string) => `${label}: enter an amount.`,
  workedTitle: "Worked sheet",
  workedExplain:
    "Adds a new sheet with the inputs (with an example), every step as an EKV formula with its article and the breakdown with the binding limit marked. Existing sheets stay unchanged.",
  workedMatching: "Worked sheet zware matching",
  workedRiv: "Worked sheet investment insurance",
  workedInserted: (name: string) => `Sheet "${name}" inserted.`,
};

/** Dutch for any "nl…" display language, English otherwise. */
export function stringsFor(displayLanguage: string | undefined): Strings {
  return !displayLanguage || displayLanguage.toLowerCase().startsWith("nl") ? nl : en;
}

export { nl as dutch, en as english };
