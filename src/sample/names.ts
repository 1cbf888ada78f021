/**
 * Invented but English-sounding names: places (syllable pairs), CCGs ("NHS <Place> CCG"),
 * practices ("Riverside Medical Centre", "Dr Patel's Practice") and postcodes in the real format.
 */

import type { SeededRandom } from "./random";

// prettier-ignore
const PLACE_STARTS = [
  "Ash", "Brad", "Thorn", "Wex", "Kings", "Mar", "Hal", "Stan", "Wick", "Ald", "Bur", "Chel",
  "Dun", "Far", "Gran", "Hart", "Lang", "Mel", "Nor", "Pen", "Ray", "Sal", "Tan", "Wal",
  "Wim", "Yar", "Broad", "Crow", "Fen", "Hol", "Kirk", "Lyn", "Oak", "Rother", "Sel", "Thack",
  "Up", "Whit", "Aln", "Bram", "Cran", "Dor", "Eden", "Gold", "Hay", "Ing", "Lea", "Mill",
  "New", "Orm", "Pick", "Rud", "Sand", "Stock", "Tad", "Wes", "Cas", "Ely", "Hux", "Bex",
  "Amber", "Clay", "Elm", "Fox", "Glen", "Har", "Lud", "Mos", "Pad", "Sherb",
];
// prettier-ignore
const PLACE_ENDS = [
  "ford", "ham", "ton", "by", "wick", "field", "bury", "ley", "worth", "stead", "caster", "mouth",
  "bridge", "borough", "dale", "combe", "minster", "thorpe", "well", "hurst", "den", "stow", "shaw", "sey",
  "wood", "hope", "marsh", "cliffe", "gate", "holme",
];
const PLACE_PREFIXES = ["Upper", "Lower", "Great", "Little", "Old", "Long", "Market", "Bishop's"];
const COMPASS = ["North", "South", "East", "West"];
// prettier-ignore
const FEATURES = [
  "Riverside", "Park", "Market Street", "Church Street", "High Street", "Station Road", "Oak Tree", "Willow",
  "Meadow", "Abbey", "Castle", "Bridge", "Priory", "Grange", "Elm", "Beech",
  "Valley", "Brook", "Orchard", "Greenfield", "Hillside", "Parkview", "Village", "Mill",
  "Cedar", "Lime Tree", "Northgate", "Southside", "Westway", "Eastfield", "Kingsway", "Queens Road",
  "Victoria", "Albany", "Harbour", "Links",
];
// prettier-ignore
const SURNAMES = [
  "Patel", "Smith", "Jones", "Khan", "Ahmed", "Williams", "Brown", "Taylor", "Singh", "Davies", "Evans", "Wilson",
  "Thomas", "Roberts", "Johnson", "Lewis", "Walker", "Robinson", "Wood", "Thompson", "White", "Watson", "Jackson", "Wright",
  "Green", "Harris", "Cooper", "King", "Lee", "Martin", "Clarke", "James", "Morgan", "Hughes", "Edwards", "Hill",
  "Moore", "Hall", "Ward", "Turner", "Carter", "Phillips", "Mitchell", "Shah", "Ali", "Hussain", "Chowdhury", "Okafor",
  "Mensah", "Nair", "Sharma", "Gupta", "O'Brien", "Murphy", "Kelly", "Rahman", "Begum", "Iqbal", "Osei", "Adeyemi",
  "Chen", "Wong", "Kaur", "Rao", "Menon",
];
const PRACTICE_KINDS = [
  "Surgery",
  "Medical Centre",
  "Health Centre",
  "Medical Practice",
  "Group Practice",
  "Family Practice",
];
/** Letters used in the inward code of real postcodes (never C, I, K, M, O, V). */
const POSTCODE_UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

/**
 * Makes a place name from two syllables.
 * @param random The shared generator.
 * @returns e.g. "Thornbury", "Ashcombe".
 */
export function placeName(random: SeededRandom): string {
  return random.pick(PLACE_STARTS) + random.pick(PLACE_ENDS);
}

/**
 * Makes `count` different place names.
 * @param count How many.
 * @param random The shared generator.
 * @returns Distinct names ("Upper"/"Lower"/"Great"/… added when a name repeats).
 */
export function distinctPlaceNames(count: number, random: SeededRandom): string[] {
  const names = new Set<string>();
  for (let attempt = 1; names.size < count; attempt++) {
    let name = placeName(random);
    if (names.has(name)) name = `${random.pick(PLACE_PREFIXES)} ${name}`;
    if (names.has(name) && attempt > count * 20) name = `${name} ${attempt}`;
    names.add(name);
  }
  return [...names];
}

