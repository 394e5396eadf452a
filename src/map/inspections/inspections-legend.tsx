/**
 * The inspection-status layer's legend: each mark drawn with its shape, named in words, with the
 * number of enterprises it marks on the map (after filters); without an inspection status (no ledger,
 * or not yet loaded and computed) it says so, and the layer draws nothing.
 */
import { formatNum, tr } from '../../domain/text.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import type { LegendProps } from '../layer-kind.ts';
import { inspectionMarksFor } from './inspection-marks.ts';
import { inspectionMarkSettings } from './inspections-settings-spec.ts';
import { legendContent } from './legend-entries.ts';
import { MarkSwatch } from './mark-swatch.tsx';

export function InspectionLegend({ compact, kinds }: LegendProps) {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const result = useStore((s) => s.result);
  const version = useStore((s) => s.resultVersion);
  const detailsState = useStore((s) => s.detailsState);
  const { marks } = useStore((s) => settingsOf(s, inspectionMarkSettings));
  if (!dataset) return null;
  const content = legendContent(
    inspectionMarksFor(dataset.enterprises, result?.mask ?? null, version, marks),
    marks,
    Boolean(dataset.manifest.inspections) && detailsState !== 'error',
  );
  return (
    <div
      className={`choro-legend inspection-legend${compact ? ' compact' : ''}`}
      data-testid="inspection-legend"
      data-state={content.state}
    >
      <div className="choro-title">{tr(lang, kinds[0].name)}</div>
      {content.state === 'marks' ? (
        <>
          <ul style={compact ? { display: 'flex', flexWrap: 'wrap', gap: '0.1rem 0.6rem' } : undefined}>
            {content.entries.map(({ mark, count }) => (
              <li key={mark.key} data-testid={`inspection-mark-${mark.key}`} data-shape={mark.shape}>
                <MarkSwatch mark={mark} />
                <span>{tr(lang, mark.name)}</span>
                <span data-testid={`inspection-count-${mark.key}`} data-count={count}>
                  {formatNum(lang, count)}
                </span>
              </li>
            ))}
          </ul>
          <div className="choro-note choro-detail">{tr(lang, content.note)}</div>
        </>
      ) : (
        <div className="choro-note" data-testid="inspection-legend-note">
          {tr(lang, content.note)}
        </div>
      )}
    </div>
  );
}
