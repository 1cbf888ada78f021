/**
 * Proxy objects of the in-memory host, modelled on Office.js's ClientObject: lazy resolution
 * against the model at sync, queued loads, sets and calls, and the PropertyNotLoaded rule for
 * reads. Collections expose `items` after a load.
 */
import { HostError, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { HostRequestContext } from "./runtime";

/** What a resolved proxy points at, or why it points at nothing. */
type Resolution<T> =
  { kind: "ok"; target: T } | { kind: "null" } | { kind: "error"; error: HostError };

/** A property the client may load: how to read it from the target. */
export type Getter<T> = (target: T) => unknown;

/**
 * Base of every proxy: lazy resolution against the model at sync, load/set/call queuing, and the
 * PropertyNotLoaded rule for reads.
 */
export abstract class HostProxy<T> {
  private resolution: Resolution<T> | undefined;
  private isNull: boolean | undefined;
  /** Values the client may read: set by the client, or delivered by a load. */
  protected readonly known = new Map<string, unknown>();
  private readonly navigation = new Map<string, unknown>();

  /**
   * @param context - the request context
   * @param path - the object path as shown in the request
   * @param resolver - finds the target in the model; returns null for a null object (OrNullObject)
   *   or throws HostError when it does not exist
   * @param typeName - Office.js class name for messages
   * @param bound - for items delivered by a collection load: the element itself (no path, never null)
   */
  constructor(
    protected readonly context: HostRequestContext,
    readonly _path: string,
    private readonly resolver: () => T | null,
    protected readonly typeName: string,
    bound?: T
  ) {
    if (bound !== undefined) {
      this.resolution = { kind: "ok", target: bound };
      this.isNull = false;
      return;
    }
    context.touch(this as HostProxy<unknown>);
    context.enqueue({ p: _path, k: "path", n: "" }, () => {
      this._tryResolve();
      return undefined;
    });
  }

  /** Stores a delivered value (used by collections for their items). */
  _accept(name: string, value: unknown): void {
    this.known.set(name, value);
  }

  /** Loadable scalar properties of this class. */
  protected abstract scalars(): Record<string, Getter<T>>;

  /** True when the target still exists (not deleted). */
  protected alive(target: T): boolean {
    const flagged = target as unknown as { deleted?: boolean; sheet?: { deleted?: boolean } };
    return !(flagged.deleted ?? false) && !(flagged.sheet?.deleted ?? false);
  }

  /** Resolves once (at sync); errors are kept for the first action that needs the target. */
  _tryResolve(): Resolution<T> {
    if (!this.resolution) {
      try {
        const target = this.resolver();
        this.resolution = target === null ? { kind: "null" } : { kind: "ok", target };
      } catch (error) {
        if (!(error instanceof HostError)) throw error;
        this.resolution = { kind: "error", error };
      }
    }
    return this.resolution;
  }

  /** The target, or null for a null object (used by navigation). */
  _targetOrNull(): T | null {
    const r = this._tryResolve();
    if (r.kind === "error") throw r.error;
    if (r.kind === "null") return null;
    if (!this.alive(r.target)) throw itemNotFound(`${this.typeName} was deleted`, this.typeName);
    return r.target;
  }

  /** The target for an action; a null object cannot take actions. */
  _target(member: string): T {
    const target = this._targetOrNull();
    if (target === null)
      throw itemNotFound(`${this.typeName} is a null object`, `${this.typeName}.${member}`);
    return target;
  }

  /** Called after a successful sync. */
  _settleNullness(): void {
    const r = this.resolution;
    if (r) this.isNull = r.kind === "null";
  }

  /** Office.js `isNullObject`: known only after a sync. */
  get isNullObject(): boolean {
    if (this.isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this.isNull;
  }

  /** Reads a property: the client's own value, or a loaded one; otherwise PropertyNotLoaded. */
  protected get<V>(property: string): V {
    if (this.known.has(property)) return this.known.get(property) as V;
    if (this.isNull === true) return undefined as V;
    const error = propertyNotLoaded(property);
    error.debugInfo.errorLocation = `${this.typeName}.${property}`;
    throw error;
  }

  /** Sets a property: readable at once (as in Office.js), applied to the model at sync. */
  protected set(
    property: string,
    value: unknown,
    apply: (target: T, value: unknown) => void
  ): void {
    this.known.set(property, value);
    this.context.enqueue({ p: this._path, k: "set", n: property, a: value }, () => {
      apply(this._target(property), value);
      return undefined;
    });
  }

  /** Queues a method call with no result. */
  protected call(method: string, args: unknown[], apply: (target: T) => void): void {
    this.context.enqueue({ p: this._path, k: "call", n: method, a: args }, () => {
      apply(this._target(method));
      return undefined;
    });
  }

  /** A cached child proxy for a navigation property (`range.format`, `chart.title`). */
  protected nav<P>(name: string, make: () => P): P {
    if (!this.navigation.has(name)) this.navigation.set(name, make());
    return this.navigation.get(name) as P;
  }

  /** Child path text. */
  protected child(suffix: string): string {
    return `${this._path}.${suffix}`;
  }

  /** Navigation property names this class can load through (`format/font/bold`). */
  protected navigationFor(name: string): HostProxy<unknown> | undefined {
    const value = (this as unknown as Record<string, unknown>)[name];
    return value instanceof HostProxy ? value : undefined;
  }

  /**
   * Office.js `load`: a string ("a, b/c"), an array of strings, or `{ select }`; no argument loads
   * every scalar property.
   */
  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    const scalars = this.scalars();
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths.length === 0 ? Object.keys(scalars) : paths) {
      const slash = path.indexOf("/");
      if (slash < 0) own.push(path);
      else
        nested.set(path.slice(0, slash), [
          ...(nested.get(path.slice(0, slash)) ?? []),
          path.slice(slash + 1),
        ]);
    }
    this.loadOwn(own, nested);
    for (const [name, rest] of nested) {
      if (name === "items") continue;
      const proxy = this.navigationFor(name);
      if (!proxy)
        throw invalidArgument(
          `'${name}' is not a navigation property of ${this.typeName}`,
          `${this.typeName}.load`
        );
      proxy.load(rest);
    }
    return this;
  }

  /** Queues the load of this object's own scalar properties. */
  protected loadOwn(own: string[], _nested: Map<string, string[]>): void {
    if (own.length === 0) return;
    const scalars = this.scalars();
    for (const name of own) {
      if (!(name in scalars))
        throw invalidArgument(
          `'${name}' is not a property of ${this.typeName}`,
          `${this.typeName}.load`
        );
    }
    this.context.enqueue(
      { p: this._path, k: "load", n: own.join(",") },
      () => {
        const target = this._targetOrNull();
        if (target === null) return null;
        const snapshot: Record<string, unknown> = {};
        for (const name of own) snapshot[name] = cloneValue((scalars[name] as Getter<T>)(target));
        return snapshot;
      },
      (response) => {
        if (response === null || response === undefined) return;
        for (const [name, value] of Object.entries(response as Record<string, unknown>))
          this.known.set(name, value);
      }
    );
  }

  /** Office.js `toJSON`: the known properties. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.known);
  }
}

/** Deep copy of loaded data, so later writes do not change what the client already holds. */
function cloneValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneValue);
  if (value !== null && typeof value === "object")
    return JSON.parse(JSON.stringify(value)) as unknown;
  return value;
}

