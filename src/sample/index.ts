/**
 * The deterministic sample workbook generator (pure: no file, Excel or DOM access).
 * The xlsx writer turns its `WorkbookData` into a file; the task pane may run it in a browser.
 */

export {
  generateSample,
  generateSampleWorkbook,
  generateSmallSample,
  MAX_PRACTICES_FOR_CONTIGUITY_REPAIR,
  MAX_SAMPLE_CCGS,
  MAX_SAMPLE_PRACTICES,
  SAMPLE_DEFAULTS,
  type ResolvedDataQualityCase,
  type Sample,
  type SampleCases,
  type SampleOptions,
} from "./generateSample";
export {
  MIN_PRACTICES_FOR_DATA_QUALITY_CASES,
  PRACTICE_HEADERS,
  SAMPLE_DATA_QUALITY_CASES,
  type SampleDataQualityCase,
  type SampleDataQualityKind,
} from "./dataQuality";
export { ASSUMPTION_HEADERS, CCG_HEADERS } from "./sheets";
