/**
 * Errors of the formula-level engine functions. The custom functions turn them into Excel errors:
 * a bad argument into `#VALUE!`, a CCG code that is not in the data into `#N/A`, each with the message.
 */

/** An argument that cannot be used; the message names the argument, the position and the value. */
export class FormulaInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaInputError";
  }
}

/** A CCG code that the data does not hold (or holds without anything to measure). */
export class UnknownCcgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnknownCcgError";
  }
}
