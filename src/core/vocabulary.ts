/**
 * The words and characters of the published garanties tables, in one place: the dashes and
 * spaces of Dutch amount notation, the column names of the headers, the labels of total,
 * breakdown and benutting rows, the unit phrase and the names of the table kinds.
 *
 * Recognition, the rules, the templates, the CLI and the task pane import these; none of them
 * defines its own copy, so a spelling learned here (a U+2010 hyphen in "t‐1") is learned
 * everywhere at once. Sources: RBV models 1.32e and 3.21b, the 2016 overview of hoofdstuk IX and
 * the tables on rijksfinancien.nl.
 */
import type { TableKind } from "./tables/model";

// ---------------------------------------------------------------------------------------------
// Characters

/**
 * Every dash a published table uses for a minus sign, for nil, in a relative year ("t–1") or to
 * break a word at a line end: hyphen-minus, hyphen U+2010, non-breaking hyphen U+2011, figure
 * dash U+2012, en dash U+2013, em dash U+2014 and minus sign U+2212.
 */
export const DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";

/** Regular-expression source of one character of `DASHES` (for `new RegExp`). */
export const DASH = "[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]";

/** The dash the add-in writes before a negative amount, as the budget prints it: "– 378". */
export const NEGATIVE_DASH = "\u2013";

/**
 * Regular-expression source of one space as cells hold it: white space, no-break space U+00A0,
 * figure space U+2007, thin space U+2009 and narrow no-break space U+202F (thousands in some
 * exports).
 */
export const SPACE = "[\\s\\u00a0\\u2007\\u2009\\u202f]";

const SPACE_RUN = new RegExp(`${SPACE}+`, "g");

/** True for a character `SPACE` (and so `trim`) matches: JavaScript's \s and the four above. */
function isSpaceCode(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

/** One plain space for every run of spaces, trimmed. */
export function collapseSpaces(text: string): string {
  // Most cell texts are normal already (single plain spaces between words): checking that costs
  // less than a regular-expression replace, which the checker would do for every label of every row.
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (previousSpace) return text.replace(SPACE_RUN, " ").trim();
      previousSpace = true;
    } else if (isSpaceCode(c)) return text.replace(SPACE_RUN, " ").trim();
    else previousSpace = false;
  }
  return previousSpace && text.length > 0 ? text.replace(SPACE_RUN, " ").trim() : text;
}

/** A soft hyphen (U+00AD): invisible unless the word breaks there. */
export const SOFT_HYPHEN = "\u00ad";

/**
 * Regular-expression source of one footnote symbol that can follow a header, a label or a year:
 * superscript digits (¹²³⁰⁴–⁹), asterisk, dagger and double dagger.
 */
export const FOOTNOTE_SYMBOL = "[\\u00b9\\u00b2\\u00b3\\u2070-\\u2079*\\u2020\\u2021]";

// ---------------------------------------------------------------------------------------------
// Table kinds

/** The name of each kind of table, as the budget titles it. */
export const TABLE_KIND_NAMES: Readonly<Record<TableKind, string>> = {
  garanties: "Overzicht verstrekte garanties",
  "uitgaven-ontvangsten": "Overzicht uitgaven en ontvangsten garanties",
  benutting: "Benutting garantieregeling",
  leningen: "Overzicht verstrekte leningen",
  achterborgstellingen: "Overzicht achterborgstellingen",
  risicovoorziening: "Risicovoorziening",
};

// ---------------------------------------------------------------------------------------------
// Units

/** The unit when a table's title names none: thousands of euros. */
export const DEFAULT_UNIT = "x € 1.000";

/** The unit phrase of a title, "x € 1.000", "x € 1 mln."; group 1 is the multiplier. */
export const UNIT = /x\s*€\s*(1(?:[.\u00a0 ]?000)*(?:\s*(?:mln|mld|miljoen|miljard)\.?)?)/i;

/** The whole unit phrase with its brackets and "bedragen", to take it out of a title. */
export const UNIT_PHRASE =
  /\(?\s*(?:bedragen\s+)?x\s*€\s*1(?:[.\u00a0 ]?000)*(?:\s*(?:mln|mld|miljoen|miljard)\.?)?\s*\)?/i;

