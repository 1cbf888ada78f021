/*
 * Excel custom functions of CCG Footprint, namespace CCG (SPEC §8.2).
 *
 * Each function is thin: it checks its arguments, calls one engine function and returns the result.
 * The JSDoc tags are the function's public definition: at build time custom-functions-metadata-plugin
 * reads them to write dist/functions.json (what Excel shows while typing) and appends
 * `CustomFunctions.associate("<ID>", <function>)` for each `@customfunction` to this module in the
 * bundle. Do not call CustomFunctions.associate here as well: Excel would warn of a duplicate name.
 * Without the bundle (a Node test importing this file) nothing is registered.
 */
/* global CustomFunctions */
import { perHead } from "../engine/finance";

/**
 * Amount per head of population: the amount divided by the registered population.
 * @customfunction PERHEAD
 * @helpurl https://ccg-footprint.example.org/#formula-reference
 * @param {number} amount Amount in £ to share out, for example a running cost allowance.
 * @param {number} population Registered patients sharing the amount; more than 0.
 * @returns {number} Amount per head of population.
 */
export function PERHEAD(amount: number, population: number): number {
  if (!Number.isFinite(amount)) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `Amount ${amount} is not a number.`
    );
  }
  const amountPerHead =
    Number.isFinite(population) && population > 0 ? perHead(amount, population) : null;
  if (amountPerHead === null) {
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `Population ${population} must be more than 0 to share an amount per head.`
    );
  }
  return amountPerHead;
}
