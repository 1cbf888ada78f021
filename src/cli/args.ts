/** Command-line arguments of `ccg-footprint` (SPEC §8.1), parsed by Node's `util.parseArgs`. */
import { parseArgs, type ParseArgsConfig } from "util";
import {
  AssumptionKey,
  Assumptions,
  assumptionValueProblem,
  isAssumptionKey,
  ASSUMPTION_KEYS,
} from "../engine/assumptions";
import {
  FIELD_LABELS,
  MappingOverrides,
  PRACTICE_FIELDS,
  PracticeField,
  normaliseHeader,
} from "../engine/headers";
import { readNumber } from "../engine/values";
import type { ScoringSelection } from "../engine/scoring/scoreCcgs";

/** Wrong usage: exit code 2 with this message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** `analyse` options. */
export interface AnalyseCommand {
  readonly command: "analyse";
  readonly input: string;
  readonly output: string | null;
  readonly json: boolean;
  readonly svg: string | null;
  readonly assumptions: Partial<Assumptions>;
  readonly mapping: MappingOverrides;
  /** `--scoring`: the CCGs whose scoring sheets are written (null: only those that already have one). */
  readonly scoring: ScoringSelection | null;
  /** `--scenario`: a scenario name of the `Scenarios` sheet, or `all`; null without the option. */
  readonly scenario: string | null;
}

/** `suggest` options. */
export interface SuggestCommand {
  readonly command: "suggest";
  readonly input: string;
  readonly json: boolean;
  readonly assumptions: Partial<Assumptions>;
  readonly mapping: MappingOverrides;
}

/** `sample` options. */
export interface SampleCommand {
  readonly command: "sample";
  readonly output: string | null;
  readonly practices: number | undefined;
  readonly ccgs: number | undefined;
  readonly seed: number | undefined;
}

/** Every command line the runner understands. */
export type Command =
  | AnalyseCommand
  | SampleCommand
  | SuggestCommand
  | { readonly command: "demo" }
  | { readonly command: "help" }
  | { readonly command: "version" };

interface RawOptions {
  positional: string[];
  values: Map<string, string[]>;
  flags: Set<string>;
}

/** Options taking a value, by long name (`-o` is `--output`); every one may repeat (checked later). */
const VALUE_OPTIONS = [
  "output",
  "set",
  "map",
  "scenario",
  "scoring",
  "practices",
  "ccgs",
  "seed",
  "svg",
];
const FLAG_OPTIONS = ["json", "help"];

const PARSE_OPTIONS: ParseArgsConfig["options"] = {
  ...Object.fromEntries(
    VALUE_OPTIONS.map((name) => [name, { type: "string" as const, multiple: true }])
  ),
  ...Object.fromEntries(FLAG_OPTIONS.map((name) => [name, { type: "boolean" as const }])),
  output: { type: "string", multiple: true, short: "o" },
  help: { type: "boolean", short: "h" },
};

/**
 * Node's `util.parseArgs`, with its errors turned into usage messages in our words.
 * @throws UsageError naming the option that is wrong
 */
function splitOptions(args: readonly string[]): RawOptions {
  let tokens: NonNullable<ReturnType<typeof parseArgs>["tokens"]>;
  try {
    tokens =
      parseArgs({
        args: [...args],
        options: PARSE_OPTIONS,
        strict: true,
        allowPositionals: true,
        tokens: true,
      }).tokens ?? [];
  } catch (error) {
    throw usageErrorOf(error as Error & { code?: string }, args);
  }
  const raw: RawOptions = { positional: [], values: new Map(), flags: new Set() };
  for (const token of tokens) {
    if (token.kind === "positional") raw.positional.push(token.value);
    if (token.kind !== "option") continue;
    const name = `--${token.name}`;
    if (token.value === undefined) raw.flags.add(name);
    else raw.values.set(name, [...(raw.values.get(name) ?? []), token.value]);
  }
  return raw;
}

/** A usage message for what `parseArgs` refused. */
function usageErrorOf(error: Error & { code?: string }, args: readonly string[]): UsageError {
  // parseArgs names the option in quotes: '--bogus', or '-o, --output <value>' for both spellings.
  const spellings = /'([^']*)'/.exec(error.message)?.[1]?.match(/--?[A-Za-z][\w-]*/g) ?? [];
  const typed =
    spellings.find((name) => args.some((arg) => arg === name || arg.startsWith(`${name}=`))) ??
    spellings[spellings.length - 1] ??
    "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return new UsageError(`unknown option '${typed}'`);
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (FLAG_OPTIONS.includes(typed.replace(/^-+/, "")))
      return new UsageError(`option ${typed} takes no value`);
    return new UsageError(
      `option ${typed} needs a value` +
        (/ambiguous/.test(error.message)
          ? ` (for a value starting with '-', write ${typed}=<value>)`
          : "")
    );
  }
  return new UsageError(error.message.split("\n")[0] ?? error.message);
}

