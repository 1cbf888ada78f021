/**
 * A part written as XML and deflated as it is written, so a large worksheet (hundreds of MB at a
 * million rows) is never held whole: only its compressed bytes are kept. A part smaller than one
 * piece is returned as plain bytes and deflated with the rest of the package when it is saved,
 * exactly as before. Pure and browser-safe.
 */
import { XmlBytes } from "./xmlBytes";
import type { DeflateStream, PartData, ZipCodec } from "./zipWriter";

/** Bytes of XML compressed at a time: parts below this stay whole (and keep their exact bytes). */
export const PIECE_BYTES = 16 * 1024 * 1024;

/**
 * The content of a part written through `write`: its bytes when they stay below one piece,
 * otherwise the deflated part.
 * @param codec - compression and checksum
 * @param write - writes the part's XML
 * @param pieceBytes - size of a piece (tests use small ones)
 * @returns the part's bytes or its deflated form
 * @example writtenPart(NODE_ZIP_CODEC, (out) => writeWorksheetXml(content, styles, links, out))
 */
export function writtenPart(
  codec: ZipCodec,
  write: (out: XmlBytes) => void,
  pieceBytes = PIECE_BYTES
): PartData {
  let stream: DeflateStream | undefined;
  let crc32 = 0;
  let size = 0;
  const out = new XmlBytes(Math.min(1 << 16, pieceBytes), {
    bytes: pieceBytes,
    sink: (piece) => {
      stream ??= codec.deflateRawStream();
      crc32 = codec.crc32(piece, crc32);
      size += piece.length;
      stream.push(piece);
    },
  });
  write(out);
  if (stream === undefined) return out.bytes();
  out.spill();
  return { deflated: stream.finish(), size, crc32 };
}
