/**
 * The printable one-page bulletin (安全生产风险通报) of the current view, for the weekly dispatch and
 * the monthly bulletin meetings: title, dataset, period, data date and filters; the KPI figures; the
 * map; the top 10 towns and enterprises by risk; the overdue and the listed-supervision major hazards;
 * the weekly or monthly trend; the source and the print time. The week or month is chosen in the
 * bulletin's own toolbar (bulletin-toolbar.tsx), shown on screen while the print command has it open.
 *
 * Never shown on screen, and the only thing printed (bulletin.css: A4 landscape, one page on a fixed
 * grid in mm, lists cut to fit). With a comparison open, a second page follows: the changes since the
 * earlier data date (bulletin-changes.tsx). Mounted beside the app's root `.app`. It renders nothing until a print
 * is prepared (print-session.ts: the print command, or the browser's `beforeprint`), then the page of
 * the view at that moment; after the print (`afterprint`) nothing again.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { LEVELS } from '../../domain/levels.ts';
import type { Lang } from '../../domain/lang.ts';
import { formatDay } from '../../data/dates.ts';
import { dataAsOf } from '../../data/ledger/hazard-ledger.ts';
import {
  BULLETIN_TOP,
  BULLETIN_TREND_PERIODS,
  builtDay,
  bulletinPeriod,
  listedMajorHazards,
  overdueHazards,
  printStamp,
  scaleBar,
  topAreas,
  topEnterprises,
  trendWindow,
} from '../../data/bulletin-data.ts';
import { APP_TEXT, nameIn } from '../../i18n/strings.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { dataName, formatNum, otherLang, shortName, tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { selectedPerLevel } from '../../state/selectors.ts';
import { filterPhrases } from '../../ui/filter-words.ts';
import { ErrorBoundary } from '../error-boundary.tsx';
import { BulletinTrend } from './bulletin-trend.tsx';
import { BulletinLegend } from './bulletin-legend.tsx';
import { BulletinToolbar } from './bulletin-toolbar.tsx';
import { HazardSection, Kpi, Sym } from './bulletin-parts.tsx';
import { BulletinInspections } from './bulletin-inspections.tsx';
import { lazyComponent } from '../../ui/lazy-load.ts';
import {
  MAP_BOX_MM,
  prepareBulletin,
  printSnapshot,
  releaseBulletin,
  subscribePrint,
  type BulletinMapImage,
} from './print-session.ts';
import { BULLETIN_TEXT } from './strings.ts';
import './bulletin.css';

// The changes page is the comparison's code: loaded once a comparison is open (the first map does
// not wait for it), before any print, which renders at once (`flushSync`) and cannot wait.
const BulletinChangesPage = lazyComponent(
  () => import('./bulletin-changes.tsx'),
  (m) => m.BulletinChangesPage,
);

/** Lines of each hazard list that fit its box (bulletin.css): fewer when the inspection band takes its row. */
const HAZARD_LINES = 6;
const HAZARD_LINES_WITH_INSPECTIONS = 4;
/** The trend chart's box, mm (bulletin.css). */
const TREND_MM = { width: 164, height: 40 } as const;

export function Bulletin() {
  const snap = useSyncExternalStore(subscribePrint, printSnapshot);
  const lang = useStore((s) => s.lang);
  const toolbar = useStore((s) => s.bulletinOpen);
  useEffect(() => {
    window.addEventListener('beforeprint', prepareBulletin);
    window.addEventListener('afterprint', releaseBulletin);
    return () => {
      window.removeEventListener('beforeprint', prepareBulletin);
      window.removeEventListener('afterprint', releaseBulletin);
    };
  }, []);
  return (
    <>
      {toolbar && <BulletinToolbar />}
      <div className="bulletin" data-testid="bulletin" aria-hidden="true">
        {/* Outside the app's boundaries: a fault here prints a line saying so, and the app stays. */}
        {snap.printedAt && (
          <ErrorBoundary
            key={snap.printedAt.getTime()}
            fallback={(e) => (
              <p className="bl-failed" data-testid="bulletin-failed">
                {tr(lang, BULLETIN_TEXT.failed, e.message)}
              </p>
            )}
          >
            <BulletinPage image={snap.image} printedAt={snap.printedAt} />
          </ErrorBoundary>
        )}
      </div>
    </>
  );
}

