/** The six authorisation domains (SPEC §4) and reading a domain number from a cell. */
import { CellValue, isBlankCell, isCellError } from "../cells";
import { CellReading, readNumber } from "../values";

/** Lowest and highest domain number. */
export const FIRST_DOMAIN = 1;
export const LAST_DOMAIN = 6;

/**
 * A domain number from a cell: a whole number 1–6, typed as a number or as text ("3", " 3 ").
 * @param cell the cell's value
 * @returns the number, blank, or a problem such as "is not a domain number (1 to 6)"
 * @example readDomainNumber("2") // { kind: "value", value: 2 }
 */
export function readDomainNumber(cell: CellValue | undefined): CellReading<number> {
  if (isBlankCell(cell)) return { kind: "blank" };
  if (isCellError(cell)) return { kind: "problem", problem: `holds the Excel error ${cell.error}` };
  const reading = readNumber(cell);
  if (
    reading.kind === "value" &&
    Number.isInteger(reading.value) &&
    reading.value >= FIRST_DOMAIN &&
    reading.value <= LAST_DOMAIN
  ) {
    return reading;
  }
  return { kind: "problem", problem: `is not a domain number (${FIRST_DOMAIN} to ${LAST_DOMAIN})` };
}
