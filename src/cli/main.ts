/** The `ccg-footprint` runner: commands, messages and exit codes (SPEC §8.1). */
import { Command, USAGE, UsageError, parseArguments } from "./args";
import { runAnalyse } from "./analyseCommand";
import { runDemo, runSample } from "./sampleCommands";
import { runSuggest } from "./scenarioCommands";
import { CliIo, CliFailure } from "./io";

/** Package version shown by `--version`. */
export const VERSION = "0.1.0";

/**
 * Run the runner with arguments (without `node` and the script name).
 * @returns the exit code: 0 done, 1 unusable input, 2 wrong usage
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseArguments(args);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  try {
    switch (command.command) {
      case "help":
        io.stdout(`${USAGE}\n`);
        return 0;
      case "version":
        io.stdout(`${VERSION}\n`);
        return 0;
      case "analyse":
        return await runAnalyse(command, io);
      case "sample":
        return await runSample(command, io);
      case "suggest":
        return await runSuggest(command, io);
      case "demo":
        return await runDemo(io);
    }
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(`error: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`error: unexpected failure: ${detail}\n`);
    return 1;
  }
}
