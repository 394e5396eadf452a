/** The frame every chart shares: a title line (with an optional note and "clear") over a body that scrolls. */
import type { ReactNode } from 'react';
import { useStore } from '../../state/store.ts';
import { CHART_TEXT } from './chart-strings.ts';
import { tr } from '../../domain/text.ts';
import './charts.css';

export interface ChartFrameProps {
  title: string;
  testId: string;
  /** Short text after the title (e.g. the brushed range). */
  note?: ReactNode;
  /** Shows a "clear" button that calls this; omit when the chart has no active filter. */
  onClear?: () => void;
  clearTestId?: string;
  className?: string;
  children: ReactNode;
}

export function ChartFrame({ title, testId, note, onClear, clearTestId, className, children }: ChartFrameProps) {
  const lang = useStore((s) => s.lang);
  return (
    <section className={`chart${className ? ` ${className}` : ''}`} data-testid={testId} aria-label={title}>
      <header className="chart-head">
        <h3 className="chart-title">{title}</h3>
        {note !== undefined && <span className="chart-note">{note}</span>}
        {onClear && (
          <button
            type="button"
            className="chart-clear"
            onClick={onClear}
            title={tr(lang, CHART_TEXT.clearTitle)}
            data-testid={clearTestId ?? `${testId}-clear`}
          >
            {tr(lang, CHART_TEXT.clear)}
          </button>
        )}
      </header>
      <div className="chart-body">{children}</div>
    </section>
  );
}
