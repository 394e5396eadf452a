/**
 * While the page compares two data dates, a line above the figures says which two, with the period's
 * changes in brief (the changes tab has them in full), and one click back to this data date alone.
 */
import { CHANGE_BITS, GONE } from '../../domain/compare/change-codes.ts';
import { formatNum, tr, type Text } from '../../domain/text.ts';
import { nameIn } from '../../i18n/strings.ts';
import { useStore } from '../../state/store.ts';
import { COMPARE_TEXT } from './strings.ts';
import './compare.css';

function endComparison(): void {
  const url = new URL(location.href);
  url.searchParams.delete('compare');
  location.assign(url.toString());
}

export function CompareBanner() {
  const lang = useStore((s) => s.lang);
  const t = (e: Text, ...args: string[]) => tr(lang, e, ...args);
  const state = useStore((s) => s.compareState);
  const cmp = useStore((s) => s.comparison);
  const asOf = useStore((s) => s.dataset?.manifest.asOf ?? '');
  if (state === 'off' || state === 'error') return null;
  if (!cmp)
    return (
      <div className="compare-banner" role="status" data-testid="compare-banner" data-state={state}>
        <span>{state === 'computing' ? t(COMPARE_TEXT.computing) : t(COMPARE_TEXT.loading, asOf)}</span>
      </div>
    );
  const tt = cmp.diff.totals;
  const figures: [string, string, number][] = [
    ['new', nameIn(lang, CHANGE_BITS[0]), tt.new],
    ['gone', nameIn(lang, GONE), tt.gone],
    ['up', nameIn(lang, CHANGE_BITS[1]), tt.up],
    ['down', nameIn(lang, CHANGE_BITS[2]), tt.down],
    ['major-found', t(COMPARE_TEXT.majorFound), tt.majorFound],
    ['closed', t(COMPARE_TEXT.closed), tt.hazardsClosed],
    ['newly-overdue', t(COMPARE_TEXT.newlyOverdue), tt.hazardsNewlyOverdue],
  ];
  return (
    <div className="compare-banner" role="status" data-testid="compare-banner" data-state="ready">
      <strong>{t(COMPARE_TEXT.banner, cmp.earlier.manifest.asOf, asOf)}</strong>
      <span className="compare-figures">
        {figures.map(([key, label, n]) => (
          <span key={key} className="compare-figure" data-testid={`compare-${key}`} data-count={n}>
            {label} <b>{formatNum(lang, n)}</b>
          </span>
        ))}
      </span>
      <button type="button" data-testid="compare-end" title={t(COMPARE_TEXT.endTitle)} onClick={endComparison}>
        {t(COMPARE_TEXT.end)}
      </button>
    </div>
  );
}
