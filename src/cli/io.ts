/** What the runner needs from its surroundings, so tests can run it in-process. */

/** Output streams and terminal facts. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal (progress lines are shown only there). */
  readonly stderrIsTerminal: boolean;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

/** A failure with a plain-words message and an exit code (1 unusable input, 2 wrong usage). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1
  ) {
    super(message);
    this.name = "CliFailure";
  }
}
