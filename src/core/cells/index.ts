export { convertCell, convertNumber, convertText, serialToDateText, type RawCell } from "./convert";
export {
  builtInFormat,
  isDateFormat,
  parseNumberFormat,
  sectionFor,
  showsAsDate,
  type FormatSection,
  type NumberFormat,
} from "./number-format";
