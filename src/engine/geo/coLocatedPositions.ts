/**
 * Co-located practices merged into the triangulation's vertices (delaunator silently drops repeated
 * positions): an open-addressing hash on the coordinate bits, with -0 and 0 alike.
 */

const hashFloat = new Float64Array(2);
const hashWords = new Uint32Array(hashFloat.buffer);

/** Slots of the co-located merge's hash table: a power of two, at least twice the practices. */
function hashTableSize(count: number): number {
  let tableSize = 16;
  while (tableSize < 2 * count) tableSize *= 2;
  return tableSize;
}

/**
 * Positions of the practices in `order`, interleaved (x of practice order[k] at 2k, y at 2k + 1), with
 * -0 turned into 0.
 * @param x Eastings (metres).
 * @param y Northings (metres).
 * @param order Practices in the order wanted (a permutation of 0 … count − 1).
 * @returns 2 · count numbers.
 * @throws Error naming the practice when a position is not a pair of finite numbers
 */
export function interleavedPositions(
  x: Float64Array,
  y: Float64Array,
  order: ArrayLike<number>
): Float64Array {
  const count = order.length;
  const positions = new Float64Array(2 * count);
  for (let k = 0; k < count; k++) {
    const i = order[k] as number;
    const px = (x[i] as number) + 0;
    const py = (y[i] as number) + 0;
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      throw new Error(`Practice ${i}: position (${px}, ${py}) is not a pair of finite numbers.`);
    }
    positions[2 * k] = px;
    positions[2 * k + 1] = py;
  }
  return positions;
}

/**
 * Merges identical positions into vertices, numbered in order of first appearance (so while no
 * position repeats, vertex v is position v).
 * @param positions Interleaved finite positions without -0 ({@link interleavedPositions}; read only).
 * @returns The number of vertices and the vertex at each position.
 */
export function mergeCoLocated(positions: Float64Array): {
  vertexCount: number;
  vertexAt: Int32Array;
} {
  const count = positions.length >> 1;
  const vertexAt = new Int32Array(count);
  // Each slot holds the first position k of its vertex, -1 when empty.
  const table = new Int32Array(hashTableSize(count)).fill(-1);
  const mask = table.length - 1;
  let vertexCount = 0;
  for (let i = 0; i < count; i++) {
    const px = positions[2 * i] as number;
    const py = positions[2 * i + 1] as number;
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
        table[slot] = i;
        vertex = vertexCount++;
        break;
      }
      if (positions[2 * first] === px && positions[2 * first + 1] === py) {
        vertex = vertexAt[first] as number;
        break;
      }
      slot = (slot + 1) & mask;
    }
    vertexAt[i] = vertex;
  }
  return { vertexCount, vertexAt };
}

/**
 * Each vertex's position (that of its first position), interleaved.
 * @param positions Interleaved positions.
 * @param vertexAt From {@link mergeCoLocated}.
 * @param vertexCount From {@link mergeCoLocated}.
 * @returns 2 · vertexCount numbers.
 */
export function vertexPositions(
  positions: Float64Array,
  vertexAt: Int32Array,
  vertexCount: number
): Float64Array {
  const vertexCoords = new Float64Array(2 * vertexCount);
  let next = 0;
  for (let i = 0; i < vertexAt.length && next < vertexCount; i++) {
    if (vertexAt[i] !== next) continue;
    vertexCoords[2 * next] = positions[2 * i] as number;
    vertexCoords[2 * next + 1] = positions[2 * i + 1] as number;
    next++;
  }
  return vertexCoords;
}
