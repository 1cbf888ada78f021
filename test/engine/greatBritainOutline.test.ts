import { GREAT_BRITAIN_OUTLINE_KM, isOnGreatBritain } from "../../src/engine/geo/greatBritainOutline";

/** The plain ray cast over every edge of the outline: the oracle for the banded one. */
function onOutlineByEveryEdge(easting: number, northing: number): boolean {
  let inside = false;
  const xs = GREAT_BRITAIN_OUTLINE_KM.map((vertex) => vertex[0] * 1000);
  const ys = GREAT_BRITAIN_OUTLINE_KM.map((vertex) => vertex[1] * 1000);
  for (let i = 0, j = xs.length - 1; i < xs.length; j = i++) {
    const [xi, yi, xj, yj] = [xs[i] as number, ys[i] as number, xs[j] as number, ys[j] as number];
    if (yi > northing !== yj > northing && easting < ((xj - xi) * (northing - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe("Great Britain outline", () => {
  it("the banded ray cast agrees with a cast over every edge, on a 1 km grid and at every vertex's and band's northing", () => {
    const northings: number[] = [];
    for (let n = -20_000; n <= 1_260_000; n += 1_000) northings.push(n, n + 0.5);
    for (const [, y] of GREAT_BRITAIN_OUTLINE_KM) northings.push(y * 1000, y * 1000 - 1e-6, y * 1000 + 1e-6);
    let disagreements = 0;
    let onLand = 0;
    for (const northing of northings) {
      for (let easting = -20_000; easting <= 720_000; easting += 1_000) {
        const expected = onOutlineByEveryEdge(easting, northing);
        if (isOnGreatBritain(easting, northing) !== expected) disagreements++;
        if (expected) onLand++;
      }
    }
    expect(disagreements).toBe(0);
    expect(onLand).toBeGreaterThan(100_000); // the grid does reach land: the comparison is not vacuous
  });
});
