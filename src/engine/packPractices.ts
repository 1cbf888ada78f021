/** Practices packed as weighted points for the geography (SPEC §3.2). */
import type { PackedPractices } from "./geo/types";
import { PracticeTable } from "./practiceTable";

/**
 * Practices with usable coordinates packed into flat arrays, once (STYLE: pack points at the boundary). When
 * every practice has coordinates, the table's own columns are the points; otherwise they are copied.
 * @param practices the practice table
 * @param practiceCcg CCG index of each practice
 * @param groupCount number of CCGs
 * @returns the packed points, each practice's index among them (-1 without coordinates) and the
 *   number packed per CCG
 * @example const { points } = packPractices(practices, practiceCcg, codes.length);
 */
export function packPractices(
  practices: PracticeTable,
  practiceCcg: Int32Array,
  groupCount: number
): { points: PackedPractices; indexOfPractice: Int32Array; countByGroup: Int32Array } {
  const { easting, northing, listSize } = practices;
  const located = (index: number): boolean =>
    !Number.isNaN(easting[index] as number) && !Number.isNaN(northing[index] as number);
  let count = 0;
  for (let index = 0; index < practices.count; index++) if (located(index)) count++;
  const countByGroup = new Int32Array(groupCount);
  const indexOfPractice = new Int32Array(practices.count);
  if (count === practices.count) {
    for (let index = 0; index < count; index++) {
      const ccg = practiceCcg[index] as number;
      countByGroup[ccg] = (countByGroup[ccg] as number) + 1;
      indexOfPractice[index] = index;
    }
    const points = {
      count,
      x: easting,
      y: northing,
      weight: listSize,
      group: practiceCcg,
      groupCount,
    };
    return { points, indexOfPractice, countByGroup };
  }
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const weight = new Float64Array(count);
  const group = new Int32Array(count);
  let next = 0;
  for (let index = 0; index < practices.count; index++) {
    if (!located(index)) {
      indexOfPractice[index] = -1;
      continue;
    }
    const ccg = practiceCcg[index] as number;
    x[next] = easting[index] as number;
    y[next] = northing[index] as number;
    weight[next] = listSize[index] as number;
    group[next] = ccg;
    countByGroup[ccg] = (countByGroup[ccg] as number) + 1;
    indexOfPractice[index] = next++;
  }
  return { points: { count, x, y, weight, group, groupCount }, indexOfPractice, countByGroup };
}
