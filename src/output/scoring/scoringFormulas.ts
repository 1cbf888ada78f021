/**
 * The native formulas of a scoring sheet (SPEC §4, §6.1): each domain's rating and not-met share and
 * the outcome, over the criteria table's Status column. COUNTIF, COUNTIFS, SUMPRODUCT and IF only, so
 * Excel 2010+, Excel on the web and LibreOffice calculate them without the add-in. They follow the
 * engine's rules (`domainRating`, `assessAuthorisation`); the LibreOffice test proves they agree.
 */
import { SCORING_ROWS } from "../../engine/scoring/sheetLayout";
import { LAST_DOMAIN } from "../../engine/scoring/domain";

/** Absolute ranges of the criteria table's columns, e.g. `$E$19:$E$58`. */
export interface CriteriaRanges {
  readonly domain: string;
  readonly critical: string;
  readonly status: string;
}

/**
 * The ranges of a criteria table with `count` rows under the header at {@link SCORING_ROWS}.tableHeader.
 * @param count number of criteria (at least 1)
 * @returns absolute ranges of the Domain (A), Critical (D) and Status (E) columns
 */
export function criteriaRanges(count: number): CriteriaRanges {
  const first = SCORING_ROWS.tableHeader + 1;
  const last = SCORING_ROWS.tableHeader + Math.max(count, 1);
  const column = (letter: string) => `$${letter}$${first}:$${letter}$${last}`;
  return { domain: column("A"), critical: column("D"), status: column("E") };
}

/**
 * A domain's rating: "" without criteria; RED when any is Not met; AMBER when any is Partially met;
 * INCOMPLETE when fewer are Met than it has criteria; otherwise GREEN.
 * @example domainRatingFormula(criteriaRanges(3), 1)
 */
export function domainRatingFormula(ranges: CriteriaRanges, domain: number): string {
  const { domain: d, status: s } = ranges;
  return (
    `IF(COUNTIF(${d},${domain})=0,"",` +
    `IF(COUNTIFS(${d},${domain},${s},"Not met")>0,"RED",` +
    `IF(COUNTIFS(${d},${domain},${s},"Partially met")>0,"AMBER",` +
    `IF(COUNTIFS(${d},${domain},${s},"Met")<COUNTIF(${d},${domain}),"INCOMPLETE","GREEN"))))`
  );
}

/** A domain's Not met criteria ÷ all its criteria (0 without criteria). */
export function notMetShareFormula(ranges: CriteriaRanges, domain: number): string {
  const { domain: d, status: s } = ranges;
  return `IF(COUNTIF(${d},${domain})=0,0,COUNTIFS(${d},${domain},${s},"Not met")/COUNTIF(${d},${domain}))`;
}

/**
 * The outcome: Not authorised when a domain's not-met share is above the refusal share; with
 * directions when one is above the directions share, a critical criterion is Not met or the
 * configuration rating is RED; Fully authorised when every criterion is Met; otherwise with conditions.
 */
export function outcomeFormula(ranges: CriteriaRanges): string {
  const first = SCORING_ROWS.firstDomain;
  const shares = `$C$${first}:$C$${first + LAST_DOMAIN - 1}`;
  const directions = `$B$${SCORING_ROWS.directionsShare}`;
  const refusal = `$B$${SCORING_ROWS.refusalShare}`;
  const configuration = `$B$${SCORING_ROWS.configurationRating}`;
  const { domain: d, critical: k, status: s } = ranges;
  return (
    `IF(SUMPRODUCT((${shares}>${refusal})*1)>0,"Not authorised",` +
    `IF(SUMPRODUCT((${shares}>${directions})*1)+COUNTIFS(${k},"Y",${s},"Not met")+COUNTIF(${configuration},"RED")>0,` +
    `"Authorised with conditions and directions",` +
    `IF(COUNTIF(${s},"Met")=COUNTIF(${d},">=1"),"Fully authorised","Authorised with conditions")))`
  );
}

/**
 * A reference to a cell of another sheet, quoted the way Excel writes it.
 * @example sheetCellReference("Scoring 07L", "$B$16") // "'Scoring 07L'!$B$16"
 */
export function sheetCellReference(sheetName: string, cell: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${cell}`;
}
