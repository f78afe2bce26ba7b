/**
 * The reader's one-pass paths for the elements a long workbook is made of: a worksheet's
 * `<c r="B3" s="1" t="s"><v>12</v></c>` (worksheet.ts, `readCell`) and a shared string's
 * `<si><t>text</t></si>` (shared-strings.ts). Each must give exactly what the tag-by-tag path
 * gives (the scanner's events through `open`, `text` and `close`), value for value and error for
 * error, and leave anything unusual to that path.
 *
 * The oracle is the tag-by-tag path itself, on the same document with every such element
 * written so that the one-pass path will not take it: `<c x="1" …>` (an attribute the reader
 * ignores) and `<si >` (white space inside the tag), which mean the same in XML. Generated
 * documents mix the usual forms with every variation the one-pass path has to refuse (other
 * attributes, references, entities, `>` and carriage returns in text, odd references, styles and
 * types, cells cut by the end of a chunk).
 */
import fc from "fast-check";
import type { SheetData } from "../../src/core/tables/model";
import { readWorkbook, XlsxError, type Limits } from "../../src/xlsx";
import { XmlScanner } from "../../src/xlsx/xml";
import { minimalWorkbook, sheetXml, writeZip } from "./zip-writer";

const STYLES =
  '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="d-m-yyyy"/></numFmts>' +
  '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>';

type Outcome = { sheets: SheetData[] } | { code: string; message: string };

function read(sheet: string, sst: string, limits?: Partial<Limits>, stored = false): Outcome {
  const parts = minimalWorkbook(sheet, { sharedStrings: sst, styles: STYLES });
  const zip = writeZip(stored ? parts.map((p) => ({ ...p, method: 0 as const })) : parts);
  try {
    return { sheets: readWorkbook(zip, { limits }).sheets };
  } catch (err) {
    if (!(err instanceof XlsxError)) throw err;
    return { code: err.code, message: err.message };
  }
}

interface Cell {
  ref: string | undefined;
  s: string | undefined;
  t: string | undefined;
  /** undefined: `<c …/>`; null: `<c …></c>`; else the text of `<v>`. */
  v: string | null | undefined;
  order: number;
  quote: string;
  space: string;
}

const column = fc
  .integer({ min: 0, max: 40 })
  .map((n) => (n < 26 ? "" : "A") + String.fromCharCode(65 + (n % 26)));
const usualRef = fc.tuple(column, fc.integer({ min: 1, max: 80 })).map(([c, r]) => `${c}${r}`);
const ref = fc.oneof(
  { weight: 12, arbitrary: usualRef },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined,
      "",
      "a1",
      "A01",
      "$B$2",
      "XFD1",
      "XFE1",
      "A1048576",
      "A1048577",
      "1A",
      "A"
    ),
  }
);
const style = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(undefined, "0", "1", "2") },
  { weight: 1, arbitrary: fc.constantFrom("01", "", "x", "7", "1234567890", " 1") }
);
const type = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(undefined, "s", "n") },
  { weight: 2, arbitrary: fc.constantFrom("str", "b", "e", "d", "inlineStr", "", "z") }
);
const text = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -2_000_000, max: 2_000_000 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 12 }).map(String) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "007",
      "-0",
      "12.5",
      "1E3",
      " 12 ",
      "123456789012345",
      "1234567890123456",
      "-999999999999999",
      "1",
      "TRUE",
      "#REF!",
      "2016-05-01",
      "2016-05-01T12:00:00",
      "a &amp; b",
      "&#49;",
      "x > y",
      "regel\r\nregel",
      "Bedragen × € 1.000",
      "-",
      "9999999999"
    ),
  }
);
const cell: fc.Arbitrary<Cell> = fc.record({
  ref,
  s: style,
  t: type,
  v: fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
    { weight: 6, arbitrary: text }
  ),
  order: fc.integer({ min: 0, max: 5 }),
  quote: fc.constantFrom('"', '"', "'"),
  space: fc.constantFrom(" ", " ", " ", "  ", "\n"),
});

const ORDERS = [
  ["r", "s", "t"],
  ["r", "t", "s"],
  ["s", "r", "t"],
  ["s", "t", "r"],
  ["t", "r", "s"],
  ["t", "s", "r"],
];

