/**
 * ExcelJS's SAX helper (lib/utils/parse-sax): the same saxes pipeline its streaming worksheet
 * reader uses. Its own worksheet reader loses the type of a formula's cached result (an error
 * result becomes NaN, a boolean result 0/1), so the CLI reads the sheet XML with this helper.
 */
declare module "exceljs/lib/utils/parse-sax" {
  interface SaxTag {
    name: string;
    attributes: Record<string, string>;
  }
  type SaxEvent =
    | { eventType: "opentag"; value: SaxTag }
    | { eventType: "closetag"; value: SaxTag }
    | { eventType: "text"; value: string };
  function parseSax(iterable: AsyncIterable<unknown>): AsyncGenerator<SaxEvent[]>;
  export = parseSax;
}
