/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): registration authority (9 = market
 * regulation) + entity type (1 = enterprise) + 6-digit region + 9-character organisation code
 * (GB 11714, with its own check character) + check character.
 */
import type { Rng } from './random';

/** The 31 characters of GB 32100-2015 (no I, O, S, V, Z). */
export const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Value of each character by its code (-1 for characters not in the set): a lookup, not a search, per character. */
const USCC_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_CHARS.length; i++) USCC_VALUE[USCC_CHARS.charCodeAt(i)] = i;

/** Check character (18th) of the first 17 characters. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = first17.charCodeAt(i);
    const v = c < 128 ? USCC_VALUE[c] : -1;
    if (v < 0) throw new Error(`uscc: bad character ${first17[i]}`);
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** Check character (9th) of an 8-character organisation code body (GB 11714). */
export function orgCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 55; // 0-9, A=10 .. Z=35
    sum += v * ORG_WEIGHTS[i];
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return usccCheckChar(code.slice(0, 17)) === code[17];
}

/**
 * A fresh enterprise credit code in the given 6-digit region. About 60% use the post-2015 "MA"
 * organisation codes, the rest the older all-digit ones, as in a real register.
 */
export function creditCode(rng: Rng, region: string): string {
  let body = '';
  if (rng.chance(0.6)) {
    body = 'MA';
    for (let i = 0; i < 6; i++) body += USCC_CHARS[rng.int(0, 30)];
  } else {
    for (let i = 0; i < 8; i++) body += String(rng.int(0, 9));
  }
  const first17 = `91${region}${body}${orgCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}
