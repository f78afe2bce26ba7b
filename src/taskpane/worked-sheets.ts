/**
 * Worked calculation sheets ("rekenbladen") for the two regulations, which the Rekenhulp inserts
 * as a new sheet: the inputs (blue, with an example filled in), then every intermediate figure as
 * an EKV formula that refers to those inputs, each with its article, ending in the opbouw whose
 * binding limit is marked "← bindend". The figures come from the same custom functions the user
 * types; nothing is computed here. Pure: no Office calls (the gateway writes the layout).
 *
 * Formulas are invariant syntax (comma separators), as `range.formulas` takes them.
 */
import { a1 } from "./address";

export type WorkedKind = "matching" | "riv";

export interface WorkedSheet {
  /** Preferred sheet name; the gateway adds " (2)", " (3)" … when it is taken. */
  name: string;
  cells: Array<Array<string | number | boolean | null>>;
  numberFormat: Array<Array<string | null>>;
  boldRows: number[];
  /** The input cells (the gateway gives them a fill): row, first column, number of columns. */
  inputs: Array<{ row: number; col: number; width: number }>;
}

const EURO = "#,##0.00";
const RATE = "0.00##%";
const DATE = "d-m-yyyy";

type Row =
  | { kind: "title" | "note" | "header"; text: string }
  | { kind: "blank" }
  | {
      kind: "input" | "calc";
      key?: string;
      label: string;
      /** A constant (input) or a formula in which {key} stands for the cell of that row. */
      value: string | number | boolean | null;
      article: string;
      format?: string;
    }
  /** A spilled matrix: the formula's result needs `rows` empty rows below it. */
  | { kind: "spill"; label: string; formula: string; rows: number; article: string };

function layout(name: string, rows: Row[]): WorkedSheet {
  // Resolve {key} to the B cell of the row that defines it.
  const cellOf = new Map<string, string>();
  let r = 0;
  const rowAt: number[] = [];
  for (const row of rows) {
    rowAt.push(r);
    if ((row.kind === "input" || row.kind === "calc") && row.key) cellOf.set(row.key, a1(r, 1));
    r += row.kind === "spill" ? row.rows + 1 : 1;
  }
  const total = r;
  const resolve = (f: string) =>
    f.replace(/\{(\w+)\}/g, (_, k: string) => {
      const c = cellOf.get(k);
      if (!c) throw new Error(`rekenblad: onbekende sleutel ${k}`);
      return c;
    });
  const cells: WorkedSheet["cells"] = Array.from({ length: total }, () => [null, null, null]);
  const numberFormat: WorkedSheet["numberFormat"] = Array.from({ length: total }, () => [
    null,
    null,
    null,
  ]);
  const boldRows: number[] = [];
  const inputs: WorkedSheet["inputs"] = [];
  rows.forEach((row, i) => {
    const at = rowAt[i];
    switch (row.kind) {
      case "title":
      case "header":
        cells[at][0] = row.text;
        boldRows.push(at);
        break;
      case "note":
        cells[at][0] = row.text;
        break;
      case "blank":
        break;
      case "input":
      case "calc":
        cells[at][0] = row.label;
        cells[at][1] = typeof row.value === "string" ? resolve(row.value) : row.value;
        cells[at][2] = row.article;
        numberFormat[at][1] = row.format ?? null;
        if (row.kind === "input") inputs.push({ row: at, col: 1, width: 1 });
        break;
      case "spill":
        cells[at][0] = row.label;
        cells[at][2] = row.article;
        cells[at + 1][0] = resolve(row.formula);
        numberFormat[at + 1][1] = EURO;
        for (let k = 1; k <= row.rows; k++) numberFormat[at + k][1] = EURO;
        boldRows.push(at);
        break;
    }
  });
  return { name, cells, numberFormat, boldRows, inputs };
}

/**
 * Zware matching: surcharge and refinancing rate (art. 2–4), order amount and export part with and
 * without the art. 9 deduction, the Dutch-share test (art. 5), the costs (art. 10, lid 1 a or b),
 * the art. 7 lid 1 a limit, the opbouw of the subsidy (art. 7) and an advance (art. 13 lid 1).
 * The example is issue 12's: 10 mln over 5 years at 3%, lender 6%, basisrente 4,5%: the limit
 * under a (547.033,42) binds.
 */
