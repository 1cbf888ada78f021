/**
 * The parts of a conditional format in the in-memory host: its `format` (fill and font) and the
 * `custom` rule of a `Custom` format (a formula, as Office.js's `ConditionalFormatRule`).
 */
import { HostError, invalidArgument } from "../errors";
import type { ConditionalFormatModel } from "../model";
import { HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { normalizeColour } from "./common";

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
