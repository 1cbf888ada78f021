/** A single self-overwriting progress line on a terminal (never on a pipe, never on stdout). */
import { CliIo } from "./io";

/** Shows progress on stderr when it is a terminal and the job is large. */
export class ProgressLine {
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly threshold: number
  ) {}

  /** Show `text` if stderr is a terminal and `total` reaches the threshold. */
  update(text: string, total: number): void {
    if (!this.io.stderrIsTerminal || total < this.threshold) return;
    this.io.stderr(`\r${text}\u001b[K`);
    this.shown = true;
  }

  /** Remove the line, if one was shown. */
  clear(): void {
    if (this.shown) this.io.stderr("\r\u001b[K");
    this.shown = false;
  }
}