/** Where a CCG lies relative to a city, for naming. */
export type CityPart =
  | "North"
  | "South"
  | "East"
  | "West"
  | "Central"
  | "North East"
  | "North West"
  | "South East"
  | "South West";

/**
 * The part of a city a point is in.
 * @param eastKm Point east of the city centre, km.
 * @param northKm Point north of the city centre, km.
 * @param centralKm Points closer than this are "Central".
 * @returns The part name.
 */
export function cityPart(eastKm: number, northKm: number, centralKm: number): CityPart {
  if (Math.hypot(eastKm, northKm) < centralKm) return "Central";
  const parts: CityPart[] = [
    "East",
    "North East",
    "North",
    "North West",
    "West",
    "South West",
    "South",
    "South East",
  ];
  const octant = Math.round(Math.atan2(northKm, eastKm) / (Math.PI / 4));
  return parts[(octant + 8) % 8] as CityPart;
}

/**
 * Candidate CCG names for a place, best first: "NHS Ashford CCG", "NHS North Ashford CCG", …
 * @param place The main place name (a city part such as "Thornbury North" is fine).
 * @param otherPlace A second place for "<place> and <other>" names.
 * @returns Candidates to try until one is unused.
 */
export function ccgNameCandidates(place: string, otherPlace: string): string[] {
  return [
    `NHS ${place} CCG`,
    ...COMPASS.map((direction) => `NHS ${direction} ${place} CCG`),
    `NHS ${place} and ${otherPlace} CCG`,
    `NHS Vale of ${place} CCG`,
    `NHS ${place} Rural CCG`,
    `NHS Greater ${place} CCG`,
  ];
}

/**
 * Practice names in the usual styles, drawn from pools built once so that a million practices
 * share a few thousand strings.
 */
export class PracticeNamer {
  private readonly byPlace = new Map<string, string[]>();
  private readonly doctors = SURNAMES.map((surname) => `Dr ${surname}'s Practice`);
  private readonly partners = SURNAMES.map((surname) => `Dr ${surname} and Partners`);
  private readonly features = FEATURES.flatMap((feature) =>
    PRACTICE_KINDS.map((kind) => `${feature} ${kind}`)
  );
  private readonly theFeatures = FEATURES.map((feature) => `The ${feature} Surgery`);

  /** @param random The shared generator. */
  constructor(private readonly random: SeededRandom) {}

  /**
   * @param place A nearby place name.
   * @returns e.g. "Riverside Medical Centre", "Dr Patel's Practice", "Thornbury Surgery", "The Surgery".
   */
  name(place: string): string {
    const random = this.random;
    const style = random.int(10);
    if (style === 0) return "The Surgery";
    if (style <= 2) return random.pick(this.doctors);
    if (style === 3) return random.pick(this.partners);
    if (style <= 6) return random.pick(this.features);
    if (style === 7) return random.pick(this.theFeatures);
    let names = this.byPlace.get(place);
    if (names === undefined) {
      names = PRACTICE_KINDS.map((kind) => `${place} ${kind}`);
      this.byPlace.set(place, names);
    }
    return random.pick(names);
  }
}

/**
 * Postcodes in the real format (area letters, district number, space, sector digit, two letters),
 * built from pooled halves.
 */
export class PostcodeMaker {
  private readonly outwardByArea = new Map<string, string[]>();
  private inward: string[] | null = null;

  /** @param random The shared generator. */
  constructor(private readonly random: SeededRandom) {}

  /**
   * @param area Postcode area letters, e.g. "LS".
   * @returns e.g. "LS12 4QT".
   */
  make(area: string): string {
    let outward = this.outwardByArea.get(area);
    if (outward === undefined) {
      outward = Array.from({ length: area.length === 1 ? 30 : 20 }, (_, i) => `${area}${i + 1} `);
      this.outwardByArea.set(area, outward);
    }
    this.inward ??= Array.from({ length: 10 * 400 }, (_, i) => {
      const unit = Math.floor(i / 10);
      return `${i % 10}${POSTCODE_UNIT_LETTERS.charAt(unit % 20)}${POSTCODE_UNIT_LETTERS.charAt(Math.floor(unit / 20))}`;
    });
    return this.random.pick(outward) + this.random.pick(this.inward);
  }
}
