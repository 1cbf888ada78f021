/**
 * LibreOffice as an independent spreadsheet engine for tests: converts workbooks to CSV (every sheet)
 * with recalculation on load forced, so what is read is LibreOffice's own calculation of the formulas,
 * never the cached results a writer stored. Needs `/usr/bin/soffice` (Debian `libreoffice-calc-nogui`,
 * installed by `.ci/run` when missing).
 */
import { execFile } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where Debian installs LibreOffice's launcher. */
export const SOFFICE = "/usr/bin/soffice";

/** True when LibreOffice is installed. */
export function hasLibreOffice(): boolean {
  return existsSync(SOFFICE);
}

/**
 * A LibreOffice user profile whose settings recalculate every formula of an .xlsx file on load
 * (`/org.openoffice.Office.Calc/Formula/Load` `OOXMLRecalcMode` = 0, "always").
 * @param directory where the profile is made
 * @returns the profile's file URL for `-env:UserInstallation`
 */
function recalculatingProfile(directory: string): string {
  const user = join(directory, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return pathToFileURL(directory).href;
}

/** The cells of one sheet as LibreOffice calculated them (CSV text, one array per row). */
export type CalculatedSheet = string[][];

/** Parses LibreOffice's CSV (comma, double quotes, UTF-8). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Opens workbooks in LibreOffice (one headless process for all of them), recalculates every formula
 * and returns every sheet's values as text.
 * @param workbooks .xlsx contents by file name (e.g. `{ "a.xlsx": buffer }`); names must differ
 * @returns for each file name, its sheets' calculated cells by sheet name
 * @throws Error with LibreOffice's output when a conversion fails
 */
export async function calculateWithLibreOffice(
  workbooks: Readonly<Record<string, Uint8Array>>
): Promise<Map<string, Map<string, CalculatedSheet>>> {
  const directory = mkdtempSync(join(tmpdir(), "ccg-libreoffice-"));
  try {
    const profile = recalculatingProfile(join(directory, "profile"));
    const inputs = join(directory, "in");
    const outputs = join(directory, "out");
    mkdirSync(inputs);
    mkdirSync(outputs);
    const files = Object.entries(workbooks).map(([name, content]) => {
      const path = join(inputs, name);
      writeFileSync(path, content);
      return path;
    });
    // CSV filter options: comma, double quote, UTF-8, from row 1, no column types, language,
    // quoted text, detect numbers, raw values (not as shown), formulas off, no BOM, every sheet (-1).
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true,false,false,false,-1";
    const { stdout, stderr } = await run(
      SOFFICE,
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        filter,
        "--outdir",
        outputs,
        ...files,
      ],
      { timeout: 240_000 }
    );
    const results = new Map<string, Map<string, CalculatedSheet>>();
    const produced = readdirSync(outputs);
    for (const name of Object.keys(workbooks)) {
      const base = basename(name, extname(name));
      const sheets = new Map<string, CalculatedSheet>();
      for (const file of produced) {
        if (!file.startsWith(`${base}-`) || !file.endsWith(".csv")) continue;
        const sheetName = file.slice(base.length + 1, -".csv".length);
        sheets.set(sheetName, parseCsv(readFileSync(join(outputs, file), "utf8")));
      }
      if (sheets.size === 0)
        throw new Error(`LibreOffice wrote no CSV for ${name}: ${stdout} ${stderr}`);
      results.set(name, sheets);
    }
    return results;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
