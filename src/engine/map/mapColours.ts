/** Colours for a map of CCGs: neighbouring CCGs get different colours (greedy graph colouring). */

/** A categorical palette that stays distinct for most colour-blind readers (Okabe–Ito plus extras). */
export const MAP_PALETTE: readonly string[] = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#7F7F7F",
  "#B8860B",
  "#6A3D9A",
  "#1B9E77",
];

/**
 * Give each CCG a palette index so that CCGs sharing a territory edge differ where the palette allows.
 * Most-connected CCGs are coloured first (Welsh–Powell); ties by index keep the result deterministic.
 * @param groupCount number of CCGs
 * @param neighboursOf neighbouring CCG indices of each CCG
 * @returns palette index per CCG
 */
export function colourGroups(
  groupCount: number,
  neighboursOf: readonly ReadonlySet<number>[]
): Int32Array {
  const colour = new Int32Array(groupCount).fill(-1);
  const order = Array.from({ length: groupCount }, (_, i) => i).sort(
    (a, b) => (neighboursOf[b]?.size ?? 0) - (neighboursOf[a]?.size ?? 0) || a - b
  );
  const used = new Uint8Array(MAP_PALETTE.length);
  for (const group of order) {
    used.fill(0);
    for (const neighbour of neighboursOf[group] ?? []) {
      const c = colour[neighbour] ?? -1;
      if (c >= 0) used[c] = 1;
    }
    let chosen = used.indexOf(0);
    if (chosen < 0) chosen = group % MAP_PALETTE.length;
    colour[group] = chosen;
  }
  return colour;
}
