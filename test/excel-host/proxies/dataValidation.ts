/**
 * `Range.dataValidation` in the in-memory host: list rules (`{ list: { inCellDropDown, source } }`),
 * the error alert and `clear()`, as Office.js (ExcelApi 1.8) describes them. Rules are kept as
 * layers over rectangles, so a test can ask which rule applies to a cell.
 */
import { contains, intersects } from "../address";
import type { Rect } from "../address";
import { HostError, invalidArgument } from "../errors";
import type { SheetModel, SheetRect, ValidationLayer } from "../model";
import { HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";

/** Rule kinds Office.js knows (`DataValidationRule` members); the host implements `list`. */
const RULE_KINDS = ["custom", "date", "decimal", "list", "textLength", "time", "wholeNumber"];
const ALERT_STYLES = ["Stop", "Warning", "Information"];

/** The layer that applies to one cell, or undefined. */
export function validationAt(
  sheet: SheetModel,
  row: number,
  column: number
): ValidationLayer | undefined {
  for (let i = sheet.validations.length - 1; i >= 0; i -= 1) {
    const layer = sheet.validations[i];
    if (layer && contains(layer.rect, row, column)) return layer.rule === null ? undefined : layer;
  }
  return undefined;
}

/** The type Office.js reports for a range: the common rule's kind, "None", or "Inconsistent". */
function validationType(sheet: SheetModel, rect: Rect): string {
  const kinds = new Set<string>();
  for (let i = 0; i < Math.min(rect.rowCount, 2000); i += 1) {
    for (let j = 0; j < Math.min(rect.columnCount, 200); j += 1) {
      const layer = validationAt(sheet, rect.row + i, rect.column + j);
      kinds.add(layer?.rule ? (Object.keys(layer.rule)[0] ?? "None") : "None");
    }
  }
  if (kinds.size !== 1) return "Inconsistent";
  const kind = [...kinds][0] ?? "None";
  return kind === "list" ? "List" : kind === "None" ? "None" : kind;
}

/** `range.dataValidation`. */
export class DataValidationProxy extends HostProxy<SheetRect> {
  constructor(context: HostRequestContext, path: string, resolver: () => SheetRect | null) {
    super(context, path, resolver, "DataValidation");
  }
  protected scalars(): Record<string, Getter<SheetRect>> {
    const top = (t: SheetRect) => validationAt(t.sheet, t.rect.row, t.rect.column);
    return {
      type: (t) => validationType(t.sheet, t.rect),
      rule: (t) => top(t)?.rule ?? {},
      errorAlert: (t) => top(t)?.errorAlert ?? null,
      ignoreBlanks: () => true,
    };
  }
  get type(): string {
    return this.get("type");
  }
  get rule(): Record<string, unknown> {
    return this.get("rule");
  }
  set rule(value: Record<string, unknown>) {
    this.set("rule", value, (t, v) => {
      const rule = v as Record<string, unknown>;
      const kinds = Object.keys(rule ?? {}).filter((k) => rule[k] !== undefined);
      if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0] ?? ""))
        throw invalidArgument(`data validation rule ${JSON.stringify(v)}`, "DataValidation.rule");
      if (kinds[0] !== "list")
        throw new HostError(
          "NotImplemented",
          `The in-memory host has no '${kinds[0]}' data validation.`,
          "DataValidation.rule"
        );
      const list = rule.list as { inCellDropDown?: unknown; source?: unknown };
      if (typeof list.source !== "string" || list.source.trim() === "")
        throw invalidArgument(`list source ${JSON.stringify(list.source)}`, "DataValidation.rule");
      // Excel keeps a list typed into the rule to 255 characters.
      if (list.source.length > 255)
        throw invalidArgument("a list source longer than 255 characters", "DataValidation.rule");
      t.sheet.validations.push({
        rect: t.rect,
        rule: { list: { inCellDropDown: list.inCellDropDown ?? true, source: list.source } },
      });
    });
  }
  get errorAlert(): Record<string, unknown> {
    return this.get("errorAlert");
  }
  set errorAlert(value: Record<string, unknown>) {
    this.set("errorAlert", value, (t, v) => {
      const alert = v as Record<string, unknown>;
      if (alert.style !== undefined && !ALERT_STYLES.includes(String(alert.style)))
        throw invalidArgument(`alert style ${String(alert.style)}`, "DataValidation.errorAlert");
      const layers = t.sheet.validations.filter(
        (layer) => layer.rule !== null && intersects(layer.rect, t.rect)
      );
      if (layers.length === 0)
        throw new HostError(
          "InvalidOperation",
          "Set a data validation rule before its error alert.",
          "DataValidation.errorAlert"
        );
      for (const layer of layers) layer.errorAlert = { ...alert };
    });
  }
  /** Clears the data validation from the range. */
  clear(): void {
    this.call("clear", [], (t) => {
      t.sheet.validations.push({ rect: t.rect, rule: null });
    });
  }
}
