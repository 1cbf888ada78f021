/**
 * The `Scenario Comparison` sheet (SPEC §5, §6; issue #12): for each scenario analysed, one line per CCG it
 * touched, baseline → scenario side by side, changed figures highlighted. Above the table, one label |
 * value row per scenario says how many CCGs it touched and how many it left out (not touched).
 */
import type { AnalysisResult } from "../engine/analysis";
import type { ScenarioOutcome } from "../engine/scenario";
import type { ComparedFigures } from "../engine/scenario/compare";
import { ComponentName } from "../engine/types";
import {
  composeSheet,
  conditionalFormat,
  labelValueBlock,
  tableBlock,
  tableColumnRange,
} from "./blocks";
import type { ColumnFormat, OutputColumn, OutputValue } from "./report/outputTable";
import type { SheetContent } from "./sheetPlan";
import type { SheetPart } from "./blocks";
import { rangeOf } from "./addresses";
import { columnLetters } from "../engine/cells";

/** A scenario analysed under its name. */
export interface NamedScenarioOutcome {
  readonly name: string;
  readonly outcome: ScenarioOutcome;
}

/** Fill of a changed figure (Excel's light blue accent with dark blue text). */
const CHANGED = { fill: "DDEBF7", font: "1F4E78" };

const COMPONENT_HEADERS: readonly [ComponentName, string][] = [
  ["size", "Size"],
  ["finance", "Finance"],
  ["geography", "Geography"],
  ["localAuthority", "Local authority"],
  ["membership", "Membership"],
];

/** The compared figures, each shown as a before and an after column. */
const FIGURES: readonly {
  header: string;
  format: ColumnFormat;
  value: (f: ComparedFigures) => OutputValue;
}[] = [
  { header: "Practices", format: "integer", value: (f) => f.practices },
  { header: "Population", format: "integer", value: (f) => f.population },
  { header: "Headroom", format: "gbp", value: (f) => f.headroom },
  { header: "Pieces", format: "integer", value: (f) => f.pieces },
  { header: "Detached share", format: "percent", value: (f) => f.detachedShare },
  { header: "Standard distance km", format: "decimal1", value: (f) => f.standardDistanceKm },
  { header: "Embedded practices", format: "integer", value: (f) => f.embeddedPractices },
  ...COMPONENT_HEADERS.map(([name, header]) => ({
    header,
    format: "rating" as const,
    value: (f: ComparedFigures) => f.ratings[name],
  })),
  { header: "Configuration rating", format: "rating", value: (f) => f.rating },
];

const LEADING: readonly OutputColumn[] = [
  { header: "Scenario", format: "text" },
  { header: "CCG code", format: "text" },
  { header: "CCG name", format: "text", width: 30 },
  { header: "Practices gained", format: "integer" },
  { header: "Practices lost", format: "integer" },
];

/**
 * The sheet for the scenarios analysed (none: no sheet).
 * @param baseline the baseline analysis (for the count of CCGs not touched)
 * @param scenarios each scenario's name and outcome, in the Scenarios sheet's order
 * @returns the sheet's content, or nothing when no scenario was analysed
 * @example scenarioComparisonContents(result, [{ name: "Merge", outcome }])
 */
export function scenarioComparisonContents(
  baseline: AnalysisResult,
  scenarios: readonly NamedScenarioOutcome[]
): SheetContent[] {
  if (scenarios.length === 0) return [];
  const summary = labelValueBlock(
    "A1",
    scenarios.map(({ name, outcome }) => {
      const untouched =
        baseline.ccgs.length - outcome.comparison.filter((row) => row.baseline !== null).length;
      return {
        label: name,
        value: `${outcome.changed.length} CCGs touched; ${untouched} not touched (left out)`,
      };
    })
  );
  const columns: OutputColumn[] = [
    ...LEADING,
    ...FIGURES.flatMap(({ header, format }) => [
      { header: `${header} before`, format },
      { header: `${header} after`, format },
    ]),
  ];
  const rows = scenarios.flatMap(({ name, outcome }) =>
    outcome.comparison.map((row) => [
      name,
      row.code,
      row.name,
      row.practicesGained,
      row.practicesLost,
      ...FIGURES.flatMap(({ value }) => [
        row.baseline === null ? null : value(row.baseline),
        row.scenario === null ? null : value(row.scenario),
      ]),
    ])
  );
  const table = tableBlock({
    at: `A${scenarios.length + 2}`,
    name: "ScenarioComparison",
    columns,
    rows,
  });
  return [
    composeSheet("Scenario Comparison", [summary, table, ...changeHighlights(table)], {
      frozenRows: scenarios.length + 2,
    }),
  ];
}

/** Each `… after` column (other than ratings, which carry RAG fills) highlighted where it differs from `… before`. */
function changeHighlights(table: ReturnType<typeof tableBlock>): SheetPart[] {
  return FIGURES.filter(({ format }) => format !== "rating").map(({ header }) => {
    const after = tableColumnRange(table, `${header} after`);
    const before = tableColumnRange(table, `${header} before`);
    const top = (range: string): string => {
      const { top: row, left } = rangeOf(range);
      return `${columnLetters(left)}${row}`;
    };
    return conditionalFormat(after, [
      { kind: "expression", formula: `${top(after)}<>${top(before)}`, ...CHANGED },
    ]);
  });
}