/** Euros per unit of a unit phrase: "x € 1.000" → 1.000, "x € 1 mln" → 1.000.000 (default 1.000). */
export function unitFactor(unit: string): number {
  const m = UNIT.exec(unit);
  if (!m) return 1000;
  const body = m[1].toLowerCase();
  const zeros = (body.match(/000/g) ?? []).length;
  let f = 10 ** (3 * zeros);
  if (/mln|miljoen/.test(body)) f *= 1e6;
  if (/mld|miljard/.test(body)) f *= 1e9;
  return f;
}

/** The unit phrase as the templates write it in a title: "(bedragen x € 1.000)". */
export const UNIT_TITLE = "(bedragen x\u00a0€\u00a01.000)";

// ---------------------------------------------------------------------------------------------
// Header words

export type GarantiesColumn =
  | "uitstaand"
  | "verleend"
  | "vervallen"
  | "plafond"
  | "totaal-plafond"
  | "totaal-risicovoorziening";
export type UitgavenColumn =
  "uitgaven" | "ontvangsten" | "risicovoorziening" | "mutatie-risicovoorziening" | "saldo";
export type DataColumnKind = GarantiesColumn | UitgavenColumn;
export type LabelColumnKind = "nr" | "artikel" | "omschrijving";

export interface ColumnWords {
  /** The table kind the column belongs to. */
  table: Exclude<TableKind, "benutting">;
  /** The header as the templates write it (a year follows, except for a total ceiling). */
  header: string;
  /** Every accepted spelling of the header, normalised (lower case, year and footnotes out). */
  names: RegExp;
  /** What the column holds, in a sentence: "… kan niet negatief zijn". */
  noun: string;
  /**
   * The column also stands in the other kind of table (annual reports, RBV model 3.21b, put the
   * risk reserve beside either table): recognised there too, without deciding the table's kind.
   */
  shared?: true;
}

/** The amount columns, in the order the first match wins. */
export const DATA_COLUMNS: Readonly<Record<DataColumnKind, ColumnWords>> = {
  uitstaand: {
    table: "garanties",
    header: "Uitstaande garanties",
    names:
      /^(?:stand )?uitstaande?(?: garanties| garantieverplichtingen)?(?: ultimo| per 31 december)?$/,
    noun: "uitstaande garanties",
  },
  verleend: {
    table: "garanties",
    header: "Geraamd te verlenen",
    names: /^(?:geraamd )?te verlenen(?: garanties)?$|^verleend(?:e garanties)?$/,
    noun: "verleende garanties",
  },
  vervallen: {
    table: "garanties",
    header: "Geraamd te vervallen",
    names: /^(?:geraamd )?te vervallen(?: garanties)?$|^vervallen(?: garanties)?$/,
    noun: "vervallen garanties",
  },
  plafond: {
    table: "garanties",
    header: "Garantieplafond",
    names: /^garantie-?plafond(?: \(?jaarlijks\)?)?$|^jaarlijks garantieplafond$/,
    noun: "een garantieplafond",
  },
  "totaal-plafond": {
    table: "garanties",
    header: "Totaal plafond",
    names: /^totaal ?plafond$/,
    noun: "een totaal plafond",
  },
  "totaal-risicovoorziening": {
    table: "garanties",
    header: "Totaal stand risicovoorziening",
    names: /^totaal ?stand risicovoorziening$/,
    noun: "de totale stand van de risicovoorziening",
    shared: true,
  },
  uitgaven: {
    table: "uitgaven-ontvangsten",
    header: "Uitgaven",
    names: /^uitgaven$|^uitg\.?$/,
    noun: "uitgaven",
  },
  ontvangsten: {
    table: "uitgaven-ontvangsten",
    header: "Ontvangsten",
    // Annual reports (model 3.21b) write "Inkomsten" for the ontvangsten.
    names: /^ontvangsten$|^ontv\.?$|^inkomsten$/,
    noun: "ontvangsten",
  },
  risicovoorziening: {
    table: "uitgaven-ontvangsten",
    header: "Stand risicovoorziening",
    names: /^stand risicovoorz(?:iening|\.)?$/,
    noun: "de stand van de risicovoorziening",
  },
  "mutatie-risicovoorziening": {
    table: "uitgaven-ontvangsten",
    header: "Totaalstand mutatie volume risicovoorziening",
    names: /^(?:totaal ?stand )?mutatie(?: volume)? risicovoorziening(?: en)?$/,
    noun: "de mutatie van de risicovoorziening",
    shared: true,
  },
  saldo: {
    table: "uitgaven-ontvangsten",
    header: "Saldo",
    names: /^saldo$/,
    noun: "het saldo",
  },
};

