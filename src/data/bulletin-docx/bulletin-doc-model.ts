/**
 * The bulletin (月通报 / 周调度) as a document model (doc-model.ts), from the figures of the current
 * view: the title and period, a summary in words, the key figures, every town and every sector with
 * zero rows kept, the riskiest enterprises, the overdue and the listed major hazards, the inspection
 * figures, the map and the trend chart (as PNG images made by the page), the source. Either language,
 * through BULLETIN_DOC_TEXT.
 *
 * Pure: the page gathers the figures (src/panels/bulletin/word-export.ts) and hands them here as
 * `BulletinDocInput`; write-docx.ts turns the model into a file.
 *
 * The sections have ids (`BULLETIN_DOC_SECTIONS`); another module adds its own section with
 * `insertSection(model, section, after)` (doc-model.ts), e.g. the changes since the last period
 * after 'overview'.
 */
import type { Lang } from '../../domain/lang.ts';
import { LEVELS } from '../../domain/levels.ts';
import { SECTOR_GROUPS } from '../../domain/sectors.ts';
import { formatNum, localeOf, shortName, tr } from '../../domain/text.ts';
import type { BulletinPeriod } from '../bulletin-data.ts';

type TrendStep = BulletinPeriod['step'];
import type { InspectionPeriod } from '../bulletin-inspections.ts';
import { formatDay, parseDay } from '../dates.ts';
import { BULLETIN_DOC_TEXT as T } from './bulletin-doc-strings.ts';
import { totalRow, type UnitRow } from './bulletin-figures.ts';
import { para, type DocBlock, type DocCell, type DocModel, type DocSection, type DocTable } from './doc-model.ts';

/** The text block of the page (GB/T 9704-2012: 156 × 225 mm); the map and the trend take its width. */
export const TEXT_WIDTH_MM = 156;
/** The map image's box, mm: the page cuts the map to this shape (the district fills it), and it is printed so. */
export const DOC_MAP_BOX_MM = { width: TEXT_WIDTH_MM, height: 150 } as const;
/** The trend chart's size, mm. */
export const DOC_TREND_MM = { width: TEXT_WIDTH_MM, height: 62 } as const;
/** Lines of each hazard list in the document. */
export const DOC_HAZARD_LINES = 20;
/** Enterprises in the riskiest-enterprises table. */
export const DOC_TOP_ENTERPRISES = 10;

/** The sections the builder makes, in order (inspections only with an inspection ledger, trend with a hazard ledger). */
export const BULLETIN_DOC_SECTIONS = [
  'overview',
  'towns',
  'sectors',
  'enterprises',
  'hazards',
  'inspections',
  'map',
  'trend',
] as const;
export type BulletinDocSectionId = (typeof BULLETIN_DOC_SECTIONS)[number];

/** A hazard as a line of a list. */
export interface DocHazardLine {
  enterprise: string;
  town: string;
  /** Days as 'YYYY-MM-DD' ('' when none). */
  found: string;
  deadline: string;
  daysOverdue: number;
  /** The enterprise's level code (0 = 重大). */
  level: number;
}

export interface DocEnterpriseLine {
  name: string;
  town: string;
  sector: string;
  level: number;
  score: number;
}

export interface BulletinDocInput {
  lang: Lang;
  /** The dataset's name in the document's language. */
  datasetName: string;
  demo: boolean;
  /** The data date, 'YYYY-MM-DD'. */
  asOf: string;
  /** The bundle's build day, 'YYYY-MM-DD' (or as the manifest has it). */
  builtDay: string;
  /** When the document was made: '2026-11-03 14:05'. */
  madeAt: string;
  period: BulletinPeriod;
  /** The filters in words; null when every enterprise counts. */
  scope: string | null;
  /** Enterprises counted (the selection) and in the dataset. */
  selected: number;
  total: number;
  /** Of the selection, per level code 0..3. */
  byLevel: readonly number[];
  /** Hazards of the selection at the data date. */
  hazards: { open: number; openMajor: number; overdue: number; listed: number };
  /** Hazards found and closed in the period; null without a ledger or when the trend does not reach it. */
  periodHazards: { opened: number; closed: number } | null;
  /** Town names (manifest order) and their rows (every town). */
  townNames: readonly string[];
  towns: readonly UnitRow[];
  /** Every SECTOR_GROUPS row. */
  sectors: readonly UnitRow[];
  top: readonly DocEnterpriseLine[];
  overdue: { count: number; lines: readonly DocHazardLine[] };
  listed: { count: number; lines: readonly DocHazardLine[] };
  /** The period's inspections and the status at the data date; null without an inspection ledger. */
  inspections: {
    done: InspectionPeriod;
    status: { overdue: number; never: number; dueSoon: number; atCap: number; overCap: number };
  } | null;
  /** The map image (cut to DOC_MAP_BOX_MM's shape); null when there was no map to read. */
  map: { png: Uint8Array; width: number; height: number; metresPerPixel: number | null } | null;
  /** The trend chart (DOC_TREND_MM); null without a hazard ledger. */
  trend: { png: Uint8Array; step: TrendStep; periods: number; first: string; last: string } | null;
}

