/**
 * The `Sensitivity` sheet (SPEC §6.2, issue #13) as a sheet plan: a finance lead can type other
 * allowances in the `£ per head` row, or other populations and costs in the table, and every headroom
 * and count follows in any spreadsheet program, with or without the add-in.
 *
 * Layout (a contract, SPEC §6.2):
 * - row 1: title; row 2: `Headroom amber share` | the share (read by the count formulas); row 3: a note;
 * - row 4: `£ per head` in A, then one number above each step column;
 * - row 5: the table's headers `CCG code`, `CCG name`, `Population`, `Fixed costs`, `Support per head`,
 *   `Break-even £/head`, `At £20.00` …, then `Collaborative arrangement` (Y/N: a red finance becomes
 *   amber for such a CCG, as in the analysis);
 * - one row per CCG; each step cell is `population × step − fixed costs − population × support`;
 * - a blank row, then `Red`, `Amber`, `Green`: the finance counts per step column.
 * Formulas use only SUMPRODUCT, IF and arithmetic (Excel 2010+ and LibreOffice both calculate them).
 */
import { Assumptions } from "../engine/assumptions";
import { columnLetters } from "../engine/cells";
import { NUMBER_FORMATS, RAG_COLOURS } from "./report/outputTable";
import type { AnalysisResult } from "../engine/analysis";
import { SensitivityResult, analyseSensitivity } from "../engine/sensitivity";
import { PlanCell, PlanConditionalFormat, PlanNumberFormat, SheetContent } from "./sheetPlan";

/** Labels and headers other surfaces and tests look up (SPEC §6.2). */
export const SENSITIVITY_LABELS = {
  stepRow: "£ per head",
  amberShare: "Headroom amber share",
  red: "Red",
  amber: "Amber",
  green: "Green",
  headers: [
    "CCG code",
    "CCG name",
    "Population",
    "Fixed costs",
    "Support per head",
    "Break-even £/head",
  ],
  arrangement: "Collaborative arrangement",
} as const;

/** Excel table name of the sensitivity table. */
export const SENSITIVITY_TABLE_NAME = "SensitivityTable";

/** 1-based rows of the layout. */
export const SENSITIVITY_ROWS = { amberShare: 2, steps: 4, header: 5, firstCcg: 6 } as const;

/** 1-based column of the first step. */
export const FIRST_STEP_COLUMN = SENSITIVITY_LABELS.headers.length + 1;

/**
 * Header text of a step column.
 * @example stepHeader(22.5) // "At £22.50"
 */
export function stepHeader(step: number): string {
  return `At £${step.toFixed(2)}`;
}

/** Where the count rows are for a table of `ccgCount` CCGs (1-based rows). */
export function countRows(ccgCount: number): { red: number; amber: number; green: number } {
  const red = SENSITIVITY_ROWS.firstCcg + ccgCount + 1;
  return { red, amber: red + 1, green: red + 2 };
}

function formulaCell(formula: string, result: number | null): PlanCell {
  return result === null ? { formula } : { formula, result };
}

/**
 * The `Sensitivity` sheet of an analysis, with the assumptions it ran with.
 * @throws SensitivityRangeError naming the assumption when the sensitivity range cannot be used
 * @example planOutputs([sensitivitySheetOf(result)], inventory)
 */
export function sensitivitySheetOf(result: AnalysisResult): SheetContent {
  const assumptions = result.assumptions.assumptions;
  return buildSensitivitySheet(
    analyseSensitivity(result.ccgs, assumptions),
    result.ccgs.map((ccg) => ccg.collaborativeArrangement),
    assumptions
  );
}

/**
 * The `Sensitivity` sheet from a sensitivity table.
 * @param sensitivity `analyseSensitivity(result.ccgs, assumptions)`
 * @param arrangements whether each CCG (same order) has a collaborative arrangement
 * @param assumptions the assumptions in force (`headroom_amber_share` is written to its labelled cell)
 * @example buildSensitivitySheet(sensitivity, result.ccgs.map((c) => c.collaborativeArrangement), assumptions)
 */
