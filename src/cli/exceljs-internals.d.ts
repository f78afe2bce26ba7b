/**
 * ExcelJS's SAX helper (lib/utils/parse-sax): the saxes pipeline of its streaming reader, which
 * the CLI uses to parse each part of the workbook (see src/cli/read-xlsx.ts for why not
 * ExcelJS's WorkbookReader itself). ExcelJS has no "exports" map, so the deep import is allowed;
 * test/cli/read-xlsx.test.ts fails if a new ExcelJS version moves it.
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
