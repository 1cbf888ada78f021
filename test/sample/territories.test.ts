import { placePractices, placeTowns } from "../../src/sample/placement";
import { planPopulations } from "../../src/sample/plannedSizes";
import { SeededRandom } from "../../src/sample/random";
import { cutTerritories, regroupByCcg, type Territories } from "../../src/sample/territories";

function populations(territories: Territories, listSize: Float64Array, ccgCount: number): number[] {
  const result = new Array<number>(ccgCount).fill(0);
  territories.ccgOfPractice.forEach((ccg, p) => {
    result[ccg] = (result[ccg] as number) + (listSize[p] as number);
  });
  return result;
}

function expectRunsMatchLabels(territories: Territories): void {
  for (const leaf of territories.leaves) {
    for (let i = leaf.start; i < leaf.end; i++)
      expect(territories.ccgOfPractice[territories.order[i] as number]).toBe(leaf.ccg);
  }
  const visit = (node: Territories["root"]): void => {
    if (node.left === null || node.right === null) return;
    expect([node.start, node.end]).toEqual([node.left.start, node.right.end]);
    expect(node.left.end).toBe(node.right.start);
    visit(node.left);
    visit(node.right);
  };
  visit(territories.root);
}

describe("cutTerritories", () => {
  const random = new SeededRandom(11);
  const points = placePractices(6000, placeTowns(random), random);
  const total = points.listSize.reduce((a, b) => a + b, 0);
  const planned = planPopulations(150, total, random);
  const territories = cutTerritories(points, planned.populations, random);

  test("gives every CCG practices and every practice one CCG, in runs of the practice order", () => {
    expect(territories.leaves.length).toBe(150);
    expect(territories.leaves.map((leaf) => leaf.ccg)).toEqual(
      Array.from({ length: 150 }, (_, i) => i)
    );
    for (const leaf of territories.leaves) expect(leaf.end).toBeGreaterThan(leaf.start);
    expect([...territories.order].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 6000 }, (_, i) => i)
    );
    expectRunsMatchLabels(territories);
  });

  test("gives each CCG about its planned population (within two practices' worth)", () => {
    const actual = populations(territories, points.listSize, 150);
    const largestPractice = Math.max(...points.listSize);
    actual.forEach((population, ccg) => {
      expect(Math.abs(population - (planned.populations[ccg] as number))).toBeLessThan(
        2.5 * largestPractice
      );
    });
  });

  test("cuts are straight: each side of a cut lies on its side of the line", () => {
    const visit = (node: Territories["root"]): void => {
      if (node.left === null || node.right === null) return;
      const key = (p: number) =>
        (points.eastKm[p] as number) * node.directionEast +
        (points.northKm[p] as number) * node.directionNorth;
      for (let i = node.left.start; i < node.left.end; i++)
        expect(key(territories.order[i] as number)).toBeLessThanOrEqual(node.cutKm);
      for (let i = node.right.start; i < node.right.end; i++)
        expect(key(territories.order[i] as number)).toBeGreaterThanOrEqual(node.cutKm);
      visit(node.left);
      visit(node.right);
    };
    visit(territories.root);
  });

  test("refuses more CCGs than practices, naming both numbers", () => {
    const few = placePractices(3, [], new SeededRandom(1));
    expect(() => cutTerritories(few, [1, 1, 1, 1], new SeededRandom(1))).toThrow(
      "Cannot cut 3 practices into 4 CCGs"
    );
  });
});

describe("regroupByCcg", () => {
  test("after practices change CCG, every node's run holds exactly its CCGs' practices", () => {
    const random = new SeededRandom(12);
    const points = placePractices(800, placeTowns(random), random);
    const territories = cutTerritories(points, new Array<number>(20).fill(1), random);
    for (let p = 0; p < 800; p += 7) territories.ccgOfPractice[p] = (p * 13) % 20;
    regroupByCcg(territories);
    expectRunsMatchLabels(territories);
    expect([...territories.order].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 800 }, (_, i) => i)
    );
  });
});
