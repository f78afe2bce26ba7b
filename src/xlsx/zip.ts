/**
 * The zip container of an .xlsx file (APPNOTE 6.3.x, as OPC uses it): the central directory,
 * with zip64 records and data descriptors, and the parts unpacked chunk by chunk (inflate.ts),
 * each checked against its CRC-32 and its declared size.
 *
 * The central directory is the authority (a local header written before its data descriptor
 * carries zero sizes). Part names are compared case-insensitively, as OPC requires.
 * Limits: entries, unpacked bytes per part and in total, and the compression ratio are checked
 * against the declared sizes before a part is unpacked, and against the bytes actually produced
 * while unpacking, so a zip bomb that lies about its sizes stops at its declared size.
 */
import { crc32 } from "./crc32";
import { damaged, XlsxError } from "./errors";
import { inflateRaw } from "./inflate";
import { limitError, type Limits } from "./limits";

/** Record signatures (little-endian "PK.."). */
const SIG = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  end64: 0x06064b50,
  end64Locator: 0x07064b50,
} as const;

/** Fixed sizes of the records, without their variable-length fields. */
const SIZE = { local: 30, central: 46, end: 22, end64Locator: 20, end64: 56 } as const;

/** Offsets within a central-directory header. */
const CEN = {
  flags: 8,
  method: 10,
  crc: 16,
  compressedSize: 20,
  size: 24,
  nameLength: 28,
  extraLength: 30,
  commentLength: 32,
  disk: 34,
  localOffset: 42,
} as const;

/** Offsets within the end-of-central-directory record (and its zip64 twin). */
const END = {
  disk: 4,
  dirDisk: 6,
  count: 10,
  dirSize: 12,
  dirOffset: 16,
  commentLength: 20,
} as const;
const END64 = { count: 32, dirSize: 40, dirOffset: 48 } as const;

const FLAG_ENCRYPTED = 1;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const ZIP64_EXTRA = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** Parts smaller than this are never refused for their compression ratio. */
const RATIO_FLOOR = 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const utf8 = new TextDecoder("utf-8");

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** A 64-bit field as a number; beyond 2^53 no archive we accept can reach, so it is damage. */
function u64(b: Uint8Array, at: number, what: string): number {
  const hi = u32(b, at + 4);
  if (hi >= 0x200000) throw damaged(`${what} in het zip-archief is onmogelijk groot`);
  return hi * 0x100000000 + u32(b, at);
}

