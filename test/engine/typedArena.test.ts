import {
  arenaBytes,
  float64From,
  int32From,
  TypedArena,
  uint8From,
} from "../../src/engine/typedArena";

describe("typed arena", () => {
  test("hands out zero-filled, aligned views of one buffer, front to back", () => {
    const arena = new TypedArena(arenaBytes(3, 8 * 4, 4 * 5));
    const flags = arena.uint8(3);
    const values = arena.float64(4);
    const counts = arena.int32(5);
    for (const array of [flags, values, counts]) {
      expect(array.buffer).toBe(arena.buffer);
      expect(Array.from(array).every((value) => value === 0)).toBe(true);
    }
    expect(values.byteOffset % 8).toBe(0);
    expect(values.byteOffset).toBeGreaterThanOrEqual(flags.byteOffset + flags.byteLength);
    expect(counts.byteOffset).toBeGreaterThanOrEqual(values.byteOffset + values.byteLength);
    expect(arena.bytesUsed).toBe(arenaBytes(3, 32, 20));
    expect(arena.overflowBytes).toBe(0);
  });

  test("writes to one array never show in another", () => {
    const arena = new TypedArena(1024);
    const a = arena.uint32(7);
    const b = arena.float64(3);
    a.fill(0xffffffff);
    expect(Array.from(b)).toEqual([0, 0, 0]);
  });

  test("an array that does not fit is a new one, counted as overflow", () => {
    const arena = new TypedArena(16);
    const fits = arena.float64(2);
    const extra = arena.int32(10);
    expect(fits.buffer).toBe(arena.buffer);
    expect(extra.buffer).not.toBe(arena.buffer);
    expect(extra.length).toBe(10);
    expect(arena.overflowBytes).toBe(40);
  });

  test("the From helpers make new arrays without an arena", () => {
    expect(float64From(undefined, 4)).toEqual(new Float64Array(4));
    expect(int32From(undefined, 2)).toEqual(new Int32Array(2));
    expect(uint8From(undefined, 5)).toEqual(new Uint8Array(5));
    const arena = new TypedArena(64);
    expect(float64From(arena, 2).buffer).toBe(arena.buffer);
  });

  test("arenaBytes aligns each array to 8 bytes", () => {
    expect(arenaBytes()).toBe(0);
    expect(arenaBytes(1)).toBe(8);
    expect(arenaBytes(1, 9, 16)).toBe(8 + 16 + 16);
  });

  test("bad sizes are refused in plain words", () => {
    expect(() => new TypedArena(-1)).toThrow("Arena size -1 bytes is not a whole number");
    expect(() => new TypedArena(8).int32(1.5)).toThrow("is not a whole number");
  });
  test("over a region already used: zeroed arrays inside the region only, the rest left alone", () => {
    const memory = new Int32Array(16).fill(9);
    const arena = TypedArena.over(memory.subarray(4, 12));
    const a = arena.int32(3);
    const b = arena.float64(2);
    expect(Array.from(a)).toEqual([0, 0, 0]);
    expect(Array.from(b)).toEqual([0, 0]);
    expect(a.buffer).toBe(memory.buffer);
    expect(a.byteOffset).toBe(16);
    expect(b.byteOffset % 8).toBe(0);
    expect(b.byteOffset + b.byteLength).toBeLessThanOrEqual(48);
    expect(Array.from(memory.subarray(0, 4))).toEqual([9, 9, 9, 9]);
    expect(Array.from(memory.subarray(12))).toEqual([9, 9, 9, 9]);
    const tooMany = arena.int32(4);
    expect(tooMany.buffer).not.toBe(memory.buffer);
    expect(arena.overflowBytes).toBe(16);
  });
});