/** A level as its symbol on its colour (the symbol reads without the colour). */

function BulletinPage({ image, printedAt }: { image: BulletinMapImage | null; printedAt: Date }) {
  const lang = useStore((s) => s.lang);
  const core = useStore((s) => s.dataset);
  const text = useStore((s) => s.text);
  const hazards = useStore((s) => s.hazards);
  const dataset = useMemo(() => (core && text && hazards ? { ...core, text, hazards } : null), [core, text, hazards]);
  const result = useStore((s) => s.result);
  const filters = useStore((s) => s.filters);
  const areaMetrics = useStore((s) => s.areaMetrics);
  const version = useStore((s) => s.resultVersion);
  // The bulletin's own period (its toolbar), not the hazard ledger's.
  const pick = useStore((s) => s.bulletinPick);
  const step = pick.step;
  // With a comparison open, a second page of the changes since the earlier data date follows.
  const changes = useStore((s) => s.compareState === 'ready' && s.comparison !== null);
  const comparing = useStore((s) => s.compareState !== 'off');
  useEffect(() => {
    if (comparing) void BulletinChangesPage.preload().catch(() => undefined);
  }, [comparing]);

  const data = useMemo(() => {
    void version;
    if (!dataset || !result) return null;
    const asOf = dataAsOf(dataset);
    const period = bulletinPeriod(pick, asOf);
    const mask = result.mask;
    const h = dataset.hazards;
    const lines = (dataset.manifest.inspections ?? 0) > 0 ? HAZARD_LINES_WITH_INSPECTIONS : HAZARD_LINES;
    return {
      asOf,
      period,
      towns: areaMetrics ? topAreas(areaMetrics.town, BULLETIN_TOP) : [],
      enterprises: topEnterprises(dataset.enterprises, mask, BULLETIN_TOP),
      overdue: overdueHazards(h, period.end, mask, lines),
      listed: listedMajorHazards(h, period.end, mask, lines),
      trend: h.length > 0 ? trendWindow(h, step, asOf, mask, period.start, BULLETIN_TREND_PERIODS) : [],
    };
  }, [dataset, result, areaMetrics, step, pick, version]);
  if (!dataset || !result || !data) return null;

  const m = dataset.manifest;
  const { period } = data;
  const phrases = filterPhrases(filters, m, lang).map((p) => p.text);
  const levels = selectedPerLevel(result, filters);
  const tt = result.totals;
  const day = (d: number) => formatDay(d);
  const townName = (t: number) => (t >= 0 && t < m.towns.length ? m.towns[t].name : '');
  const hazardAsOf = period.latest ? null : tr(lang, BULLETIN_TEXT.kpiAsOf, m.asOf);

  const inspections = (m.inspections ?? 0) > 0;
  return (
    <>
      <article
        className={`bl-page${inspections ? ' bl-with-insp' : ''}${changes ? ' bl-has-next' : ''}`}
        data-testid="bulletin-page"
        lang={lang}
      >
        <header className="bl-head" data-testid="bulletin-head">
          <div className="bl-head-main">
            <h1 className="bl-title" data-testid="bulletin-title">
              {tr(lang, BULLETIN_TEXT.title)}
            </h1>
            <span className="bl-meeting">
              {tr(lang, period.step === 'week' ? BULLETIN_TEXT.weekly : BULLETIN_TEXT.monthly)} · {period.label}
            </span>
            {m.demo && (
              <span className="bl-demo" data-testid="bulletin-demo">
                {tr(lang, APP_TEXT.demoBadge)} / {tr(otherLang(lang), APP_TEXT.demoBadgeAlso)}
              </span>
            )}
          </div>
          <div className="bl-dataset">{dataName(lang, m)}</div>
          <div className="bl-facts">
            <span data-testid="bulletin-period">
              {tr(lang, BULLETIN_TEXT.period, period.label, day(period.start), day(period.end))}
            </span>
            <span data-testid="bulletin-date">{tr(lang, BULLETIN_TEXT.dataDate, m.asOf)}</span>
            <span className="bl-filters" data-testid="bulletin-filters">
              {tr(
                lang,
                BULLETIN_TEXT.filters,
                phrases.length ? phrases.join(tr(lang, PUNCT.listSep)) : tr(lang, BULLETIN_TEXT.allEnterprises),
              )}
            </span>
          </div>
        </header>

        <section className="bl-kpis" data-testid="bulletin-kpis">
          <Kpi
            label={tr(lang, APP_TEXT.kpiEnterprises)}
            value={formatNum(lang, result.selected)}
            sub={
              result.selected !== m.enterprises
                ? `${tr(lang, APP_TEXT.ofTotal)} ${formatNum(lang, m.enterprises)}`
                : null
            }
          />
          {LEVELS.map((l, k) => (
            <Kpi key={l.key} level={k} label={nameIn(lang, l)} value={formatNum(lang, levels[k])} />
          ))}
          <Kpi label={tr(lang, APP_TEXT.kpiOpen)} value={formatNum(lang, tt.hazardsOpen)} sub={hazardAsOf} />
          <Kpi
            label={tr(lang, APP_TEXT.kpiOpenMajor)}
            value={formatNum(lang, tt.hazardsOpenMajor)}
            sub={hazardAsOf}
            alert
          />
          <Kpi
            label={tr(lang, APP_TEXT.kpiOverdue)}
            value={formatNum(lang, tt.hazardsOverdue)}
            sub={hazardAsOf}
            alert
          />
          <Kpi label={tr(lang, APP_TEXT.kpiListed)} value={formatNum(lang, tt.hazardsListed)} sub={hazardAsOf} />
        </section>

        {inspections && <BulletinInspections start={period.start} end={period.end} asOf={m.asOf} />}

        <section className="bl-map" data-testid="bulletin-map" data-period={period.label}>
          <h2 className="bl-h">{tr(lang, BULLETIN_TEXT.map)}</h2>
          <div className="bl-map-box" style={{ width: `${MAP_BOX_MM.width}mm`, height: `${MAP_BOX_MM.height}mm` }}>
            {image ? (
              <img
                className="bl-map-img"
                data-testid="bulletin-map-img"
                data-kinds={image.kinds?.join(',')}
                data-drawn={image.drawn?.join(',')}
                src={image.src}
                alt={tr(lang, BULLETIN_TEXT.map)}
              />
            ) : (
              <div className="bl-map-missing" data-testid="bulletin-map-missing">
                {tr(lang, BULLETIN_TEXT.mapMissing)}
              </div>
            )}
            {image && <ScaleBar image={image} lang={lang} />}
          </div>
          <BulletinLegend lang={lang} />
        </section>

        <section className="bl-towns" data-testid="bulletin-top-areas">
          <h2 className="bl-h">{tr(lang, BULLETIN_TEXT.topAreas, BULLETIN_TOP)}</h2>
          <table className="bl-table">
            <thead>
              <tr>
                <th className="bl-n">{tr(lang, BULLETIN_TEXT.rank)}</th>
                <th>{tr(lang, BULLETIN_TEXT.town)}</th>
                <th className="bl-num bl-index">{tr(lang, BULLETIN_TEXT.riskIndex)}</th>
                {/* The symbols alone (the key under the map names them): a word does not fit in English. */}
                <th className="bl-num" aria-label={shortName(lang, LEVELS[0])}>
                  <Sym level={0} />
                </th>
                <th className="bl-num" aria-label={shortName(lang, LEVELS[1])}>
                  <Sym level={1} />
                </th>
                <th className="bl-num bl-count">{tr(lang, BULLETIN_TEXT.enterprises)}</th>
              </tr>
            </thead>
            <tbody>
              {data.towns.map((a, k) => (
                <tr key={a.area} data-testid="bulletin-area-row">
                  <td className="bl-n">{k + 1}</td>
                  <td className="bl-name">
                    <Sym level={a.topLevel} /> {townName(a.area) || m.towns[a.area]?.code}
                  </td>
                  <td className="bl-num bl-index">{formatNum(lang, a.riskIndex, 1)}</td>
                  <td className="bl-num">{formatNum(lang, a.byLevel[0])}</td>
                  <td className="bl-num">{formatNum(lang, a.byLevel[1])}</td>
                  <td className="bl-num bl-count">{formatNum(lang, a.enterprises)}</td>
                </tr>
              ))}
              {data.towns.length === 0 && (
                <tr>
                  <td colSpan={6}>{tr(lang, BULLETIN_TEXT.none)}</td>
                </tr>
              )}
            </tbody>
          </table>
        </section>

        <section className="bl-firms" data-testid="bulletin-top-enterprises">
          <h2 className="bl-h">{tr(lang, BULLETIN_TEXT.topEnterprises, BULLETIN_TOP)}</h2>
          <table className="bl-table">
            <thead>
              <tr>
                <th className="bl-n">{tr(lang, BULLETIN_TEXT.rank)}</th>
                <th>{tr(lang, BULLETIN_TEXT.enterprise)}</th>
                <th>{tr(lang, BULLETIN_TEXT.town)}</th>
                <th className="bl-num">{tr(lang, BULLETIN_TEXT.score)}</th>
              </tr>
            </thead>
            <tbody>
              {data.enterprises.map((r, k) => (
                <tr key={r.row} data-testid="bulletin-enterprise-row">
                  <td className="bl-n">{k + 1}</td>
                  <td className="bl-name">
                    <Sym level={r.level} /> {dataset.text.name.get(r.row) ?? ''}
                  </td>
                  <td className="bl-town">{townName(dataset.enterprises.town[r.row])}</td>
                  <td className="bl-num">{formatNum(lang, r.score, 1)}</td>
                </tr>
              ))}
              {data.enterprises.length === 0 && (
                <tr>
                  <td colSpan={4}>{tr(lang, BULLETIN_TEXT.none)}</td>
                </tr>
              )}
            </tbody>
          </table>
        </section>

        <HazardSection
          testId="bulletin-overdue"
          className="bl-overdue"
          title={tr(lang, BULLETIN_TEXT.overdue, data.overdue.count)}
          list={data.overdue}
          dataset={dataset}
          lang={lang}
          asOf={day(period.end)}
        />
        <HazardSection
          testId="bulletin-listed"
          className="bl-listed"
          title={tr(lang, BULLETIN_TEXT.listedMajor, data.listed.count)}
          list={data.listed}
          dataset={dataset}
          lang={lang}
          asOf={day(period.end)}
        />

        <section className="bl-trend" data-testid="bulletin-trend">
          <h2 className="bl-h">
            {tr(
              lang,
              BULLETIN_TEXT.trend,
              tr(lang, step === 'week' ? BULLETIN_TEXT.byWeek : BULLETIN_TEXT.byMonth),
              data.trend.length,
            )}
            {data.trend.length > 0 && (
              <span className="bl-h-note">
                {data.trend[0].label} – {data.trend[data.trend.length - 1].label}
              </span>
            )}
          </h2>
          {data.trend.length > 0 ? (
            <BulletinTrend
              periods={data.trend}
              step={step}
              lang={lang}
              width={TREND_MM.width}
              height={TREND_MM.height}
            />
          ) : (
            <p className="bl-empty">{tr(lang, BULLETIN_TEXT.noTrend)}</p>
          )}
        </section>

        <footer className="bl-foot" data-testid="bulletin-footer">
          <span>
            {tr(lang, BULLETIN_TEXT.source, dataName(lang, m), builtDay(m.builtAt) || m.builtAt)}
            {m.demo && (
              <>
                {tr(lang, PUNCT.clauseSep)}
                {tr(lang, BULLETIN_TEXT.demoSource)}
              </>
            )}
          </span>
          <span data-testid="bulletin-printed">{tr(lang, BULLETIN_TEXT.printed, printStamp(printedAt))}</span>
        </footer>
      </article>
      {changes && <BulletinChangesPage />}
    </>
  );
}

/** A scale bar for the printed image: a round ground distance at most 25 mm long on paper. */
function ScaleBar({ image, lang }: { image: BulletinMapImage; lang: Lang }) {
  const bar = scaleBar(image, MAP_BOX_MM);
  if (!bar) return null;
  const text =
    bar.metres >= 1000
      ? tr(lang, BULLETIN_TEXT.kilometres, bar.metres / 1000)
      : tr(lang, BULLETIN_TEXT.metres, bar.metres);
  return (
    <div className="bl-scale" data-testid="bulletin-scale">
      <span className="bl-scale-bar" style={{ width: `${bar.mm}mm` }} />
      <span>{text}</span>
    </div>
  );
}