/** Property paths from a load argument. */
export function parseLoadSpec(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoadSpec(s));
  if (typeof spec === "object" && "select" in spec)
    return parseLoadSpec((spec as { select: unknown }).select);
  throw invalidArgument(`load argument ${JSON.stringify(spec)}`, "load");
}

/**
 * Base of collections: `items` after a load of `items/…` (or of a property name, which Office.js
 * treats as `items/<name>`).
 */
export abstract class HostCollection<T, M, P extends HostProxy<M>> extends HostProxy<T> {
  /** The elements in the model. */
  protected abstract elements(target: T): M[];
  /** A proxy bound to one element. */
  protected abstract itemProxy(model: M, index: number): P;
  /** Loadable scalar properties of each item. */
  protected abstract itemScalars(): Record<string, Getter<M>>;

  protected scalars(): Record<string, Getter<T>> {
    return { count: (t) => this.elements(t).length };
  }

  override load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    const itemPaths: string[] = [];
    const own: string[] = [];
    for (const path of paths) {
      if (path === "count") own.push(path);
      else if (path === "items") itemPaths.push("");
      else itemPaths.push(path.startsWith("items/") ? path.slice("items/".length) : path);
    }
    if (paths.length === 0) itemPaths.push("");
    super.loadOwn(own, new Map());
    const itemScalars = this.itemScalars();
    const direct = itemPaths.filter((p) => p !== "" && !p.includes("/"));
    const names = itemPaths.includes("") ? Object.keys(itemScalars) : direct;
    for (const name of names) {
      if (!(name in itemScalars))
        throw invalidArgument(
          `'${name}' is not a property of the items of ${this.typeName}`,
          `${this.typeName}.load`
        );
    }
    const deepPaths = itemPaths.filter((p) => p.includes("/"));
    let models: M[] = [];
    this.context.enqueue(
      { p: this._path, k: "load", n: `items/${names.join(",")}` },
      () => {
        const target = this._targetOrNull();
        models = target === null ? [] : [...this.elements(target)];
        return models.map((m) =>
          Object.fromEntries(names.map((n) => [n, cloneValue((itemScalars[n] as Getter<M>)(m))]))
        );
      },
      (response) => {
        const rows = response as Record<string, unknown>[];
        const items = models.map((m, i) => {
          const proxy = this.itemProxy(m, i);
          for (const [name, value] of Object.entries(rows[i] ?? {})) proxy._accept(name, value);
          return proxy;
        });
        this.known.set("items", items);
      }
    );
    if (deepPaths.length > 0) {
      throw new HostError(
        "NotImplemented",
        `The in-memory host does not load '${deepPaths.join(", ")}' through a collection.`
      );
    }
    return this;
  }

  /** Office.js `items` (after a load). */
  get items(): P[] {
    return this.get<P[]>("items");
  }
}
