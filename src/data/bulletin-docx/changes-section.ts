/**
 * The Word bulletin's section on the changes since the earlier data date (较上期变化), from the
 * figures of src/data/compare/period-changes.ts (the printed bulletin lays out the same figures):
 * the two data dates, the figures in words, the movers up, the major hazards found since and the
 * hazards newly overdue (each cut at the list's cap, with the whole count under it), and every town's
 * row with a total. Put in after the overview with `insertSection(model, section, CHANGES_AFTER)`.
 */
import type { Lang } from '../../domain/lang.ts';
import { LEVELS } from '../../domain/levels.ts';
import { formatNum, shortName, tr } from '../../domain/text.ts';
import {
  changesSentence,
  moreText,
  PERIOD_CHANGES_TEXT as C,
  townChangeName,
  type ChangeHazardLine,
  type ChangeLines,
  type PeriodChanges,
  type TownChange,
} from '../compare/index.ts';
import { formatDay } from '../dates.ts';
import { longDate } from './bulletin-doc-model.ts';
import { BULLETIN_DOC_TEXT as T } from './bulletin-doc-strings.ts';
import { para, type DocCell, type DocSection, type DocTable } from './doc-model.ts';

export const CHANGES_SECTION_ID = 'changes';
/** The section it follows (BULLETIN_DOC_SECTIONS). */
export const CHANGES_AFTER = 'overview';

/** A level as its symbol and short name: ▲重大. */
const levelText = (lang: Lang, k: number): string =>
  LEVELS[k] ? `${LEVELS[k].symbol}${shortName(lang, LEVELS[k])}` : '';

function hazardTable(
  lang: Lang,
  caption: string,
  count: number,
  lines: readonly ChangeHazardLine[],
  last: 'found' | 'daysOverdue',
  note: string | null,
): DocTable {
  return {
    kind: 'table',
    caption,
    header: [
      [
        tr(lang, T.rank),
        tr(lang, C.enterprise),
        tr(lang, C.town),
        tr(lang, C.hazard),
        tr(lang, last === 'found' ? C.found : C.daysOverdue),
      ],
    ],
    rows:
      count > 0
        ? lines.map((l, k) => [k + 1, l.enterprise, l.town, l.what, last === 'found' ? l.found : l.daysOverdue])
        : [['', tr(lang, T.none), '', '', '']],
    widths: [8, 30, 14, 34, 16],
    ...(note ? { note } : {}),
  };
}

/** The section, in `lang`. */
export function changesDocSection(lang: Lang, pc: PeriodChanges, lines: ChangeLines): DocSection {
  const then = longDate(lang, formatDay(pc.prevAsOf)),
    now = longDate(lang, formatDay(pc.asOf));
  const n = (v: number) => formatNum(lang, v);
  const movers: DocTable = {
    kind: 'table',
    caption: tr(lang, C.moversCaption, n(pc.movers.count)),
    header: [[tr(lang, T.rank), tr(lang, C.enterprise), tr(lang, C.town), tr(lang, C.thenNow), tr(lang, C.reason)]],
    rows:
      pc.movers.count > 0
        ? lines.movers.map((m, k) => [
            k + 1,
            m.name,
            m.town,
            // Then → now, each with its symbol (no colour: the yellow of 一般 does not read as text).
            `${levelText(lang, m.then)} → ${levelText(lang, m.now)}`,
            m.reason ?? '—',
          ])
        : [['', tr(lang, T.none), '', '', '']],
    widths: [8, 28, 13, 25, 33],
  };
  const moreMovers = moreText(lang, pc.movers, 'enterprises');
  if (moreMovers) movers.note = moreMovers;

  const thenNow = (a: number, b: number) => `${n(a)}→${n(b)}`;
  const cells = (r: TownChange): DocCell[] => [
    { value: thenNow(r.then[0], r.now[0]), align: 'right' },
    { value: thenNow(r.then[1], r.now[1]), align: 'right' },
    r.up,
    r.down,
    r.added,
    r.gone,
    r.majorFound,
    r.closed,
  ];
  const towns: DocTable = {
    kind: 'table',
    caption: tr(lang, C.townsCaption),
    header: [
      [
        tr(lang, T.rank),
        tr(lang, C.town),
        tr(lang, C.levelThenNow, shortName(lang, LEVELS[0])),
        tr(lang, C.levelThenNow, shortName(lang, LEVELS[1])),
        tr(lang, C.up),
        tr(lang, C.down),
        tr(lang, C.added),
        tr(lang, C.gone),
        tr(lang, C.majorFound),
        tr(lang, C.closed),
      ],
    ],
    rows: pc.towns.map((r, k) => [k + 1, townChangeName(lang, r), ...cells(r)]),
    total: ['', townChangeName(lang, pc.total), ...cells(pc.total)],
    widths: [9, 16, 16, 16, 9, 9, 9, 9, 12, 9],
  };
  const nTowns = pc.towns.filter((r) => r.kind === 'town').length;

  return {
    id: CHANGES_SECTION_ID,
    heading: tr(lang, C.heading, then),
    blocks: [
      para(tr(lang, C.dates, then, now)),
      para(changesSentence(lang, pc.figures)),
      movers,
      hazardTable(
        lang,
        tr(lang, C.majorFoundCaption, n(pc.majorFound.count)),
        pc.majorFound.count,
        lines.majorFound,
        'found',
        moreText(lang, pc.majorFound, 'hazards'),
      ),
      hazardTable(
        lang,
        tr(lang, C.newlyOverdueCaption, n(pc.newlyOverdue.count)),
        pc.newlyOverdue.count,
        lines.newlyOverdue,
        'daysOverdue',
        moreText(lang, pc.newlyOverdue, 'hazards'),
      ),
      para(tr(lang, C.townsLead, n(nTowns))),
      towns,
    ],
  };
}
