/* global TextEncoder */
/**
 * Writes a zip file from parts with a pluggable raw-deflate and CRC-32, so the runner can use
 * Node's native zlib (several times faster than any JavaScript deflate) while the browser preview
 * uses fflate's. Plain zip (no zip64: packages stay far below 4 GB); UTF-8 names; fixed
 * 1980-01-01 timestamps, so the same parts give the same bytes. Pure and browser-safe.
 */
import { deflateSync } from "fflate";

/** How part bytes are compressed and checked. */
export interface ZipCodec {
  /** Raw DEFLATE (no zlib header) of the bytes. */
  readonly deflateRaw: (data: Uint8Array) => Uint8Array;
  /** CRC-32 of the bytes (as zip stores it). */
  readonly crc32: (data: Uint8Array) => number;
}

let crcTable: Uint32Array | undefined;

/**
 * CRC-32 (IEEE) in JavaScript.
 * @param data - the bytes
 * @returns the checksum as an unsigned 32-bit number
 */
export function crc32(data: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i += 1)
    crc = (table[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** fflate's deflate (level 1: fast, and XML compresses well even so) and the JavaScript CRC. */
export const JAVASCRIPT_ZIP_CODEC: ZipCodec = {
  deflateRaw: (data) => deflateSync(data, { level: 1 }),
  crc32,
};

const STORED = /\.(png|jpe?g|gif|zip)$/i;
const encoder = new TextEncoder();

/**
 * The zip file of the parts, in their order.
 * @param parts - part name → bytes
 * @param codec - compression and checksum
 * @returns the zip file's bytes
 */
export function writeZip(parts: ReadonlyMap<string, Uint8Array>, codec: ZipCodec): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const nameBytes = encoder.encode(name);
    const crc = codec.crc32(data);
    let method = 0;
    let body = data;
    if (!STORED.test(name) && data.length > 0) {
      const deflated = codec.deflateRaw(data);
      if (deflated.length < data.length) {
        method = 8;
        body = deflated;
      }
    }
    const local = header(30 + nameBytes.length, [
      [4, 0x04034b50],
      [2, 20],
      [2, 0x0800],
      [2, method],
      [2, 0],
      [2, 0x21],
      [4, crc],
      [4, body.length],
      [4, data.length],
      [2, nameBytes.length],
      [2, 0],
    ]);
    local.set(nameBytes, 30);
    const entry = header(46 + nameBytes.length, [
      [4, 0x02014b50],
      [2, 20],
      [2, 20],
      [2, 0x0800],
      [2, method],
      [2, 0],
      [2, 0x21],
      [4, crc],
      [4, body.length],
      [4, data.length],
      [2, nameBytes.length],
      [2, 0],
      [2, 0],
      [2, 0],
      [2, 0],
      [4, 0],
      [4, offset],
    ]);
    entry.set(nameBytes, 46);
    chunks.push(local, body);
    central.push(entry);
    offset += local.length + body.length;
  }
  const centralSize = central.reduce((sum, entry) => sum + entry.length, 0);
  const end = header(22, [
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, central.length],
    [2, central.length],
    [4, centralSize],
    [4, offset],
    [2, 0],
  ]);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const chunk of [...chunks, ...central, end]) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
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
