/**
 * Plausibility checks made once the assumptions are known (SPEC §2.4): list sizes above `list_size_max`,
 * and CCGs whose practices all sit at one point. Each doubtful value becomes a Data Quality warning; the
 * values are still used as given.
 */
import { Assumptions } from "./assumptions";
import { columnLetters } from "./cells";
import { FindingList, cellReference } from "./dataQuality";
import { formatCount } from "./format";
import { PracticeListLocation } from "./locatePracticeList";
import { PracticeTable } from "./practiceTable";

/**
 * Adds a warning for every practice whose list size is above `list_size_max`.
 * @param location the practice list (for the sheet, header and column names)
 * @param practices the practices read
 * @param assumptions the values in force
 * @param findings where warnings go
 */
export function checkListSizes(
  location: PracticeListLocation,
  practices: PracticeTable,
  assumptions: Assumptions,
  findings: FindingList
): void {
  const maximum = assumptions.list_size_max;
  const offset = location.mapping.columns.listSize ?? location.mapping.ageSexBands[0] ?? 0;
  const header = location.headers[offset] ?? columnLetters(location.sheet.firstColumn + offset);
  const column = columnLetters(location.sheet.firstColumn + offset);
  for (let index = 0; index < practices.count; index++) {
    const listSize = practices.listSize[index] as number;
    if (listSize <= maximum) continue;
    const row = practices.row[index] as number;
    const where = cellReference(location.sheet.name, column, row);
    findings.warning(
      "listSizeImplausible",
      location.sheet.name,
      row,
      header,
      String(listSize),
      `${header} ${formatCount(listSize)} in ${where} is above the plausible maximum of ` +
        `${formatCount(maximum)} patients per practice (list_size_max); it is still counted: ` +
        `check the value, or raise list_size_max if it is right`
    );
  }
}

/**
 * Adds a warning for every CCG with two or more located practices that all share one position (often a
 * placeholder such as the CCG's office, or one postcode given to every practice).
 * @param practices the practices read
 * @param practiceCcg each practice's CCG index
 * @param codes CCG codes by index
 * @param sheet the practice list's sheet name
 * @param findings where warnings go
 */
export function checkCcgsAtOnePoint(
  practices: PracticeTable,
  practiceCcg: Int32Array,
  codes: readonly string[],
  sheet: string,
  findings: FindingList
): void {
  const count = codes.length;
  const located = new Int32Array(count);
  const firstX = new Float64Array(count).fill(Number.NaN);
  const firstY = new Float64Array(count).fill(Number.NaN);
  const spread = new Uint8Array(count);
  for (let index = 0; index < practices.count; index++) {
    const x = practices.easting[index] as number;
    const y = practices.northing[index] as number;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    const group = practiceCcg[index] as number;
    if (located[group] === 0) {
      firstX[group] = x;
      firstY[group] = y;
    } else if (x !== firstX[group] || y !== firstY[group]) spread[group] = 1;
    located[group] = (located[group] as number) + 1;
  }
  for (let group = 0; group < count; group++) {
    const practicesAtPoint = located[group] as number;
    if (practicesAtPoint < 2 || spread[group] === 1) continue;
    const code = codes[group] as string;
    findings.warning(
      "ccgAtOnePoint",
      sheet,
      null,
      null,
      code,
      `all ${formatCount(practicesAtPoint)} located practices of CCG ${code} are at one point ` +
        `(grid ${Math.round(firstX[group] as number)}, ${Math.round(firstY[group] as number)}); ` +
        `their coordinates look like a placeholder, so its geography (one piece, no dispersion) means ` +
        `little: check the practices' coordinates`
    );
  }
}
