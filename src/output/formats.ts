/** Number formats and RAG fills of the output layer, shared by its blocks. */
import { NUMBER_FORMATS, RAG_COLOURS } from "./report/outputTable";
import type { ColumnFormat } from "./report/outputTable";
import type { PlanConditionalFormat, PlanConditionalRule } from "./sheetPlan";

/**
 * The Excel format code of a column format, or undefined for General.
 * @example formatCode("gbp") // "£#,##0;[Red]-£#,##0"
 */
export function formatCode(format: ColumnFormat | undefined): string | undefined {
  if (format === undefined) return undefined;
  const code = NUMBER_FORMATS[format];
  return code === "General" ? undefined : code;
}

/**
 * RED / AMBER / GREEN fills (Excel's Bad / Neutral / Good colours) on cells whose text contains the
 * rating, as one conditional format of three `containsText` rules.
 * @param range - the rating cells
 * @returns the conditional format
 * @example ragFormats("Z2:Z212")
 */
export function ragFormats(range: string): PlanConditionalFormat {
  const rules: PlanConditionalRule[] = (["RED", "AMBER", "GREEN"] as const).map((rating) => ({
    kind: "containsText",
    text: rating,
    ...RAG_COLOURS[rating],
  }));
  return { range, rules };
}
