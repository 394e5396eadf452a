/**
 * The printed bulletin's page of the changes since the earlier data date (较上期变化), shown only
 * while a comparison is ready: the two data dates, the figures in words, every town's row (zero rows
 * kept) with a total, the movers up, the major hazards found since and the hazards newly overdue, each
 * list cut at its cap with the whole count under it. The same figures as the Word document's section
 * (bulletin-changes-data.ts). A page of its own after the bulletin's one page (bulletin.css:
 * `.bl-changes` starts a new page and flows on to another when a district has very many towns).
 */
import { useMemo } from 'react';
import { LEVELS } from '../../domain/levels.ts';
import type { Lang } from '../../domain/lang.ts';
import { dataName, formatNum, shortName, tr } from '../../domain/text.ts';
import { formatDay } from '../../data/dates.ts';
import {
  changesSentence,
  moreText,
  PERIOD_CHANGES_TEXT as C,
  townChangeName,
  type ChangeHazardLine,
  type TownChange,
} from '../../data/compare/index.ts';
import { useStore } from '../../state/store.ts';
import { bulletinChanges } from './bulletin-changes-data.ts';
import { Sym } from './bulletin-parts.tsx';
import { BULLETIN_TEXT } from './strings.ts';

export function BulletinChangesPage() {
  const lang = useStore((s) => s.lang);
  const comparison = useStore((s) => s.comparison);
  const compareState = useStore((s) => s.compareState);
  const dataset = useStore((s) => s.dataset);
  const text = useStore((s) => s.text);
  const hazards = useStore((s) => s.hazards);
  const model = useStore((s) => s.model);
  const changes = useMemo(
    () => bulletinChanges({ comparison, compareState, dataset, text, hazards, model }, lang),
    [comparison, compareState, dataset, text, hazards, model, lang],
  );
  if (!changes || !dataset) return null;
  const { pc, lines } = changes;
  const f = pc.figures;
  const n = (v: number) => formatNum(lang, v);
  const then = formatDay(pc.prevAsOf),
    now = formatDay(pc.asOf);
  return (
    <article
      className="bl-changes"
      data-testid="bulletin-changes"
      data-added={f.added}
      data-gone={f.gone}
      data-up={f.up}
      data-down={f.down}
      data-major-found={f.majorFound}
      data-closed={f.closed}
      lang={lang}
    >
      <header className="bl-ch-head">
        <h1 className="bl-ch-title" data-testid="bulletin-changes-title">
          {tr(lang, C.heading, then)}
        </h1>
        <span className="bl-dataset">{dataName(lang, dataset.manifest)}</span>
        <p className="bl-ch-dates" data-testid="bulletin-changes-dates">
          {tr(lang, C.dates, then, now)}
        </p>
      </header>
      <p className="bl-ch-sentence" data-testid="bulletin-changes-sentence">
        {changesSentence(lang, f)}
      </p>
      <div className="bl-ch-cols">
        <section className="bl-ch-towns" data-testid="bulletin-changes-towns">
          <h2 className="bl-h">{tr(lang, C.townsCaption)}</h2>
          <TownTable rows={pc.towns} total={pc.total} lang={lang} />
          <p className="bl-more">{tr(lang, C.townsLead, n(pc.towns.filter((r) => r.kind === 'town').length))}</p>
        </section>
        <div className="bl-ch-lists">
          <section className="bl-ch-list" data-testid="bulletin-changes-movers" data-count={pc.movers.count}>
            <h2 className="bl-h">{tr(lang, C.moversCaption, n(pc.movers.count))}</h2>
            <table className="bl-table bl-ch-movers">
              <thead>
                <tr>
                  <th className="bl-ch-firm">{tr(lang, C.enterprise)}</th>
                  <th className="bl-town">{tr(lang, C.town)}</th>
                  <th className="bl-ch-levels">{tr(lang, C.thenNow)}</th>
                  <th>{tr(lang, C.reason)}</th>
                </tr>
              </thead>
              <tbody>
                {lines.movers.map((m) => (
                  <tr key={m.row} data-testid="bulletin-changes-mover-row">
                    <td className="bl-name bl-ch-firm">{m.name}</td>
                    <td className="bl-town">{m.town}</td>
                    <td className="bl-ch-levels">
                      <Sym level={m.then} /> {LEVELS[m.then] ? shortName(lang, LEVELS[m.then]) : ''} →{' '}
                      <Sym level={m.now} /> {LEVELS[m.now] ? shortName(lang, LEVELS[m.now]) : ''}
                    </td>
                    <td className="bl-ch-reason" title={m.reason ?? undefined}>
                      {m.reason ?? '—'}
                    </td>
                  </tr>
                ))}
                {pc.movers.count === 0 && (
                  <tr>
                    <td colSpan={4}>{tr(lang, BULLETIN_TEXT.none)}</td>
                  </tr>
                )}
              </tbody>
            </table>
            <More text={moreText(lang, pc.movers, 'enterprises')} />
          </section>
          <HazardList
            testId="bulletin-changes-found"
            title={tr(lang, C.majorFoundCaption, n(pc.majorFound.count))}
            lines={lines.majorFound}
            count={pc.majorFound.count}
            more={moreText(lang, pc.majorFound, 'hazards')}
            last="found"
            lang={lang}
          />
          <HazardList
            testId="bulletin-changes-overdue"
            title={tr(lang, C.newlyOverdueCaption, n(pc.newlyOverdue.count))}
            lines={lines.newlyOverdue}
            count={pc.newlyOverdue.count}
            more={moreText(lang, pc.newlyOverdue, 'hazards')}
            last="daysOverdue"
            lang={lang}
          />
        </div>
      </div>
    </article>
  );
}

