/** Colours for a map of CCGs: neighbouring CCGs always get different colours (DSatur graph colouring). */

/**
 * A categorical palette that stays distinct for the common colour-vision deficiencies: Okabe and Ito's
 * seven colours (black left out: it marks detached practices) plus Paul Tol's indigo, olive and wine.
 */
export const MAP_PALETTE: readonly string[] = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#332288",
  "#999933",
  "#882255",
];

/**
 * The colour of a palette index; indices past the palette (only for graphs that need more than ten
 * colours, which territory maps do not) get further hues so that neighbours still differ.
 * @param index - a colour index from {@link colourGroups}
 * @returns a CSS colour
 */
export function mapColour(index: number): string {
  const colour = MAP_PALETTE[index];
  if (colour !== undefined) return colour;
  const hue = Math.round((index * 137.508) % 360);
  return `hsl(${hue}, 55%, 45%)`;
}

/**
 * Give each CCG a colour index so that CCGs sharing a territory edge never share a colour. DSatur
 * (Brélaz): colour next the CCG with the most differently coloured neighbours, ties to the most
 * neighbours, then the lowest index (deterministic); it takes the lowest free index, which stays within
 * the palette for map-like graphs and goes past it rather than repeat a neighbour's colour.
 * @param groupCount - number of CCGs
 * @param neighboursOf - neighbouring CCG indices of each CCG (symmetric)
 * @returns colour index per CCG (see {@link mapColour})
 * @example colourGroups(3, [new Set([1]), new Set([0, 2]), new Set([1])]) // Int32Array [1, 0, 1]
 */
export function colourGroups(
  groupCount: number,
  neighboursOf: readonly ReadonlySet<number>[]
): Int32Array {
  const colour = new Int32Array(groupCount).fill(-1);
  const seen: Set<number>[] = Array.from({ length: groupCount }, () => new Set<number>());
  for (let step = 0; step < groupCount; step++) {
    let next = -1;
    for (let group = 0; group < groupCount; group++) {
      if ((colour[group] ?? 0) >= 0) continue;
      if (next < 0) {
        next = group;
        continue;
      }
      const saturation = (seen[group]?.size ?? 0) - (seen[next]?.size ?? 0);
      const degree = (neighboursOf[group]?.size ?? 0) - (neighboursOf[next]?.size ?? 0);
      if (saturation > 0 || (saturation === 0 && degree > 0)) next = group;
    }
    const taken = seen[next] ?? new Set<number>();
    let chosen = 0;
    while (taken.has(chosen)) chosen += 1;
    colour[next] = chosen;
    for (const neighbour of neighboursOf[next] ?? []) {
      if (neighbour !== next) seen[neighbour]?.add(chosen);
    }
  }
  return colour;
}
