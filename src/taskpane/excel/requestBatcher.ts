/* global Excel */
/**
 * Packs queued Office.js operations into as few requests as the payload limit allows. Each
 * operation is queued with an estimate of its JSON size; a sync happens only when the next
 * operation would push the current request over the limit (Excel on the web refuses requests over
 * 5 MB with RequestPayloadSizeLimitExceeded).
 */

/** Estimated bytes of one operation's envelope in the request (object path, names, ids). */
export const OPERATION_OVERHEAD_BYTES = 512;

/** Default request budget: under Excel on the web's 5 MB limit with room to spare. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** UTF-8 byte length of a string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Queues operations, syncing only when the request would outgrow its budget. */
export class RequestBatcher {
  private usedBytes = 0;
  private pending = false;
  /** Syncs made by this batcher. */
  syncs = 0;

  /**
   * @param context - the request context
   * @param maxRequestBytes - the budget of one request
   * @param startRequest - queued at the start of every request (e.g. suspend calculation)
   */
  constructor(
    private readonly context: Excel.RequestContext,
    readonly maxRequestBytes: number,
    private readonly startRequest: () => void = () => undefined
  ) {
    if (!(maxRequestBytes > 4 * OPERATION_OVERHEAD_BYTES))
      throw new Error(`maxRequestBytes ${maxRequestBytes} is too small`);
  }

  /** Bytes still free in the current request. */
  get freeBytes(): number {
    return this.maxRequestBytes - this.usedBytes;
  }

  private begin(): void {
    if (this.pending) return;
    this.pending = true;
    this.usedBytes = OPERATION_OVERHEAD_BYTES;
    this.startRequest();
  }

  /**
   * Queues operations estimated at `bytes`, syncing first when they would not fit.
   * @param bytes - estimated JSON size of what `queue` adds
   * @param queue - adds the operations to the context
   * @throws Error when the operations alone exceed the budget
   */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.pending && this.usedBytes + bytes > this.maxRequestBytes) await this.flush();
    this.begin();
    if (this.usedBytes + bytes > this.maxRequestBytes) {
      throw new Error(
        `One Excel operation needs about ${bytes} bytes, more than the request limit of ${this.maxRequestBytes}.`
      );
    }
    queue();
    this.usedBytes += bytes;
  }

  /**
   * Queues a block of rows as value writes of as many rows as fit, syncing between blocks.
   * @param rows - the rows (already converted to cell inputs)
   * @param write - queues the write of `rows.slice(start, start + block.length)`
   */
  async addRows(
    rows: readonly (readonly unknown[])[],
    write: (start: number, block: (readonly unknown[])[]) => void
  ): Promise<void> {
    let start = 0;
    while (start < rows.length) {
      this.begin();
      let budget = this.usedBytes + OPERATION_OVERHEAD_BYTES;
      let end = start;
      while (end < rows.length) {
        const rowBytes = utf8Length(JSON.stringify(rows[end])) + 1;
        if (budget + rowBytes > this.maxRequestBytes) break;
        budget += rowBytes;
        end += 1;
      }
      if (end === start) {
        if (this.usedBytes > OPERATION_OVERHEAD_BYTES) {
          await this.flush();
          continue;
        }
        throw new Error(
          `Row ${start + 1} alone is larger than the request limit of ${this.maxRequestBytes} bytes.`
        );
      }
      write(start, rows.slice(start, end));
      this.usedBytes = budget;
      start = end;
      if (start < rows.length) await this.flush();
    }
  }

  /** Sends the current request. */
  async flush(): Promise<void> {
    if (!this.pending) return;
    this.pending = false;
    this.usedBytes = 0;
    this.syncs += 1;
    await this.context.sync();
  }
}
