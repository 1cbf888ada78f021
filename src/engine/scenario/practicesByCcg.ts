/** Each CCG's practices, in ascending order (the order every sum of the analysis runs in). */

/** Practices grouped by CCG: CCG g's are `practices[offsets[g] … offsets[g + 1])`. */
interface GroupedPractices {
  readonly offsets: Int32Array;
  readonly practices: Int32Array;
}

const grouped = new WeakMap<Int32Array, GroupedPractices>();

/**
 * The practices of one CCG, ascending (grouped once per `practiceCcg` array and kept beside it).
 * @param practiceCcg CCG index of each practice
 * @param group the CCG's index
 * @example practicesOfCcg(result.practiceCcg, 0) // Int32Array [0, 1, 2, …]
 */
export function practicesOfCcg(practiceCcg: Int32Array, group: number): Int32Array {
  let found = grouped.get(practiceCcg);
  if (found === undefined) {
    const count = practiceCcg.length;
    let groups = 0;
    for (let index = 0; index < count; index++)
      groups = Math.max(groups, (practiceCcg[index] as number) + 1);
    const offsets = new Int32Array(groups + 1);
    for (let index = 0; index < count; index++) {
      const ccg = practiceCcg[index] as number;
      offsets[ccg + 1] = (offsets[ccg + 1] as number) + 1;
    }
    for (let ccg = 0; ccg < groups; ccg++)
      offsets[ccg + 1] = (offsets[ccg + 1] as number) + (offsets[ccg] as number);
    const cursor = offsets.slice(0, groups);
    const practices = new Int32Array(count);
    for (let index = 0; index < count; index++) {
      const ccg = practiceCcg[index] as number;
      practices[cursor[ccg] as number] = index;
      cursor[ccg] = (cursor[ccg] as number) + 1;
    }
    found = { offsets, practices };
    grouped.set(practiceCcg, found);
  }
  if (group < 0 || group + 1 >= found.offsets.length) return new Int32Array(0);
  return found.practices.subarray(found.offsets[group], found.offsets[group + 1]);
}
