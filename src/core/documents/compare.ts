/**
 * The cross-document rules: several workbooks (budgets and annual reports of one chapter) given
 * together are compared figure by figure, per scheme, measure and year.
 *
 * - realisation-mismatch (error): two documents report the realisation of one figure (the annual
 *   report of Y; budget Y+2's column t-2; the next annual report's opening column) differently.
 * - revised-estimate (info): an estimate differs from the next document's figure for that year
 *   (budget t-1's column t vs budget t's column t-1, or an estimate vs the realisation).
 * - scheme-missing (warning): a scheme of one document is absent from the next without having
 *   lapsed to zero there.
 * - plafond-move (warning): an amount moves between Garantieplafond and Totaal plafond.
 *
 * Documents are put in publication order and schemes matched by name (schemes.ts), so the order
 * in which files are given never changes the findings; a file's name only appears in them.
 */
import { formatDutch } from "../amount";
import { subtract } from "../exact";
import { documentLabel, publicationOrder } from "./identify";
import type {
  CrossCell,
  CrossFinding,
  DocumentFacts,
  Fact,
  Measure,
  Timeline,
  TimelineEntry,
} from "./model";
import { SchemeMatcher } from "./schemes";

export interface CrossRuleMeta {
  id: string;
  title: string;
  description: string;
  severity: "error" | "warning" | "info";
  source: string;
}

export const CROSS_DOCUMENT_RULES: readonly CrossRuleMeta[] = [
  {
    id: "realisation-mismatch",
    title: "Realisatie verschilt tussen documenten",
    description:
      "Een gerealiseerd cijfer (uitstaand eind jaar Y, verleend en vervallen in Y, uitgaven, ontvangsten en saldo in Y, stand risicovoorziening eind Y) is in elk document dat het noemt gelijk: jaarverslag Y, kolom t-2 van begroting Y+2, de beginkolom van jaarverslag Y+1.",
    severity: "error",
    source:
      "RBV model 1.32e (t-2 is realisatie) en model 3.21b (jaarverslag): één realisatie per jaar",
  },
  {
    id: "revised-estimate",
    title: "Raming bijgesteld",
    description:
      "Een raming die in een volgend document anders staat (kolom t van begroting t-1 tegenover kolom t-1 van begroting t, of een raming tegenover de latere realisatie), met het verschil.",
    severity: "info",
    source: "RBV model 1.32e: ramingen t-1 en t worden per begroting bijgesteld",
  },
  {
    id: "scheme-missing",
    title: "Regeling ontbreekt in volgend document",
    description:
      "Een regeling die in een document een uitstaand bedrag heeft, staat ook in het volgende document, tenzij zij tot nul is vervallen.",
    severity: "warning",
    source: "RBV model 1.32e/3.21b: elke risicoregeling tot zij is beëindigd",
  },
  {
    id: "loan-euro-amount",
    title: "Eurobedrag van een ongewijzigde lening verandert",
    description:
      "Een lening in andere valuta met hetzelfde valutabedrag in twee opeenvolgende jaarverslagen heeft ook hetzelfde bedrag in euro; anders is de omrekening (koers of afronding) veranderd.",
    severity: "warning",
    source:
      "RBV model 3.21b, Overzicht verstrekte leningen: Uitstaande lening in andere valuta en in €",
  },
  {
    id: "plafond-move",
    title: "Bedrag verschuift tussen plafondkolommen",
    description:
      "Een bedrag dat in het ene document onder Garantieplafond staat en in het volgende onder Totaal plafond (of omgekeerd).",
    severity: "warning",
    source:
      "RBV model 1.32e: Garantieplafond (jaarlijks) en Totaal plafond zijn verschillende plafonds",
  },
];

const MEASURE_WORDS: Record<Measure, (year: number) => string> = {
  uitstaand: (y) => `uitstaand eind ${y}`,
  verleend: (y) => `verleend in ${y}`,
  vervallen: (y) => `vervallen in ${y}`,
  garantieplafond: (y) => `garantieplafond ${y}`,
  "totaal-plafond": (y) => `totaal plafond ${y}`,
  risicovoorziening: (y) => `stand risicovoorziening eind ${y}`,
  uitgaven: (y) => `uitgaven ${y}`,
  ontvangsten: (y) => `ontvangsten ${y}`,
  saldo: (y) => `saldo ${y}`,
  lening: (y) => `uitstaande lening eind ${y}`,
};