/** The label columns left of the amounts. */
export const LABEL_COLUMNS: Readonly<Record<LabelColumnKind, { header: string; names: RegExp }>> = {
  nr: { header: "Nr.", names: /^nr\.?$/ },
  artikel: { header: "Artikel", names: /^art\.?$|^artikel$/ },
  omschrijving: {
    header: "Omschrijving",
    names: /^omschrijving(?: (?:garantie)?regeling)?$|^(?:garantie)?regeling(?:en)?$/,
  },
};

/** A word of a header row (raw text): cheap test before a row is read as a header. */
export const HEADER_KEYWORD = /uitst|verle|verval|plafond|uitg|ontv|inkomst|saldo|risicovoorz/i;

// ---------------------------------------------------------------------------------------------
// Row labels

/** The label of the total row as the templates write it. */
export const TOTAL_LABEL = "Totaal";

/**
 * The total row's label, normalised (as `normaliseHeader` gives it, footnote markers out):
 * "Totaal", "TOTAAL", "Totaal:", "Totaal generaal", "Eindtotaal", "Totaal garanties"; never
 * "Subtotaal".
 */
export const TOTAL_ROW =
  /^(?:eind ?totaal|totaal(?: generaal)?|generaal totaal|totaal [\p{L}][\p{L} .-]*)[:.]?$/u;

/** A total row that says it is the grand total (normalised): "Totaal generaal", "Eindtotaal". */
export const GRAND_TOTAL_ROW = /^(?:eind ?totaal|totaal generaal|generaal totaal)[:.]?$/;

/** A row that breaks down the row above ("waarvan …", "w.v. …", "waaronder …", "w.o. …"). */
export const BREAKDOWN_ROW = /^(?:waarvan|waaronder|w\.\s?v\.?|w\.\s?o\.?)(?:[\s:]|$)/i;

/** "waarvan:" alone: the rows under it that start with a dash or a bullet are its parts. */
export const BREAKDOWN_HEAD = /^(?:waarvan|waaronder|w\.\s?v\.?|w\.\s?o\.?):?$/i;

/** Bullets that start a listed part: horizontal bar, bullet, middle dot, triangular and square bullet. */
export const BULLET = "[\\u2015\\u2022\\u00b7\\u2023\\u25aa]";

/** A part listed under "waarvan:": a dash or bullet, then a space ("- WAKO", "• NHT"). */
export const BREAKDOWN_ITEM = new RegExp(`^(?:${DASH}|${BULLET})\\s`);

/** A subtotal sums the item rows above it (since the previous subtotal); the total does not add it. */
export const SUBTOTAL_ROW = /^sub-?totaal\b/i;

export type BenuttingRole = "bruto" | "vervallen" | "netto";

/** The rows of a benutting table, as published and as the templates write them. */
export const BENUTTING_ROW_LABELS: Readonly<Record<BenuttingRole, string>> = {
  bruto: "Aangegane garantieverplichtingen (bruto)",
  vervallen: "Vervallen garantieverplichtingen (incl. schade-uitkeringen)",
  netto: "Aangegane garantieverplichtingen (netto)",
};

/** What a benutting row holds, in a sentence: "… kan niet negatief zijn". */
export const BENUTTING_ROW_NOUNS: Readonly<Partial<Record<BenuttingRole, string>>> = {
  bruto: "aangegane garantieverplichtingen (bruto)",
  vervallen: "vervallen garantieverplichtingen",
};

/** The role of a benutting row from its normalised label, or undefined. */
export function benuttingRole(normal: string): BenuttingRole | undefined {
  if (!normal) return undefined;
  const aangegaan = /aangega|garantieverplichting/.test(normal);
  if (/\bbruto\b/.test(normal) && aangegaan) return "bruto";
  if (/\bnetto\b/.test(normal) && aangegaan) return "netto";
  if (/^vervallen\b/.test(normal)) return "vervallen";
  return undefined;
}
