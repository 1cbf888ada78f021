/* global TextEncoder */
/**
 * Writes a zip file from parts with a pluggable raw-deflate and CRC-32, so the runner can use
 * Node's native zlib (several times faster than any JavaScript deflate) while the browser preview
 * uses fflate's. A part is either its bytes (deflated here) or already deflated while it was
 * written ({@link DeflatedPart}: a large worksheet never held whole). Plain zip (no zip64: packages
 * stay far below 4 GB); UTF-8 names; fixed 1980-01-01 timestamps, so the same parts give the same
 * bytes. The file comes out chunk by chunk ({@link zipChunks}), so a caller can write it as it is
 * made. Pure and browser-safe.
 */
import { Deflate, deflateSync } from "fflate";

/** Raw DEFLATE fed piece by piece: the output so far is taken at the end. */
export interface DeflateStream {
  /** Compresses a piece (the piece may be reused by the caller once this returns). */
  readonly push: (piece: Uint8Array) => void;
  /** Ends the stream. @returns every compressed chunk, in order */
  readonly finish: () => Uint8Array[];
}

/** How part bytes are compressed and checked. */
export interface ZipCodec {
  /** Raw DEFLATE (no zlib header) of the bytes. */
  readonly deflateRaw: (data: Uint8Array) => Uint8Array;
  /** A raw DEFLATE stream, for a part written piece by piece. */
  readonly deflateRawStream: () => DeflateStream;
  /** CRC-32 of the bytes (as zip stores it), continuing from `previous` (0 to start). */
  readonly crc32: (data: Uint8Array, previous?: number) => number;
}

/** A part compressed while it was written: what the zip stores, and the checks of the original. */
export interface DeflatedPart {
  /** The raw DEFLATE stream, in chunks. */
  readonly deflated: readonly Uint8Array[];
  /** Length of the uncompressed part in bytes. */
  readonly size: number;
  /** CRC-32 of the uncompressed part. */
  readonly crc32: number;
}

/** A part's content: its bytes, or already deflated. */
export type PartData = Uint8Array | DeflatedPart;

let crcTable: Uint32Array | undefined;

/**
 * CRC-32 (IEEE) in JavaScript.
 * @param data - the bytes
 * @param previous - the checksum of the bytes before these (0 to start)
 * @returns the checksum as an unsigned 32-bit number
 */
export function crc32(data: Uint8Array, previous = 0): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i += 1)
    crc = (table[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** fflate's deflate (level 1: fast, and XML compresses well even so) and the JavaScript CRC. */
export const JAVASCRIPT_ZIP_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateSync(data, { level: 1 }),
  deflateRawStream: () => {
    const chunks: Uint8Array[] = [];
    const stream = new Deflate({ level: 1 }, (chunk) => chunks.push(chunk));
    return {
      push: (piece) => stream.push(piece.slice()),
      finish: () => {
        stream.push(new Uint8Array(0), true);
        return chunks;
      },
    };
  },
  crc32,
};

const STORED = /\.(png|jpe?g|gif|zip)$/i;
const encoder = new TextEncoder();

/**
 * The zip file of the parts, in their order, chunk by chunk: each part is compressed when its
 * turn comes.
 * @param parts - part name → bytes or deflated part
 * @param codec - compression and checksum
 * @returns the file's bytes in order (their concatenation is the zip file)
 */
export function* zipChunks(
  parts: ReadonlyMap<string, PartData>,
  codec: ZipCodec
): Generator<Uint8Array> {
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = encoder.encode(name);
    const entry = entryOf(name, data, codec);
    const fields = [
      [2, 0x0800],
      [2, entry.method],
      [2, 0],
      [2, 0x21],
      [4, entry.crc],
      [4, entry.compressedSize],
      [4, entry.size],
      [2, nameBytes.length],
    ] as const;
    const local = header(30 + nameBytes.length, [[4, 0x04034b50], [2, 20], ...fields, [2, 0]]);
    local.set(nameBytes, 30);
    const centralEntry = header(46 + nameBytes.length, [
      [4, 0x02014b50],
      [2, 20],
      [2, 20],
      ...fields,
      [2, 0],
      [2, 0],
      [2, 0],
      [2, 0],
      [4, 0],
      [4, offset],
    ]);
    centralEntry.set(nameBytes, 46);
    central.push(centralEntry);
    yield local;
    for (const chunk of entry.body) yield chunk;
    offset += local.length + entry.compressedSize;
  }
  const centralSize = central.reduce((sum, entry) => sum + entry.length, 0);
  yield* central;
  yield header(22, [
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, central.length],
    [2, central.length],
    [4, centralSize],
    [4, offset],
    [2, 0],
  ]);
}

/**
 * The zip file of the parts, in their order, as one buffer.
 * @param parts - part name → bytes or deflated part
 * @param codec - compression and checksum
 * @returns the zip file's bytes
 */
export function writeZip(parts: ReadonlyMap<string, PartData>, codec: ZipCodec): Uint8Array {
  const chunks = [...zipChunks(parts, codec)];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** How one part is stored: method (0 stored, 8 deflated), checks and the stored bytes. */
function entryOf(
  name: string,
  data: PartData,
  codec: ZipCodec
): {
  method: 0 | 8;
  crc: number;
  size: number;
  compressedSize: number;
  body: readonly Uint8Array[];
} {
  // By shape, not `instanceof Uint8Array`: bytes made in another realm (a worker, a test's DOM) are bytes too.
  if ("deflated" in data) {
    const compressedSize = data.deflated.reduce((sum, chunk) => sum + chunk.length, 0);
    return { method: 8, crc: data.crc32, size: data.size, compressedSize, body: data.deflated };
  }
  const crc = codec.crc32(data);
  if (!STORED.test(name) && data.length > 0) {
    const deflated = codec.deflateRaw(data);
    if (deflated.length < data.length)
      return {
        method: 8,
        crc,
        size: data.length,
        compressedSize: deflated.length,
        body: [deflated],
      };
  }
  return { method: 0, crc, size: data.length, compressedSize: data.length, body: [data] };
}

/** Little-endian fields from the start of a new buffer of `size` bytes. */
function header(size: number, fields: readonly (readonly [2 | 4, number])[]): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const [width, value] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
    at += width;
  }
  return bytes;
}
