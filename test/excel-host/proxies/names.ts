/**
 * `workbook.names` (`NamedItemCollection`) and `NamedItem` in the in-memory host.
 */
import { HostError, invalidArgument, itemNotFound } from "../errors";
import type { NameModel, WorkbookModel } from "../model";
import { HostCollection, HostProxy } from "../proxy";
import type { Getter } from "../proxy";
import type { HostRequestContext } from "../runtime";
import { addName, deleteName, describeName, findName } from "../structure";
import { RangeProxy } from "./range";

function nameScalars(): Record<string, Getter<NameModel>> {
  return {
    name: (n) => n.name,
    comment: (n) => n.comment,
    visible: (n) => n.visible,
    scope: () => "Workbook",
    type: (n) => describeName(n).type,
    value: (n) => describeName(n).value,
    formula: (n) => describeName(n).formula,
  };
}

/** `workbook.names`. */
export class NamedItemCollectionProxy extends HostCollection<
  WorkbookModel,
  NameModel,
  NamedItemProxy
> {
  constructor(context: HostRequestContext, path: string) {
    super(context, path, () => context.model, "NamedItemCollection");
  }
  protected elements(t: WorkbookModel): NameModel[] {
    return t.names;
  }
  protected itemProxy(model: NameModel, index: number): NamedItemProxy {
    return new NamedItemProxy(this.context, `names.items[${index}]`, () => model, model);
  }
  protected itemScalars(): Record<string, Getter<NameModel>> {
    return nameScalars();
  }
  /**
   * Adds a workbook-scoped name.
   * @param reference - a Range, or a formula such as `='CCG Summary'!$A$1`
   */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    let created: NameModel | undefined;
    const shown = typeof reference === "string" ? reference : reference._path;
    this.context.enqueue(
      { p: this._path, k: "call", n: "add", a: [name, shown, comment ?? ""] },
      () => {
        const ref =
          typeof reference === "string" ? reference : reference._target("NamedItemCollection.add");
        created = addName(this.context.model, name, ref, comment ?? "");
        return undefined;
      }
    );
    return new NamedItemProxy(this.context, `names.add(${JSON.stringify(name)})`, () => {
      if (!created) throw invalidArgument("name was not added", "NamedItemCollection.add");
      return created;
    });
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `names.getItem(${JSON.stringify(name)})`, () => {
      const found = findName(this.context.model, name);
      if (!found) throw itemNotFound(`name '${name}'`, "NamedItemCollection.getItem");
      return found;
    });
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      `names.getItemOrNullObject(${JSON.stringify(name)})`,
      () => findName(this.context.model, name) ?? null
    );
  }
}

/** One defined name. */
export class NamedItemProxy extends HostProxy<NameModel> {
  constructor(
    context: HostRequestContext,
    path: string,
    resolver: () => NameModel | null,
    bound?: NameModel
  ) {
    super(context, path, resolver, "NamedItem", bound);
  }
  protected scalars(): Record<string, Getter<NameModel>> {
    return nameScalars();
  }
  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  get comment(): string {
    return this.get("comment");
  }
  set comment(value: string) {
    this.set("comment", value, (n, v) => {
      n.comment = String(v);
    });
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.set("visible", value, (n, v) => {
      n.visible = Boolean(v);
    });
  }
  delete(): void {
    this.call("delete", [], (n) => deleteName(this.context.model, n));
  }
  /** The range the name refers to (InvalidOperation at sync when it refers to none, e.g. `#REF!`). */
  getRange(): RangeProxy {
    return new RangeProxy(this.context, this.child("getRange()"), () => {
      const n = this._targetOrNull();
      if (n === null) return null;
      if (!("sheet" in n.ref) || n.ref.sheet.deleted) {
        throw new HostError(
          "InvalidOperation",
          `The name '${n.name}' does not refer to a range.`,
          "NamedItem.getRange"
        );
      }
      return n.ref;
    });
  }
  /** The range the name refers to, or a null object. */
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, this.child("getRangeOrNullObject()"), () => {
      const n = this._targetOrNull();
      if (n === null || !("sheet" in n.ref) || n.ref.sheet.deleted) return null;
      return n.ref;
    });
  }
}
