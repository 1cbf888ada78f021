import { XmlBytes } from "../../src/package/xmlBytes";
import { cellTextXml } from "../../src/package/xmlText";

const encoder = new TextEncoder();

describe("XmlBytes", () => {
  it("writes UTF-8 exactly as TextEncoder does, including pairs and unpaired surrogates", () => {
    const texts = [
      "plain",
      "£25 per head – Bishop’s Stortford",
      "é\u00a0ü",
      "emoji 😀 pair",
      "lone \ud800 high",
      "lone \udc00 low",
      "end high \ud83d",
      "\u0800\uffff\u07ff",
    ];
    for (const text of [...texts, ...texts.map((t) => t.repeat(10))]) {
      const out = new XmlBytes(4);
      out.raw(text);
      expect(Array.from(out.bytes())).toEqual(Array.from(encoder.encode(text)));
    }
  });

  it("escapes cell text as cellTextXml does", () => {
    const out = new XmlBytes();
    const text = 'a<b & "c" \u0001 _x0041_';
    out.cellText(text);
    expect(new TextDecoder().decode(out.bytes())).toBe(cellTextXml(text));
  });

  it("grows and appends another buffer", () => {
    const out = new XmlBytes(2);
    out.raw("<a>");
    const other = new XmlBytes(1);
    other.raw("x".repeat(1000));
    out.append(other);
    out.raw("</a>");
    expect(new TextDecoder().decode(out.bytes())).toBe(`<a>${"x".repeat(1000)}</a>`);
  });
});

describe("XmlBytes handing its bytes on in pieces", () => {
  test("each piece is handed over once it reaches the size; the pieces join into the whole", () => {
    const pieces: Uint8Array[] = [];
    const out = new XmlBytes(4, { bytes: 100, sink: (piece) => pieces.push(piece.slice()) });
    let whole = "";
    for (let i = 0; i < 200; i += 1) {
      const markup = i % 7 === 0 ? `<row r="${i}">${"é".repeat(40)}</row>` : `<c>${i}</c>`;
      out.raw(markup);
      whole += markup;
    }
    out.spill();
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.slice(0, -1).every((piece) => piece.length >= 100)).toBe(true);
    expect(Buffer.concat(pieces).toString("utf8")).toBe(whole);
    const count = pieces.length;
    out.spill(); // nothing left: no empty piece
    expect(pieces).toHaveLength(count);
  });
});
