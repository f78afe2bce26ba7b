/**
 * The worksheet reader's own paths for what a long sheet is made of (src/xlsx/worksheet.ts):
 * number cells whose digits are read without a string (exactly what Number() makes of the text,
 * and every other text as before), rows that come out of order or twice, and number formats
 * that never show a date. Expected values are written out by hand from the XML.
 */
import { readWorkbook } from "../../src/xlsx";
import { grid } from "./support";
import { minimalWorkbook, sheetXml, writeZip } from "./zip-writer";

function read(rows: string, styles?: string): unknown[][] {
  const parts = minimalWorkbook(sheetXml(rows), styles ? { styles } : {});
  return grid(readWorkbook(writeZip(parts)).sheets[0]);
}

const cell = (ref: string, v: string, attrs = ""): string =>
  `<c r="${ref}"${attrs}><v>${v}</v></c>`;

test("number texts: digits read directly, everything else as Number() reads it", () => {
  const texts: Array<[string, unknown]> = [
    ["0", 0],
    ["7", 7],
    ["007", 7],
    ["-42", -42],
    ["-0", 0],
    ["123456789012345", 123456789012345],
    // 16 digits and more, decimals, exponents, signs and spaces: through Number().
    ["1234567890123456", 1234567890123456],
    ["12345678901234567", 12345678901234568],
    ["0.1", 0.1],
    ["1E3", 1000],
    ["+5", 5],
    [" 12 ", 12],
    ["-", "-"],
    ["1-2", "1-2"],
    ["", null],
  ];
  const rows = texts.map(([v], i) => `<row r="${i + 1}">${cell(`A${i + 1}`, v)}</row>`).join("");
  expect(read(rows)).toEqual(texts.map(([, want]) => (want === null ? [] : [want])).slice(0, -1));
});

test("a value in two texts (a comment between them) is the text joined", () => {
  const rows = '<row r="1"><c r="A1"><v>12<!-- x -->34</v></c><c r="B1" t="n"><v>-5</v></c></row>';
  expect(read(rows)).toEqual([[1234, -5]]);
});

test("digits of a shared-string index, a boolean or an error are no number", () => {
  const rows =
    '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="str"><v>15</v></c><c r="C1" t="e"><v>#N/A</v></c></row>';
  expect(read(rows)).toEqual([[true, "15", { error: "#N/A" }]]);
});

test("rows out of order and a row split in two are put in place", () => {
  const rows =
    '<row r="3">' +
    cell("B3", "30") +
    '</row><row r="1">' +
    cell("A1", "10") +
    '</row><row r="3">' +
    cell("D3", "31") +
    '</row><row r="2">' +
    cell("C2", "20") +
    '</row><row r="1">' +
    cell("C1", "11") +
    "</row>";
  expect(read(rows)).toEqual([
    [10, null, 11],
    [null, null, 20],
    [null, 30, null, 31],
  ]);
});

test("a date format still turns a number into a date; other formats leave it a number", () => {
  const styles =
    '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="d-m-yyyy"/><numFmt numFmtId="165" formatCode="#,##0;[Red]\\-#,##0"/></numFmts>' +
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
  const rows =
    '<row r="1">' +
    cell("A1", "42491", ' s="1"') +
    cell("B1", "42491", ' s="2"') +
    cell("C1", "42491", ' s="0"') +
    cell("D1", "42491", ' s="1"') +
    "</row>";
  expect(read(rows, styles)).toEqual([["1-5-2016", 42491, 42491, "1-5-2016"]]);
});

test("cell references as Excel writes them and as others may: the same cells", () => {
  const rows =
    '<row r="1"><c r="A1"><v>1</v></c><c r="b1"><v>2</v></c></row>' +
    '<row r="2"><c r="C02"><v>3</v></c><c r="AA2"><v>4</v></c></row>';
  const expected: unknown[][] = [
    [1, 2],
    [null, null, 3, ...new Array<null>(23).fill(null), 4],
  ];
  expect(read(rows)).toEqual(expected);
});

test("a shared-string index that does not exist names the cell as written", () => {
  const sst = "<sst><si><t>a</t></si></sst>";
  for (const ref of ["XFD1048576", "b2"]) {
    const parts = minimalWorkbook(sheetXml(`<row><c r="${ref}" t="s"><v>5</v></c></row>`), {
      sharedStrings: sst,
    });
    expect(() => readWorkbook(writeZip(parts))).toThrow(
      `het bestand is beschadigd (cel ${ref} verwijst naar gedeelde tekst 5, die niet bestaat) en kan niet worden gelezen.`
    );
  }
});
