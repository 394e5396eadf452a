/**
 * The changes layer's legend: each mark drawn with its shape, named in words, with the number of
 * marks on the map (of the enterprises passing the filters; the gone ones all, where they were);
 * without a comparison it says how to open one, and the layer draws nothing.
 */
import { formatNum, tr } from '../../domain/text.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { useStore } from '../../state/store.ts';
import type { LegendProps } from '../layer-kind.ts';
import { changeMarksFor } from './change-marks.ts';
import { ChangeSwatch } from './change-swatch.tsx';
import { changeSources } from './changes-sources.ts';
import { changeMarkSettings } from './changes-settings-spec.ts';
import { changeLegendContent } from './legend-entries.ts';

export function ChangesLegend({ compact, kinds }: LegendProps) {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const comparison = useStore((s) => s.comparison);
  const compareState = useStore((s) => s.compareState);
  const result = useStore((s) => s.result);
  const version = useStore((s) => s.resultVersion);
  const choice = useStore((s) => settingsOf(s, changeMarkSettings));
  if (!dataset) return null;
  const content = changeLegendContent(
    changeMarksFor(changeSources(dataset, comparison), result?.mask ?? null, version, choice),
    choice,
    compareState,
    [comparison?.earlier.manifest.asOf ?? '', dataset.manifest.asOf],
  );
  return (
    <div
      className={`choro-legend change-legend${compact ? ' compact' : ''}`}
      data-testid="change-legend"
      data-state={content.state}
    >
      <div className="choro-title">{tr(lang, kinds[0].name)}</div>
      {content.state === 'marks' ? (
        <>
          <ul style={compact ? { display: 'flex', flexWrap: 'wrap', gap: '0.1rem 0.6rem' } : undefined}>
            {content.entries.map(({ mark, count, suffix }) => (
              <li key={mark.key} data-testid={`change-mark-${mark.key}`} data-shape={mark.shape}>
                <ChangeSwatch mark={mark} />
                <span>{tr(lang, mark.name)}</span>
                <span data-testid={`change-count-${mark.key}`} data-count={count}>
                  {formatNum(lang, count)}
                </span>
                {suffix && <span>{tr(lang, suffix)}</span>}
              </li>
            ))}
          </ul>
          <div className="choro-note choro-detail">{tr(lang, content.note)}</div>
        </>
      ) : (
        <div className="choro-note" data-testid="change-legend-note">
          {tr(lang, content.note)}
        </div>
      )}
    </div>
  );
}