/** The cell's XML; `slow` adds an attribute the reader ignores, which the one-pass path refuses. */
function cellXml(c: Cell, slow: boolean): string {
  const values: Record<string, string | undefined> = { r: c.ref, s: c.s, t: c.t };
  const attrs = ORDERS[c.order]
    .filter((name) => values[name] !== undefined)
    .map((name) => `${c.space}${name}=${c.quote}${values[name]}${c.quote}`)
    .join("");
  const open = `<c${slow ? ' x="1"' : ""}${attrs}`;
  if (c.v === undefined) return `${open}/>`;
  if (c.v === null) return `${open}></c>`;
  return `${open}><v>${c.v}</v></c>`;
}

interface Str {
  text: string;
  form: "plain" | "preserve" | "rich" | "spaced";
}

/** Characters an XML text may hold as they are (no markup, no control or surrogate characters). */
function xmlSafe(s: string): string {
  return Array.from(s)
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      if (ch === "<" || ch === "&") return false;
      if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
      return !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfffe && c !== 0xffff;
    })
    .join("");
}

const sharedText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }).map(xmlSafe) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "Garanties",
      "",
      " spaties ",
      "a &amp; b",
      "x > y",
      "regel\r\nregel",
      "€ 1.000",
      "&#x20AC;"
    ),
  }
);
const str: fc.Arbitrary<Str> = fc.record({
  text: sharedText,
  form: fc.constantFrom("plain", "plain", "preserve", "rich", "spaced"),
});

function sstXml(strings: Str[], slow: boolean): string {
  const si = slow ? "<si >" : "<si>";
  const items = strings.map(({ text, form }) => {
    if (form === "preserve") return `${si}<t xml:space="preserve">${text}</t></si>`;
    if (form === "rich") return `${si}<r><t>${text}</t></r><r><t>!</t></r></si>`;
    if (form === "spaced") return `${si}\n <t>${text}</t>\n</si>`;
    return `${si}<t>${text}</t></si>`;
  });
  return `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join("")}</sst>`;
}

function sheetOf(rows: Cell[][], slow: boolean): string {
  return sheetXml(
    rows
      .map((cells, i) => `<row r="${i + 1}">${cells.map((c) => cellXml(c, slow)).join("")}</row>`)
      .join("")
  );
}

test("generated sheets and shared strings: the one-pass paths give what the tag-by-tag path gives", () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
      fc.array(str, { maxLength: 10 }),
      (rows, strings) => {
        const fast = read(sheetOf(rows, false), sstXml(strings, false));
        const slow = read(sheetOf(rows, true), sstXml(strings, true));
        expect(fast).toEqual(slow);
      }
    ),
    { numRuns: 250 }
  );
});

test("limits are met the same way: cell text, shared strings and their characters, the bytes of a tag", () => {
  const limitSets: Array<Partial<Limits>> = [
    { cellChars: 4 },
    { sharedStrings: 3 },
    { sharedStringChars: 10 },
    { sheetCells: 5 },
    { xmlRun: 24 },
    { xmlDepth: 4 },
    { xmlDepth: 5 },
  ];
  fc.assert(
    fc.property(
      fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
      fc.array(str, { maxLength: 6 }),
      fc.constantFrom(...limitSets),
      (rows, strings, limits) => {
        const fast = read(sheetOf(rows, false), sstXml(strings, false), limits);
        const slow = read(sheetOf(rows, true), sstXml(strings, true), limits);
        expect(fast).toEqual(slow);
      }
    ),
    { numRuns: 200 }
  );
});

