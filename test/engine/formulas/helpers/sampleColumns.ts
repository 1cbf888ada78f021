/**
 * Practice columns for formula tests, from the engine's own reading of a sample workbook: the
 * practices the analysis used, with coordinates only where the analysis mapped them.
 */
import { analyseWorkbook } from "../../../../src/engine/analyse";
import { AnalysisResult } from "../../../../src/engine/analysis";
import { PracticeColumns } from "../../../../src/engine/formulas";
import { practiceRecords } from "../../../../src/engine/practiceTable";
import { generateSmallSample } from "../../../../src/sample";

/** Columns as a formula would receive them, and the analysis they came from. */
export interface SampleColumns {
  readonly result: AnalysisResult;
  readonly columns: Required<
    Pick<PracticeColumns, "ccgCodes" | "latitudes" | "longitudes" | "weights">
  >;
}

/**
 * The small sample (300 practices, 12 CCGs) analysed, and its usable practices as columns.
 * @param seed sample seed
 */
export function sampleColumns(seed = 1): SampleColumns {
  const result = analyseWorkbook(generateSmallSample(seed));
  const mapped = (i: number) => result.practiceGeographyIndex[i] !== -1;
  const practices = practiceRecords(result.practices);
  return {
    result,
    columns: {
      ccgCodes: practices.map((p) => p.ccgCode),
      latitudes: practices.map((p, i) => (mapped(i) ? p.latitude : null)),
      longitudes: practices.map((p, i) => (mapped(i) ? p.longitude : null)),
      weights: practices.map((p) => p.listSize),
    },
  };
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
