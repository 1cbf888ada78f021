/** Errors that stop a whole run, in plain words (SPEC §2.4, §8.1 exit code 1). */

/** The input cannot be analysed at all; the message names the sheet and what is missing. */
export class UnusableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnusableInputError";
  }
}
