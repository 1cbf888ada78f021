/**
 * `Range.conditionalFormats` in the in-memory host: text-comparison, cell-value and custom
 * (formula) rules with a fill and font, as Office.js's `ContainsText`, `CellValue` and `Custom`
 * conditional formats.
 */
import { intersects } from "../address";
import { HostError, invalidArgument } from "../errors";
import { newId } from "../model";
import type { ConditionalFormatModel, SheetRect } from "../model";
import { HostCollection, HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { normalizeColour } from "./common";
import { RangeProxy } from "./range";

const TEXT_OPERATORS = ["Contains", "BeginsWith", "EndsWith", "NotContains"];
const VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

/** `range.conditionalFormats`. */
export class ConditionalFormatCollectionProxy extends HostCollection<
  SheetRect,
  ConditionalFormatModel,
  ConditionalFormatProxy
> {
  constructor(context: HostRequestContext, path: string, resolver: () => SheetRect | null) {
    super(context, path, resolver, "ConditionalFormatCollection");
  }
  protected elements(t: SheetRect): ConditionalFormatModel[] {
    return t.sheet.conditionalFormats.filter((f) => !f.deleted && intersects(f.rect, t.rect));
  }
  protected itemProxy(model: ConditionalFormatModel, index: number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(
      this.context,
      `${this._path}.items[${index}]`,
      () => model,
      model
    );
  }
  protected itemScalars(): Record<string, Getter<ConditionalFormatModel>> {
    return conditionalFormatScalars();
  }

  /**
   * Adds a conditional format of a type ("ContainsText", "CellValue", "Custom") over the whole range.
   * @returns the new format (its rule and colours are set through `textComparison` / `cellValue` / `custom`)
   */
  add(type: string): ConditionalFormatProxy {
    let created: ConditionalFormatModel | undefined;
    this.context.enqueue({ p: this._path, k: "call", n: "add", a: [type] }, () => {
      const t = this._target("add");
      if (type !== "ContainsText" && type !== "CellValue" && type !== "Custom") {
        throw new HostError(
          "NotImplemented",
          `The in-memory host has no '${type}' conditional formats.`,
          "ConditionalFormatCollection.add"
        );
      }
      created = {
        id: newId(this.context.model, "cf"),
        sheet: t.sheet,
        rect: t.rect,
        type,
        deleted: false,
      };
      t.sheet.conditionalFormats.push(created);
      return undefined;
    });
    return new ConditionalFormatProxy(
      this.context,
      `${this._path}.add(${JSON.stringify(type)})`,
      () => {
        if (!created)
          throw invalidArgument(
            "conditional format was not created",
            "ConditionalFormatCollection.add"
          );
        return created;
      }
    );
  }

  /** Removes every conditional format that touches the range. */
  clearAll(): void {
    this.call("clearAll", [], (t) => {
      for (const f of this.elements(t)) f.deleted = true;
    });
  }
}

function conditionalFormatScalars(): Record<string, Getter<ConditionalFormatModel>> {
  return {
    type: (f) => f.type,
    id: (f) => f.id,
    priority: (f) => f.sheet.conditionalFormats.filter((x) => !x.deleted).indexOf(f),
    stopIfTrue: () => false,
  };
}

/** One conditional format. */
export class ConditionalFormatProxy extends HostProxy<ConditionalFormatModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => ConditionalFormatModel | null,
    bound?: ConditionalFormatModel
  ) {
    super(context, path, resolver, "ConditionalFormat", bound);
  }
  protected scalars(): Record<string, Getter<ConditionalFormatModel>> {
    return conditionalFormatScalars();
  }
  get type(): string {
    return this.get("type");
  }
  get textComparison(): ConditionalRuleProxy {
    return this.nav(
      "textComparison",
      () =>
        new ConditionalRuleProxy(
          this.context,
          this.child("textComparison"),
          () => this._targetOrNull(),
          "ContainsText"
        )
    );
  }
  get cellValue(): ConditionalRuleProxy {
    return this.nav(
      "cellValue",
      () =>
        new ConditionalRuleProxy(
          this.context,
          this.child("cellValue"),
          () => this._targetOrNull(),
          "CellValue"
        )
    );
  }
  get custom(): CustomConditionalFormatProxy {
    return this.nav(
      "custom",
      () =>
        new CustomConditionalFormatProxy(this.context, this.child("custom"), () =>
          this._targetOrNull()
        )
    );
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, this.child("getRange()"), () => {
      const f = this._targetOrNull();
      return f === null ? null : { sheet: f.sheet, rect: f.rect };
    });
  }
  delete(): void {
    this.call("delete", [], (f) => {
      f.deleted = true;
    });
  }
}

