/**
 * The reader on hostile and unusual archives: each refused with its own code and Dutch message
 * (never parser internals), bounded by the limits while parsing; zip64 and data descriptors read.
 */
import * as zlib from "node:zlib";
import { readWorkbook, XlsxError, type Limits } from "../../src/xlsx";
import { minimalWorkbook, sheetXml, writeZip, type ZipInput } from "./zip-writer";
import { grid } from "./support";

function refusal(bytes: Uint8Array, limits?: Partial<Limits>): { code: string; message: string } {
  try {
    readWorkbook(bytes, { limits });
  } catch (err) {
    expect(err).toBeInstanceOf(XlsxError);
    const e = err as XlsxError;
    return { code: e.code, message: e.message };
  }
  throw new Error("no error");
}

const cellsXml =
  '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>';

test("zip64 records and data descriptors are read like a plain archive", () => {
  const parts = minimalWorkbook(sheetXml(cellsXml));
  for (const opts of [
    {},
    { descriptors: true },
    { zip64: true },
    { zip64: true, descriptors: true },
  ]) {
    const [sheet] = readWorkbook(writeZip(parts, opts)).sheets;
    expect({ opts, grid: grid(sheet) }).toEqual({ opts, grid: [[1, "x"]] });
  }
});

test("stored (uncompressed) parts are read", () => {
  const parts = minimalWorkbook(sheetXml(cellsXml)).map((p) => ({ ...p, method: 0 as const }));
  expect(grid(readWorkbook(writeZip(parts)).sheets[0])).toEqual([[1, "x"]]);
});

test("a cell beyond Excel's grid means a damaged file, said in plain Dutch", () => {
  const tail =
    "ligt buiten het Excel-raster (max. 1.048.576 rijen × 16.384 kolommen); het bestand is beschadigd en kan niet worden gelezen.";
  const cases: Array<[string, string]> = [
    ['<row><c r="ZZZZZZ1"><v>1</v></c></row>', "cel ZZZZZZ1"],
    ['<row><c r="XFE1"><v>1</v></c></row>', "cel XFE1"],
    ['<row><c r="A1048577"><v>1</v></c></row>', "cel A1048577"],
    ['<row><c r="A999999999"><v>1</v></c></row>', "cel A999999999"],
    // A row number beyond the grid, on the row itself.
    ['<row r="999999999"><c><v>1</v></c></row>', "rij 999.999.999"],
    ['<row r="1048577"/>', "rij 1.048.577"],
    // Cells without a reference count on from the row's last cell: the 16 385th is column XFE.
    [`<row r="7"><c r="XFD7"><v>1</v></c><c><v>2</v></c></row>`, "een cel in rij 7, kolom XFE,"],
  ];
  for (const [rows, what] of cases) {
    const bytes = writeZip(minimalWorkbook(sheetXml(rows)));
    expect({ rows, ...refusal(bytes) }).toEqual({
      rows,
      code: "beyond-grid",
      message: `${what} ${tail}`,
    });
  }
});

test("one far-away cell costs nothing: XFD1048576 alone is a 1×1 grid at its origin", () => {
  const bytes = writeZip(
    minimalWorkbook(sheetXml('<row r="1048576"><c r="XFD1048576"><v>5</v></c></row>'))
  );
  const [sheet] = readWorkbook(bytes).sheets;
  expect(sheet.values).toEqual([[5]]);
  expect(sheet.origin).toEqual({ row: 1048575, col: 16383 });
});

