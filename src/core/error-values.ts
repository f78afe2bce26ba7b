/** Excel's error values as text, in English and Dutch Excel ("#REF!" is "#VERW!"). */
const EXCEL_ERROR_TEXT =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|LEEG!|DEEL\/0!|WAARDE!|VERW!|NAAM\?|GETAL!|N\/B|OVERLOOP!|BEREKENEN!|VELD!|GEBLOKKEERD!|VERBINDING!|BEZIG!|ONBEKEND!)$/i;

/** True for the text of an Excel error value ("#REF!", "#VERW!", " #N/B "). */
export function isErrorText(s: string): boolean {
  return s.length > 1 && EXCEL_ERROR_TEXT.test(s.trim());
}
