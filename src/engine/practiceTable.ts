/**
 * The practices of an analysis, column by column (SPEC §2.1). One flat column per field rather than one
 * object per practice: a million records as objects take seconds of garbage collection to make and keep
 * (every full collection marks each of them again), where a column is one object.
 */
import { Practice } from "./types";

/** A text field: `null` for the whole column when the list has no such column. */
export type TextColumn = readonly (string | null)[] | null;

/** Usable practice rows, in input order. Row `i` of every column is practice `i`. */
export interface PracticeTable {
  readonly count: number;
  /** The sheet every practice came from. */
  readonly sheet: string;
  readonly code: readonly string[];
  readonly name: TextColumn;
  /** Normalised CCG code (`07L00` → `07L`, upper case). */
  readonly ccgCode: readonly string[];
  readonly ccgName: TextColumn;
  /** Registered patients (non-negative whole numbers). */
  readonly listSize: Float64Array;
  /** WGS84 degrees; NaN when not given. */
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  /** British National Grid metres (given, or projected from latitude/longitude); NaN when not usable for geography. */
  readonly easting: Float64Array;
  readonly northing: Float64Array;
  readonly localAuthority: TextColumn;
  /** 1 signed up as a member practice, 0 not; `null` when the list has no member column. */
  readonly member: Uint8Array | null;
  readonly postcode: TextColumn;
  /** 1-based Excel row each practice came from. */
  readonly row: Int32Array;
}

const numberOrNull = (value: number | undefined): number | null =>
  value === undefined || Number.isNaN(value) ? null : value;

/**
 * One practice as a record.
 * @example practiceAt(result.practices, 0).code // "A81001"
 */
export function practiceAt(table: PracticeTable, index: number): Practice {
  const member = table.member === null ? null : table.member[index] === 1;
  return {
    code: table.code[index] ?? "",
    name: table.name?.[index] ?? null,
    ccgCode: table.ccgCode[index] ?? "",
    ccgName: table.ccgName?.[index] ?? null,
    listSize: table.listSize[index] ?? 0,
    latitude: numberOrNull(table.latitude[index]),
    longitude: numberOrNull(table.longitude[index]),
    easting: numberOrNull(table.easting[index]),
    northing: numberOrNull(table.northing[index]),
    localAuthority: table.localAuthority?.[index] ?? null,
    member,
    postcode: table.postcode?.[index] ?? null,
    sheet: table.sheet,
    row: table.row[index] ?? 0,
  };
}

/**
 * Every practice as a record, in input order (for outputs that show one row per practice, and tests).
 * @example practiceRecords(result.practices).map((practice) => practice.code)
 */
export function practiceRecords(table: PracticeTable): Practice[] {
  return Array.from({ length: table.count }, (_, index) => practiceAt(table, index));
}

/** Appends practices to fixed-size columns; `finish` trims them to the practices added. */
export class PracticeTableBuilder {
  count = 0;
  readonly code: string[];
  readonly name: (string | null)[] | null;
  readonly ccgCode: string[];
  readonly ccgName: (string | null)[] | null;
  readonly listSize: Float64Array;
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  readonly easting: Float64Array;
  readonly northing: Float64Array;
  readonly localAuthority: (string | null)[] | null;
  readonly member: Uint8Array | null;
  readonly postcode: (string | null)[] | null;
  readonly row: Int32Array;

  /**
   * @param sheet the practice list's sheet name
   * @param capacity most practices that can be added (rows below the header)
   * @param has which optional columns the list has
   */
  constructor(
    private readonly sheet: string,
    capacity: number,
    has: Readonly<Record<"name" | "ccgName" | "localAuthority" | "member" | "postcode", boolean>>
  ) {
    // Text columns are made at full length and filled by index: a million pushes take four times as long.
    const text = <T>(): T[] => new Array<T>(capacity);
    this.code = text();
    this.ccgCode = text();
    this.name = has.name ? text() : null;
    this.ccgName = has.ccgName ? text() : null;
    this.localAuthority = has.localAuthority ? text() : null;
    this.postcode = has.postcode ? text() : null;
    this.member = has.member ? new Uint8Array(capacity) : null;
    this.listSize = new Float64Array(capacity);
    this.latitude = new Float64Array(capacity);
    this.longitude = new Float64Array(capacity);
    this.easting = new Float64Array(capacity);
    this.northing = new Float64Array(capacity);
    this.row = new Int32Array(capacity);
  }

  /** The table of the practices added. */
  finish(): PracticeTable {
    const n = this.count;
    // The whole column when every row was usable; otherwise a copy, so that no unused tail is kept (or
    // copied when the result is posted from a worker).
    const trim = <T extends Float64Array | Int32Array | Uint8Array>(column: T): T =>
      column.length === n ? column : (column.slice(0, n) as T);
    for (const column of [
      this.code,
      this.ccgCode,
      this.name,
      this.ccgName,
      this.localAuthority,
      this.postcode,
    ])
      if (column !== null) column.length = n;
    return {
      count: n,
      sheet: this.sheet,
      code: this.code,
      name: this.name,
      ccgCode: this.ccgCode,
      ccgName: this.ccgName,
      listSize: trim(this.listSize),
      latitude: trim(this.latitude),
      longitude: trim(this.longitude),
      easting: trim(this.easting),
      northing: trim(this.northing),
      localAuthority: this.localAuthority,
      member: this.member === null ? null : trim(this.member),
      postcode: this.postcode,
      row: trim(this.row),
    };
  }
}
