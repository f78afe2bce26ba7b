/** Public surface of the table checker. */
export * from "./model";
export { checkSheets, checkTables, recogniseSheets, allRules, ruleCatalogue } from "./check";
export type { CheckProgress } from "./check";
export { a1, columnLetters, parseA1, rangeA1 } from "./a1";
export { DEFAULT_UNIT } from "./recognise";
export type { RuleMeta } from "../rules/types";
