/**
 * The reader's XML scanner (src/xlsx/xml.ts) against saxes, a conforming XML parser, as the
 * oracle: generated well-formed documents, cut into chunks at random places, give the same
 * events (tags by local name, attributes by qualified name with entities, character references
 * and white-space normalisation applied, text with CDATA and line ends as XML defines them);
 * documents broken in ways a damaged or hostile part is broken are refused by both.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { DEFAULT_LIMITS, XlsxError } from "../../src/xlsx";
import { localName, XmlScanner, type Attributes } from "../../src/xlsx/xml";

type Event = ["open", string, Attributes, boolean] | ["close", string] | ["text", string];

/** Adjacent text events joined: where a parser splits a text is no part of its meaning. */
function push(events: Event[], e: Event): void {
  const last = events[events.length - 1];
  if (e[0] === "text" && last?.[0] === "text") last[1] += e[1];
  else events.push(e);
}

function viaSaxes(xml: string): Event[] {
  const events: Event[] = [];
  const p = new SaxesParser({ position: false });
  p.on("opentag", (t) =>
    push(events, ["open", localName(t.name), { ...(t.attributes as Attributes) }, t.isSelfClosing])
  );
  p.on("closetag", (t) => push(events, ["close", localName(t.name)]));
  p.on("text", (t) => push(events, ["text", t]));
  p.on("cdata", (t) => push(events, ["text", t]));
  p.on("doctype", () => {
    throw new Error("doctype");
  });
  p.write(xml).close();
  // saxes reports white space outside the root element as text; the scanner gives none there.
  return events.filter((e, i) => !(e[0] === "text" && (i === 0 || i === events.length - 1)));
}

function viaScanner(xml: string, cuts: number[] = []): Event[] {
  const events: Event[] = [];
  const s = new XmlScanner(
    {
      open: (name, a, selfClosing) => push(events, ["open", name, a.record(), selfClosing]),
      close: (name) => push(events, ["close", name]),
      text: (t) => push(events, ["text", t]),
    },
    DEFAULT_LIMITS,
    "test.xml"
  );
  const bytes = new TextEncoder().encode(xml);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const at = Math.min(bytes.length, Math.max(from, cut));
    s.push(bytes.subarray(from, at));
    from = at;
  }
  s.push(bytes.subarray(from));
  s.end();
  return events;
}

function refused(f: () => unknown): boolean {
  try {
    f();
    return false;
  } catch {
    return true;
  }
}

// Documents: names with and without prefixes, attributes and texts with every escape XML has.
const name = fc.constantFrom("c", "v", "row", "x:c", "t", "si", "r:id", "sheetData", "é");
const rawText = fc.constantFrom(
  "1234",
  "-12.5",
  " ",
  "a b",
  "Regeling 1",
  "€ 1.000",
  "line\nbreak",
  "crlf\r\nend",
  "cr\rend",
  "tab\there",
  "ë ü 中文 😀"
);
const escape = (t: string): string =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const textPiece = fc.oneof(
  rawText.map(escape),
  fc.constantFrom(
    "&amp;",
    "&lt;",
    "&gt;",
    "&apos;",
    "&quot;",
    "&#38;",
    "&#x20AC;",
    "&#13;",
    "&#10;"
  ),
  rawText.map((t) => `<![CDATA[${t}<&>]]>`),
  fc.constant("<!-- note -->"),
  fc.constant("<?pi data?>")
);
const attrValue = fc
  .array(fc.oneof(rawText.map(escape), fc.constantFrom("&#9;", "&#10;", "&amp;", "'", ">")), {
    maxLength: 3,
  })
  .map((xs) => xs.join(""));

interface Node {
  name: string;
  attrs: Array<[string, string]>;
  children: Array<Node | string>;
}

const node: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    name,
    attrs: fc.uniqueArray(
      fc.tuple(fc.constantFrom("r", "s", "t", "r:id", "xml:space"), attrValue),
      {
        selector: (a) => a[0],
        maxLength: 3,
      }
    ),
    children:
      depth <= 1
        ? fc.array(textPiece, { maxLength: 3 })
        : fc.array(fc.oneof(textPiece, node(depth - 1)), { maxLength: 4 }),
  })
);

function serialise(n: Node, quote: string): string {
  const attrs = n.attrs
    .map(
      ([k, v]) =>
        ` ${k}=${quote}${quote === "'" ? v.replace(/'/g, "&apos;") : v.replace(/"/g, "&quot;")}${quote}`
    )
    .join("");
  if (n.children.length === 0) return `<${n.name}${attrs}/>`;
  const inner = n.children.map((c) => (typeof c === "string" ? c : serialise(c, quote))).join("");
  return `<${n.name}${attrs}>${inner}</${n.name}>`;
}

const document = fc
  .tuple(node(4), fc.constantFrom('"', "'"), fc.boolean())
  .map(
    ([root, quote, decl]) =>
      `${decl ? '<?xml version="1.0" encoding="UTF-8"?>\r\n' : ""}${serialise(root, quote)}\n`
  );

test("well-formed documents give saxes's events, however they are cut into chunks", () => {
  fc.assert(
    fc.property(document, fc.array(fc.nat(400), { maxLength: 6 }), (xml, cuts) => {
      expect(viaScanner(xml, cuts)).toEqual(viaSaxes(xml));
    }),
    { numRuns: 400 }
  );
});