function findEnd(b: Uint8Array): number {
  const min = Math.max(0, b.length - SIZE.end - MAX16);
  for (let p = b.length - SIZE.end; p >= min; p--) {
    if (b[p] === 0x50 && b[p + 1] === 0x4b && u32(b, p) === SIG.end) {
      // A signature inside the archive comment is not the record: the comment must end the file.
      if (p + SIZE.end + u16(b, p + END.commentLength) <= b.length) return p;
    }
  }
  return -1;
}

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private unpacked = 0;
  private readonly done = new Set<ZipEntry>();

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: Limits
  ) {}

  static open(bytes: Uint8Array, limits: Limits): ZipArchive {
    const zip = new ZipArchive(bytes, limits);
    zip.readDirectory();
    return zip;
  }

  private readDirectory(): void {
    const b = this.bytes;
    const end = findEnd(b);
    if (end < 0) throw damaged("het zip-archief is onvolledig");
    if (u16(b, end + END.disk) !== 0 || u16(b, end + END.dirDisk) !== 0) {
      throw new XlsxError(
        "unsupported",
        "het zip-archief is over meer bestanden verdeeld; dat wordt niet ondersteund."
      );
    }
    let count = u16(b, end + END.count);
    let dirSize = u32(b, end + END.dirSize);
    let dirOffset = u32(b, end + END.dirOffset);
    let dirEnd = end;
    if (count === MAX16 || dirSize === MAX32 || dirOffset === MAX32) {
      const locator = end - SIZE.end64Locator;
      if (locator < 0 || u32(b, locator) !== SIG.end64Locator) {
        throw damaged("het zip64-kenmerk van het zip-archief ontbreekt");
      }
      const at = u64(b, locator + 8, "de plaats van de zip64-inhoudsopgave");
      if (at + SIZE.end64 > locator || u32(b, at) !== SIG.end64) {
        throw damaged("de zip64-inhoudsopgave van het zip-archief klopt niet");
      }
      count = u64(b, at + END64.count, "het aantal onderdelen");
      dirSize = u64(b, at + END64.dirSize, "de inhoudsopgave");
      dirOffset = u64(b, at + END64.dirOffset, "de inhoudsopgave");
      dirEnd = at;
    }
    if (count > this.limits.zipEntries) throw limitError("zipEntries", this.limits);
    if (dirOffset + dirSize > dirEnd || count * SIZE.central > dirSize) {
      throw damaged("de inhoudsopgave van het zip-archief klopt niet");
    }
    let declared = 0;
    let p = dirOffset;
    for (let i = 0; i < count; i++) {
      if (p + SIZE.central > dirOffset + dirSize || u32(b, p) !== SIG.central) {
        throw damaged("de inhoudsopgave van het zip-archief klopt niet");
      }
      const nameLength = u16(b, p + CEN.nameLength);
      const extraLength = u16(b, p + CEN.extraLength);
      const next = p + SIZE.central + nameLength + extraLength + u16(b, p + CEN.commentLength);
      if (next > dirOffset + dirSize)
        throw damaged("de inhoudsopgave van het zip-archief klopt niet");
      const flags = u16(b, p + CEN.flags);
      const nameBytes = b.subarray(p + SIZE.central, p + SIZE.central + nameLength);
      // Names without the UTF-8 flag (bit 11) are CP437; OOXML part names are ASCII either way.
      const name = utf8.decode(nameBytes);
      const entry: ZipEntry = {
        name,
        flags,
        method: u16(b, p + CEN.method),
        crc: u32(b, p + CEN.crc),
        compressedSize: u32(b, p + CEN.compressedSize),
        size: u32(b, p + CEN.size),
        localOffset: u32(b, p + CEN.localOffset),
      };
      this.readZip64Extra(entry, p + SIZE.central + nameLength, extraLength);
      const key = name.toLowerCase();
      if (this.entries.has(key)) throw damaged(`onderdeel ${name} komt twee keer voor`);
      this.entries.set(key, entry);
      declared += entry.size;
      p = next;
    }
    if (declared > this.limits.totalBytes) throw limitError("totalBytes", this.limits);
  }

  /** Fills the fields a zip64 extra field replaces (those stored as 0xFFFFFFFF), in APPNOTE order. */
  private readZip64Extra(e: ZipEntry, at: number, length: number): void {
    if (e.size !== MAX32 && e.compressedSize !== MAX32 && e.localOffset !== MAX32) return;
    const b = this.bytes;
    for (let p = at; p + 4 <= at + length;) {
      const id = u16(b, p);
      const len = u16(b, p + 2);
      if (id === ZIP64_EXTRA) {
        let q = p + 4;
        const take = (): number => {
          if (q + 8 > p + 4 + len) throw damaged(`de zip64-gegevens van ${e.name} zijn onvolledig`);
          const v = u64(b, q, `de grootte van ${e.name}`);
          q += 8;
          return v;
        };
        if (e.size === MAX32) e.size = take();
        if (e.compressedSize === MAX32) e.compressedSize = take();
        if (e.localOffset === MAX32) e.localOffset = take();
        return;
      }
      p += 4 + len;
    }
    throw damaged(`de zip64-gegevens van ${e.name} ontbreken`);
  }

  /** Unpacks and checks every part not read yet (themes, properties, …). */
  verifyRest(): void {
    for (const entry of this.entries.values()) {
      if (this.done.has(entry) || entry.name.endsWith("/")) continue;
      this.read(entry, () => {});
    }
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  get(name: string): ZipEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  list(): ZipEntry[] {
    return [...this.entries.values()];
  }

  /**
   * Unpacks a part, handing each chunk to `onChunk`; then checks its size and CRC-32. A damaged
   * part throws here, after `onChunk` has seen what could be unpacked, so that a caller can
   * report the damage rather than what its parser made of the damaged bytes. A chunk is valid
   * only during the call (the inflater reuses its buffer): copy what must be kept.
   */
  read(entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
    const b = this.bytes;
    const { name, localOffset, compressedSize, size } = entry;
    if (entry.flags & FLAG_ENCRYPTED) {
      throw new XlsxError(
        "encrypted",
        "het zip-archief is versleuteld en kan niet worden gelezen."
      );
    }
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) {
      throw new XlsxError(
        "unsupported",
        `onderdeel ${name} gebruikt een onbekende compressie (methode ${entry.method}).`
      );
    }
    if (size > this.limits.partBytes) throw limitError("partBytes", this.limits, name);
    if (size > RATIO_FLOOR && size > this.limits.compressionRatio * compressedSize) {
      throw limitError("compressionRatio", this.limits, name);
    }
    if (localOffset + SIZE.local > b.length || u32(b, localOffset) !== SIG.local) {
      throw damaged(`onderdeel ${name} ontbreekt`);
    }
    const start = localOffset + SIZE.local + u16(b, localOffset + 26) + u16(b, localOffset + 28);
    if (start + compressedSize > b.length) throw damaged(`onderdeel ${name} is onvolledig`);
    const data = b.subarray(start, start + compressedSize);
    this.done.add(entry);

    let produced = 0;
    let crc = 0;
    const take = (chunk: Uint8Array): void => {
      if (chunk.length === 0) return;
      produced += chunk.length;
      this.unpacked += chunk.length;
      if (produced > size) throw damaged(`onderdeel ${name} is groter dan opgegeven`);
      if (this.unpacked > this.limits.totalBytes) throw limitError("totalBytes", this.limits);
      crc = crc32(chunk, crc);
      onChunk(chunk);
    };

    if (entry.method === METHOD_STORED) {
      if (compressedSize !== size) throw damaged(`de grootte van onderdeel ${name} klopt niet`);
      for (let p = 0; p < data.length; p += 64 * 1024) take(data.subarray(p, p + 64 * 1024));
    } else {
      try {
        inflateRaw(data, take);
      } catch (err) {
        if (err instanceof XlsxError) throw err;
        throw damaged(`onderdeel ${name} is niet uit te pakken`);
      }
    }
    if (produced !== size) throw damaged(`onderdeel ${name} is onvolledig`);
    if (crc !== entry.crc) throw damaged(`controlegetal van ${name} klopt niet`, "crc");
  }
}