function single(raw: RawOptions, name: string): string | null {
  const values = raw.values.get(name);
  if (values === undefined) return null;
  if (values.length > 1) throw new UsageError(`option ${name} given more than once`);
  return values[0] ?? null;
}

function allowOnly(raw: RawOptions, command: string, allowed: readonly string[]): void {
  for (const name of raw.values.keys()) {
    if (!allowed.includes(name))
      throw new UsageError(`option ${name} does not apply to '${command}'`);
  }
  for (const flag of raw.flags) {
    if (flag !== "--help" && !allowed.includes(flag))
      throw new UsageError(`option ${flag} does not apply to '${command}'`);
  }
}

function wholeNumberOption(raw: RawOptions, name: string, minimum: number): number | undefined {
  const text = single(raw, name);
  if (text === null) return undefined;
  const reading = readNumber(text);
  if (reading.kind !== "value" || !Number.isInteger(reading.value) || reading.value < minimum) {
    throw new UsageError(`${name} '${text}' must be a whole number of at least ${minimum}`);
  }
  return reading.value;
}

/**
 * `--set key=value` pairs, each checked against SPEC §2.3.
 * @example parseAssumptionSettings(["rca_per_head=22.07"]) // { rca_per_head: 22.07 }
 */
export function parseAssumptionSettings(settings: readonly string[]): Partial<Assumptions> {
  const result: Partial<Record<AssumptionKey, number>> = {};
  for (const setting of settings) {
    const equals = setting.indexOf("=");
    if (equals <= 0)
      throw new UsageError(
        `--set '${setting}' must look like key=value, e.g. --set rca_per_head=22.07`
      );
    const key = setting.slice(0, equals).trim();
    const text = setting.slice(equals + 1).trim();
    if (!isAssumptionKey(key)) {
      throw new UsageError(
        `--set: unknown assumption '${key}'; known: ${ASSUMPTION_KEYS.join(", ")}`
      );
    }
    const reading = readNumber(text);
    if (reading.kind !== "value") throw new UsageError(`--set ${key}: '${text}' is not a number`);
    const problem = assumptionValueProblem(key, reading.value);
    if (problem !== null) throw new UsageError(`--set ${key}: ${text} ${problem}`);
    result[key] = reading.value;
  }
  return result;
}

/** A field name as users may type it: `list_size`, `listSize`, `list size`. */
function fieldFromName(name: string): PracticeField | null {
  const wanted = normaliseHeader(name);
  for (const field of PRACTICE_FIELDS) {
    if (normaliseHeader(field) === wanted || normaliseHeader(FIELD_LABELS[field]) === wanted)
      return field;
  }
  return null;
}

/**
 * `--map field=Header` pairs.
 * @example parseMappings(["list_size=Total patients"]) // { listSize: "Total patients" }
 */
export function parseMappings(mappings: readonly string[]): MappingOverrides {
  const result: Partial<Record<PracticeField, string>> = {};
  for (const mapping of mappings) {
    const equals = mapping.indexOf("=");
    if (equals <= 0 || mapping.slice(equals + 1).trim() === "") {
      throw new UsageError(
        `--map '${mapping}' must look like field=Header, e.g. --map list_size="Registered patients"`
      );
    }
    const name = mapping.slice(0, equals).trim();
    const field = fieldFromName(name);
    if (field === null) {
      const known = PRACTICE_FIELDS.map((f) =>
        FIELD_LABELS[f].toLowerCase().replace(/ /g, "_")
      ).join(", ");
      throw new UsageError(`--map: unknown field '${name}'; known: ${known}`);
    }
    result[field] = mapping.slice(equals + 1).trim();
  }
  return result;
}

/**
 * `--scoring all|flagged|none|<code,code>`.
 * @example parseScoringSelection("07L, 08m") // ["07L", "08M"]
 */
export function parseScoringSelection(text: string | null): ScoringSelection | null {
  if (text === null) return null;
  const word = text.trim().toLowerCase();
  if (word === "all" || word === "flagged" || word === "none") return word;
  const codes = text
    .split(",")
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== "");
  if (codes.length === 0) {
    throw new UsageError(
      "--scoring needs all, flagged, none or CCG codes separated by commas, e.g. --scoring 07L,08M"
    );
  }
  return codes;
}

/**
 * Parse the runner's arguments (without `node` and the script).
 * @throws UsageError for anything the runner does not understand (exit code 2)
 */
