/** Public surface of the table checker. */
export * from "./model";
export { checkSheets } from "./check";
