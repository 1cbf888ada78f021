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
import { RangeProxy } from "./range";
import {
  ConditionalRangeFormatProxy,
  CustomConditionalFormatProxy,
} from "./conditionalRangeFormat";

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
