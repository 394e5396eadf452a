/**
 * Cell values as bureaus write them: yes/no in Chinese, dates in the zh-CN forms, coordinates in
 * degrees-minutes-seconds, counts with units. Pure and cheap: called once per cell.
 */
import { parseDay } from '../dates.ts';

const YES = new Set(['true', '1', '是', 'y', 'yes', '√', '✓', '有', '已挂牌', '挂牌', '督办', 't']);
const NO = new Set(['false', '0', '否', 'n', 'no', '×', '无', '未挂牌', '']);

/** true / false, or undefined when the cell is neither. */
export function parseYesNo(v: string): boolean | undefined {
  const t = v.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

const EXCEL_EPOCH_DAY = -25569; // 1899-12-30 as a day number since 1970-01-01

/**
 * Day number of a date as ledgers write it: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305,
 * with an optional time after it, or an Excel date serial that reached us as a plain number.
 */
export function parseDate(v: string): number | undefined {
  const t = v.trim();
  if (t === '') return undefined;
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{1,2}(?:[:：]\d{1,2}(?:\.\d+)?)?)?$/.exec(
      t,
    ) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return parseDay(`${m[1]}-${m[2]}-${m[3]}`);
  // An Excel serial between 1954 and 2119 (a spreadsheet cell whose date format was lost).
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const serial = Math.floor(Number(t));
    if (serial >= 20000 && serial <= 80000) return serial + EXCEL_EPOCH_DAY;
  }
  return undefined;
}

/**
 * A coordinate: a decimal number (a trailing E/N or 东经/北纬 allowed), or degrees, minutes and
 * seconds in any of the usual spellings (121°30′15″, 121度30分15秒, 121:30:15). NaN when unreadable.
 */
export function parseCoordinate(v: string): number {
  const t = v.trim();
  if (t === '') return NaN;
  const n = Number(t);
  if (Number.isFinite(n)) return n;
  const s = t.replace(/^(东经|北纬|东|北|E|N)\s*/i, '').replace(/\s*(E|N|东|北)$/i, '');
  const plain = Number(s);
  if (Number.isFinite(plain)) return plain;
  const m =
    /^(\d{1,3}(?:\.\d+)?)\s*[°度:：]\s*(?:(\d{1,2}(?:\.\d+)?)\s*['′’分:：]?\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:["″”秒]|'')?)?)?$/.exec(
      s,
    );
  if (!m) return NaN;
  const deg = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  const sec = m[3] ? Number(m[3]) : 0;
  if (min >= 60 || sec >= 60) return NaN;
  return deg + min / 60 + sec / 3600;
}

/** A whole number from a cell that may carry a unit or grouping: '25', '25人', '1,200', '25.0'. NaN otherwise. */
export function parseCount(v: string): number {
  const t = v
    .trim()
    .replace(/[,，]/g, '')
    .replace(/\s*(人|名|次|起|个)$/, '');
  if (t === '') return 0;
  const n = Number(t);
  return Number.isInteger(n) ? n : NaN;
}