/** A day 'YYYY-MM-DD' in words: 2026年10月31日 / October 31, 2026; the text itself when unreadable. */
export function longDate(lang: Lang, iso: string): string {
  const d = parseDay(iso);
  if (d === undefined) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(d * 86_400_000));
}

/** A period's label in words: 2026年10月 / October 2026; 2026年第43周 / week 43 of 2026. */
export function periodWords(lang: Lang, label: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(label);
  if (week) return tr(lang, T.weekLabel, week[1], String(Number(week[2])));
  const month = /^(\d{4})-(\d{2})$/.exec(label);
  if (!month) return label;
  return new Intl.DateTimeFormat(localeOf(lang), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)),
  );
}

/** The meeting of a step: 月通报 / 周调度. */
export const meetingOf = (step: TrendStep) => (step === 'week' ? T.weekly : T.monthly);

/** The file's name: `<dataset>_<月通报|周调度>_<data date>.docx`, characters a file system refuses as `_`. */
export function bulletinDocFileName(lang: Lang, datasetName: string, step: TrendStep, asOf: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').trim() || 'data';
  return `${safe(datasetName)}_${safe(tr(lang, meetingOf(step)))}_${safe(asOf)}.docx`;
}

/** A level's symbol in its colour, then its name. */
const levelRuns = (lang: Lang, k: number) => [
  { text: LEVELS[k].symbol, color: hex(LEVELS[k].color) },
  { text: tr(lang, LEVELS[k]) },
];

