/**
 * One part of the page that may fail alone: a fault in it (a bug, data it did not expect) shows a
 * small card naming the part and the error, with a retry, while the rest of the page keeps working.
 */
import type { ReactNode } from 'react';
import type { StringKey } from '../i18n/strings.ts';
import { useT } from '../i18n/use-t.ts';
import { PUNCT } from '../domain/punct-strings.ts';
import { tr } from '../domain/text.ts';
import { useStore } from '../state/store.ts';
import { ErrorBoundary } from './error-boundary.tsx';

export function PanelBoundary({
  part,
  children,
  overMap = false,
}: {
  part: StringKey;
  children: ReactNode;
  overMap?: boolean;
}) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  return (
    <ErrorBoundary
      fallback={(e, reset) => (
        <div
          className={overMap ? 'status-banner error panel-error' : 'panel-error'}
          role="alert"
          data-testid="panel-error"
        >
          <strong>{t(part)}</strong>
          {tr(lang, PUNCT.colon)}
          {t('panelFailed')}
          {tr(lang, PUNCT.parens, e.message)}
          <button type="button" onClick={reset}>
            {t('retry')}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