test("long documents in chunks larger than the scanner's join window give saxes's events", () => {
  // A token cut by the end of a chunk is completed with the next chunk's first 4 096 bytes and
  // the scan goes on in that chunk; a token longer than that is joined whole. Chunks here are 4
  // to 20 KB, the document 30 KB and more, with tokens of up to 9 000 bytes.
  const long = fc.constantFrom(
    "x".repeat(5_000),
    `<v a="${"y".repeat(6_000)}">${"z".repeat(3_000)}</v>`,
    `<!-- ${"c".repeat(4_500)} -->`,
    `<![CDATA[${"d".repeat(4_095)}]]>`
  );
  const body = fc.array(
    fc.oneof({ weight: 6, arbitrary: node(3) }, { weight: 1, arbitrary: long }),
    {
      minLength: 40,
      maxLength: 120,
    }
  );
  fc.assert(
    fc.property(
      body,
      fc.array(fc.integer({ min: 4_097, max: 20_000 }), { minLength: 1, maxLength: 20 }),
      (children, sizes) => {
        const inner = children.map((c) => (typeof c === "string" ? c : serialise(c, '"'))).join("");
        const xml = `<root>${inner}${"<pad/>".repeat(5_000)}</root>`;
        const cuts: number[] = [];
        let at = 0;
        for (const size of sizes) cuts.push((at += size));
        expect(viaScanner(xml, cuts)).toEqual(viaSaxes(xml));
      }
    ),
    { numRuns: 40 }
  );
});

test("a worksheet row reads as expected (worked by hand)", () => {
  const xml =
    '<?xml version="1.0"?>\n<x:worksheet xmlns:x="ns"><x:sheetData><x:row r="1">' +
    '<x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> a&amp;b &#x20AC;</x:t></x:is></x:c>' +
    '<x:c r="B1" s="2"><x:v>12.5</x:v></x:c></x:row></x:sheetData></x:worksheet>';
  expect(viaScanner(xml, [30, 31, 77])).toEqual([
    ["open", "worksheet", { "xmlns:x": "ns" }, false],
    ["open", "sheetData", {}, false],
    ["open", "row", { r: "1" }, false],
    ["open", "c", { r: "A1", t: "inlineStr" }, false],
    ["open", "is", {}, false],
    ["open", "t", { "xml:space": "preserve" }, false],
    ["text", " a&b €"],
    ["close", "t"],
    ["close", "is"],
    ["close", "c"],
    ["open", "c", { r: "B1", s: "2" }, false],
    ["open", "v", {}, false],
    ["text", "12.5"],
    ["close", "v"],
    ["close", "c"],
    ["close", "row"],
    ["close", "sheetData"],
    ["close", "worksheet"],
  ]);
});

const broken: Array<[string, string]> = [
  ["mismatched end tag", "<a><b></a></b>"],
  ["unclosed element", "<a><b></b>"],
  ["two root elements", "<a/><b/>"],
  ["text outside the root", "<a/>x"],
  ["no root element", "  "],
  ["undeclared entity", "<a>&nbsp;</a>"],
  ["bare ampersand", "<a>a & b</a>"],
  ["entity without ;", "<a>&amp</a>"],
  ["character reference to no XML character", "<a>&#0;</a>"],
  ["bad character reference", "<a>&#xZZ;</a>"],
  ["< in an attribute value", '<a b="<"/>'],
  ["unquoted attribute", "<a b=1/>"],
  ["attribute without value", "<a b/>"],
  ["duplicated attribute", '<a b="1" b="2"/>'],
  ["attributes run together", '<a b="1"c="2"/>'],
  ["end tag cut off", "<a></a"],
  ["tag cut off", '<a b="1'],
  ["comment with --", "<a><!-- a -- b --></a>"],
  ["unknown declaration", "<a><!ELEMENT a ANY></a>"],
  ["empty tag name", "<a>< b/></a>"],
];

test.each(broken)("refused like saxes refuses it: %s", (_what, xml) => {
  expect(refused(() => viaSaxes(xml))).toBe(true);
  expect(refused(() => viaScanner(xml))).toBe(true);
  for (let cut = 1; cut < xml.length; cut++)
    expect(refused(() => viaScanner(xml, [cut]))).toBe(true);
});

test("a DTD is refused with its own message, wherever the chunk ends", () => {
  const xml = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>';
  for (let cut = 0; cut <= xml.length; cut++) {
    try {
      viaScanner(xml, [cut]);
      throw new Error("accepted");
    } catch (err) {
      expect(err).toBeInstanceOf(XlsxError);
      expect((err as XlsxError).code).toBe("dtd");
    }
  }
});

test("nesting and the bytes between two tags are bounded while scanning", () => {
  const deep = `${"<a>".repeat(101)}${"</a>".repeat(101)}`;
  expect(() => viaScanner(deep)).toThrow(/dieper genest dan 100 niveaus/);
  const run = DEFAULT_LIMITS.xmlRun;
  const long = `<a>${"x".repeat(run + 1)}</a>`;
  expect(() => viaScanner(long, [10, 1000])).toThrow(XlsxError);
  expect(() => viaScanner(`<a b="${"x".repeat(run + 1)}"/>`, [10, 1000])).toThrow(XlsxError);
});
