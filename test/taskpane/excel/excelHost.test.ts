/**
 * The in-memory Excel host must behave like Office.js where the adapter relies on it; otherwise
 * the adapter's tests prove nothing. Each rule the host enforces has a test here.
 */
import { createExcelHost } from "../../excel-host";

describe("in-memory Excel host", () => {
  test("reading a property before load, or before the sync that fulfils the load, throws PropertyNotLoaded", async () => {
    const host = createExcelHost({ sheets: [{ name: "Data", values: [["a", 1]] }] });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(/The property 'values' is not available. Before reading the property's value, call the load method/);
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });
});
