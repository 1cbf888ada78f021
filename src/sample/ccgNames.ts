/**
 * Names for the sample CCGs: "NHS <City> North CCG" for a city's CCGs, "NHS <Town> CCG" for a
 * town's, "NHS <Place> and <Place> CCG" and the like in the countryside. All unique.
 */

import { CITY_CLUSTERS, eastKm, northKm } from "./england";
import { ccgNameCandidates, cityPart, placeName } from "./names";
import type { PracticePoints } from "./placement";
import type { SeededRandom } from "./random";

/**
 * Names every CCG.
 * @param points Practice positions and origins (city, town or countryside).
 * @param ccgOfPractice CCG index per practice.
 * @param ccgCount Number of CCGs.
 * @param cityNames Invented name per city cluster.
 * @param townNames Invented name per market town.
 * @param random The shared generator.
 * @returns Unique names by CCG index.
 */
export function nameCcgs(
  points: PracticePoints,
  ccgOfPractice: Int32Array,
  ccgCount: number,
  cityNames: readonly string[],
  townNames: readonly string[],
  random: SeededRandom
): string[] {
  const originCounts: Map<number, number>[] = Array.from({ length: ccgCount }, () => new Map());
  const practiceCount = new Float64Array(ccgCount);
  const sumEast = new Float64Array(ccgCount);
  const sumNorth = new Float64Array(ccgCount);
  for (let p = 0; p < points.count; p++) {
    const ccg = ccgOfPractice[p] as number;
    const counts = originCounts[ccg] as Map<number, number>;
    const origin = points.origin[p] as number;
    counts.set(origin, (counts.get(origin) ?? 0) + 1);
    practiceCount[ccg] = (practiceCount[ccg] as number) + 1;
    sumEast[ccg] = (sumEast[ccg] as number) + (points.eastKm[p] as number);
    sumNorth[ccg] = (sumNorth[ccg] as number) + (points.northKm[p] as number);
  }
  const used = new Set<string>();
  const names: string[] = [];
  for (let ccg = 0; ccg < ccgCount; ccg++) {
    let origin = -1;
    let most = 0;
    (originCounts[ccg] as Map<number, number>).forEach((count, o) => {
      if (count > most || (count === most && o < origin)) [origin, most] = [o, count];
    });
    const count = practiceCount[ccg] as number;
    const majority = count > 0 && most * 2 > count;
    let place: string;
    if (majority && origin >= 0 && origin < CITY_CLUSTERS.length) {
      const city = CITY_CLUSTERS[origin] as (typeof CITY_CLUSTERS)[number];
      const part = cityPart(
        (sumEast[ccg] as number) / count - eastKm(city.longitude),
        (sumNorth[ccg] as number) / count - northKm(city.latitude),
        city.spreadKm * 0.6
      );
      place = `${cityNames[origin] ?? placeName(random)} ${part}`;
      if (used.has(`NHS ${place} CCG`)) place = placeName(random);
    } else if (majority && origin >= CITY_CLUSTERS.length) {
      place = townNames[origin - CITY_CLUSTERS.length] ?? placeName(random);
    } else {
      place = placeName(random);
    }
    names.push(uniqueName(place, used, random));
  }
  return names;
}

function uniqueName(place: string, used: Set<string>, random: SeededRandom): string {
  for (let attempt = 0; attempt < 30; attempt++) {
    const base = attempt === 0 ? place : placeName(random);
    for (const candidate of ccgNameCandidates(base, placeName(random))) {
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  }
  for (let n = 2; ; n++) {
    const candidate = `NHS ${place} ${n} CCG`;
    if (!used.has(candidate)) {
      used.add(candidate);
      return candidate;
    }
  }
}
