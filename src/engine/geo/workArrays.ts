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
 */

/** Scratch lent from stage to stage; contents are undefined on loan (callers initialise). */
export interface WorkArrays {
  /** The shared buffer; a stage uses views of it, never keeps them. */
  readonly buffer: Int32Array;
}

/**
 * Scratch of at least `length` Int32 entries.
 * @param length Entries needed by the most demanding stage.
 * @returns Fresh scratch.
 * @example
 * const work = createWorkArrays(3 * points.count);
 */
export function createWorkArrays(length: number): WorkArrays {
  return { buffer: new Int32Array(length) };
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