test("cells cut by the end of a chunk: a long sheet, deflated and stored, reads the same both ways", () => {
  // 64 KB (stored) and 128 KB (deflated) chunks: a few hundred cells of each length land on a
  // chunk boundary somewhere in 20 000 cells.
  const rows: Cell[][] = [];
  const texts = ["1", "-12", "123456", "12.5", "0", "1234567890123"];
  for (let r = 0; r < 2_000; r++) {
    const cells: Cell[] = [];
    for (let k = 0; k < 10; k++) {
      const i = r * 10 + k;
      cells.push({
        ref: `${String.fromCharCode(65 + k)}${r + 1}`,
        s: i % 3 === 0 ? undefined : String(i % 3),
        t: i % 7 === 0 ? "s" : undefined,
        v: i % 7 === 0 ? String(i % 4) : texts[i % texts.length],
        order: i % 6,
        quote: '"',
        space: " ",
      });
    }
    rows.push(cells);
  }
  const strings: Str[] = ["a", "bb", "ccc", "dddd"].map((text) => ({ text, form: "plain" }));
  for (const stored of [false, true]) {
    const fast = read(sheetOf(rows, false), sstXml(strings, false), undefined, stored);
    const slow = read(sheetOf(rows, true), sstXml(strings, true), undefined, stored);
    expect(fast).toEqual(slow);
    // And the values themselves, for a few cells worked out by hand: row 1 is cells 0..9.
    if (!("sheets" in fast)) throw new Error(fast.message);
    const row1 = fast.sheets[0].values[0];
    // i=0: t="s", v="0" → "a"; i=1: s=1 (d-m-yyyy), v="-12" → a date before 1900 shows as
    // "#####"; i=2: s=2, "123456"; i=3: no style, "12.5"; i=7: t="s", v="3" → "dddd".
    expect(row1.slice(0, 4)).toEqual(["a", "#####", 123456, 12.5]);
    expect(row1[7]).toBe("dddd");
  }
});

test("the usual forms are read in one pass: the scanner opens no tag of a cell or a plain string", () => {
  type OpenTag = (this: unknown, buf: Uint8Array, start: number) => number;
  const scanner = XmlScanner.prototype as unknown as { openTag: OpenTag };
  const original = scanner.openTag;
  // Each tag's name is read when it is opened: the buffers are reused from part to part.
  const names: string[] = [];
  const spy = jest.spyOn(scanner, "openTag").mockImplementation(function (
    this: unknown,
    buf,
    start
  ) {
    let end = start;
    while (end < buf.length && /[A-Za-z:]/.test(String.fromCharCode(buf[end]))) end++;
    names.push(Buffer.from(buf.subarray(start, end)).toString());
    return original.call(this, buf, start);
  });
  try {
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>12</v></c><c r="C1"/></row>';
    const sst =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Garanties</t></si></sst>';
    const parts = minimalWorkbook(sheetXml(rows), { sharedStrings: sst });
    const sheets = readWorkbook(writeZip(parts)).sheets;
    expect(sheets[0].values).toEqual([["Garanties", 12]]);
    // Opened tag by tag: the parts' roots and containers, no c, v, si or t.
    expect(names.filter((n) => ["c", "v", "si", "t"].includes(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(["worksheet", "sheetData", "row", "sst"]));
  } finally {
    spy.mockRestore();
  }
});

test("shared strings with invalid bytes and multi-byte characters: both paths decode them alike", () => {
  const sst = (si: string, euro: string): Buffer =>
    Buffer.concat([
      Buffer.from(
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
      ),
      Buffer.from(`${si}<t>Regeling met een lange naam A`),
      Buffer.from([0xff]),
      Buffer.from(`B</t></si>${si}<t>${euro} 1.000 en meer tekst</t></si>${si}<t>Regeling `),
      Buffer.from([0xc3]),
      Buffer.from(`Z</t></si></sst>`),
    ]);
  const rows =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>';
  const read = (si: string, euro: string): unknown => {
    const parts = minimalWorkbook(sheetXml(rows));
    parts.push({ name: "xl/sharedStrings.xml", data: sst(si, euro) });
    const rels = parts.find((p) => p.name === "xl/_rels/workbook.xml.rels");
    if (rels)
      rels.data = String(rels.data).replace(
        "</Relationships>",
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
      );
    return readWorkbook(writeZip(parts)).sheets[0].values;
  };
  // By hand: 0xFF and a lone 0xC3 are one U+FFFD each; "€" is three bytes, one character.
  for (const euro of ["€", "EUR"]) {
    const expected = [
      ["Regeling met een lange naam A\ufffdB", `${euro} 1.000 en meer tekst`, "Regeling \ufffdZ"],
    ];
    expect(read("<si>", euro)).toEqual(expected);
    expect(read("<si >", euro)).toEqual(expected);
  }
});
