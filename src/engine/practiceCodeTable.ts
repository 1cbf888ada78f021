/**
 * The first row of each practice code in a list, to tell repeated practices (SPEC §2.4) quickly on large
 * lists. Codes of the NHS form (a letter and five digits, e.g. A81001) become numbers kept in one flat
 * open-addressing table sized for the list, or, for lists so long that such a table would be larger, in a
 * table with one slot per possible number; any other code goes to a Map.
 */

/** Codes of the NHS form map to 0 … 2,599,999. */
const NO_NUMBER = -1;
/** How many NHS-form code numbers there are. */
const CODE_NUMBERS = 26 * 100000;

/**
 * The number of an NHS-form practice code (`A81001` → 0 × 100000 + 81001), or -1 for any other text; a code
 * has a number exactly when it matches PRACTICE_CODE_PATTERN.
 * @example practiceCodeNumber("B82005") // 182005
 * @example practiceCodeNumber("Y0001") // -1
 */
export function practiceCodeNumber(code: string): number {
  if (code.length !== 6) return NO_NUMBER;
  const letter = code.charCodeAt(0) - 65;
  if (letter < 0 || letter > 25) return NO_NUMBER;
  let digits = 0;
  for (let i = 1; i < 6; i++) {
    const digit = code.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NO_NUMBER;
    digits = digits * 10 + digit;
  }
  return letter * 100000 + digits;
}

/** First rows of practice codes, remembered as a list is read. */
export class PracticeCodeTable {
  /** Pairs (code number + 1, first row); 0 marks an empty slot. */
  private slots: Int32Array;
  /** log2 of the number of slots. */
  private bits: number;
  /** Slots in use. */
  private filled = 0;
  private readonly otherCodes = new Map<string, number>();
  /** First row by code number (0: not seen), when the list is long enough for this to be the smaller table. */
  private readonly rowByNumber: Int32Array | null;

  /**
   * @param expectedCodes how many codes the list may hold: the table starts with room for them (it grows
   *   if there are more)
   * @param scratch memory the table may use while the list is read (zeroed here), instead of a new array
   *   when it is long enough: the analysis lends the geography's scratch, unused until then
   */
  constructor(expectedCodes: number, scratch?: Int32Array) {
    if (!Number.isInteger(expectedCodes) || expectedCodes < 0) {
      throw new Error(`Expected practice count ${expectedCodes} is not a whole number.`);
    }
    this.bits = 4;
    while (1 << this.bits < 2 * expectedCodes && this.bits < 30) this.bits++;
    // A direct table is also faster: no hashing, and a list in code order reads it in order.
    const direct = 2 << this.bits >= CODE_NUMBERS;
    const table = (length: number): Int32Array =>
      scratch !== undefined && scratch.length >= length
        ? scratch.subarray(0, length).fill(0)
        : new Int32Array(length);
    this.rowByNumber = direct ? table(CODE_NUMBERS) : null;
    this.slots = direct ? new Int32Array(0) : table(2 << this.bits);
  }

  /**
   * The row where a code was first seen; when this is its first time, remembers `row` and returns undefined.
   * @param code the normalised practice code
   * @param codeNumber its practiceCodeNumber (passed in because the caller needs it too)
   * @param row the 1-based row of this sighting (1 … 2³¹ − 1)
   * @example table.firstRowOf("A81001", 81001, 2) // undefined; then table.firstRowOf("A81001", 81001, 9) // 2
   */
  firstRowOf(code: string, codeNumber: number, row: number): number | undefined {
    if (codeNumber < 0) {
      const earlier = this.otherCodes.get(code);
      if (earlier === undefined) this.otherCodes.set(code, row);
      return earlier;
    }
    if (this.rowByNumber !== null) {
      const earlier = this.rowByNumber[codeNumber] as number;
      if (earlier !== 0) return earlier;
      this.rowByNumber[codeNumber] = row;
      return undefined;
    }
    const key = codeNumber + 1;
    const slot = this.slotOf(key);
    const slots = this.slots;
    if (slots[2 * slot] === key) return slots[2 * slot + 1];
    slots[2 * slot] = key;
    slots[2 * slot + 1] = row;
    if (++this.filled > 1 << (this.bits - 1)) this.grow();
    return undefined;
  }

  /** The slot holding `key`, or the empty slot where it belongs (linear probing). */
  private slotOf(key: number): number {
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    // Fibonacci hashing: the top bits of key × 2³²/φ spread neighbouring codes over the table.
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      const stored = slots[2 * slot] as number;
      if (stored === key || stored === 0) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Doubles the table when it is half full. */
  private grow(): void {
    const old = this.slots;
    this.bits++;
    this.slots = new Int32Array(2 << this.bits);
    for (let i = 0; i < old.length; i += 2) {
      const key = old[i] as number;
      if (key === 0) continue;
      const slot = this.slotOf(key);
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = old[i + 1] as number;
    }
  }
}