export function parseArguments(args: readonly string[]): Command {
  const [command, ...rest] = args;
  if (command === undefined) throw new UsageError("no command given");
  if (command === "--help" || command === "-h" || command === "help") return { command: "help" };
  if (command === "--version" || command === "-v") return { command: "version" };
  const raw = splitOptions(rest);
  if (raw.flags.has("--help")) return { command: "help" };
  switch (command) {
    case "analyse":
    case "analyze": {
      allowOnly(raw, "analyse", [
        "--output",
        "--json",
        "--set",
        "--map",
        "--svg",
        "--scoring",
        "--scenario",
      ]);
      const scenario = single(raw, "--scenario");
      if (scenario !== null && scenario.trim() === "")
        throw new UsageError("--scenario needs a scenario name from the Scenarios sheet, or all");
      if (raw.positional.length !== 1) {
        throw new UsageError(
          raw.positional.length === 0
            ? "analyse needs a workbook (.xlsx or .csv)"
            : `analyse takes one workbook, not ${raw.positional.length}`
        );
      }
      return {
        command: "analyse",
        input: raw.positional[0] ?? "",
        output: single(raw, "--output"),
        json: raw.flags.has("--json"),
        svg: single(raw, "--svg"),
        assumptions: parseAssumptionSettings(raw.values.get("--set") ?? []),
        mapping: parseMappings(raw.values.get("--map") ?? []),
        scoring: parseScoringSelection(single(raw, "--scoring")),
        scenario: scenario === null ? null : scenario.trim(),
      };
    }
    case "suggest": {
      allowOnly(raw, "suggest", ["--json", "--set", "--map"]);
      if (raw.positional.length !== 1) {
        throw new UsageError(
          raw.positional.length === 0
            ? "suggest needs a workbook (.xlsx or .csv)"
            : `suggest takes one workbook, not ${raw.positional.length}`
        );
      }
      return {
        command: "suggest",
        input: raw.positional[0] ?? "",
        json: raw.flags.has("--json"),
        assumptions: parseAssumptionSettings(raw.values.get("--set") ?? []),
        mapping: parseMappings(raw.values.get("--map") ?? []),
      };
    }
    case "sample": {
      allowOnly(raw, "sample", ["--output", "--practices", "--ccgs", "--seed"]);
      if (raw.positional.length > 0)
        throw new UsageError(
          `sample takes no workbook (got '${raw.positional[0]}'); use -o to name the output`
        );
      return {
        command: "sample",
        output: single(raw, "--output"),
        practices: wholeNumberOption(raw, "--practices", 1),
        ccgs: wholeNumberOption(raw, "--ccgs", 1),
        seed: wholeNumberOption(raw, "--seed", 0),
      };
    }
    case "demo":
      allowOnly(raw, "demo", []);
      if (raw.positional.length > 0) throw new UsageError("demo takes no arguments");
      return { command: "demo" };
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `Usage:
  ccg-footprint analyse <workbook.xlsx|.csv> [-o <out.xlsx>] [--json] [--svg <map.svg>]
                        [--scenario <name|all>] [--scoring all|flagged|none|<code,code>]
                        [--set key=value]... [--map field=Header]...
  ccg-footprint sample [-o <out.xlsx>] [--practices N] [--ccgs N] [--seed S]
  ccg-footprint demo
  ccg-footprint suggest <workbook> [--json] [--set key=value]... [--map field=Header]...

analyse   Analyse a practice list: population, running costs, geography and RAG ratings per CCG.
          Writes <workbook>.analysed.xlsx beside the input (or -o): the input sheets untouched plus
          CCG Summary, Practice Detail, Data Quality and Assumptions. With --json, prints the results
          as JSON to stdout and writes a workbook only when -o is given.
          --set key=value   override an assumption, e.g. --set rca_per_head=22.07
          --map field=Header  choose the column for a field, e.g. --map list_size="Total patients"
          --scoring flagged  also write authorisation scoring sheets (Scoring <code>, Domain Summary)
                            for the RED and AMBER CCGs; or all, none, or codes such as 07L,08M.
                            Without it, scoring sheets already in the workbook are refreshed, keeping
                            the statuses, support and evidence you changed.
          --scenario <name|all>  analyse a scenario of the Scenarios sheet (or all of them) and
                            print, or write to Scenario Comparison, its CCGs before and after.
suggest   For each CCG RED or AMBER on size or finance, up to 3 territory-adjacent partners to merge
          with, best merged rating first, then the most compact; --json prints them as JSON.
sample    Write a deterministic England-like sample workbook (default sample.xlsx).
demo      Write a sample and its analysis into ./ccg-footprint-demo/ and print a RAG table.

Exit codes: 0 done (data-quality warnings allowed), 1 unusable input, 2 wrong usage.`;
