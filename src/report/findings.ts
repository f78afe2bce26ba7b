/**
 * The findings list as the user scans it, in the manner of Office's Accessibility Checker: one item
 * per cell (several rules on one cell merged), grouped by severity, with a filter per table and per
 * severity. Pure: the task pane and the web page render the same view.
 */
import { formatDutch } from "../core/amount";
import { subtract } from "../core/exact";
import type { CrossFinding } from "../core/documents";
import { ruleCatalogue } from "../core/tables";
import type { CheckResult, Finding, RecognisedTable, Severity } from "../core/tables/model";

// Used by the pane on every live refresh: a module of its own, without the rules' metadata.
export { replaceSheets } from "./replace-sheets";

/** What the pane shows about a rule: a short title and the explanation with its source. */
export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  source: string;
}

type MetaWithTitle = (typeof ruleCatalogue)[number] & { title?: string };

/** The rule's metadata; an unknown id (a newer checker) still shows as its id. */
export function ruleInfo(id: string): RuleInfo {
  const meta = ruleCatalogue.find((r) => r.id === id) as MetaWithTitle | undefined;
  if (!meta) return { id, title: id, description: "", source: "" };
  return {
    id,
    title: meta.title ?? meta.description,
    description: meta.description,
    source: meta.source,
  };
}

/** The list's groups: the table rules' severities and, between tables and documents, info. */
export type ListSeverity = Severity | "info";

/** A finding between tables or documents, as one item of the list (see cross-items.ts). */
export interface CrossItemInfo {
  finding: CrossFinding;
  /** `sheet`/`cell` of the item are in the open workbook (a click selects them). */
  local: boolean;
  /** The finding's other cells, as the list names them ("jv2020.xlsx · Blad!C5"). */
  others: string[];
}

/** One line of the list: every finding on one cell, or one finding between tables/documents. */
export interface FindingItem {
  /** Stable key: sheet and cell. */
  key: string;
  sheet: string;
  cell: string;
  row: number;
  col: number;
  table: number;
  /** The most severe of the merged findings. */
  severity: ListSeverity;
  findings: Finding[];
  /** Short titles of the rules, in catalogue order, without repeats. */
  titles: string[];
  /** "verwacht 168.291 · gevonden 172.276 · verschil 3.985", or the row and column when no numbers. */
  detail: string;
  /** Set for a finding between tables or documents (`findings` is then empty). */
  cross?: CrossItemInfo;
}

export interface FindingsFilter {
  /** Index into result.tables, or null for every table (and the findings between them). */
  table: number | null;
  severity: ListSeverity | null;
}

export const NO_FILTER: FindingsFilter = { table: null, severity: null };

export interface FindingsView {
  errors: FindingItem[];
  warnings: FindingItem[];
  /** Differences that may be right (revised estimates between documents). */
  infos: FindingItem[];
  /** Indexes of tables (within the filter) without any finding. */
  clean: number[];
  /** All items in display order (errors first), for previous/next. */
  order: FindingItem[];
}

export interface NumberWords {
  expected: string;
  found: string;
  difference: string;
}

/** "verwacht 1.234 · gevonden 1.240 · verschil 6"; parts that are unknown are left out. */
export function numbersLine(
  expected: number | null,
  actual: number | null,
  w: NumberWords
): string {
  const parts: string[] = [];
  if (expected !== null) parts.push(`${w.expected} ${formatDutch(expected)}`);
  if (actual !== null) parts.push(`${w.found} ${formatDutch(actual)}`);
  if (expected !== null && actual !== null) {
    parts.push(`${w.difference} ${formatDutch(subtract(actual, expected))}`);
  }
  return parts.join(" · ");
}

function detailOf(findings: Finding[], w: NumberWords): string {
  // Findings on one cell usually agree on the numbers (the column total and the saldo both
  // expect 168.291 at L24); when they differ the first rule's numbers are shown in the line and
  // every rule's own in the explanation.
  const withNumbers = findings.find((f) => f.expected !== null || f.actual !== null);
  if (withNumbers) return numbersLine(withNumbers.expected, withNumbers.actual, w);
  const f = findings[0];
  return [f.rowLabel, f.columnHeader].filter(Boolean).join(" · ");
}

/** Merges the findings per cell, in the order of the result (sheet, table, row, column). */
export function mergeByCell(findings: Finding[], w: NumberWords): FindingItem[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const items: FindingItem[] = [];
  for (const [key, list] of byCell) {
    const f = list[0];
    const titles = [...new Set(list.map((x) => ruleInfo(x.rule).title))];
    items.push({
      key,
      sheet: f.sheet,
      cell: f.cell,
      row: f.row,
      col: f.col,
      table: f.table,
      severity: list.some((x) => x.severity === "error") ? "error" : "warning",
      findings: list,
      titles,
      detail: detailOf(list, w),
    });
  }
  return items;
}

/**
 * The list as shown: the table findings merged per cell, then `cross` (findings between tables or
 * documents, see cross-items.ts; shown when no single table is filtered), grouped by severity.
 */
export function buildView(
  result: CheckResult,
  filter: FindingsFilter,
  w: NumberWords,
  cross: readonly FindingItem[] = []
): FindingsView {
  const inTable = (t: number) => filter.table === null || filter.table === t;
  const items = mergeByCell(
    result.findings.filter((f) => inTable(f.table)),
    w
  );
  const all = filter.table === null ? [...items, ...cross] : items;
  const shown = all.filter((i) => filter.severity === null || i.severity === filter.severity);
  const errors = shown.filter((i) => i.severity === "error");
  const warnings = shown.filter((i) => i.severity === "warning");
  const infos = shown.filter((i) => i.severity === "info");
  const withFindings = new Set(items.map((i) => i.table));
  const clean = result.tables.map((_, i) => i).filter((i) => inTable(i) && !withFindings.has(i));
  return { errors, warnings, infos, clean, order: [...errors, ...warnings, ...infos] };
}

/** The table's name as the user knows it: its title without the unit, or its kind. */
export function tableName(t: RecognisedTable, kinds: Record<string, string>): string {
  const title = t.title ? t.title.replace(/\s*\(bedragen.*$/i, "").trim() : "";
  return title || kinds[t.kind] || t.kind;
}
