/**
 * Recalculating .xlsx files in a real spreadsheet program (LibreOffice Calc, headless) and reading back
 * every sheet's values: the check that a sheet's native formulas work without the add-in.
 *
 * LibreOffice keeps an .xlsx file's cached formula results on load unless told otherwise, so each call
 * uses a fresh temporary profile whose `registrymodifications.xcu` sets
 * `/org.openoffice.Office.Calc/Formula/Load` `OOXMLRecalcMode` to 0 ("always recalculate"). The values are
 * exported with the CSV filter, one file per sheet (`<base>-<Sheet name>.csv`, token 12 = -1). Filter
 * tokens used: `44` comma, `34` double quote, `76` UTF-8, `1` first line, (no column formats), `0`
 * language, `true` quote every text cell (so text "123" and the number 123 differ), `true` numbers
 * unquoted, `false` values not "as shown" (no £ or thousands separators; 15 significant digits as
 * LibreOffice's General format writes them; percent-formatted cells still come as "10%" and are read
 * as 0.1), `false` no formulas, `false` spaces kept, `-1` every sheet.
 *
 * One soffice start costs about 2–5 s on this machine: pass every workbook of a test file in one call.
 */
import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

/** Where LibreOffice is expected (Debian's `libreoffice-calc-nogui`; `.ci/run` installs it). */
export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";

/** A value as LibreOffice calculated it: a number, text, a boolean, an error text such as `#DIV/0!`, or null when blank. */
export type RecalculatedValue = string | number | boolean | null;

/** One workbook's sheets by name: rows of values from A1. */
export type RecalculatedWorkbook = Record<string, RecalculatedValue[][]>;

const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1";

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** An unquoted CSV field as a value: blank, TRUE/FALSE, a number, a percentage, or text (an error such as Err:502). */
function unquotedValue(text: string): RecalculatedValue {
  if (text === "") return null;
  if (text === "TRUE") return true;
  if (text === "FALSE") return false;
  const percent = /^(-?[0-9.]+(?:E[-+]?[0-9]+)?)%$/i.exec(text);
  if (percent !== null) return Number(percent[1]) / 100;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

/**
 * Parse LibreOffice's CSV (RFC 4180 quoting, newlines inside quotes). Quoted fields are text.
 * @example parseCsv('"a",1,\n') // [["a", 1, null]]
 */
export function parseCsv(text: string): RecalculatedValue[][] {
  const rows: RecalculatedValue[][] = [];
  let row: RecalculatedValue[] = [];
  let index = 0;
  const body = text.replace(/^\uFEFF/, "");
  while (index < body.length) {
    let value: RecalculatedValue;
    if (body[index] === '"') {
      let end = index + 1;
      let field = "";
      for (;;) {
        const quote = body.indexOf('"', end);
        if (quote < 0)
          throw new Error(`Unterminated quoted field in LibreOffice's CSV at ${index}`);
        field += body.slice(end, quote);
        if (body[quote + 1] === '"') {
          field += '"';
          end = quote + 2;
        } else {
          end = quote + 1;
          break;
        }
      }
      value = field;
      index = end;
    } else {
      let end = index;
      while (end < body.length && body[end] !== "," && body[end] !== "\n" && body[end] !== "\r")
        end++;
      value = unquotedValue(body.slice(index, end));
      index = end;
    }
    row.push(value);
    const next = body[index];
    if (next === ",") {
      index++;
      if (index === body.length) row.push(null);
    } else {
      if (next === "\r") index++;
      if (body[index] === "\n") index++;
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function run(command: string, args: readonly string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args],
      { timeout: timeoutMs, encoding: "utf8" },
      (error, stdout, stderr) => {
        if (error !== null) {
          reject(new Error(`${command} failed: ${error.message}\n${stdout}\n${stderr}`));
        } else {
          resolve(stdout);
        }
      }
    );
  });
}

/**
 * Open each .xlsx in LibreOffice, recalculate every formula, and return every sheet's values. Cached
 * results stored in the files are not what is read.
 * @param files .xlsx paths; their base names must differ (the CSV files are named after them)
 * @returns one record of sheets per file, in the order given
 * @throws Error when soffice is missing or fails, or a file produced no sheet
 * @example const [book] = await recalculateInLibreOffice(["/tmp/out.xlsx"]); book["Sensitivity"][4][6]
 */
export async function recalculateInLibreOffice(
  files: readonly string[],
  timeoutMs = 180_000
): Promise<RecalculatedWorkbook[]> {
  if (!fs.existsSync(SOFFICE)) {
    throw new Error(
      `${SOFFICE} is missing: install LibreOffice Calc (Debian: apt-get install libreoffice-calc-nogui; .ci/run does)`
    );
  }
  const bases = files.map((file) => path.parse(file).name);
  if (new Set(bases).size !== bases.length)
    throw new Error(`Workbook base names must differ: ${bases.join(", ")}`);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-libreoffice-"));
  try {
    const profile = path.join(folder, "profile");
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    const out = path.join(folder, "out");
    fs.mkdirSync(out);
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        out,
        ...files.map((file) => path.resolve(file)),
      ],
      timeoutMs
    );
    const written = fs.readdirSync(out);
    return bases.map((base) => {
      const sheets: RecalculatedWorkbook = {};
      for (const name of written) {
        if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
        // A base that is a prefix of another base (book, book-2) would claim its files: names are checked.
        const sheetName = name.slice(base.length + 1, -".csv".length);
        if (
          bases.some(
            (other) =>
              other !== base && other.startsWith(`${base}-`) && name.startsWith(`${other}-`)
          )
        )
          continue;
        sheets[sheetName] = parseCsv(fs.readFileSync(path.join(out, name), "utf8"));
      }
      if (Object.keys(sheets).length === 0) {
        throw new Error(
          `LibreOffice wrote no sheet for ${base}.xlsx (files: ${written.join(", ")})`
        );
      }
      return sheets;
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The value of one cell (A1 address) of a recalculated sheet; null when blank or outside the sheet.
 * @example valueAt(book["Sensitivity"], "G6")
 */
export function valueAt(
  sheet: readonly (readonly RecalculatedValue[])[] | undefined,
  address: string
): RecalculatedValue {
  const match = /^([A-Z]+)([0-9]+)$/.exec(address);
  if (match === null) throw new Error(`'${address}' is not an A1 address`);
  let column = 0;
  for (const letter of match[1] ?? "") column = column * 26 + (letter.charCodeAt(0) - 64);
  return sheet?.[Number(match[2]) - 1]?.[column - 1] ?? null;
}
