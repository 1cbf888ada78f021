/**
 * The scoring sheets' native formulas, calculated by LibreOffice (recalculation on load forced, every
 * cached result poisoned), give the same domain ratings and outcomes as the engine's
 * `assessAuthorisation` over 240 seeded random status assignments and threshold pairs (inverted
 * pairs, directions above refusal, included: the engine reads them as `thresholdsAsFormulasRead`).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { DEFAULT_CRITERIA, Criterion } from "../../src/engine/scoring/criteria";
import { thresholdsAsFormulasRead } from "../../src/engine/scoring/carryThresholds";
import {
  DEFAULT_OUTCOME_THRESHOLDS,
  assessAuthorisation,
  OutcomeThresholds,
} from "../../src/engine/scoring/outcome";
import {
  ScoredCcg,
  ScoringRow,
  scoredCriteria,
  sixDomainRatings,
} from "../../src/engine/scoring/scoreCcgs";
import { SCORING_ROWS } from "../../src/engine/scoring/sheetLayout";
import { Rating } from "../../src/engine/types";
import { domainSummaryContent } from "../../src/output/scoring/domainSummaryContent";
import { scoringSheetContent } from "../../src/output/scoring/scoringSheetContent";
import { SeededRandom } from "../../src/sample/random";
import { POISONED_RESULT, contentsToXlsx } from "../helpers/contentsToXlsx";
import { RecalculatedValue, recalculateInLibreOffice } from "../helpers/libreoffice";

const WORKBOOKS = 4;
const SHEETS_PER_WORKBOOK = 60;

function randomCriteria(random: SeededRandom): Criterion[] {
  const criteria: Criterion[] = [];
  for (let domain = 1; domain <= 6; domain++) {
    // 0 to 8 criteria: 2, 4 and 8 make unmet shares of exactly 25% and 50% common
    const count = random.int(9);
    for (let n = 0; n < count; n++) {
      criteria.push({
        domain,
        id: `${domain}.${n + 1}A`,
        text: `Criterion ${domain}.${n + 1}`,
        critical: random.next() < 0.15,
      });
    }
  }
  if (criteria.length === 0)
    criteria.push({ domain: 3, id: "3.1A", text: "Only", critical: false });
  return criteria;
}

function randomScored(code: string, random: SeededRandom): ScoredCcg {
  const criteria = random.next() < 0.3 ? DEFAULT_CRITERIA : randomCriteria(random);
  const metChance = [0.99, 0.9, 0.75, 0.5, 0.2][random.int(5)] ?? 0.5;
  const rows: ScoringRow[] = criteria.map((criterion) => {
    const others = ["Partially met", "Not met", "Not assessed", ""];
    const status = random.next() < metChance ? "Met" : (others[random.int(others.length)] ?? "");
    const values = { status, support: "", evidence: "" };
    return { ...criterion, ...values, written: values, removed: false };
  });
  const configurationRating: Rating =
    (["GREEN", "GREEN", "GREEN", "AMBER", "RED"] as const)[random.int(5)] ?? "GREEN";
  // Some pairs are inverted (directions above refusal), as a user's kept threshold can leave them.
  const pairs: [number, number][] = [
    [0.2, 0.4],
    [0.5, 0.5],
    [0.6, 0.4],
  ];
  const [directions, refusal] =
    random.next() < 0.7 ? [0.25, 0.5] : (pairs[random.int(pairs.length)] ?? [0.25, 0.5]);
  const thresholds: OutcomeThresholds = {
    directionsNotMetShare: directions,
    refuseNotMetShare: refusal,
  };
  const assessment = assessAuthorisation(scoredCriteria(rows), {
    configurationRating,
    thresholds: thresholdsAsFormulasRead(thresholds),
  });
  return {
    code,
    name: `CCG ${code}`,
    population: 100_000,
    headroom: 0,
    configurationRating,
    reasons: [],
    thresholds,
    writtenThresholds: DEFAULT_OUTCOME_THRESHOLDS,
    rows,
    assessment,
    domainRatings: sixDomainRatings(assessment),
    previousSheet: null,
  };
}

type Sheet = readonly (readonly RecalculatedValue[])[];

/** A cell as text ("" when blank), 1-based row and column. */
function cell(sheet: Sheet | undefined, row: number, column: number): string {
  const value = sheet?.[row - 1]?.[column - 1] ?? null;
  return value === null ? "" : String(value);
}

