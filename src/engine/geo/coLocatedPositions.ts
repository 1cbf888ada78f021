/**
 * Co-located practices merged into the triangulation's vertices (the triangulators silently drop
 * repeated positions): an open-addressing hash on the coordinate bits, with -0 and 0 alike.
 */

const hashFloat = new Float64Array(2);
const hashWords = new Uint32Array(hashFloat.buffer);

/** Slots of the co-located merge's hash table: a power of two, at least twice the practices. */
export function hashTableSize(count: number): number {
  let tableSize = 16;
  while (tableSize < 2 * count) tableSize *= 2;
  return tableSize;
}

/** Positions of the practices in `order` (or index order), interleaved, with -0 turned into 0. */
export function positionsInOrder(
  x: Float64Array,
  y: Float64Array,
  count: number,
  order: ArrayLike<number> | undefined
): Float64Array {
  const positions = new Float64Array(2 * count);
  for (let k = 0; k < count; k++) {
    const i = order === undefined ? k : (order[k] as number);
    positions[2 * k] = (x[i] as number) + 0;
    positions[2 * k + 1] = (y[i] as number) + 0;
  }
  return positions;
}

/**
 * Merges identical positions into vertices (open-addressing hash on the coordinate bits, holding
 * the first position k of each vertex). Vertices are numbered in order of first appearance, so
 * while no position repeats vertex v is the v-th practice of `order`.
 * @param positions Positions of the practices in `order`, interleaved (read only).
 * @param vertexAt Out: vertex at each position k.
 * @param table Scratch of {@link hashTableSize} slots.
 * @returns The number of vertices, and whether `positions` holds a -0 (vertices hold 0).
 */
export function mergeCoLocated(
  positions: Float64Array,
  count: number,
  order: ArrayLike<number> | undefined,
  vertexOfPractice: Int32Array,
  vertexAt: Int32Array,
  table: Int32Array
): { vertexCount: number; negativeZero: boolean } {
  table.fill(-1);
  const mask = table.length - 1;
  let vertexCount = 0;
  let negativeZero = false;
  for (let k = 0; k < count; k++) {
    const rawX = positions[2 * k] as number;
    const rawY = positions[2 * k + 1] as number;
    const px = rawX + 0; // + 0 turns -0 into 0 so both hash alike
    const py = rawY + 0;
    const i = order === undefined ? k : (order[k] as number);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      throw new Error(`Practice ${i}: position (${px}, ${py}) is not a pair of finite numbers.`);
    }
    if ((px === 0 && 1 / rawX < 0) || (py === 0 && 1 / rawY < 0)) negativeZero = true;
    hashFloat[0] = px;
    hashFloat[1] = py;
    let h = Math.imul(
      (hashWords[0] as number) ^ Math.imul(hashWords[1] as number, 0x85ebca6b),
      0x9e3779b1
    );
    h = Math.imul(
      h ^ (hashWords[2] as number) ^ Math.imul(hashWords[3] as number, 0xc2b2ae35),
      0x27d4eb2f
    );
    let slot = (h ^ (h >>> 15)) & mask;
    let vertex: number;
    for (;;) {
      const first = table[slot] as number;
      if (first === -1) {
        table[slot] = k;
        vertex = vertexCount++;
        break;
      }
      if (positions[2 * first] === px && positions[2 * first + 1] === py) {
        vertex = vertexAt[first] as number;
        break;
      }
      slot = (slot + 1) & mask;
    }
    vertexAt[k] = vertex;
    vertexOfPractice[i] = vertex;
  }
  return { vertexCount, negativeZero };
}

/**
 * Each vertex's position (the first of its practices'), interleaved, with -0 turned into 0.
 * @param vertexCoords Out: 2 · vertexCount entries (default: a new array).
 */
export function vertexPositions(
  positions: Float64Array,
  count: number,
  vertexAt: Int32Array,
  vertexCount: number,
  vertexCoords: Float64Array = new Float64Array(2 * vertexCount)
): Float64Array {
  let next = 0;
  for (let k = 0; k < count && next < vertexCount; k++) {
    if (vertexAt[k] !== next) continue;
    vertexCoords[2 * next] = (positions[2 * k] as number) + 0;
    vertexCoords[2 * next + 1] = (positions[2 * k + 1] as number) + 0;
    next++;
  }
  return vertexCoords;
}
