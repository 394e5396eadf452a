/**
 * What the lists' exports say about themselves, gathered from the app (src/data/export-meta.ts writes
 * it): the dataset's name and data date, the time, and the filters in words, in the UI language. The
 * map's filters are phrased as the chips and the bulletin phrase them (src/ui/filter-words.ts); the
 * hazard ledger's own filters (level, status, source, overdue, listed, found dates, one enterprise)
 * are phrased here.
 */
import { HAZARD_LEVELS, HAZARD_SOURCES, HAZARD_STATUSES } from '../../data/dataset.ts';
import { formatDay } from '../../data/dates.ts';
import type { ExportMeta } from '../../data/export-meta.ts';
import { COLUMN_HEADERS } from '../../data/common/columns/column-strings.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { dataName, tr, type Text } from '../../domain/text.ts';
import { WORDS } from '../../domain/words-strings.ts';
import { useStore } from '../../state/store.ts';
import { filterPhrases } from '../../ui/filter-words.ts';
import { LEDGER_FILTER_WORDS as W } from './export-strings.ts';

/** The export's facts now: `what` names the list (a Text in the UI language, or a name already made). */
export function exportMeta(what: Text | string, filters: readonly string[]): ExportMeta {
  const { lang, dataset } = useStore.getState();
  if (!dataset) throw new Error('no dataset');
  return {
    lang,
    dataset: dataName(lang, dataset.manifest),
    asOf: dataset.manifest.asOf,
    filters,
    what: typeof what === 'string' ? what : tr(lang, what),
    exportedAt: new Date(),
  };
}

/** The map's filters in words, as the chips show them; none when nothing is filtered. */
export function mapFilterWords(): string[] {
  const { lang, dataset, filters } = useStore.getState();
  return dataset ? filterPhrases(filters, dataset.manifest, lang).map((p) => p.text) : [];
}

const SOURCE_NONE = 255;

/**
 * The hazard ledger's filters in words: its own (level, status, source, overdue only, listed only, the
 * found-date range `range` as the table applies it, the open enterprise when it lists only that one),
 * then the map's when it lists only the enterprises in the map filter.
 */
export function ledgerFilterWords(range: readonly [number | null, number | null]): string[] {
  const s = useStore.getState();
  const { lang } = s;
  const f = s.ledger.filters;
  const t = (e: Text, ...a: (string | number)[]) => tr(lang, e, ...a);
  const list = (label: Text, codes: readonly number[], name: (c: number) => string) =>
    codes.length > 0 ? [`${t(label)}${t(PUNCT.colon)}${codes.map(name).filter(Boolean).join(t(PUNCT.enumSep))}`] : [];
  const entry = (e: Text | undefined) => (e ? t(e) : '');
  const out = [
    ...list(WORDS.hazardLevel, f.levels, (c) => entry(HAZARD_LEVELS[c])),
    ...list(COLUMN_HEADERS.hazardStatus, f.statuses, (c) => entry(HAZARD_STATUSES[c])),
    ...list(WORDS.source, f.sources, (c) => (c === SOURCE_NONE ? t(W.sourceNone) : entry(HAZARD_SOURCES[c]))),
  ];
  if (f.overdueOnly) out.push(t(W.overdueOnly));
  if (f.listedOnly) out.push(t(W.listedOnly));
  const [from, to] = range;
  if (from !== null && to !== null) out.push(t(W.foundBetween, formatDay(from), formatDay(to)));
  else if (from !== null) out.push(t(W.foundFrom, formatDay(from)));
  else if (to !== null) out.push(t(W.foundUntil, formatDay(to)));
  const { closedFrom: cf, closedTo: ct } = f;
  if (cf !== null && ct !== null) out.push(t(W.closedBetween, formatDay(cf), formatDay(ct)));
  else if (cf !== null) out.push(t(W.closedFrom, formatDay(cf)));
  else if (ct !== null) out.push(t(W.closedUntil, formatDay(ct)));
  if (f.onlySelected && s.selected !== null) out.push(t(W.onlyEnterprise, s.text?.name.get(s.selected) ?? ''));
  if (f.inMapFilter) out.push(...mapFilterWords());
  return out;
}
