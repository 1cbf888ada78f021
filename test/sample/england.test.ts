import {
  CITY_CLUSTERS,
  ENGLAND_BOX,
  POSTCODE_AREAS,
  PRACTICE_LETTER_REGIONS,
  distanceToOutlineKm,
  isInEngland,
} from "../../src/sample/england";

describe("the crude England outline", () => {
  test("holds every city centre, practice-letter region and postcode area centre", () => {
    for (const place of [...CITY_CLUSTERS, ...PRACTICE_LETTER_REGIONS, ...POSTCODE_AREAS]) {
      expect([
        place.latitude,
        place.longitude,
        isInEngland(place.latitude, place.longitude),
      ]).toEqual([place.latitude, place.longitude, true]);
    }
  });

  test.each([
    ["Cardiff", 51.48, -3.18],
    ["Swansea", 51.62, -3.94],
    ["Aberystwyth", 52.41, -4.08],
    ["Edinburgh", 55.95, -3.19],
    ["Glasgow", 55.86, -4.25],
    ["Irish Sea", 53.8, -4.5],
    ["North Sea", 53.5, 1.5],
    ["English Channel", 50.3, -1.0],
    ["Bristol Channel", 51.3, -3.6],
    ["The Wash", 52.9, 0.3],
  ])("%s is outside", (_place, latitude, longitude) => {
    expect(isInEngland(latitude, longitude)).toBe(false);
  });

  test.each([
    ["York", 53.96, -1.08],
    ["Carlisle", 54.89, -2.93],
    ["Exeter", 50.72, -3.53],
    ["Truro", 50.26, -5.05],
    ["Canterbury", 51.28, 1.08],
    ["Shrewsbury", 52.71, -2.75],
    ["Lincoln", 53.23, -0.54],
  ])("%s is inside", (_place, latitude, longitude) => {
    expect(isInEngland(latitude, longitude)).toBe(true);
  });

  test("nothing outside the box is inside", () => {
    expect(isInEngland(ENGLAND_BOX.minLatitude - 0.01, -1)).toBe(false);
    expect(isInEngland(ENGLAND_BOX.maxLatitude + 0.01, -2)).toBe(false);
  });

  test("distance to the outline is small on the coast and large inland", () => {
    expect(distanceToOutlineKm(50.07, -5.71)).toBeLessThan(3); // Land's End
    expect(distanceToOutlineKm(52.6, -1.3)).toBeGreaterThan(80); // Leicestershire
  });
});