export function matchingSheet(): WorkedSheet {
  return layout("Rekenblad zware matching", [
    {
      kind: "title",
      text: "Rekenblad zware matching (Regeling exportfinancieringsarrangement zware matching)",
    },
    {
      kind: "note",
      text: "Vul de invoer in (kolom B); alle bedragen in euro's, rentes als fractie. Elke uitkomst is een EKV-formule met het artikel ernaast.",
    },
    { kind: "header", text: "Invoer" },
    {
      kind: "input",
      key: "valuta",
      label: "Valuta van het exportkrediet",
      value: "EUR",
      article: "art. 2 lid 1",
    },
    {
      kind: "input",
      key: "cat",
      label: "OESO-landencategorie (1 of 2)",
      value: 1,
      article: "art. 3 en 4",
    },
    {
      kind: "input",
      key: "afnemer",
      label: "Afnemer (overheid of particulier)",
      value: "particulier",
      article: "art. 1 onder h",
    },
    {
      kind: "input",
      key: "bg",
      label: "Bankgarantie (WAAR/ONWAAR)",
      value: false,
      article: "art. 1 onder i",
    },
    {
      kind: "input",
      key: "looptijd",
      label: "Looptijd van het exportkrediet (jaren)",
      value: 5,
      article: "art. 4",
    },
    {
      kind: "input",
      key: "bank",
      label: "Rente die de (verstrekkende) bank de subsidie-ontvanger rekent",
      value: 0.06,
      article: "art. 2 lid 1 onder 1º",
      format: RATE,
    },
    {
      kind: "input",
      key: "basis",
      label: "Basisrente (financieringsrente of CIRR)",
      value: 0.045,
      article: "art. 2 lid 1 onder 2º",
      format: RATE,
    },
    {
      kind: "input",
      key: "contract",
      label: "Contractrente",
      value: 0.03,
      article: "art. 2 lid 2",
      format: RATE,
    },
    {
      kind: "input",
      key: "overeengekomen",
      label: "Overeengekomen rente (alleen als een ander het krediet verstrekt; anders leeg)",
      value: 0.06,
      article: "art. 10 lid 1 onder b",
      format: RATE,
    },
    {
      kind: "input",
      key: "krediet",
      label: "Krediet (hoofdsom)",
      value: 10000000,
      article: "art. 10 lid 1",
      format: EURO,
    },
    { kind: "input", key: "jaren", label: "Aflossingsjaren", value: 5, article: "art. 10 lid 1" },
    {
      kind: "input",
      key: "termijnen",
      label: "Termijnen per jaar",
      value: 2,
      article: "art. 10 lid 1",
    },
    {
      kind: "input",
      key: "opname",
      label: "Opnamejaren (0 tenzij levertijd > 1 jaar en steun dekt de opnamerente)",
      value: 0,
      article: "art. 10 lid 2",
    },
    {
      kind: "input",
      key: "overig",
      label: "Provisies, commissies en premies",
      value: 0,
      article: "art. 10 lid 9",
      format: EURO,
    },
    {
      kind: "input",
      key: "afgesloten",
      label: "Afgesloten orderbedrag",
      value: 12000000,
      article: "art. 1 onder d",
      format: EURO,
    },
    {
      kind: "input",
      key: "ophoging",
      label: "Ophoging (opties, stelposten, prijsstijgingen)",
      value: 0,
      article: "art. 1 onder d",
      format: EURO,
    },
    {
      kind: "input",
      key: "toelevering",
      label: "Buitenlands gesteunde toelevering",
      value: 0,
      article: "art. 9",
      format: EURO,
    },
    {
      kind: "input",
      key: "lokaal",
      label: "Lokale kosten",
      value: 2000000,
      article: "art. 1 onder b",
      format: EURO,
    },
    {
      kind: "input",
      key: "nl",
      label: "Nederlands aandeel",
      value: 8000000,
      article: "art. 1 onder c",
      format: EURO,
    },
    {
      kind: "input",
      key: "soort",
      label: "Soort order (defensie, vliegtuigen, bouw, overig)",
      value: "overig",
      article: "art. 5 lid 2",
    },
    {
      kind: "input",
      key: "gelijkwaardig",
      label: "Nodig voor een gelijkwaardig aanbod (leeg: niet opgegeven)",
      value: null,
      article: "art. 7 lid 1",
      format: EURO,
    },
    {
      kind: "input",
      key: "ontheffing",
      label: "Ontheffing van het maximum (WAAR/ONWAAR)",
      value: false,
      article: "art. 7 lid 2",
    },
    {
      kind: "input",
      key: "gemaakt",
      label: "Deel van de kosten gemaakt en betaald (voorschot)",
      value: 0.9,
      article: "art. 13 lid 1",
      format: RATE,
    },
    {
      kind: "input",
      key: "eerder",
      label: "Eerder bevoorschot",
      value: 0,
      article: "art. 13 lid 1",
      format: EURO,
    },
    { kind: "blank" },
    { kind: "header", text: "Berekening" },
    {
      kind: "calc",
      key: "opslag",
      label: "Opslag",
      value: "=EKV.MATCHING.OPSLAG({valuta},{cat},{afnemer},{bg},{looptijd})",
      article: "art. 3 (EUR, USD) of art. 4",
      format: RATE,
    },
    {
      kind: "calc",
      key: "refi",
      label: "Refinancieringsrente",
      value: "=EKV.MATCHING.REFINANCIERINGSRENTE({bank},{basis},{opslag})",
      article: "art. 2 lid 1",
      format: RATE,
    },
    {
      kind: "calc",
      key: "order",
      label: "Orderbedrag voor de toetsen (zonder aftrek art. 9)",
      value: "=EKV.MATCHING.ORDERBEDRAG({afgesloten},{ophoging})",
      article: "art. 1 onder d",
      format: EURO,
    },
    {
      kind: "calc",
      key: "export",
      label: "Exportdeel voor de toetsen",
      value: "=EKV.MATCHING.EXPORTDEEL({order},{lokaal})",
      article: "art. 1 onder a",
      format: EURO,
    },
    {
      kind: "calc",
      label: "Nederlands aandeel voldoet",
      value: "=EKV.MATCHING.AANDEEL_VOLDOET({export},{nl},{order},{soort})",
      article: "art. 5 lid 1 onder b, lid 2 en 4",
    },
    {
      kind: "calc",
      key: "order9",
      label: "Orderbedrag voor de subsidie (na aftrek art. 9)",
      value: "=EKV.MATCHING.ORDERBEDRAG({afgesloten},{ophoging},{toelevering})",
      article: "art. 9",
      format: EURO,
    },
    {
      kind: "calc",
      key: "export9",
      label: "Exportdeel voor de subsidie",
      value: "=EKV.MATCHING.EXPORTDEEL({order9},{lokaal})",
      article: "art. 1 onder a, art. 9",
      format: EURO,
    },
    {
      kind: "calc",
      key: "kosten",
      label: "Kosten (100% van de kosten)",
      value:
        "=EKV.MATCHING.KOSTEN({krediet},{refi},{contract},{jaren},{termijnen},{opname},{overig},{overeengekomen})",
      article: "art. 7 lid 1, art. 10",
      format: EURO,
    },
    {
      kind: "calc",
      key: "limietA",
      label: "Gekapitaliseerd verschil refinancieringsrente en contractrente",
      value:
        "=EKV.MATCHING.KOSTEN({krediet},{refi},{contract},{jaren},{termijnen},{opname},{overig})",
      article: "art. 7 lid 1 onder a",
      format: EURO,
    },
    {
      kind: "spill",
      label: "Opbouw van de subsidie: elke grens, de bindende gemarkeerd",
      formula:
        "=EKV.MATCHING.OPBOUW({kosten},{export9},{nl},{gelijkwaardig},{ontheffing},{soort},{limietA})",
      rows: 7,
      article: "art. 7",
    },
    {
      kind: "calc",
      key: "subsidie",
      label: "Subsidie",
      value:
        "=EKV.MATCHING.SUBSIDIE({kosten},{export9},{nl},{gelijkwaardig},{ontheffing},{soort},{limietA})",
      article: "art. 7",
      format: EURO,
    },
    {
      kind: "calc",
      label: "Voorschot dat nu kan worden verstrekt",
      value: "=EKV.MATCHING.VOORSCHOT({subsidie},{gemaakt},{eerder})",
      article: "art. 13 lid 1",
      format: EURO,
    },
  ]);
}

