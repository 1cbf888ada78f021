/* global TextEncoder */
/**
 * A growing UTF-8 buffer for writing large XML parts (worksheets) straight to bytes: no long-lived
 * strings, one copy at the end. Writing the England list's 10 MB of worksheet XML this way instead
 * of joining strings and encoding them took about half the time, mostly in garbage collection.
 * Given a sink, the buffer is handed over in pieces as it fills, so a part of any size is never
 * held whole (see deflatedPart.ts). Pure and browser-safe.
 */
import { cellTextXml } from "./xmlText";

const encoder = new TextEncoder();

/** Bytes of XML, appended to. */
export class XmlBytes {
  private buffer: Uint8Array;
  private length = 0;

  /**
   * @param capacity - the first size of the buffer, in bytes
   * @param piece - when given, the bytes written are handed to `sink` each time they reach
   *   `bytes` (the buffer is then reused: the sink must copy what it keeps)
   */
  constructor(
    capacity = 1 << 16,
    private readonly piece?: { readonly bytes: number; readonly sink: (bytes: Uint8Array) => void }
  ) {
    this.buffer = new Uint8Array(capacity);
  }

  /**
   * Appends markup as it is (UTF-8; tags, attributes already escaped, numbers).
   * @param markup - the XML to append
   */
  raw(markup: string): void {
    this.room(markup.length * 3);
    // Long text (a whole row) through the native encoder; short pieces byte by byte.
    if (markup.length > 32) {
      this.length += encoder.encodeInto(markup, this.buffer.subarray(this.length)).written;
      this.spillWhenFull();
      return;
    }
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < markup.length; i += 1) {
      let code = markup.charCodeAt(i);
      if (code < 0x80) {
        buffer[at++] = code;
      } else if (code < 0x800) {
        buffer[at++] = 0xc0 | (code >> 6);
        buffer[at++] = 0x80 | (code & 0x3f);
      } else {
        if (code >= 0xd800 && code <= 0xdfff) {
          const next = markup.charCodeAt(i + 1); // NaN past the end
          if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
            code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
            i += 1;
            buffer[at++] = 0xf0 | (code >> 18);
            buffer[at++] = 0x80 | ((code >> 12) & 0x3f);
            buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
            buffer[at++] = 0x80 | (code & 0x3f);
            continue;
          }
          code = 0xfffd; // an unpaired surrogate, as TextEncoder writes it
        }
        buffer[at++] = 0xe0 | (code >> 12);
        buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
        buffer[at++] = 0x80 | (code & 0x3f);
      }
    }
    this.length = at;
    this.spillWhenFull();
  }

  /**
   * Appends cell text as OOXML stores it (see {@link cellTextXml}): escaped, characters XML cannot
   * hold as `_xHHHH_`.
   * @param text - the cell's text
   */
  cellText(text: string): void {
    this.raw(cellTextXml(text));
  }

  /**
   * Appends what another buffer holds.
   * @param other - the buffer to copy from
   */
  append(other: XmlBytes): void {
    this.room(other.length);
    this.buffer.set(other.buffer.subarray(0, other.length), this.length);
    this.length += other.length;
    this.spillWhenFull();
  }

  /** Hands what the buffer holds to the sink now (nothing happens without a sink or bytes). */
  spill(): void {
    if (this.piece === undefined || this.length === 0) return;
    this.piece.sink(this.buffer.subarray(0, this.length));
    this.length = 0;
  }

  /**
   * The bytes written so far (a copy the size of the content).
   * @returns the XML's bytes
   */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  private spillWhenFull(): void {
    if (this.piece !== undefined && this.length >= this.piece.bytes) this.spill();
  }

  /** Makes room for `extra` more bytes. */
  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
