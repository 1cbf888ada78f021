// Issue #15's calibration on real data: the 2016 practice list with the ONS CCG → local-authority lookup as
// a second sheet (built here with ExcelJS from ../shared/data/england), analysed by the built runner.
import fs from "fs";
import path from "path";
import { CcgJson, JsonReport } from "../../src/output/report/jsonReport";
import { parseCsv } from "../../src/xlsx/csv";
import { describeWithEnglandData, englandDataFile } from "../helpers/realData";
import { runRunner, temporaryDirectory } from "../helpers/runner";
import { writeXlsxFile } from "../helpers/workbookFiles";

const FILES = ["practices-2016q1.csv", "ccg-lad-2016.csv"];

/** The England workbook: `Practices` and `CCG to LAD` sheets, as an analyst would paste them. */
export async function writeEnglandWorkbook(file: string): Promise<void> {
  const practices = parseCsv(fs.readFileSync(englandDataFile(FILES[0]!), "utf8"), "Practices");
  const lookup = parseCsv(fs.readFileSync(englandDataFile(FILES[1]!), "utf8"), "CCG to LAD");
  writeXlsxFile(file, { sheets: [practices, lookup] });
}

function line(ccg: CcgJson): string {
  return `${ccg.rating} ${ccg.code} ${ccg.name ?? ""}: ${ccg.reasons.join(" | ")}`;
}

describeWithEnglandData(
  "calibration: England 2016 with the ONS local-authority lookup",
  FILES,
  () => {
    let report: JsonReport;
    const byCode = (code: string): CcgJson => {
      const ccg = report.ccgs.find((c) => c.code === code);
      if (ccg === undefined) throw new Error(`${code} is not in the report`);
      return ccg;
    };

    beforeAll(async () => {
      const folder = temporaryDirectory("ccg-calibration-");
      try {
        const input = path.join(folder, "england.xlsx");
        await writeEnglandWorkbook(input);
        const run = runRunner(["analyse", input, "--json"], folder);
        if (run.status !== 0) throw new Error(`exit ${String(run.status)}: ${run.stderr}`);
        report = JSON.parse(run.stdout) as JsonReport;
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
      const rated = report.ccgs.filter((c) => c.rating !== null);
      const flagged = rated
        .filter((c) => c.rating !== "GREEN")
        .sort((a, b) =>
          a.rating === b.rating ? a.code.localeCompare(b.code) : a.rating === "RED" ? -1 : 1
        );
      console.log(
        [
          `RED ${rated.filter((c) => c.rating === "RED").length}, AMBER ${rated.filter((c) => c.rating === "AMBER").length}, GREEN ${rated.filter((c) => c.rating === "GREEN").length}; set aside: ${report.ccgs
            .filter((c) => c.rating === null)
            .map((c) => `${c.code} (${c.kind})`)
            .join(", ")}`,
          ...flagged.map(line),
        ].join("\n")
      );
    }, 120_000);

    test("the lookup gives every CCG a local-authority fit", () => {
      for (const ccg of report.ccgs.filter((c) => c.kind === "CCG"))
        expect([ccg.code, ccg.laFit]).not.toEqual([ccg.code, null]);
      expect(byCode("01J").laFit).toBe("coterminous");
      expect(byCode("05G").laFit).toBe("coterminousSeveral");
      expect(byCode("13P").laFit).toBe("withinOne");
    });

    test("13P, 10W and 05Q (mosaics, two areas far apart) are RED on geography", () => {
      for (const code of ["13P", "10W", "05Q"]) {
        expect([code, byCode(code).ratings.geography, byCode(code).rating]).toEqual([
          code,
          "RED",
          "RED",
        ]);
      }
    });

    test("01J, 04M and 05G (single joined-up council areas) are not RED; the reason names the councils", () => {
      for (const code of ["01J", "04M", "05G"]) {
        expect([code, byCode(code).ratings.geography]).toEqual([code, "AMBER"]);
        expect(byCode(code).rating).not.toBe("RED");
      }
      expect(byCode("01J").reasons.join(" ")).toContain("while the CCG is Knowsley (100.0%)");
      expect(byCode("04M").reasons.join(" ")).toContain("while the CCG is Broxtowe (100.0%)");
      expect(byCode("05G").reasons.join(" ")).toContain(
        "in 2 pieces around 05W while the CCG is Newcastle-under-Lyme and Staffordshire Moorlands (96.4%)"
      );
    });

    test("Q59, 112, 114 and RY6 are set aside: a kind, no rating, a Data Quality row each, not in the counts", () => {
      const setAside = report.ccgs.filter((c) => c.kind !== "CCG");
      expect(setAside.map((c) => [c.code, c.kind, c.rating])).toEqual([
        ["112", "Local authority", null],
        ["114", "Local authority", null],
        ["Q59", "Area team", null],
        ["RY6", "NHS trust", null],
      ]);
      for (const ccg of setAside) {
        const row = report.dataQuality.find((f) => f.value === ccg.code && f.row === null);
        expect(row?.message).toContain(`'${ccg.code}' is not a CCG`);
        expect(row?.message).toContain(
          `population ${ccg.population.toLocaleString("en-GB")}; set aside`
        );
      }
      const rated = report.ccgs.filter((c) => c.rating !== null);
      expect(rated).toHaveLength(209);
    });

    test("no CCG is AMBER solely for border practices inside its main territory", () => {
      const withBorder = report.ccgs.filter((c) => (c.borderPractices ?? 0) > 0);
      expect(withBorder.reduce((sum, c) => sum + (c.borderPractices ?? 0), 0)).toBe(55);
      expect(report.ccgs.reduce((sum, c) => sum + (c.embeddedPractices ?? 0), 0)).toBe(21);
      for (const ccg of withBorder.filter(
        (c) => c.rating !== null && c.ratings.geography !== "GREEN"
      )) {
        // Take the border sentence away: a rated finding (a line crossed) must remain.
        const geography = ccg.reasons.find((r) => r.includes("border practice")) ?? "";
        const rest = geography
          .split("; ")
          .filter((sentence) => !sentence.includes("border practice"))
          .join("; ");
        expect([ccg.code, /above the|exceeds the/.test(rest)]).toEqual([ccg.code, true]);
      }
      // Border practices alone (no embedded practice, no line crossed) leave geography GREEN. Under the old
      // rule 30 CCGs were AMBER for their embedded practices only, most of them border practices.
      const borderOnly = withBorder.filter(
        (c) =>
          c.rating !== null &&
          c.embeddedPractices === 0 &&
          (c.detachedShare ?? 0) <= 0.05 &&
          (c.standardDistanceKm ?? 0) <= 25
      );
      expect(borderOnly.length).toBeGreaterThan(20);
      for (const ccg of borderOnly)
        expect([ccg.code, ccg.ratings.geography]).toEqual([ccg.code, "GREEN"]);
    });
  }
);
