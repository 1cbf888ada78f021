/** Reading the pixel size of a PNG from its header, for the icon checks. */

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Width and height of a PNG image, read from its IHDR chunk.
 * @param bytes the file's bytes
 * @param fileName named in the error when the bytes are not a PNG
 * @returns pixel width and height
 * @example pngSize(fs.readFileSync("assets/icon-16.png"), "icon-16.png") // { width: 16, height: 16 }
 */
export function pngSize(bytes: Uint8Array, fileName: string): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hasSignature = bytes.length >= 24 && pngSignature.every((byte, i) => bytes[i] === byte);
  const chunkType = hasSignature ? String.fromCharCode(...bytes.subarray(12, 16)) : "";
  if (chunkType !== "IHDR") {
    throw new Error(`${fileName} is not a PNG image (no PNG signature followed by an IHDR chunk).`);
  }
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
