/**
 * A tiny GBK encoder for test data: a hand-made table of the characters the tests use, with the
 * byte pairs taken from the GBK code chart (checked once with Debian's `iconv -t GBK`). Kept
 * separate from the readers, which decode with TextDecoder('gb18030'), so tests are independent.
 */
const TABLE: Readonly<Record<string, number>> = {
  海: 0xbaa3,
  曙: 0xcaef,
  区: 0xc7f8,
  江: 0xbdad,
  北: 0xb1b1,
  名: 0xc3fb,
  称: 0xb3c6,
  编: 0xb1e0,
  码: 0xc2eb,
  黑: 0xbada,
  龙: 0xc1fa,
  省: 0xcaa1,
  蝴: 0xbafb,
  蝶: 0xb5fb,
  宁: 0xc4fe,
  波: 0xb2a8,
  道: 0xb5c0,
  路: 0xc2b7,
  测: 0xb2e2,
  试: 0xcad4,
  图: 0xcdbc,
  层: 0xb2e3,
  简: 0xbcf2,
  体: 0xcce5,
};

/** Encode ASCII and the characters in the table as GBK bytes; throws for anything else. */
export function encodeGbk(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else if (TABLE[ch] !== undefined) out.push(TABLE[ch] >> 8, TABLE[ch] & 0xff);
    else throw new Error(`encodeGbk: no table entry for ${ch}`);
  }
  return Uint8Array.from(out);
}

/** UTF-8 bytes (for symmetry in test tables). */
export const encodeUtf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
