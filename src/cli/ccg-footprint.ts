// Entry point of the `ccg-footprint` runner (SPEC §8.1). Work in progress: see src/cli/main.ts.
process.stderr.write("ccg-footprint: not built yet\n");
process.exitCode = 2;
