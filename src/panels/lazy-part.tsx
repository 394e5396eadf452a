/**
 * Where a part loaded on first use (src/ui/lazy-load.ts) sits: a short "loading" line while its chunk
 * arrives (shown only if that takes more than a moment, so a prefetched or fast part does not flash
 * it), and an error boundary that says so when the chunk did not load, with a retry, while the rest
 * of the page keeps working. Any other fault in the part is reported as PanelBoundary reports it.
 */
import { Suspense, type ReactNode } from 'react';
import { APP_TEXT } from '../i18n/strings.ts';
import { PUNCT } from '../domain/punct-strings.ts';
import { tr, type Text } from '../domain/text.ts';
import { useStore } from '../state/store.ts';
import { ChunkLoadError } from '../ui/lazy-load.ts';
import { LAZY_TEXT } from '../ui/lazy-strings.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import './lazy-part.css';

/** The line shown while a part loads. */
export function LoadingLine({ overMap = false }: { overMap?: boolean }) {
  const lang = useStore((s) => s.lang);
  return (
    <div className={overMap ? 'lazy-loading over-map' : 'lazy-loading'} role="status" data-testid="part-loading">
      {tr(lang, LAZY_TEXT.loading)}
    </div>
  );
}

export function LazyPart({
  name,
  children,
  overMap = false,
  quiet = false,
}: {
  /** The part's name, in the message when it fails. */
  name: Text;
  children: ReactNode;
  /** Drawn over the map (the message then stands out as a banner). */
  overMap?: boolean;
  /** No loading line (a part that draws nothing until used, such as the tour's bar). */
  quiet?: boolean;
}) {
  const lang = useStore((s) => s.lang);
  return (
    <ErrorBoundary
      fallback={(e, reset) => (
        <div
          className={overMap ? 'status-banner error panel-error' : 'panel-error'}
          role="alert"
          data-testid={e instanceof ChunkLoadError ? 'part-not-loaded' : 'panel-error'}
        >
          <span>
            <strong>{tr(lang, name)}</strong>
            {tr(lang, PUNCT.colon)}
            {e instanceof ChunkLoadError ? tr(lang, LAZY_TEXT.notLoaded) : tr(lang, APP_TEXT.panelFailed)}
            {tr(lang, PUNCT.parens, e.message)}
          </span>
          <button
            type="button"
            data-testid="part-retry"
            onClick={() => {
              if (e instanceof ChunkLoadError) e.retry();
              reset();
            }}
          >
            {tr(lang, APP_TEXT.retry)}
          </button>
          {e instanceof ChunkLoadError && (
            <button type="button" onClick={() => location.reload()}>
              {tr(lang, LAZY_TEXT.reload)}
            </button>
          )}
        </div>
      )}
    >
      <Suspense fallback={quiet ? null : <LoadingLine overMap={overMap} />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
