/**
 * Typed arrays carved in turn from one ArrayBuffer (a bump allocator that never reuses space).
 *
 * Why: V8 counts ArrayBuffer memory as external memory, and each allocation that takes it past the
 * limit set at the last full collection starts another full (mark-compact) collection. On a million
 * practices an analysis used to make some fifty arrays of several megabytes each, and each
 * full collection marks the caller's whole heap (the workbook's million rows) at 150–200 ms a time.
 * One allocation per arena instead of one per array starts far fewer of them.
 *
 * Arrays from an arena are zero-filled, as `new Float64Array(n)` is: a new arena's space is never
 * handed out twice, and an arena over memory used before ({@link TypedArena.over}) zeroes each array
 * as it hands it out. When the arena is full, an array is allocated on its own (and counted in
 * `overflowBytes`), so a low estimate of the size costs time, never correctness. An array from an
 * arena keeps the whole arena alive: carve arrays that outlive a stage only from an arena whose
 * other arrays live as long.
 */

/** Bytes each array's start is aligned to (a Float64Array view needs 8). */
const ALIGNMENT = 8;

/**
 * Bytes an arena needs for arrays of these byte lengths, each aligned.
 * @param byteLengths Byte length of each array.
 * @returns Their total once aligned.
 * @example
 * const bytes = arenaBytes(8 * count, 4 * count); // a Float64Array and an Int32Array of `count`
 */
export function arenaBytes(...byteLengths: number[]): number {
  let total = 0;
  for (const bytes of byteLengths) total += Math.ceil(bytes / ALIGNMENT) * ALIGNMENT;
  return total;
}

/** One ArrayBuffer (or a region of one) handed out as typed arrays, front to back. */
export class TypedArena {
  /** The arena's memory. */
  readonly buffer: ArrayBuffer;
  /** Its first and last-plus-one byte. */
  private readonly start: number;
  private readonly end: number;
  /** Whether the memory may hold leftovers, so each array is zeroed as it is handed out. */
  private readonly zeroOnLoan: boolean;
  private used = 0;
  private overflow = 0;

  /**
   * @param byteLength Bytes to reserve (see {@link arenaBytes}); ignored with `region`.
   * @param region Memory to hand out instead of a new buffer (see {@link TypedArena.over}).
   */
  constructor(byteLength: number, region?: Int32Array) {
    if (region !== undefined) {
      this.buffer = region.buffer as ArrayBuffer;
      this.start = Math.ceil(region.byteOffset / ALIGNMENT) * ALIGNMENT;
      this.end = Math.max(this.start, region.byteOffset + region.byteLength);
      this.zeroOnLoan = true;
      return;
    }
    if (!Number.isInteger(byteLength) || byteLength < 0) {
      throw new Error(`Arena size ${byteLength} bytes is not a whole number of at least 0.`);
    }
    this.buffer = new ArrayBuffer(byteLength);
    this.start = 0;
    this.end = byteLength;
    this.zeroOnLoan = false;
  }

  /**
   * An arena over memory already in use for something else that is done with (scratch a stage
   * has finished with): no new allocation, and its pages have been touched already. Arrays are
   * zeroed as they are handed out.
   * @param region The memory, as an Int32Array view.
   * @returns The arena.
   * @example
   * const arena = TypedArena.over(work.buffer.subarray(6 * count));
   */
  static over(region: Int32Array): TypedArena {
    return new TypedArena(0, region);
  }

  /** Bytes handed out from the arena so far. */
  get bytesUsed(): number {
    return this.used;
  }

  /** Bytes of arrays that did not fit and were allocated on their own. */
  get overflowBytes(): number {
    return this.overflow;
  }

  /**
   * A zero-filled Float64Array.
   * @param length Entries.
   * @returns A view of the arena, or a new array when it is full.
   */
  float64(length: number): Float64Array {
    const at = this.take(length, 8);
    return at < 0 ? new Float64Array(length) : this.loan(new Float64Array(this.buffer, at, length));
  }

  /**
   * A zero-filled Int32Array.
   * @param length Entries.
   * @returns A view of the arena, or a new array when it is full.
   */
  int32(length: number): Int32Array {
    const at = this.take(length, 4);
    return at < 0 ? new Int32Array(length) : this.loan(new Int32Array(this.buffer, at, length));
  }

  /**
   * A zero-filled Uint32Array.
   * @param length Entries.
   * @returns A view of the arena, or a new array when it is full.
   */
  uint32(length: number): Uint32Array {
    const at = this.take(length, 4);
    return at < 0 ? new Uint32Array(length) : this.loan(new Uint32Array(this.buffer, at, length));
  }

  /**
   * A zero-filled Uint8Array.
   * @param length Entries.
   * @returns A view of the arena, or a new array when it is full.
   */
  uint8(length: number): Uint8Array {
    const at = this.take(length, 1);
    return at < 0 ? new Uint8Array(length) : this.loan(new Uint8Array(this.buffer, at, length));
  }

  /** The array, zeroed when the memory may hold leftovers. */
  private loan<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(array: T): T {
    if (this.zeroOnLoan) array.fill(0);
    return array;
  }

  /** Byte offset of `length` more entries, or -1 (counted as overflow) when they do not fit. */
  private take(length: number, bytesPerEntry: number): number {
    if (!Number.isInteger(length) || length < 0) {
      throw new Error(`Array length ${length} is not a whole number of at least 0.`);
    }
    const bytes = length * bytesPerEntry;
    const at = this.start + this.used;
    const next = at + Math.ceil(bytes / ALIGNMENT) * ALIGNMENT;
    if (next > this.end) {
      this.overflow += bytes;
      return -1;
    }
    this.used = next - this.start;
    return at;
  }
}

/** Where a stage's arrays come from: an arena when one is given, otherwise new arrays. */
export type ArraySource = TypedArena | undefined;

/**
 * A zero-filled Float64Array from `source`, or a new one.
 * @example const purity = float64From(outputs, count);
 */
export function float64From(source: ArraySource, length: number): Float64Array {
  return source === undefined ? new Float64Array(length) : source.float64(length);
}

/**
 * A zero-filled Int32Array from `source`, or a new one.
 * @example const piece = int32From(outputs, count);
 */
export function int32From(source: ArraySource, length: number): Int32Array {
  return source === undefined ? new Int32Array(length) : source.int32(length);
}

/**
 * A zero-filled Uint8Array from `source`, or a new one.
 * @example const detached = uint8From(outputs, count);
 */
export function uint8From(source: ArraySource, length: number): Uint8Array {
  return source === undefined ? new Uint8Array(length) : source.uint8(length);
}
