/** The rule catalogue, in the order findings at one cell are listed. */
import { achterborgNegative } from "./achterborg";
import { cellError } from "./cell-error";
import { ceiling } from "./ceiling";
import { columnTotal } from "./column-total";
import { headerTypo, headerYear } from "./header";
import { loanRollForward } from "./loan-roll-forward";
import { currencyAmount, looptijd } from "./loan-texts";
import { negative } from "./negative";
import { net } from "./net";
import { notANumber } from "./not-a-number";
import { notCalculated } from "./not-calculated";
import { numberAsText } from "./number-as-text";
import { reserveRollForward } from "./reserve-roll-forward";
import { rollForward } from "./roll-forward";
import { saldo } from "./saldo";
import { signConvention } from "./sign-convention";
import { totalCeiling } from "./total-ceiling";
import type { Rule, RuleMeta } from "./types";
import { unknownColumn } from "./unknown-column";

export type { Rule, RuleMeta, RuleContext, RuleReport } from "./types";
export { composeMessage } from "./message";

export const allRules: readonly Rule[] = [
  rollForward,
  loanRollForward,
  reserveRollForward,
  columnTotal,
  saldo,
  net,
  ceiling,
  totalCeiling,
  negative,
  achterborgNegative,
  currencyAmount,
  looptijd,
  signConvention,
  numberAsText,
  notANumber,
  cellError,
  unknownColumn,
  headerYear,
  headerTypo,
  notCalculated,
];

/** The metadata only (for documentation and the task pane). */
export const ruleCatalogue: readonly RuleMeta[] = allRules.map(
  ({ id, title, description, severity, kinds, source }) => ({
    id,
    title,
    description,
    severity,
    kinds,
    source,
  })
);

/** The short Dutch title of a rule ("Totaal klopt niet"), or the id for an unknown rule. */
export function ruleTitle(id: string): string {
  return allRules.find((r) => r.id === id)?.title ?? id;
}