function hex(rgb: readonly number[]): string {
  return rgb
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

/** A share as a percentage with one decimal: 5.8%. */
const percent = (lang: Lang, part: number, whole: number) =>
  whole > 0 ? `${formatNum(lang, (100 * part) / whole, 1)}%` : '—';

/** Scale denominator of an image `widthPx` wide at `metresPerPixel` printed `widthMm` wide, to two significant figures. */
export function scaleDenominator(metresPerPixel: number, widthPx: number, widthMm: number): number {
  const d = (metresPerPixel * widthPx * 1000) / widthMm;
  const p = 10 ** (Math.floor(Math.log10(d)) - 1);
  return Math.round(d / p) * p;
}

/** The map's size on paper: the text width, or less when it would be taller than the map box. */
export function mapSizeMm(width: number, height: number): { widthMm: number; heightMm: number } {
  const box = DOC_MAP_BOX_MM;
  const scale = Math.min(box.width / width, box.height / height);
  return { widthMm: Math.round(width * scale * 10) / 10, heightMm: Math.round(height * scale * 10) / 10 };
}

function unitTable(
  lang: Lang,
  caption: string,
  unitHeader: string,
  names: readonly string[],
  rows: readonly UnitRow[],
): DocTable {
  const cells = (r: UnitRow): DocCell[] => [r.enterprises, ...r.byLevel, r.openHazards, r.overdueHazards];
  return {
    kind: 'table',
    caption,
    header: [
      [
        tr(lang, T.rank),
        unitHeader,
        tr(lang, T.enterprises),
        ...LEVELS.map((l) => shortName(lang, l)),
        tr(lang, T.openShort),
        tr(lang, T.overdueShort),
      ],
    ],
    rows: rows.map((r, k) => [k + 1, names[r.unit] ?? '', ...cells(r)]),
    total: ['', tr(lang, T.total), ...cells(totalRow(rows))],
    widths: [8, 22, 11, 8, 8, 8, 8, 16, 14],
  };
}

function hazardTable(lang: Lang, caption: string, list: { count: number; lines: readonly DocHazardLine[] }): DocTable {
  const table: DocTable = {
    kind: 'table',
    caption,
    header: [
      [
        tr(lang, T.rank),
        tr(lang, T.enterprise),
        tr(lang, T.town),
        tr(lang, T.found),
        tr(lang, T.deadline),
        tr(lang, T.daysOverdue),
      ],
    ],
    rows: list.lines.map((l, k) => [
      k + 1,
      l.enterprise,
      l.town,
      l.found,
      l.deadline,
      l.daysOverdue > 0 ? l.daysOverdue : tr(lang, T.notOverdue),
    ]),
    widths: [8, 34, 14, 16, 16, 14],
  };
  if (list.count === 0) table.rows = [['', tr(lang, T.none), '', '', '', '']];
  if (list.count > list.lines.length) table.note = tr(lang, T.more, list.lines.length, list.count);
  return table;
}

/** The document of the bulletin, in `input.lang`. */
export function bulletinDocModel(input: BulletinDocInput): DocModel {
  const { lang, period } = input;
  const n = (v: number) => formatNum(lang, v);
  const asOfWords = longDate(lang, input.asOf);
  const sections: DocSection[] = [];

  // 总体情况: the summary in words and the key figures.
  const [l0, l1, l2, l3] = input.byLevel;
  const summary = tr(
    lang,
    input.scope ? T.summaryScoped : T.summaryAll,
    asOfWords,
    n(input.selected),
    n(l0),
    n(l1),
    n(l2),
    n(l3),
    percent(lang, l0 + l1, input.selected),
  );
  const h = input.hazards;
  const hazardWords = tr(lang, T.summaryHazards, n(h.open), n(h.openMajor), n(h.overdue), n(h.listed));
  const periodWordsText = input.periodHazards
    ? tr(lang, T.summaryPeriod, n(input.periodHazards.opened), n(input.periodHazards.closed))
    : '';
  const kpi: DocTable = {
    kind: 'table',
    caption: tr(lang, T.kpiCaption),
    header: [[tr(lang, T.indicator), tr(lang, T.count), tr(lang, T.share)]],
    rows: [
      [tr(lang, T.enterprisesTotal), input.selected, ''],
      ...LEVELS.map((l, k): DocCell[] => [
        tr(lang, l),
        input.byLevel[k],
        { value: percent(lang, input.byLevel[k], input.selected), align: 'right' },
      ]),
      [tr(lang, T.openHazards), h.open, ''],
      [tr(lang, T.openMajorHazards), h.openMajor, ''],
      [tr(lang, T.overdueHazards), h.overdue, ''],
      [tr(lang, T.listed), h.listed, ''],
    ],
    widths: [50, 25, 25],
  };
  sections.push({
    id: 'overview',
    heading: tr(lang, T.overview),
    blocks: [para(summary), para(hazardWords + periodWordsText), kpi],
  });

  // Every town, every sector.
  sections.push({
    id: 'towns',
    heading: tr(lang, T.towns),
    blocks: [
      para(tr(lang, T.townsLead, n(input.towns.length))),
      unitTable(lang, tr(lang, T.townsCaption), tr(lang, T.town), input.townNames, input.towns),
    ],
  });
  const sectorNames = SECTOR_GROUPS.map((g) => tr(lang, g));
  sections.push({
    id: 'sectors',
    heading: tr(lang, T.sectors),
    blocks: [
      para(tr(lang, T.sectorsLead, n(input.sectors.length))),
      unitTable(lang, tr(lang, T.sectorsCaption), tr(lang, T.sector), sectorNames, input.sectors),
    ],
  });

  // The riskiest enterprises.
  sections.push({
    id: 'enterprises',
    heading: tr(lang, T.topEnterprises),
    blocks: [
      {
        kind: 'table',
        caption: tr(lang, T.topCaption, input.top.length),
        header: [
          [
            tr(lang, T.rank),
            tr(lang, T.enterprise),
            tr(lang, T.town),
            tr(lang, T.sector),
            tr(lang, T.level),
            tr(lang, T.score),
          ],
        ],
        rows:
          input.top.length > 0
            ? input.top.map((e, k) => [
                k + 1,
                e.name,
                e.town,
                e.sector,
                LEVELS[e.level]
                  ? {
                      value: `${LEVELS[e.level].symbol}${shortName(lang, LEVELS[e.level])}`,
                      color: hex(LEVELS[e.level].color),
                    }
                  : '',
                { value: e.score, digits: 1 },
              ])
            : [['', tr(lang, T.none), '', '', '', '']],
        widths: [8, 34, 14, 20, 13, 13],
      },
    ],
  });

  // Hazards.
  const endIso = formatDay(period.end);
  sections.push({
    id: 'hazards',
    heading: tr(lang, T.hazards),
    blocks: [
      hazardTable(lang, tr(lang, T.overdueCaption, longDate(lang, endIso)), input.overdue),
      hazardTable(lang, tr(lang, T.listedCaption, longDate(lang, endIso)), input.listed),
    ],
  });

  if (input.inspections) {
    const { done, status: s } = input.inspections;
    sections.push({
      id: 'inspections',
      heading: tr(lang, T.inspections),
      blocks: [
        para(
          tr(
            lang,
            T.inspectionsDone,
            n(done.inspections),
            n(done.enterprises),
            n(done.hazardsFound),
            n(done.penalties),
            n(done.patrols),
          ),
        ),
        para(
          tr(lang, T.inspectionsStatus, asOfWords, n(s.overdue), n(s.never), n(s.dueSoon), n(s.atCap), n(s.overCap)),
        ),
      ],
    });
  }

  // The map, its legend and scale.
  const mapBlocks: DocBlock[] = [];
  if (input.map) {
    const size = mapSizeMm(input.map.width, input.map.height);
    mapBlocks.push({
      kind: 'image',
      png: input.map.png,
      ...size,
      caption: tr(lang, T.mapCaption, input.datasetName),
      alt: tr(lang, T.mapAlt),
    });
    const legend = [{ text: tr(lang, T.legend) }, ...LEVELS.flatMap((_, k) => [...levelRuns(lang, k), { text: '　' }])];
    mapBlocks.push({ kind: 'paragraph', style: 'note', align: 'center', runs: legend });
    if (input.map.metresPerPixel) {
      const scale = scaleDenominator(input.map.metresPerPixel, input.map.width, size.widthMm);
      mapBlocks.push({
        kind: 'paragraph',
        style: 'note',
        align: 'center',
        runs: [{ text: tr(lang, T.scale, n(scale)) }],
      });
    }
  } else {
    mapBlocks.push({ kind: 'notice', text: tr(lang, T.noMap) });
  }
  sections.push({ id: 'map', heading: tr(lang, T.map), blocks: mapBlocks });

  // The trend.
  sections.push({
    id: 'trend',
    heading: tr(lang, T.trend),
    blocks: input.trend
      ? [
          {
            kind: 'image',
            png: input.trend.png,
            widthMm: DOC_TREND_MM.width,
            heightMm: DOC_TREND_MM.height,
            caption: tr(
              lang,
              T.trendCaption,
              tr(lang, input.trend.step === 'week' ? T.byWeek : T.byMonth),
              n(input.trend.periods),
              periodWords(lang, input.trend.first),
              periodWords(lang, input.trend.last),
            ),
            alt: tr(lang, T.trendAlt),
          },
        ]
      : [{ kind: 'notice', text: tr(lang, T.noTrend) }],
  });

  const closing = [tr(lang, T.source, input.datasetName, input.builtDay), tr(lang, T.made, input.madeAt)];
  if (input.demo) closing.push(tr(lang, T.demo));

  return {
    lang,
    title: tr(lang, T.title, input.datasetName, tr(lang, meetingOf(period.step))),
    periodLines: [
      tr(lang, T.periodLine, longDate(lang, formatDay(period.start)), longDate(lang, endIso)),
      tr(lang, T.dataDateLine, asOfWords),
    ],
    lead: input.scope ? [para(tr(lang, T.scope, input.scope, n(input.total)))] : [],
    sections,
    closing,
    author: tr(lang, T.author),
    subject: tr(lang, meetingOf(period.step)),
  };
}
