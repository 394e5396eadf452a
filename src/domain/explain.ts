/**
 * "Why this level", in words: one short sentence per language from a risk breakdown, naming the
 * veto or the threshold band and the three largest contributions. Its text is in explain-strings.ts.
 */
import type { Lang } from './lang.ts';
import { FLAGS } from './flags.ts';
import { LEVELS } from './levels.ts';
import { PUNCT } from './punct-strings.ts';
import type { RiskBreakdown, RiskModel } from './risk-model.ts';
import { tr, type Text } from './text.ts';
import { EXPLAIN_TEXT, PART_NAMES, VETO_NAMES } from './explain-strings.ts';

// The CSV export names a veto from here.
export { VETO_NAMES };

/** Display name of a contribution key (`flag:<key>` for flags). */
export function partName(key: string, lang: Lang): string {
  if (key.startsWith('flag:')) {
    const f = FLAGS.find((x) => x.key === key.slice(5));
    return f ? tr(lang, f) : key;
  }
  const entry: Text | undefined = (PART_NAMES as Record<string, Text>)[key];
  return entry ? tr(lang, entry) : key;
}

/** The sentence; figures are passed as text, so they keep the model's own digits (no grouping). */
export function explainSentence(b: RiskBreakdown, model: RiskModel, lang: Lang): string {
  const level = tr(lang, LEVELS[b.level]);
  const top = [...b.contributions]
    .filter((p) => p.value > 0)
    .sort((x, y) => y.value - x.value)
    .slice(0, 3);
  const parts = top
    .map((p) => tr(lang, EXPLAIN_TEXT.part, partName(p.key, lang), p.value.toFixed(1)))
    .join(tr(lang, PUNCT.enumSep));
  const score = b.score.toFixed(1);
  if (b.veto) return tr(lang, EXPLAIN_TEXT.vetoed, tr(lang, VETO_NAMES[b.veto]), level, score, parts);
  const t = model.thresholds;
  const [general, significant, major] = [t.general, t.significant, t.major].map(String);
  const band = [
    tr(lang, EXPLAIN_TEXT.bandMajor, major),
    tr(lang, EXPLAIN_TEXT.bandSignificant, significant, major),
    tr(lang, EXPLAIN_TEXT.bandGeneral, general, significant),
    tr(lang, EXPLAIN_TEXT.bandLow, general),
  ][b.level];
  return tr(lang, EXPLAIN_TEXT.banded, score, band, level, parts);
}