const MEASURE_ORDER: readonly Measure[] = [
  "uitstaand",
  "verleend",
  "vervallen",
  "risicovoorziening",
  "uitgaven",
  "ontvangsten",
  "saldo",
  "garantieplafond",
  "totaal-plafond",
  "lening",
];

/** "JV2020 (Blad1!F3)": the document and the cell; the finding's cells also name the file. */
function where(doc: DocumentFacts, f: Fact): string {
  return `${documentLabel(doc.id)} (${quoteSheet(f.sheet)}!${f.cell})`;
}

function quoteSheet(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function cellOf(f: Fact): CrossCell {
  return { file: f.file, sheet: f.sheet, cell: f.cell };
}

/** A stable fingerprint of a document's content, to order two documents of the same type and year. */
function fingerprint(d: DocumentFacts): string {
  return d.facts.map((f) => `${f.sheet}!${f.cell}=${f.value}`).join(";");
}

/** Documents in publication order; equal ones by content, never by file name or input order. */
export function orderDocuments(docs: readonly DocumentFacts[]): DocumentFacts[] {
  return [...docs].sort((a, b) => {
    const d = publicationOrder(a.id) - publicationOrder(b.id);
    if (d !== 0) return d;
    const fa = fingerprint(a);
    const fb = fingerprint(b);
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  });
}

interface Placed {
  doc: DocumentFacts;
  /** Index in publication order. */
  order: number;
  fact: Fact;
  group: string;
}

/** Groups every fact by scheme (matched across documents), measure and year. */
function placeFacts(ordered: readonly DocumentFacts[]): Placed[] {
  const matcher = new SchemeMatcher();
  const placed: Placed[] = [];
  ordered.forEach((doc, order) => {
    const groups = matcher.assign(doc.facts.map((f) => f.key));
    for (const fact of doc.facts) {
      placed.push({ doc, order, fact, group: groups.get(fact.key) ?? fact.key });
    }
  });
  return placed;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}

function schemeName(p: Placed): string {
  return p.fact.key === "totaal" ? "het totaal" : `"${p.fact.label}"`;
}

function realisationFindings(list: readonly Placed[], out: CrossFinding[]): void {
  const real = list.filter((p) => p.fact.realisation);
  if (real.length < 2) return;
  const ref = real[0];
  for (const p of real.slice(1)) {
    if (p.doc === ref.doc || p.fact.value === ref.fact.value) continue;
    const what = MEASURE_WORDS[p.fact.measure](p.fact.year);
    out.push({
      rule: "realisation-mismatch",
      severity: "error",
      message: `Realisatie ${what} van ${schemeName(p)}: ${formatDutch(ref.fact.value)} in ${where(ref.doc, ref.fact)}, maar ${formatDutch(p.fact.value)} in ${where(p.doc, p.fact)} (verschil ${formatDutch(subtract(p.fact.value, ref.fact.value))}). Een realisatie hoort in elk document gelijk te zijn.`,
      expected: ref.fact.value,
      actual: p.fact.value,
      cells: [cellOf(ref.fact), cellOf(p.fact)],
    });
  }
}

function estimateFindings(list: readonly Placed[], out: CrossFinding[]): void {
  // One figure per document (the first), in publication order.
  const perDoc: Placed[] = [];
  for (const p of list) if (!perDoc.some((q) => q.doc === p.doc)) perDoc.push(p);
  for (let k = 1; k < perDoc.length; k++) {
    const a = perDoc[k - 1];
    const b = perDoc[k];
    if (a.fact.realisation || a.fact.value === b.fact.value) continue;
    const what = MEASURE_WORDS[b.fact.measure](b.fact.year);
    const kind = b.fact.realisation ? "gerealiseerd" : "opnieuw geraamd";
    out.push({
      rule: "revised-estimate",
      severity: "info",
      message: `Raming ${what} van ${schemeName(b)}: ${formatDutch(a.fact.value)} in ${where(a.doc, a.fact)}, ${kind} ${formatDutch(b.fact.value)} in ${where(b.doc, b.fact)} (verschil ${formatDutch(subtract(b.fact.value, a.fact.value))}).`,
      expected: a.fact.value,
      actual: b.fact.value,
      cells: [cellOf(a.fact), cellOf(b.fact)],
    });
  }
}

function latest(facts: readonly Placed[], measure: Measure): Placed | undefined {
  let best: Placed | undefined;
  for (const p of facts) {
    if (p.fact.measure !== measure) continue;
    if (!best || p.fact.year > best.fact.year) best = p;
  }
  return best;
}

function missingFindings(
  ordered: readonly DocumentFacts[],
  bySchemeDoc: Map<string, Placed[]>,
  groups: readonly string[],
  out: CrossFinding[]
): void {
  const withOverview = ordered.filter((d) => d.overviews.length > 0);
  for (let k = 1; k < withOverview.length; k++) {
    const a = withOverview[k - 1];
    const b = withOverview[k];
    for (const g of groups) {
      if (g === "totaal") continue;
      const inA = bySchemeDoc.get(`${g}\u0000${a.file}`) ?? [];
      const inB = bySchemeDoc.get(`${g}\u0000${b.file}`) ?? [];
      if (inA.length === 0 || inB.length > 0) continue;
      const last = latest(inA, "uitstaand");
      if (!last || last.fact.value === 0) continue;
      const there = b.overviews[0];
      out.push({
        rule: "scheme-missing",
        severity: "warning",
        message: `Regeling "${last.fact.label}" staat in ${where(a, last.fact)} met ${MEASURE_WORDS.uitstaand(last.fact.year)} ${formatDutch(last.fact.value)}, maar ontbreekt in het overzicht verstrekte garanties van ${documentLabel(b.id)} (${quoteSheet(there.sheet)}!${there.cell}) zonder tot nul te zijn vervallen (of staat daar onder een naam die niet herkend wordt).`,
        expected: last.fact.value,
        actual: null,
        cells: [cellOf(last.fact), there],
      });
    }
  }
}

function plafondFindings(
  ordered: readonly DocumentFacts[],
  bySchemeDoc: Map<string, Placed[]>,
  groups: readonly string[],
  out: CrossFinding[]
): void {
  for (let k = 1; k < ordered.length; k++) {
    const a = ordered[k - 1];
    const b = ordered[k];
    for (const g of groups) {
      const inA = bySchemeDoc.get(`${g}\u0000${a.file}`) ?? [];
      const inB = bySchemeDoc.get(`${g}\u0000${b.file}`) ?? [];
      if (inA.length === 0 || inB.length === 0) continue;
      const pa = latest(inA, "garantieplafond");
      const ta = latest(inA, "totaal-plafond");
      const pb = latest(inB, "garantieplafond");
      const tb = latest(inB, "totaal-plafond");
      const moved = (from?: Placed, to?: Placed, stay?: Placed): boolean =>
        from !== undefined &&
        to !== undefined &&
        from.fact.value !== 0 &&
        to.fact.value === from.fact.value &&
        (stay === undefined || stay.fact.value !== from.fact.value);
      let pair: [Placed, Placed] | undefined;
      if (moved(pa, tb, pb) && !(ta && ta.fact.value === pa?.fact.value)) pair = [pa!, tb!];
      else if (moved(ta, pb, tb) && !(pa && pa.fact.value === ta?.fact.value)) pair = [ta!, pb!];
      if (!pair) continue;
      const [from, to] = pair;
      const fromCol =
        from.fact.measure === "garantieplafond" ? "Garantieplafond" : "Totaal plafond";
      const toCol = to.fact.measure === "garantieplafond" ? "Garantieplafond" : "Totaal plafond";
      out.push({
        rule: "plafond-move",
        severity: "warning",
        message: `Plafond van ${schemeName(to)}: ${formatDutch(from.fact.value)} staat onder ${fromCol} in ${where(a, from.fact)}, maar onder ${toCol} in ${where(b, to.fact)}. Een jaarlijks plafond en een totaalplafond zijn verschillende plafonds; controleer welk bedoeld is.`,
        expected: from.fact.value,
        actual: to.fact.value,
        cells: [cellOf(from.fact), cellOf(to.fact)],
      });
    }
  }
}

function loanFindings(
  ordered: readonly DocumentFacts[],
  bySchemeDoc: Map<string, Placed[]>,
  groups: readonly string[],
  out: CrossFinding[]
): void {
  const withLoans = ordered.filter((d) => d.facts.some((f) => f.measure === "lening"));
  for (let k = 1; k < withLoans.length; k++) {
    const a = withLoans[k - 1];
    const b = withLoans[k];
    for (const g of groups) {
      const la = (bySchemeDoc.get(`${g}\u0000${a.file}`) ?? []).find(
        (p) => p.fact.measure === "lening"
      );
      const lb = (bySchemeDoc.get(`${g}\u0000${b.file}`) ?? []).find(
        (p) => p.fact.measure === "lening"
      );
      if (!la || !lb || !la.fact.currency || la.fact.currency !== lb.fact.currency) continue;
      if (/ 0$/.test(la.fact.currency) || la.fact.value === lb.fact.value) continue;
      out.push({
        rule: "loan-euro-amount",
        severity: "warning",
        message: `Lening "${lb.fact.label}": ${la.fact.currency} in ${documentLabel(a.id)} en ${documentLabel(b.id)}, maar ${formatDutch(la.fact.value)} in euro in ${where(a, la.fact)} en ${formatDutch(lb.fact.value)} in ${where(b, lb.fact)} (verschil ${formatDutch(subtract(lb.fact.value, la.fact.value))}). Bij een ongewijzigd bedrag in valuta hoort een ongewijzigd eurobedrag; controleer koers en afronding.`,
        expected: la.fact.value,
        actual: lb.fact.value,
        cells: [cellOf(la.fact), cellOf(lb.fact)],
      });
    }
  }
}

function timelines(placed: readonly Placed[]): Timeline[] {
  const out: Timeline[] = [];
  const byGroup = groupBy(placed, (p) => p.group);
  for (const [, list] of byGroup) {
    const figures: Timeline["figures"] = [];
    const byFigure = groupBy(list, (p) => `${p.fact.measure}\u0000${p.fact.year}`);
    for (const [, fl] of byFigure) {
      const entries: TimelineEntry[] = fl.map((p) => ({
        file: p.doc.file,
        document: documentLabel(p.doc.id),
        sheet: p.fact.sheet,
        cell: p.fact.cell,
        value: p.fact.value,
        kind: p.fact.realisation ? "realisatie" : "raming",
      }));
      figures.push({ measure: fl[0].fact.measure, year: fl[0].fact.year, entries });
    }
    figures.sort(
      (x, y) =>
        MEASURE_ORDER.indexOf(x.measure) - MEASURE_ORDER.indexOf(y.measure) || x.year - y.year
    );
    out.push({ scheme: list[0].fact.label, figures });
  }
  return out;
}

/** Compares documents (at least two) and builds the timelines. */
export function compareDocuments(docs: readonly DocumentFacts[]): {
  findings: CrossFinding[];
  timelines: Timeline[];
} {
  const ordered = orderDocuments(docs);
  const placed = placeFacts(ordered);
  const findings: CrossFinding[] = [];
  const byFigure = groupBy(placed, (p) => `${p.group}\u0000${p.fact.measure}\u0000${p.fact.year}`);
  for (const [, list] of byFigure) {
    list.sort((x, y) => x.order - y.order || x.fact.row - y.fact.row || x.fact.col - y.fact.col);
    const m = list[0].fact.measure;
    if (m === "garantieplafond" || m === "totaal-plafond" || m === "lening") continue;
    realisationFindings(list, findings);
    estimateFindings(list, findings);
  }
  const groups = [...new Set(placed.map((p) => p.group))];
  const bySchemeDoc = groupBy(placed, (p) => `${p.group}\u0000${p.doc.file}`);
  missingFindings(ordered, bySchemeDoc, groups, findings);
  plafondFindings(ordered, bySchemeDoc, groups, findings);
  loanFindings(ordered, bySchemeDoc, groups, findings);
  const severity = { error: 0, warning: 1, info: 2 } as const;
  const ruleOrder = CROSS_DOCUMENT_RULES.map((r) => r.id);
  const orderOfFile = new Map(ordered.map((d, i) => [d.file, i]));
  findings.sort(
    (x, y) =>
      severity[x.severity] - severity[y.severity] ||
      ruleOrder.indexOf(x.rule) - ruleOrder.indexOf(y.rule) ||
      compareCells(x.cells[0], y.cells[0], orderOfFile) ||
      compareCells(x.cells[1], y.cells[1], orderOfFile)
  );
  return { findings, timelines: timelines(placed) };
}

function compareCells(a: CrossCell, b: CrossCell, order: Map<string, number>): number {
  const d = (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0);
  if (d !== 0) return d;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const pa = cellKey(a.cell);
  const pb = cellKey(b.cell);
  return pa[0] - pb[0] || pa[1] - pb[1];
}

function cellKey(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}
