/**
 * Formulas that refer to another output by its contract name (`'Scoring 07L'!$B$16` in the Domain
 * Summary) pointed at the sheet the plan actually chose: the user may have renamed our scoring sheet
 * (ownership follows it), or a sheet of the user's may bear the contract name (ours is diverted).
 */
import { isPlanFormula } from "./sheetPlan";
import type { OutputPlan, PlanCell, SheetPlan } from "./sheetPlan";

function quoted(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}

/**
 * The plan with every formula reference `'<output>'!` to a planned output rewritten as
 * `'<its sheet>'!` where the two differ. Cached results and everything else are kept.
 * @param plan a plan from `planOutputs`
 * @returns the same plan when nothing moved, otherwise a copy with the formulas rewritten
 * @example retargetOutputReferences(plan).sheets[1]?.cells[1]?.[9] // { formula: "'Scoring 07L (2)'!$B$16", … }
 */
export function retargetOutputReferences(plan: OutputPlan): OutputPlan {
  const moves = plan.sheets
    .filter((sheet) => sheet.sheetName !== sheet.output)
    .map((sheet) => ({ from: quoted(sheet.output), to: quoted(sheet.sheetName) }));
  if (moves.length === 0) return plan;
  const rewrite = (cell: PlanCell): PlanCell => {
    if (!isPlanFormula(cell)) return cell;
    let formula = cell.formula;
    for (const move of moves) formula = formula.split(move.from).join(move.to);
    return formula === cell.formula ? cell : { ...cell, formula };
  };
  const sheets: SheetPlan[] = plan.sheets.map((sheet) => ({
    ...sheet,
    cells: sheet.cells.map((row) => row.map(rewrite)),
  }));
  return { ...plan, sheets };
}
