/**
 * A small zip writer for tests and benchmarks, written from APPNOTE 6.3 independently of the
 * reader: stored or deflated entries, optionally with data descriptors (sizes after the data,
 * zeros in the local header), zip64 records, and deliberate lies (wrong CRC, wrong sizes).
 */
import * as zlib from "node:zlib";

export interface ZipInput {
  name: string;
  data: Buffer | string;
  /** 0 stored, 8 deflate (default). */
  method?: 0 | 8;
  /** Already deflated bytes with their uncompressed size and CRC (for huge generated parts). */
  raw?: { compressed: Buffer; size: number; crc: number };
  crc?: number;
  declaredSize?: number;
}

export interface ZipOptions {
  descriptors?: boolean;
  zip64?: boolean;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

export function writeZip(inputs: ZipInput[], opts: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const input of inputs) {
    const name = Buffer.from(input.name, "utf8");
    const method = input.method ?? 8;
    let compressed: Buffer;
    let size: number;
    let crc: number;
    if (input.raw) {
      ({ compressed, size, crc } = input.raw);
    } else {
      const data = Buffer.isBuffer(input.data) ? input.data : Buffer.from(input.data, "utf8");
      compressed = method === 8 ? zlib.deflateRawSync(data) : data;
      size = data.length;
      crc = zlib.crc32(data);
    }
    crc = input.crc ?? crc;
    const declared = input.declaredSize ?? size;
    const flags = (opts.descriptors ? 8 : 0) | 0x800;
    const z64 = Boolean(opts.zip64);
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(z64 ? 45 : 20),
      u16(flags),
      u16(method),
      u32(0),
      u32(opts.descriptors ? 0 : crc),
      u32(opts.descriptors ? 0 : z64 ? 0xffffffff : compressed.length),
      u32(opts.descriptors ? 0 : z64 ? 0xffffffff : declared),
      u16(name.length),
      u16(z64 ? 20 : 0),
      name,
      z64
        ? Buffer.concat([u16(1), u16(16), u64(declared), u64(compressed.length)])
        : Buffer.alloc(0),
    ]);
    const descriptor = opts.descriptors
      ? z64
        ? Buffer.concat([u32(0x08074b50), u32(crc), u64(compressed.length), u64(declared)])
        : Buffer.concat([u32(0x08074b50), u32(crc), u32(compressed.length), u32(declared)])
      : Buffer.alloc(0);
    const extra = z64
      ? Buffer.concat([u16(1), u16(24), u64(declared), u64(compressed.length), u64(offset)])
      : Buffer.alloc(0);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(z64 ? 45 : 20),
        u16(z64 ? 45 : 20),
        u16(flags),
        u16(method),
        u32(0),
        u32(crc),
        u32(z64 ? 0xffffffff : compressed.length),
        u32(z64 ? 0xffffffff : declared),
        u16(name.length),
        u16(extra.length),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(z64 ? 0xffffffff : offset),
        name,
        extra,
      ])
    );
    locals.push(local, compressed, descriptor);
    offset += local.length + compressed.length + descriptor.length;
  }
  const dir = Buffer.concat(centrals);
  const parts = [...locals, dir];
  const n = inputs.length;
  if (opts.zip64) {
    const end64At = offset + dir.length;
    parts.push(
      Buffer.concat([
        u32(0x06064b50),
        u64(44),
        u16(45),
        u16(45),
        u32(0),
        u32(0),
        u64(n),
        u64(n),
        u64(dir.length),
        u64(offset),
      ]),
      Buffer.concat([u32(0x07064b50), u32(0), u64(end64At), u32(1)])
    );
  }
  parts.push(
    Buffer.concat([
      u32(0x06054b50),
      u16(0),
      u16(0),
      u16(opts.zip64 ? 0xffff : n),
      u16(opts.zip64 ? 0xffff : n),
      u32(opts.zip64 ? 0xffffffff : dir.length),
      u32(opts.zip64 ? 0xffffffff : offset),
      u16(0),
    ])
  );
  return Buffer.concat(parts);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a minimal workbook around one sheet XML (and optional shared strings/styles). */
export function minimalWorkbook(
  sheetXml: string,
  extra: { sharedStrings?: string; styles?: string } = {}
): ZipInput[] {
  const rels = [
    `<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>`,
    extra.sharedStrings !== undefined
      ? `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`
      : "",
    extra.styles !== undefined
      ? `<Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/>`
      : "",
  ].join("");
  const inputs: ZipInput[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0"?><workbook ${NS} xmlns:r="${R}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml },
  ];
  if (extra.sharedStrings !== undefined)
    inputs.push({ name: "xl/sharedStrings.xml", data: extra.sharedStrings });
  if (extra.styles !== undefined) inputs.push({ name: "xl/styles.xml", data: extra.styles });
  return inputs;
}

export function sheetXml(rows: string): string {
  return `<?xml version="1.0"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
}
