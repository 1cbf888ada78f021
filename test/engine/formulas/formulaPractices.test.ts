import { wgs84ToBritishNationalGrid } from "../../../src/engine/geo/projection";
import { FormulaInputError, groupOfCode, packFormulaPractices } from "../../../src/engine/formulas";

describe("practice columns packed for the geometry", () => {
  const columns = {
    ccgCodes: ["08A", "07l00", null, " 07L ", "08A"],
    latitudes: [51.5, 52.0, null, null, 51.6],
    longitudes: [-0.1, -1.0, null, null, -0.2],
    weights: [1000, 2000, null, 500, 1500],
  };

  test("CCGs in code order (normalised like the engine), a blank row skipped, blank coordinates counted but not packed", () => {
    const practices = packFormulaPractices(columns);
    expect(practices.codes).toEqual(["07L", "08A"]);
    expect([...practices.practiceCounts]).toEqual([2, 2]);
    expect([...practices.populations]).toEqual([2500, 2500]);
    expect(practices.points.count).toBe(3);
    expect(practices.points.groupCount).toBe(2);
    // Range order is kept: 08A (row 1), 07L (row 2), 08A (row 5).
    expect([...practices.points.group]).toEqual([1, 0, 1]);
    expect([...practices.points.weight]).toEqual([1000, 2000, 1500]);
    const first = wgs84ToBritishNationalGrid(51.5, -0.1);
    expect(practices.points.x[0]).toBe(first.easting);
    expect(practices.points.y[0]).toBe(first.northing);
    expect(groupOfCode(practices, "08a")).toBe(1);
    expect(groupOfCode(practices, "99X")).toBe(-1);
  });

  test("without codes all practices form one group; without weights each weighs 1", () => {
    const practices = packFormulaPractices({
      latitudes: [51.5, null, 52],
      longitudes: [-0.1, null, -1],
    });
    expect(practices.codes).toEqual([""]);
    expect([...practices.points.weight]).toEqual([1, 1]);
    expect([...practices.practiceCounts]).toEqual([2]);
  });

  test.each([
    [{ ...columns, ccgCodes: ["08A", null, null, "07L", "08A"] }, "ccgCodes row 2 is blank"],
    [{ ...columns, weights: [1000, null, null, 500, 1500] }, "weights row 2 is blank"],
    [
      { ...columns, weights: [1000, -5, null, 500, 1500] },
      "weights row 2: -5 is not a non-negative number",
    ],
    [
      { ...columns, latitudes: [51.5, null, null, null, 51.6] },
      "latitudes row 2 is blank but longitudes row 2 is -1",
    ],
    [
      {
        ...columns,
        latitudes: [51.5, 52, null, null, 48.8],
        longitudes: [-0.1, -1, null, null, 2.3],
      },
      "latitudes/longitudes row 5 (48.8, 2.3) is outside Great Britain",
    ],
    [{ ...columns, longitudes: [-0.1] }, "longitudes has 1 cells but latitudes has 5"],
  ])("refuses bad input with the position: %#", (bad, message) => {
    expect(() => packFormulaPractices(bad)).toThrow(FormulaInputError);
    expect(() => packFormulaPractices(bad)).toThrow(message);
  });

  test("positions are named by the caller", () => {
    expect(() =>
      packFormulaPractices({
        ccgCodes: [null],
        latitudes: [51],
        longitudes: [0],
        positionName: (i) => `column ${i + 1}`,
      })
    ).toThrow("ccgCodes column 1 is blank");
  });
});