/** Writes the files into a temporary folder and recalculates them in one LibreOffice call. */
async function recalculate(files: Record<string, Uint8Array>) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ccg-scoring-lo-"));
  try {
    const paths = Object.entries(files).map(([name, bytes]) => {
      fs.writeFileSync(path.join(folder, name), bytes);
      return path.join(folder, name);
    });
    const books = await recalculateInLibreOffice(paths);
    return new Map(Object.keys(files).map((name, i) => [name, books[i] ?? {}]));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

test("LibreOffice calculates the same domain ratings and outcomes as the engine (240 seeded assignments)", async () => {
  const random = new SeededRandom(20130401);
  const scoredByWorkbook: ScoredCcg[][] = [];
  const files: Record<string, Uint8Array> = {};
  for (let w = 0; w < WORKBOOKS; w++) {
    const scored = Array.from({ length: SHEETS_PER_WORKBOOK }, (_, s) =>
      randomScored(`${String(s).padStart(2, "0")}${"ABCD"[w]}`, random)
    );
    scoredByWorkbook.push(scored);
    const contents = [...scored.map(scoringSheetContent), domainSummaryContent(scored)];
    files[`scoring${w}.xlsx`] = contentsToXlsx(contents, "poisoned");
  }
  const calculated = await recalculate(files);

  const outcomes = new Map<string, number>();
  let exactThresholds = 0;
  let compared = 0;
  scoredByWorkbook.forEach((scored, w) => {
    const sheets = calculated.get(`scoring${w}.xlsx`);
    const summary = sheets?.["Domain Summary"];
    scored.forEach((ccg, index) => {
      const sheet = sheets?.[`Scoring ${ccg.code}`];
      const expectedDomains = ccg.domainRatings.map((rating) => rating ?? "");
      const domains = expectedDomains.map((_, d) => cell(sheet, SCORING_ROWS.firstDomain + d, 2));
      const outcome = cell(sheet, SCORING_ROWS.outcome, 2);
      expect({ code: ccg.code, domains, outcome }).toEqual({
        code: ccg.code,
        domains: expectedDomains,
        outcome: ccg.assessment.outcome,
      });
      const shares = ccg.assessment.domains.map((d) => d.notMetShare);
      const lines = [ccg.thresholds.directionsNotMetShare, ccg.thresholds.refuseNotMetShare];
      if (shares.some((share) => lines.includes(share))) exactThresholds++;
      // Domain Summary: configuration rating, six domains, outcome, all formulas over the sheet
      const summaryRow = Array.from({ length: 10 }, (_, c) => cell(summary, index + 2, c + 1));
      expect(summaryRow).toEqual([
        ccg.code,
        ccg.name,
        ccg.configurationRating,
        ...expectedDomains,
        ccg.assessment.outcome,
      ]);
      outcomes.set(ccg.assessment.outcome, (outcomes.get(ccg.assessment.outcome) ?? 0) + 1);
      compared++;
    });
  });
  expect(compared).toBeGreaterThanOrEqual(200);
  // the assignments reach every outcome and the thresholds exactly
  expect([...outcomes.keys()].sort()).toEqual([
    "Authorised with conditions",
    "Authorised with conditions and directions",
    "Fully authorised",
    "Not authorised",
  ]);
  for (const count of outcomes.values()) expect(count).toBeGreaterThanOrEqual(5);
  expect(exactThresholds).toBeGreaterThanOrEqual(10);
  const everyCell = [...calculated.values()].flatMap((sheets) => Object.values(sheets)).flat(2);
  expect(everyCell).not.toContain(POISONED_RESULT);
}, 240_000);

test("cached results are not what LibreOffice returns: a formula stored with a wrong result is recalculated", async () => {
  const scored = randomScored("99Z", new SeededRandom(1));
  const content = scoringSheetContent(scored);
  const calculated = await recalculate({
    "one.xlsx": contentsToXlsx([content], "poisoned"),
  });
  const outcome = cell(calculated.get("one.xlsx")?.["Scoring 99Z"], SCORING_ROWS.outcome, 2);
  expect(outcome).not.toBe(POISONED_RESULT);
  expect(outcome).toBe(scored.assessment.outcome);
}, 120_000);
