/**
 * The shape of a table rule, ESLint-style: metadata (id, Dutch description, severity, the source
 * it enforces) and a check that reports findings through the context.
 */
import type { Severity } from "../tables/model";
import type { ParsedTable } from "../tables/parsed";

export interface RuleMeta {
  /** Stable id; part of the output format ("roll-forward", "column-total", …). */
  id: string;
  /** What must hold, in Dutch, for the rule catalogue. */
  description: string;
  severity: Severity;
  /** The article, RBV model or definition the rule enforces. */
  source: string;
}

export interface RuleReport {
  /** 0-based sheet coordinates of the reported cell. */
  row: number;
  col: number;
  rowLabel?: string;
  columnHeader?: string;
  expected: number | null;
  actual: number | null;
  message: string;
  /** Defaults to the reporting rule; the arithmetic rules report "rounding" this way. */
  rule?: string;
  severity?: Severity;
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

export interface Rule extends RuleMeta {
  check(table: ParsedTable, context: RuleContext): void;
}