/** `textComparison` / `cellValue`: the rule and the format applied when it holds. */
export class ConditionalRuleProxy extends HostProxy<ConditionalFormatModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => ConditionalFormatModel | null,
    private readonly kind: "ContainsText" | "CellValue"
  ) {
    super(
      context,
      path,
      resolver,
      kind === "ContainsText" ? "TextConditionalFormat" : "CellValueConditionalFormat"
    );
  }
  protected scalars(): Record<string, Getter<ConditionalFormatModel>> {
    return { rule: (f) => f.rule ?? null };
  }
  private checkedTarget(f: ConditionalFormatModel, member: string): ConditionalFormatModel {
    if (f.type !== this.kind) {
      throw new HostError(
        "InvalidOperation",
        `A '${f.type}' conditional format has no ${this.typeName}.`,
        `${this.typeName}.${member}`
      );
    }
    return f;
  }
  get rule(): Record<string, unknown> {
    return this.get("rule");
  }
  set rule(value: Record<string, unknown>) {
    this.set("rule", value, (f, v) => {
      const target = this.checkedTarget(f, "rule");
      const rule = v as Record<string, unknown>;
      if (this.kind === "ContainsText") {
        if (!TEXT_OPERATORS.includes(String(rule.operator)) || typeof rule.text !== "string") {
          throw invalidArgument(`text rule ${JSON.stringify(v)}`, "TextConditionalFormat.rule");
        }
      } else if (
        !VALUE_OPERATORS.includes(String(rule.operator)) ||
        typeof rule.formula1 !== "string"
      ) {
        throw invalidArgument(
          `cell value rule ${JSON.stringify(v)}`,
          "CellValueConditionalFormat.rule"
        );
      }
      target.rule = { ...rule };
    });
  }
  get format(): ConditionalRangeFormatProxy {
    return this.nav(
      "format",
      () =>
        new ConditionalRangeFormatProxy(this.context, this.child("format"), () => {
          const f = this._targetOrNull();
          return f === null ? null : this.checkedTarget(f, "format");
        })
    );
  }
}

/** `format` of a conditional format: `fill.color`, `font.color`, `font.bold`. */
export class ConditionalRangeFormatProxy extends HostProxy<ConditionalFormatModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => ConditionalFormatModel | null
  ) {
    super(context, path, resolver, "ConditionalRangeFormat");
  }
  protected scalars(): Record<string, Getter<ConditionalFormatModel>> {
    return {};
  }
  get fill(): ConditionalColourProxy {
    return this.nav(
      "fill",
      () =>
        new ConditionalColourProxy(
          this.context,
          this.child("fill"),
          () => this._targetOrNull(),
          "fill"
        )
    );
  }
  get font(): ConditionalColourProxy {
    return this.nav(
      "font",
      () =>
        new ConditionalColourProxy(
          this.context,
          this.child("font"),
          () => this._targetOrNull(),
          "font"
        )
    );
  }
}

/** Fill or font of a conditional format. */
export class ConditionalColourProxy extends HostProxy<ConditionalFormatModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => ConditionalFormatModel | null,
    private readonly part: "fill" | "font"
  ) {
    super(
      context,
      path,
      resolver,
      part === "fill" ? "ConditionalRangeFill" : "ConditionalRangeFont"
    );
  }
  protected scalars(): Record<string, Getter<ConditionalFormatModel>> {
    return this.part === "fill"
      ? { color: (f) => f.fillColor ?? null }
      : { color: (f) => f.fontColor ?? null, bold: (f) => f.bold ?? null };
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, (f, v) => {
      const colour = normalizeColour(v, `${this.typeName}.color`);
      if (this.part === "fill") f.fillColor = colour;
      else f.fontColor = colour;
    });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.set("bold", value, (f, v) => {
      f.bold = Boolean(v);
    });
  }
}

/** `custom` of a `Custom` conditional format: a formula rule and the format applied when it holds. */
export class CustomConditionalFormatProxy extends HostProxy<ConditionalFormatModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => ConditionalFormatModel | null
  ) {
    super(context, path, resolver, "CustomConditionalFormat");
  }
  protected scalars(): Record<string, Getter<ConditionalFormatModel>> {
    return {};
  }
  private checked(): ConditionalFormatModel | null {
    const f = this._targetOrNull();
    if (f !== null && f.type !== "Custom") {
      throw new HostError(
        "InvalidOperation",
        `A '${f.type}' conditional format has no CustomConditionalFormat.`,
        "CustomConditionalFormat"
      );
    }
    return f;
  }
  get rule(): ConditionalFormulaRuleProxy {
    return this.nav(
      "rule",
      () => new ConditionalFormulaRuleProxy(this.context, this.child("rule"), () => this.checked())
    );
  }
  get format(): ConditionalRangeFormatProxy {
    return this.nav(
      "format",
      () =>
        new ConditionalRangeFormatProxy(this.context, this.child("format"), () => this.checked())
    );
  }
}

/** `ConditionalFormatRule`: the formula of a custom conditional format (must start with `=`). */
export class ConditionalFormulaRuleProxy extends HostProxy<ConditionalFormatModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => ConditionalFormatModel | null
  ) {
    super(context, path, resolver, "ConditionalFormatRule");
  }
  protected scalars(): Record<string, Getter<ConditionalFormatModel>> {
    return { formula: (f) => (f.rule?.formula as string | undefined) ?? "" };
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.set("formula", value, (f, v) => {
      if (typeof v !== "string" || !v.startsWith("=") || v.length < 2)
        throw invalidArgument(
          `custom rule formula ${JSON.stringify(v)}`,
          "ConditionalFormatRule.formula"
        );
      f.rule = { formula: v };
    });
  }
}