/**
 * Investeringsverzekeringen: the terms (art. 1 c/d, art. 4 a) and one claim for two policies of two
 * insured parties in one enterprise (art. 4 b and c): each policy's capital and yield after own
 * risk, the 12% per year and 200% limits, the € 75 / € 100 mln limits and the pro-rata division.
 */
export function rivSheet(): WorkedSheet {
  const sheet = layout("Rekenblad investeringsverzekering", [
    {
      kind: "title",
      text: "Rekenblad investeringsverzekering (Regeling investeringsverzekeringen)",
    },
    {
      kind: "note",
      text: "Vul de invoer in (kolom B en de polistabel); alle bedragen in euro's, eigen risico als fractie. Elke uitkomst is een EKV-formule met het artikel ernaast.",
    },
    { kind: "header", text: "Looptijden" },
    {
      kind: "input",
      key: "begin",
      label: "Begin van de investering",
      value: 44927,
      article: "art. 1 onder c",
      format: DATE,
    },
    {
      kind: "input",
      key: "eind",
      label: "Einde van de investering",
      value: 46023,
      article: "art. 1 onder c",
      format: DATE,
    },
    {
      kind: "input",
      key: "duursoort",
      label: "Soort (investering, geldlening, lening)",
      value: "investering",
      article: "art. 1 onder c en d",
    },
    {
      kind: "calc",
      label: "Minimumduur gehaald",
      value: "=EKV.RIV.MINIMUMDUUR_OK({begin},{eind},{duursoort})",
      article: "art. 1 onder c en d",
    },
    {
      kind: "input",
      key: "ingang",
      label: "Ingangsdatum van de verzekering",
      value: 45017,
      article: "art. 4 onder a",
      format: DATE,
    },
    {
      kind: "input",
      key: "volledig",
      label: "Investering volledig gedaan op",
      value: 45292,
      article: "art. 4 onder a",
      format: DATE,
    },
    {
      kind: "calc",
      label: "Uiterste einddatum van de verzekering",
      value: "=EKV.RIV.UITERSTE_EINDDATUM({ingang},{volledig})",
      article: "art. 4 onder a",
      format: DATE,
    },
    { kind: "blank" },
    { kind: "header", text: "Polissen (één onderneming in het investeringsland)" },
    {
      kind: "note",
      text: "verzekerde | soort | aanvangswaarde | verzekerde waarde | schade | opbrengst | jaren opbrengst | eigen risico",
    },
  ]);
  // The policy table: eight columns from A, two policies, then the claim below it.
  const start = sheet.cells.length;
  const polissen: Array<Array<string | number>> = [
    ["Verzekerde A", "investering", 60000000, 60000000, 70000000, 9000000, 2, 0.1],
    ["Verzekerde B", "lening", 90000000, 90000000, 90000000, 0, 0, 0.1],
  ];
  const width = 8;
  const pad = (row: Array<string | number | boolean | null>) => {
    while (row.length < width) row.push(null);
    return row;
  };
  sheet.cells.forEach(pad);
  sheet.numberFormat.forEach((r) => {
    while (r.length < width) r.push(null);
  });
  for (const p of polissen) {
    sheet.cells.push([...p]);
    sheet.numberFormat.push([null, null, EURO, EURO, EURO, EURO, null, RATE]);
    sheet.inputs.push({ row: sheet.cells.length - 1, col: 0, width });
  }
  const range = `${a1(start, 0)}:${a1(start + polissen.length - 1, width - 1)}`;
  sheet.cells.push(pad([]));
  sheet.numberFormat.push(Array(width).fill(null));
  const claimRow = sheet.cells.length;
  sheet.cells.push(
    pad([
      "Opbouw van de vergoeding: elke grens, de bindende gemarkeerd",
      null,
      "art. 4 onder b en c",
    ])
  );
  sheet.numberFormat.push(Array(width).fill(null));
  sheet.boldRows.push(claimRow);
  sheet.cells.push(pad([`=EKV.RIV.CLAIM(${range})`]));
  sheet.numberFormat.push([null, EURO, ...Array(width - 2).fill(null)]);
  // Room for the spill: per policy five rows, per insured one, and the enterprise rows.
  for (let k = 0; k < 5 * polissen.length + polissen.length + 6; k++) {
    sheet.cells.push(pad([]));
    sheet.numberFormat.push([null, EURO, ...Array(width - 2).fill(null)]);
  }
  return sheet;
}

export function workedSheet(kind: WorkedKind): WorkedSheet {
  return kind === "matching" ? matchingSheet() : rivSheet();
}