function More({ text }: { text: string | null }) {
  return text ? <p className="bl-more">{text}</p> : null;
}

function TownTable({ rows, total, lang }: { rows: readonly TownChange[]; total: TownChange; lang: Lang }) {
  const n = (v: number) => formatNum(lang, v);
  const cells = (r: TownChange) => (
    <>
      <td className="bl-num bl-ch-pair">
        {n(r.then[0])}→{n(r.now[0])}
      </td>
      <td className="bl-num bl-ch-pair">
        {n(r.then[1])}→{n(r.now[1])}
      </td>
      {[r.up, r.down, r.added, r.gone, r.majorFound, r.closed].map((v, k) => (
        <td key={k} className={v ? 'bl-num' : 'bl-num bl-zero'}>
          {n(v)}
        </td>
      ))}
    </>
  );
  return (
    <table className="bl-table bl-ch-town-table">
      <thead>
        <tr>
          <th>{tr(lang, C.town)}</th>
          {[0, 1].map((l) => (
            <th key={l} className="bl-num bl-ch-pair">
              <Sym level={l} /> {shortName(lang, LEVELS[l])}
              <br />
              <span className="bl-nowrap">{tr(lang, C.thenNow)}</span>
            </th>
          ))}
          <th className="bl-num">{tr(lang, C.up)}</th>
          <th className="bl-num">{tr(lang, C.down)}</th>
          <th className="bl-num">{tr(lang, C.added)}</th>
          <th className="bl-num">{tr(lang, C.gone)}</th>
          <th className="bl-num bl-ch-wide">{tr(lang, C.majorFound)}</th>
          <th className="bl-num">{tr(lang, C.closed)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, k) => (
          <tr key={k} data-testid="bulletin-changes-town-row" data-town={r.name} data-kind={r.kind}>
            <td className="bl-name">{townChangeName(lang, r)}</td>
            {cells(r)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="bl-ch-total" data-testid="bulletin-changes-total">
          <td>{townChangeName(lang, total)}</td>
          {cells(total)}
        </tr>
      </tfoot>
    </table>
  );
}

function HazardList({
  testId,
  title,
  lines,
  count,
  more,
  last,
  lang,
}: {
  testId: string;
  title: string;
  lines: readonly ChangeHazardLine[];
  count: number;
  more: string | null;
  last: 'found' | 'daysOverdue';
  lang: Lang;
}) {
  return (
    <section className="bl-ch-list bl-hazards" data-testid={testId} data-count={count}>
      <h2 className="bl-h">{title}</h2>
      <table className="bl-table">
        <thead>
          <tr>
            <th className="bl-hz-firm">{tr(lang, C.enterprise)}</th>
            <th className="bl-town">{tr(lang, C.town)}</th>
            <th>{tr(lang, C.hazard)}</th>
            <th className={last === 'found' ? 'bl-date' : 'bl-num bl-days'}>
              {tr(lang, last === 'found' ? C.found : C.daysOverdue)}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.hazard} data-testid={`${testId}-row`}>
              <td className="bl-name bl-hz-firm">
                <Sym level={l.level} /> {l.enterprise}
              </td>
              <td className="bl-town">{l.town}</td>
              <td className="bl-hz-what" title={l.what}>
                {l.what}
              </td>
              {last === 'found' ? (
                <td className="bl-date">{l.found}</td>
              ) : (
                <td className="bl-num bl-days">{tr(lang, BULLETIN_TEXT.days, l.daysOverdue)}</td>
              )}
            </tr>
          ))}
          {count === 0 && (
            <tr>
              <td colSpan={4}>{tr(lang, BULLETIN_TEXT.none)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <More text={more} />
    </section>
  );
}
