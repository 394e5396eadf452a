/**
 * The drawer's "较上期变化": the level and score then and now, why they moved (the model's breakdown
 * of both data dates side by side, "近三年事故 0 → 1，+12.0"), and the period's hazards.
 */
import { useMemo } from 'react';
import { assessedText, HAZARD_CLOSED_SINCE, HAZARD_FOUND, reasonText, rowChange } from '../../data/compare/index.ts';
import { tr, type Text } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { LevelBadge } from '../level-badge.tsx';
import { COMPARE_TEXT } from './strings.ts';

export function DrawerChange({ row }: { row: number }) {
  const lang = useStore((s) => s.lang);
  const cmp = useStore((s) => s.comparison);
  const c = useStore((s) => s.dataset!.enterprises);
  const hazards = useStore((s) => s.hazards);
  const model = useStore((s) => s.model);
  const t = (e: Text, ...args: (string | number)[]) => tr(lang, e, ...args);
  const prevRow = cmp ? cmp.diff.prevRow[row] : -1;
  const r = useMemo(
    () => (cmp && prevRow >= 0 ? rowChange(c, cmp.earlier.enterprises, row, prevRow, model) : null),
    [cmp, c, row, prevRow, model],
  );
  const period = useMemo(() => {
    if (!cmp || !hazards) return null;
    let found = 0,
      major = 0,
      closed = 0;
    for (let k = 0; k < hazards.length; k++) {
      if (hazards.enterprise[k] !== row) continue;
      const f = cmp.diff.hazardFacts[k];
      if (f & HAZARD_FOUND) {
        found++;
        if (hazards.level[k] === 1) major++;
      }
      if (f & HAZARD_CLOSED_SINCE) closed++;
    }
    return { found, major, closed };
  }, [cmp, hazards, row]);
  if (!cmp) return null;
  const e = cmp.earlier.enterprises;
  const assessed = r && assessedText(r.assessedThen, r.assessedNow, lang);
  return (
    <section className="drawer-change" data-testid="drawer-change">
      <h3>{t(COMPARE_TEXT.sinceTitle, cmp.earlier.manifest.asOf)}</h3>
      {prevRow < 0 ? (
        <p data-testid="drawer-change-new">{t(COMPARE_TEXT.newHere)}</p>
      ) : (
        <>
          <p className="drawer-change-levels" data-testid="drawer-change-levels">
            <LevelBadge level={e.level[prevRow]} /> {e.score[prevRow].toFixed(1)} → <LevelBadge level={c.level[row]} />{' '}
            {c.score[row].toFixed(1)}
          </p>
          {assessed && <p data-testid="drawer-change-assessed">{assessed}</p>}
          {r && r.lines.length > 0 ? (
            <>
              <p className="muted">{t(COMPARE_TEXT.reasonsUnder)}</p>
              <ul className="drawer-change-reasons" data-testid="drawer-change-reasons">
                {r.lines.map((l) => (
                  <li key={l.key}>{reasonText(l, lang)}</li>
                ))}
              </ul>
            </>
          ) : (
            !assessed && <p className="muted">{t(COMPARE_TEXT.noInputChange)}</p>
          )}
        </>
      )}
      {period && (
        <p className="muted" data-testid="drawer-change-hazards">
          {t(COMPARE_TEXT.hazardsSince, period.found, period.major, period.closed)}
        </p>
      )}
    </section>
  );
}
