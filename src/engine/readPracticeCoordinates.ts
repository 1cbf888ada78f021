/** Reading a practice row's coordinates: British National Grid as given, or projected from WGS84 (SPEC §2.1, §2.4). */
import { PracticeField } from "./headers";
import { RowReader } from "./practiceRowReader";
import { isPlainNumber, readNumber } from "./values";
import {
  isInsideBritishNationalGrid,
  isInsideGreatBritain,
  looksSwapped,
  wgs84ToBritishNationalGridInto,
} from "./geo/projection";
import { isOnGreatBritain, looksLikeKilometres } from "./geo/greatBritainOutline";

const LEFT_OUT = "the practice is left out of the geography";

/**
 * Warns when a grid position is implausible (kilometres, at sea); true when it can be used. `other` names the
 * pair's second cell for the warning, e.g. `longitude` -1.5 words it as "(longitude -1.5)" (built only when
 * warning: turning numbers into text for every row was a visible share of reading England).
 */
function isPlausibleGridPosition(
  reader: RowReader,
  field: "easting" | "latitude",
  easting: number,
  northing: number,
  other: number
): boolean {
  if (field === "easting" && looksLikeKilometres(easting, northing)) {
    reader.report(
      "warning",
      "coordinatesOutside",
      "easting",
      `(northing ${northing}) looks like kilometres, not metres: it would put the practice at sea ` +
        `off the Scilly Isles; if the columns are in km, multiply both by 1,000 ` +
        `(${easting} → ${Math.round(easting * 1000)}) and run again`,
      LEFT_OUT
    );
    return false;
  }
  if (isOnGreatBritain(easting, northing)) return true;
  reader.report(
    "warning",
    "coordinatesOutside",
    field,
    `(${field === "easting" ? "northing" : "longitude"} ${other}) is at sea or outside Great Britain ` +
      `(grid ${Math.round(easting)}, ${Math.round(northing)})`,
    LEFT_OUT
  );
  return false;
}

/**
 * Two numbers that belong together (easting and northing, latitude and longitude). On "value" they are in
 * `reader.first` and `reader.second`; on "problem" each unusable one has been warned about.
 */
function readPair(
  reader: RowReader,
  first: PracticeField,
  second: PracticeField
): "value" | "blank" | "problem" {
  const firstCell = reader.cell(first);
  const secondCell = reader.cell(second);
  if (isPlainNumber(firstCell) && isPlainNumber(secondCell)) {
    reader.first = firstCell;
    reader.second = secondCell;
    return "value";
  }
  const a = readNumber(firstCell);
  const b = readNumber(secondCell);
  if (a.kind === "blank" && b.kind === "blank") return "blank";
  const badA = reader.reportBadCoordinate(a, first);
  const badB = reader.reportBadCoordinate(b, second);
  if (badA || badB || a.kind !== "value" || b.kind !== "value") return "problem";
  reader.first = a.value;
  reader.second = b.value;
  return "value";
}

/**
 * Sets the row's coordinates on the reader: easting and northing as given when the list has them and they are
 * in the National Grid, else projected from latitude and longitude when those are in Great Britain; nulls
 * where unusable, with a warning saying why.
 * @param reader the reader, on the row to read
 */
export function readCoordinates(reader: RowReader): void {
  reader.latitude = null;
  reader.longitude = null;
  reader.easting = null;
  reader.northing = null;
  const hasGrid = reader.has("easting") && reader.has("northing");
  const hasDegrees = reader.has("latitude") && reader.has("longitude");
  if (hasGrid) {
    const grid = readPair(reader, "easting", "northing");
    if (grid === "value") {
      const easting = reader.first as number;
      const northing = reader.second as number;
      if (isInsideBritishNationalGrid(easting, northing)) {
        if (!isPlausibleGridPosition(reader, "easting", easting, northing, northing)) return;
        reader.easting = easting;
        reader.northing = northing;
        return;
      }
      reader.report(
        "warning",
        "coordinatesOutside",
        "easting",
        `(northing ${northing}) is outside the British National Grid`,
        "the practice is left out of the geography"
      );
      return;
    }
    if (grid === "problem" || !hasDegrees) {
      if (grid === "blank")
        reader.report(
          "warning",
          "noCoordinates",
          "easting",
          "",
          "no coordinates: the practice counts in population but is left out of the geography"
        );
      return;
    }
  }
  if (!hasDegrees) return;
  const degrees = readPair(reader, "latitude", "longitude");
  if (degrees === "blank") {
    reader.report(
      "warning",
      "noCoordinates",
      "latitude",
      "",
      "no coordinates: the practice counts in population but is left out of the geography"
    );
    return;
  }
  if (degrees === "problem") return;
  const latitude = reader.first as number;
  const longitude = reader.second as number;
  reader.latitude = latitude;
  reader.longitude = longitude;
  if (isInsideGreatBritain(latitude, longitude)) {
    wgs84ToBritishNationalGridInto(latitude, longitude, reader.grid);
    const [easting, northing] = reader.grid as unknown as [number, number];
    if (!isPlausibleGridPosition(reader, "latitude", easting, northing, longitude)) return;
    reader.easting = reader.grid[0] ?? null;
    reader.northing = reader.grid[1] ?? null;
    return;
  }
  if (looksSwapped(latitude, longitude)) {
    reader.report(
      "warning",
      "coordinatesOutside",
      "latitude",
      `(longitude ${longitude}) looks swapped with the longitude`,
      "the practice is left out of the geography"
    );
  } else {
    reader.report(
      "warning",
      "coordinatesOutside",
      "latitude",
      `(longitude ${longitude}) is outside Great Britain`,
      "the practice is left out of the geography"
    );
  }
}
