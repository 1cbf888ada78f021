/**
 * The two threshold cells of a re-run scoring sheet (SPEC §6.1, §7): like the criteria, a value the
 * user changed is kept and a value nobody changed follows the assumptions in force. "Changed" means it
 * differs from the hidden record of what CCG Footprint wrote last time; a sheet from an earlier version
 * without that record is compared with the SPEC §2.3 defaults instead.
 */
import { columnLetters } from "../cells";
import { FindingList } from "../dataQuality";
import { formatThresholdShare } from "../format";
import { ExistingScoringSheet, ExistingThreshold } from "./existingScoring";
import { DEFAULT_OUTCOME_THRESHOLDS, OutcomeThresholds } from "./outcome";
import { SCORING_LABELS, SCORING_ROWS } from "./sheetLayout";

type ThresholdKey = keyof OutcomeThresholds;

/** Each threshold's label and row on the sheet. */
const THRESHOLD_CELLS: readonly { key: ThresholdKey; label: string; row: number }[] = [
  {
    key: "directionsNotMetShare",
    label: SCORING_LABELS.directionsShare,
    row: SCORING_ROWS.directionsShare,
  },
  { key: "refuseNotMetShare", label: SCORING_LABELS.refusalShare, row: SCORING_ROWS.refusalShare },
];

/** Column of the threshold values (B). */
const VALUE_COLUMN = columnLetters(2);

/** Shares read back from a workbook are the numbers written; the tolerance only absorbs rounding. */
function sameShare(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

/** The user's value when it differs from what the tool wrote last time (or, without a record, from the default). */
function keptShare(old: ExistingThreshold, key: ThresholdKey): number | null {
  if (old.share === null) return null;
  const toolWrote = old.written ?? DEFAULT_OUTCOME_THRESHOLDS[key];
  return sameShare(old.share, toolWrote) ? null : old.share;
}

/**
 * The values of a scoring sheet's `Directions share` and `Refusal share` cells for this run: each
 * one the user changed on the earlier sheet is kept, with a warning when it differs from the
 * assumptions in force; the others are the assumptions in force. A cell holding something other than
 * a share 0–100% is written from the assumptions, with a warning saying what it held; a blank cell is
 * written from the assumptions silently (clearing the cell asks for them). A kept value that puts the
 * directions share above the refusal share stays, with a warning.
 * @param inForce the assumptions' thresholds
 * @param existing the CCG's earlier scoring sheet, or null
 * @param findings where the warnings go
 * @returns the thresholds to write in the cells
 * @example carriedThresholds({ directionsNotMetShare: 0.25, refuseNotMetShare: 0.5 }, null, findings) // the assumptions
 */
export function carriedThresholds(
  inForce: OutcomeThresholds,
  existing: ExistingScoringSheet | null,
  findings: FindingList
): OutcomeThresholds {
  if (existing === null) return inForce;
  const sheet = existing.sheetName;
  const values = { ...inForce };
  for (const { key, label, row } of THRESHOLD_CELLS) {
    const old = existing.thresholds[key];
    const cell = `${VALUE_COLUMN}${row}`;
    const assumed = formatThresholdShare(inForce[key]);
    const kept = keptShare(old, key);
    if (kept !== null) {
      values[key] = kept;
      if (sameShare(kept, inForce[key])) continue;
      const shown = formatThresholdShare(kept);
      findings.warning(
        "scoringThresholdKept",
        sheet,
        row,
        label,
        shown,
        `${label} on '${sheet}' (cell ${cell}) is ${shown}, set on the sheet; the assumptions say ${assumed}. It was kept, and the sheet's outcome uses it; type ${assumed} in ${cell} to follow the assumptions again`
      );
    } else if (old.share === null && old.text !== "") {
      findings.warning(
        "scoringThresholdUnusable",
        sheet,
        row,
        label,
        old.text,
        `${label} on '${sheet}' (cell ${cell}) held '${old.text}', not a share between 0% and 100%; it was written from the assumptions (${assumed})`
      );
    }
  }
  const anyKept = THRESHOLD_CELLS.some(({ key }) => !sameShare(values[key], inForce[key]));
  // Inverted assumptions are already a Data Quality row of their own (assumptionsInconsistent).
  if (anyKept && values.directionsNotMetShare > values.refuseNotMetShare) {
    const [directions, refusal] = THRESHOLD_CELLS.map((t) => `${VALUE_COLUMN}${t.row}`);
    findings.warning(
      "scoringThresholdsInverted",
      sheet,
      SCORING_ROWS.directionsShare,
      SCORING_LABELS.directionsShare,
      formatThresholdShare(values.directionsNotMetShare),
      `On '${sheet}' the ${SCORING_LABELS.directionsShare} (cell ${directions}, ${formatThresholdShare(values.directionsNotMetShare)}) is above the ${SCORING_LABELS.refusalShare} (cell ${refusal}, ${formatThresholdShare(values.refuseNotMetShare)}): a domain's not-met share can bring refusal but never directions on its own`
    );
  }
  return values;
}

/**
 * The thresholds as the sheet's outcome formula applies them: refusal is tested first, so a
 * directions share above the refusal share acts as the refusal share (every domain over it is
 * refused before directions are considered).
 * @param cells the values of the two threshold cells (shares 0–1)
 * @returns thresholds the engine's rules accept, giving the formula's outcome and reasons
 * @example thresholdsAsFormulasRead({ directionsNotMetShare: 0.6, refuseNotMetShare: 0.5 }) // 0.5 and 0.5
 */
export function thresholdsAsFormulasRead(cells: OutcomeThresholds): OutcomeThresholds {
  return {
    directionsNotMetShare: Math.min(cells.directionsNotMetShare, cells.refuseNotMetShare),
    refuseNotMetShare: cells.refuseNotMetShare,
  };
}
