// The real England 2016 workbook as the engine reads it: the practice list and the ONS CCG → local-authority
// lookup as two sheets (../shared/data/england), parsed once per test file.
import fs from "fs";
import { WorkbookData } from "../../../src/engine/cells";
import { parseCsv } from "../../../src/xlsx/csv";
import { englandDataFile } from "../../helpers/realData";

/** Files the England workbook is made from. */
export const ENGLAND_FILES = ["practices-2016q1.csv", "ccg-lad-2016.csv"];

/** `Practices` and `CCG to LAD` sheets, as an analyst would paste them. */
export function englandWorkbook(): WorkbookData {
  const practices = parseCsv(
    fs.readFileSync(englandDataFile("practices-2016q1.csv"), "utf8"),
    "Practices"
  );
  const lookup = parseCsv(
    fs.readFileSync(englandDataFile("ccg-lad-2016.csv"), "utf8"),
    "CCG to LAD"
  );
  return { sheets: [practices, lookup] };
}
