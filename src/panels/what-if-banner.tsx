/**
 * While a model other than the dataset's own is in use, every level on screen is hypothetical: a
 * banner above the figures says so, whichever tab is open or however the page was reached (a link
 * carrying a model), with one click back to the real model.
 */
import { useT } from '../i18n/use-t.ts';
import { useStore } from '../state/store.ts';

export function WhatIfBanner() {
  const t = useT();
  const whatIf = useStore((s) => s.whatIf);
  const reset = useStore((s) => s.resetModel);
  if (!whatIf) return null;
  return (
    <div className="what-if-banner" role="status" data-testid="whatif-banner">
      <span>{t('whatIfBanner')}</span>
      <button type="button" data-testid="whatif-reset" onClick={reset}>
        {t('whatIfReset')}
      </button>
    </div>
  );
}
