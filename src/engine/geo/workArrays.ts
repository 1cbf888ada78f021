/**
 * Scratch space shared by the stages of one geography analysis: one Int32Array, allocated once per
 * analysis and lent to each stage in turn for its temporaries (hash table, cursors, union–find,
 * groups in kd order, …).
 *
 * On a million practices every stage would otherwise allocate its own few megabytes of
 * temporaries. Typed arrays that outlive a couple of scavenges count as external memory until the
 * next full (mark-compact) collection, and every 64 MB of it starts one, which costs hundreds of
 * milliseconds when the caller's heap is large. Reusing one buffer keeps that growth down.
 * Nothing here outlives the analysis that created it.
 *
 * The same allocation also holds the arrays a stage hands on to later stages (the adjacency, packed
 * points): `kept`, a {@link TypedArena} behind the lent buffer. And the stages' per-practice results
 * come from `outputs` when the caller gives an arena for them. One allocation instead of one per
 * array starts fewer full collections still (see typedArena.ts).
 */
import { TypedArena, arenaBytes } from "../typedArena";

/** Scratch lent from stage to stage; contents are undefined on loan (callers initialise). */
export interface WorkArrays {
  /** The shared buffer; a stage uses views of it, never keeps them. */
  readonly buffer: Int32Array;
  /** Arrays that later stages of the same analysis read (never lent twice). */
  readonly kept: TypedArena;
  /** Per-practice results, returned to the caller; new arrays when undefined. */
  readonly outputs: TypedArena | undefined;
}

/**
 * Scratch of at least `length` Int32 entries, with room for `keptBytes` of kept arrays, in one
 * allocation.
 * @param length Entries needed by the most demanding stage.
 * @param keptBytes Bytes of arrays the stages keep for later ones (see {@link arenaBytes}).
 * @param outputs Arena for per-practice results, if any.
 * @returns Fresh scratch.
 * @example
 * const work = createWorkArrays(3 * points.count);
 */
export function createWorkArrays(length: number, keptBytes = 0, outputs?: TypedArena): WorkArrays {
  const kept = new TypedArena(arenaBytes(4 * length) + keptBytes);
  return { buffer: kept.int32(length), kept, outputs };
}

/**
 * Entries [from, from + length) of the scratch, or a fresh zeroed array when there is no scratch
 * or it is too short. Whatever a previous stage left there is still there.
 * @param work Scratch, if any.
 * @param from First entry.
 * @param length Entries wanted.
 * @returns A view of the scratch or a new array.
 * @example
 * const parent = borrowInt32(work, 0, count);
 */
export function borrowInt32(
  work: WorkArrays | undefined,
  from: number,
  length: number
): Int32Array {
  if (work === undefined || work.buffer.length < from + length) return new Int32Array(length);
  return work.buffer.subarray(from, from + length);
}

/**
 * Entries [from, from + length) of the scratch as a Uint32Array (the same memory as
 * {@link borrowInt32}), or a fresh zeroed array when there is no scratch or it is too short.
 * @param work Scratch, if any.
 * @param from First Int32 entry.
 * @param length Entries wanted.
 * @returns A view of the scratch or a new array.
 * @example
 * const ids = borrowUint32(work, count, count);
 */
export function borrowUint32(
  work: WorkArrays | undefined,
  from: number,
  length: number
): Uint32Array {
  if (work === undefined || work.buffer.length < from + length) return new Uint32Array(length);
  const { buffer } = work;
  return new Uint32Array(buffer.buffer, buffer.byteOffset + 4 * from, length);
}

/**
 * Float64 entries over Int32 entries [from, from + 2·length) of the scratch, or a fresh zeroed array
 * when there is no scratch or it is too short.
 * @param work Scratch, if any.
 * @param from First Int32 entry: even, so that the view is aligned.
 * @param length Float64 entries wanted.
 * @returns A view of the scratch or a new array.
 * @example
 * const distances = borrowFloat64(work, 0, count);
 */
export function borrowFloat64(
  work: WorkArrays | undefined,
  from: number,
  length: number
): Float64Array {
  if (from % 2 !== 0) throw new Error(`Float64 scratch must start at an even entry, not ${from}.`);
  if (work === undefined || work.buffer.length < from + 2 * length) return new Float64Array(length);
  const { buffer } = work;
  return new Float64Array(buffer.buffer, buffer.byteOffset + 4 * from, length);
}
