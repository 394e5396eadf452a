/**
 * The four risk levels of the four-colour map (四色图). Code 0 is the highest risk, so sorting by code
 * puts red first. Colours are theme tokens (see src/theme.css); the level is always shown as text or a
 * symbol too, because red and orange are hard to tell apart on projectors and for colour-blind viewers.
 */
import type { Text } from './text.ts';

export const LEVELS = [
  { key: 'major', zh: '重大风险', short: '重大', en: 'Major', symbol: '▲', color: [215, 25, 28] },
  { key: 'significant', zh: '较大风险', short: '较大', en: 'Significant', symbol: '◆', color: [245, 130, 32] },
  { key: 'general', zh: '一般风险', short: '一般', en: 'General', symbol: '●', color: [250, 204, 21] },
  { key: 'low', zh: '低风险', short: '低', en: 'Low', symbol: '■', color: [37, 99, 235] },
] as const satisfies readonly (Text & {
  key: string;
  short: string;
  symbol: string;
  color: [number, number, number];
})[];

export type LevelKey = (typeof LEVELS)[number]['key'];
export const LEVEL_COUNT = LEVELS.length;

/** The four-colour names ledgers use for the levels: 红/橙/黄/蓝 (with or without 色), and in English. */
const COLOUR_NAMES = [
  ['红', 'red'],
  ['橙', 'orange'],
  ['黄', 'yellow'],
  ['蓝', 'blue'],
] as const;

/**
 * Level code for `major`/`significant`/`general`/`low`, 重大/较大/一般/低 (with or without 风险),
 * or the colour 红/橙/黄/蓝 (红色, 红色风险, red ...); -1 when unknown.
 */
export function levelCode(value: string): number {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/(风险|等级|级)$/, '');
  const byName = LEVELS.findIndex((l) => l.key === v || l.zh === v || l.short === v || `${l.short}风险` === v);
  if (byName >= 0) return byName;
  return COLOUR_NAMES.findIndex(([zh, en]) => v === zh || v === `${zh}色` || v === en);
}