test("cells far apart on many rows are refused by the area limit, not by memory", () => {
  const rows = Array.from(
    { length: 200 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>2</v></c></row>`
  );
  const bytes = writeZip(minimalWorkbook(sheetXml(rows.join(""))));
  // 200 rows × 16 384 columns = 3 276 800 cells of area.
  expect(refusal(bytes, { sheetArea: 3_000_000 }).code).toBe("limit");
  expect(readWorkbook(bytes, { limits: { sheetArea: 3_276_800 } }).sheets[0].values).toHaveLength(
    200
  );
});

test("too many shared strings stop the parse at the limit", () => {
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<si/>".repeat(1001)}</sst>`;
  const bytes = writeZip(minimalWorkbook(sheetXml(cellsXml), { sharedStrings: sst }));
  expect(refusal(bytes, { sharedStrings: 1000 })).toEqual({
    code: "limit",
    message: "de werkmap bevat meer dan 1.000 gedeelde teksten; dat is te groot om te controleren.",
  });
});

test("a text longer than Excel's 32 767 characters is refused", () => {
  const long = "a".repeat(32_768);
  const bytes = writeZip(
    minimalWorkbook(
      sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>`)
    )
  );
  expect(refusal(bytes)).toMatchObject({ code: "limit" });
  expect(refusal(bytes).message).toMatch(/langer dan 32\.767 tekens/);
});

test("a DTD with entity declarations is refused", () => {
  const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`;
  expect(refusal(writeZip(minimalWorkbook(xml)))).toEqual({
    code: "dtd",
    message:
      "onderdeel xl/worksheets/sheet1.xml bevat een documenttypedeclaratie (DTD); die hoort niet in een Excel-werkmap en wordt uit veiligheid geweigerd.",
  });
});

test("nesting deeper than the limit is refused", () => {
  const deep = `${"<x>".repeat(200)}${"</x>".repeat(200)}`;
  const xml = sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`).replace(
    "<sheetData>",
    `${deep}<sheetData>`
  );
  expect(refusal(writeZip(minimalWorkbook(xml))).message).toMatch(/dieper genest dan 100 niveaus/);
});

test("a wrong CRC of a deflated part is reported as such, not as the XML it garbles", () => {
  const parts: ZipInput[] = minimalWorkbook(sheetXml(cellsXml)).map((p) =>
    p.name === "xl/worksheets/sheet1.xml" ? { ...p, crc: 0x12345678 } : p
  );
  expect(refusal(writeZip(parts))).toEqual({
    code: "crc",
    message:
      "het bestand is beschadigd (controlegetal van xl/worksheets/sheet1.xml klopt niet) en kan niet worden gelezen.",
  });
  // The same with bytes of the deflated stream changed, so the XML is garbage as well.
  const xml = sheetXml(cellsXml.repeat(50));
  const good = zlib.deflateRawSync(Buffer.from(xml));
  const bad = Buffer.from(good);
  for (let i = 40; i < 60; i++) bad[i] ^= 0x55;
  const damagedParts = minimalWorkbook(xml).map((p) =>
    p.name === "xl/worksheets/sheet1.xml"
      ? { ...p, raw: { compressed: bad, size: xml.length, crc: zlib.crc32(Buffer.from(xml)) } }
      : p
  );
  const r = refusal(writeZip(damagedParts));
  expect(r.message).toMatch(
    /^het bestand is beschadigd \(.*(controlegetal|uit te pakken|onvolledig|groter dan opgegeven).*\)/
  );
  expect(r.message).not.toMatch(/tag|unmatched|closing|saxes/i);
});

test("a zip bomb is refused from its declared sizes before anything is unpacked", () => {
  const zeros = Buffer.alloc(8 * 1024 * 1024, 0x20);
  const compressed = zlib.deflateRawSync(zeros, { level: 9 });
  const xml: ZipInput = {
    name: "xl/worksheets/sheet1.xml",
    data: "",
    raw: { compressed, size: zeros.length, crc: zlib.crc32(zeros) },
  };
  const parts = minimalWorkbook(sheetXml(cellsXml)).map((p) => (p.name === xml.name ? xml : p));
  expect(refusal(writeZip(parts))).toMatchObject({ code: "limit" });
  expect(refusal(writeZip(parts)).message).toMatch(/meer dan 200 keer samengeperst/);
  // Lying about its size: unpacking stops as soon as the part passes its declared size.
  const liar = parts.map((p) =>
    p.name === xml.name ? { ...xml, raw: { ...xml.raw!, size: 1000 } } : p
  );
  expect(refusal(writeZip(liar)).message).toMatch(/groter dan opgegeven/);
});

test("a duplicated part name is damage", () => {
  const parts = minimalWorkbook(sheetXml(cellsXml));
  const bytes = writeZip([...parts, parts[4]]);
  expect(refusal(bytes).message).toMatch(
    /onderdeel xl\/worksheets\/sheet1\.xml komt twee keer voor/
  );
});

test("a shared-string index that does not exist is damage, not an empty cell", () => {
  const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si></sst>`;
  for (const i of ["1", "-1", "99999999999999999999"]) {
    const bytes = writeZip(
      minimalWorkbook(sheetXml(`<row r="1"><c r="A1" t="s"><v>${i}</v></c></row>`), {
        sharedStrings: sst,
      })
    );
    expect(refusal(bytes).message).toMatch(/verwijst naar gedeelde tekst .* die niet bestaat/);
  }
});

test("not a zip, an old .xls, an empty input", () => {
  expect(refusal(Buffer.from("hallo"))).toEqual({
    code: "not-xlsx",
    message: "dit is geen Excel-werkmap (.xlsx).",
  });
  expect(refusal(new Uint8Array(0)).code).toBe("empty");
  const ole = Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(64),
  ]);
  expect(refusal(ole).code).toBe("old-xls");
});

test("merged ranges are listed in sheet coordinates; covered cells lose their value", () => {
  const xml = sheetXml(
    '<row r="2"><c r="B2" t="inlineStr"><is><t>Titel</t></is></c><c r="C2"><v>9</v></c></row><row r="3"><c r="B3"><v>1</v></c></row>'
  ).replace(
    "</sheetData>",
    '</sheetData><mergeCells count="1"><mergeCell ref="B2:D2"/></mergeCells>'
  );
  const [sheet] = readWorkbook(writeZip(minimalWorkbook(xml))).sheets;
  expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  expect(sheet.origin).toEqual({ row: 1, col: 1 });
  expect(sheet.values).toEqual([["Titel"], [1]]);
});
