/**
 * Browser entry of the in-memory Excel host (test/excel-host) for the Excel-host browser test: the
 * bundle defines `window.__createExcelHost`, and the test's init script builds the workbook with it.
 */
/* global window */
import { createExcelHost } from "../../excel-host";

(window as unknown as { __createExcelHost: typeof createExcelHost }).__createExcelHost =
  createExcelHost;