export function buildSensitivitySheet(
  sensitivity: SensitivityResult,
  arrangements: readonly boolean[],
  assumptions: Assumptions
): SheetContent {
  const { steps, ccgs, counts } = sensitivity;
  const rows = SENSITIVITY_ROWS;
  const lastCcgRow = rows.firstCcg + ccgs.length - 1;
  const stepColumn = (index: number) => columnLetters(FIRST_STEP_COLUMN + index);
  const lastStep = stepColumn(steps.length - 1);
  const arrangementColumn = columnLetters(FIRST_STEP_COLUMN + steps.length);
  const share = `$B$${rows.amberShare}`;
  const span = (column: string) => `${column}$${rows.firstCcg}:${column}$${lastCcgRow}`;
  const population = span("$C");
  const arrangement = span(`$${arrangementColumn}`);

  const cells: PlanCell[][] = [];
  cells.push(["Running-cost sensitivity: headroom (£) at each allowance per head"]);
  cells.push([
    SENSITIVITY_LABELS.amberShare,
    assumptions.headroom_amber_share,
    "Finance is amber when headroom is below this share of the allowance",
  ]);
  cells.push([
    "Type other allowances in the £ per head row, or other populations and costs in the table: every headroom and count follows.",
  ]);
  cells.push([SENSITIVITY_LABELS.stepRow, null, null, null, null, null, ...steps]);
  cells.push([
    ...SENSITIVITY_LABELS.headers,
    ...steps.map(stepHeader),
    SENSITIVITY_LABELS.arrangement,
  ]);
  ccgs.forEach((ccg, index) => {
    const row = rows.firstCcg + index;
    cells.push([
      ccg.code,
      ccg.name,
      ccg.population,
      ccg.fixedCosts,
      ccg.supportPerHead,
      formulaCell(`IF($C${row}>0,$D${row}/$C${row}+$E${row},"")`, ccg.breakEvenPerHead),
      ...steps.map((_, s) =>
        formulaCell(
          `$C${row}*${stepColumn(s)}$${rows.steps}-$D${row}-$C${row}*$E${row}`,
          ccg.headroom[s] ?? null
        )
      ),
      arrangements[index] === true ? "Y" : "N",
    ]);
  });
  cells.push([]);
  const where = countRows(ccgs.length);
  const countFormulas: [string, (column: string) => string, "red" | "amber" | "green"][] = [
    [SENSITIVITY_LABELS.red, (c) => `SUMPRODUCT((${span(c)}<0)*(${arrangement}<>"Y"))`, "red"],
    [
      SENSITIVITY_LABELS.amber,
      (c) =>
        `SUMPRODUCT((${span(c)}<0)*(${arrangement}="Y"))+` +
        `SUMPRODUCT((${span(c)}>=0)*(${span(c)}<${share}*${population}*${c}$${rows.steps}))`,
      "amber",
    ],
    [
      SENSITIVITY_LABELS.green,
      (c) => `SUMPRODUCT((${span(c)}>=0)*(${span(c)}>=${share}*${population}*${c}$${rows.steps}))`,
      "green",
    ],
  ];
  for (const [label, formula, key] of countFormulas) {
    cells.push([
      label,
      null,
      null,
      null,
      null,
      null,
      ...steps.map((_, s) => formulaCell(formula(stepColumn(s)), counts[s]?.finance[key] ?? null)),
    ]);
  }

  const firstStep = stepColumn(0);
  const headroomRange = `${firstStep}${rows.firstCcg}:${lastStep}${lastCcgRow}`;
  const numberFormats: PlanNumberFormat[] = [
    { range: `B${rows.amberShare}`, format: NUMBER_FORMATS.percent },
    {
      range: `${firstStep}${rows.steps}:${lastStep}${rows.steps}`,
      format: NUMBER_FORMATS.gbpPence,
    },
    { range: `C${rows.firstCcg}:C${lastCcgRow}`, format: NUMBER_FORMATS.integer },
    { range: `D${rows.firstCcg}:D${lastCcgRow}`, format: NUMBER_FORMATS.gbp },
    { range: `E${rows.firstCcg}:F${lastCcgRow}`, format: NUMBER_FORMATS.gbpPence },
    { range: headroomRange, format: NUMBER_FORMATS.gbp },
    { range: `${firstStep}${where.red}:${lastStep}${where.green}`, format: NUMBER_FORMATS.integer },
  ];
  const conditionalFormats: PlanConditionalFormat[] = [
    {
      range: headroomRange,
      rules: [
        { kind: "cellValue", operator: "lessThan", formula: "0", ...RAG_COLOURS.RED },
        {
          kind: "expression",
          formula: `${firstStep}${rows.firstCcg}<${share}*$C${rows.firstCcg}*${firstStep}$${rows.steps}`,
          ...RAG_COLOURS.AMBER,
        },
      ],
    },
  ];
  return {
    output: "Sensitivity",
    cells,
    numberFormats,
    tables: [
      {
        name: SENSITIVITY_TABLE_NAME,
        range: `A${rows.header}:${arrangementColumn}${lastCcgRow}`,
        style: "TableStyleMedium2",
        showFilterButton: true,
      },
    ],
    validations: [],
    conditionalFormats,
    columnWidths: [22, 36, 12, 13, 12, 12, ...steps.map(() => 13), 13],
    hiddenColumns: [],
    frozenRows: rows.header,
    boldRanges: [
      "A1",
      `A${rows.amberShare}`,
      `A${rows.steps}:${lastStep}${rows.steps}`,
      `A${where.red}:A${where.green}`,
    ],
    charts: [],
  };
}
