/**
 * The bulletin's toolbar, where the bulletin is made: weekly (周调度) or monthly (月通报), which week or
 * month up to the data date (src/data/bulletin-data.ts `bulletinPeriods`), then print. The choice is
 * the bulletin's own (the store's `bulletinPick`), not the hazard ledger's trend step or time slider,
 * and the browser's own print (Ctrl+P) prints it too. Opened by the print command (打印简报); on screen
 * only, never printed.
 */
import { useMemo } from 'react';
import { bulletinPeriod, bulletinPeriods, type BulletinPeriod } from '../../data/bulletin-data.ts';
import { formatDay } from '../../data/dates.ts';
import { dataAsOf } from '../../data/ledger/hazard-ledger.ts';
import type { TrendStep } from '../../data/ledger/hazard-ledger.ts';
import { tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { useEscape } from '../../ui/use-escape.ts';
import { printBulletin } from './bulletin-command.ts';
import { BULLETIN_TEXT } from './strings.ts';

const STEPS: readonly [TrendStep, typeof BULLETIN_TEXT.weekly][] = [
  ['week', BULLETIN_TEXT.weekly],
  ['month', BULLETIN_TEXT.monthly],
];

export function BulletinToolbar() {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const hazards = useStore((s) => s.hazards);
  const pick = useStore((s) => s.bulletinPick);
  const setPick = useStore((s) => s.setBulletinPick);
  const close = useStore((s) => s.setBulletinOpen);
  const canPrint = useStore((s) => s.result !== null && s.detailsState === 'ready');
  useEscape(true, () => close(false));

  const asOf = useMemo(() => (dataset ? dataAsOf({ manifest: dataset.manifest, hazards }) : 0), [dataset, hazards]);
  const periods = useMemo(() => bulletinPeriods(asOf, pick.step), [asOf, pick.step]);
  if (!dataset) return null;
  const current = bulletinPeriod(pick, asOf);
  const option = (p: BulletinPeriod) =>
    tr(lang, BULLETIN_TEXT.periodOption, p.label, formatDay(p.start), formatDay(p.end)) +
    (p.latest ? tr(lang, BULLETIN_TEXT.latestMark) : '');

  return (
    <div
      className="bulletin-toolbar"
      role="dialog"
      aria-label={tr(lang, BULLETIN_TEXT.toolbar)}
      data-testid="bulletin-toolbar"
    >
      <h2>{tr(lang, BULLETIN_TEXT.toolbar)}</h2>
      <div className="bt-steps" role="group" aria-label={tr(lang, BULLETIN_TEXT.periodPick)}>
        {STEPS.map(([step, name]) => (
          <button
            key={step}
            type="button"
            aria-pressed={pick.step === step}
            className={pick.step === step ? 'on' : ''}
            onClick={() => setPick({ step, start: null })}
            data-testid={`bulletin-step-${step}`}
          >
            {tr(lang, name)}
          </button>
        ))}
      </div>
      <label className="bt-period">
        {tr(lang, BULLETIN_TEXT.periodPick)}
        <select
          value={current.latest ? '' : String(current.start)}
          onChange={(e) => setPick({ step: pick.step, start: e.target.value === '' ? null : Number(e.target.value) })}
          data-testid="bulletin-period-pick"
        >
          {periods.map((p) => (
            <option key={p.start} value={p.latest ? '' : String(p.start)} data-label={p.label}>
              {option(p)}
            </option>
          ))}
        </select>
      </label>
      <div className="bt-actions">
        <button
          type="button"
          className="bt-print"
          onClick={printBulletin}
          disabled={!canPrint}
          data-testid="bulletin-print-now"
        >
          {tr(lang, BULLETIN_TEXT.printNow)}
        </button>
        <button type="button" onClick={() => close(false)} data-testid="bulletin-close">
          {tr(lang, BULLETIN_TEXT.close)}
        </button>
      </div>
    </div>
  );
}
