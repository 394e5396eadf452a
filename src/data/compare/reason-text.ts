/**
 * A change reason in words: "近三年事故 0 → 1，+12.0" / "Accidents (3 years) 0 → 1, +12.0". Inputs read
 * as the drawer shows them (a flag as 有/无, a sector or scale by name, a grade by number).
 */
import type { ReasonLine } from '../../domain/compare/change-reasons.ts';
import { partName } from '../../domain/explain.ts';
import type { Lang } from '../../domain/lang.ts';
import { LEVELS } from '../../domain/levels.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { defineStrings, formatNum, shortName, tr } from '../../domain/text.ts';
import { SCALES } from '../columns.ts';
import { DRAWER_VALUE_TEXT } from '../common/columns/enterprise-columns.ts';

export const REASON_TEXT = defineStrings({
  has: { zh: '有', en: 'yes' },
  hasNot: { zh: '无', en: 'no' },
  assessed: { zh: '外部评估', en: 'External assessment' },
  notAssessed: { zh: '未评估', en: 'not assessed' },
});

function inputText(key: string, v: number, lang: Lang): string {
  if (key.startsWith('flag:')) return tr(lang, v ? REASON_TEXT.has : REASON_TEXT.hasNot);
  if (key === 'sector') return SECTORS[v] ? tr(lang, SECTORS[v]) : String(v);
  if (key === 'scale') return SCALES[v] ? tr(lang, SCALES[v]) : String(v);
  if (key === 'management') return v ? String(v) : tr(lang, DRAWER_VALUE_TEXT.stdGradeNone);
  return formatNum(lang, v);
}

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(1)}`;

/** One line: the indicator, its input then → now (when it has one), and the change of its points. */
export function reasonText(line: ReasonLine, lang: Lang): string {
  const input =
    line.then === line.then ? ` ${inputText(line.key, line.then, lang)} → ${inputText(line.key, line.now, lang)}` : '';
  return `${partName(line.key, lang)}${input}${tr(lang, PUNCT.listSep)}${signed(line.pointsNow - line.pointsThen)}`;
}

/** An external assessment then → now ("外部评估 一般 → 较大"), when it changed. */
export function assessedText(then: number, now: number, lang: Lang): string | null {
  if (then === now) return null;
  const name = (l: number) => (l >= 0 ? shortName(lang, LEVELS[l]) : tr(lang, REASON_TEXT.notAssessed));
  return `${tr(lang, REASON_TEXT.assessed)} ${name(then)} → ${name(now)}`;
}
