/**
 * The shape of a table rule, ESLint-style: metadata (id, short Dutch title, description,
 * severity, the table kinds it applies to, the source it enforces) and a check that reports
 * findings through the context.
 */
import type { Severity, TableKind } from "../tables/model";
import type { ParsedTable } from "../tables/parsed";

export interface RuleMeta {
  /** Stable id; part of the output format ("roll-forward", "column-total", …). */
  id: string;
  /** What is wrong when the rule reports, in a few Dutch words ("Totaal klopt niet"). */
  title: string;
  /** What must hold, in Dutch, for the rule catalogue. */
  description: string;
  severity: Severity;
  /** The table kinds the rule applies to; the checker runs it on those only. */
  kinds: readonly TableKind[];
  /** The article, RBV model or definition the rule enforces. */
  source: string;
}

/** Why a difference may be rounding (option `rounding`, XBRL Calculations 1.1). */
export interface RoundingMargin {
  /** (n + 1)/2 × unit. */
  margin: number;
  /** The unit the figures are rounded to: 1, 0,1, … */
  unit: number;
  /** Decimals of that unit (0 for whole units). */
  decimals: number;
  /** Published terms in the sum (n). */
  terms: number;
}

export interface RuleReport {
  /** 0-based sheet coordinates of the reported cell. */
  row: number;
  col: number;
  rowLabel?: string;
  columnHeader?: string;
  expected: number | null;
  actual: number | null;
  /**
   * The rule's own words: what is wrong and what must hold. Where the cell is, the expected and
   * found figures of a difference and the rounding note are added by `composeMessage`.
   */
  message: string;
  /** A difference `actual − expected` of an equation; the message then opens with the figures. */
  difference?: number;
  /** The difference lies within the rounding margin: reported as a warning with the margin. */
  rounding?: RoundingMargin;
}

export interface RuleOptions {
  tolerance: number;
  rounding: boolean;
  ceiling: "bruto" | "netto";
}

export interface RuleContext {
  readonly options: RuleOptions;
  report(finding: RuleReport): void;
}

/** Every table kind, for the rules that read cells whatever the table. */
export const ALL_KINDS: readonly TableKind[] = [
  "garanties",
  "uitgaven-ontvangsten",
  "benutting",
  "leningen",
  "achterborgstellingen",
  "risicovoorziening",
];

export interface Rule extends RuleMeta {
  check(table: ParsedTable, context: RuleContext): void;
}
