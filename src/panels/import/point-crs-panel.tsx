/**
 * The enterprise table's two decisions: the coordinate system of its points (with the share of a
 * sample that falls in towns and parks under each candidate), and a sector for each sector value
 * the taxonomy does not know.
 */
import type { CrsFigure } from '../../data/import/point-crs.ts';
import type { UnknownValue } from '../../data/import/sector-values.ts';
import { SECTORS } from '../../domain/sectors.ts';
import { tr } from '../../domain/text.ts';
import { CrsSelect } from './crs-select.tsx';
import { localCrsLabel } from './import-strings.ts';
import { useImportText } from './use-import-text.ts';

interface Props {
  figures: CrsFigure[];
  pointCrs: string;
  onPointCrs(crs: string): void;
  unknownSectors: UnknownValue[];
  sectorValues: Record<string, number>;
  onSectorValues(v: Record<string, number>): void;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

export function PointCrsPanel({ figures, pointCrs, onPointCrs, unknownSectors, sectorValues, onSectorValues }: Props) {
  const { t, lang } = useImportText();
  return (
    <div className="import-point-crs">
      <label className="import-inline">
        {t('pointCrs')}
        <CrsSelect testId="import-point-crs" value={pointCrs} onChange={onPointCrs} />
      </label>
      {figures.length > 0 && (
        <table className="import-figures" data-testid="import-crs-figures">
          <caption>{t('pointCrsHelp')}</caption>
          <thead>
            <tr>
              <th />
              <th>{t('inTowns')}</th>
              <th>{t('inParks')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f, i) => (
              <tr key={f.crs} className={f.crs === pointCrs ? 'import-chosen' : undefined}>
                <td>
                  <button type="button" className="import-link" onClick={() => onPointCrs(f.crs)}>
                    {localCrsLabel(f.label, lang)}
                  </button>
                  {i === 0 && <span className="import-suggested"> {t('suggested')}</span>}
                </td>
                <td>{pct(f.inTowns, f.sampled)}</td>
                <td>{pct(f.inParks, f.sampled)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unknownSectors.length > 0 && (
        <div className="import-sectors" data-testid="import-unknown-sectors">
          <p>{t('unknownSectors')}</p>
          {unknownSectors.map((u) => (
            <label key={u.value} className="import-inline">
              <span>
                {u.value} <span className="import-muted">({u.rows})</span>
              </span>
              <select
                value={sectorValues[u.value] ?? -1}
                onChange={(e) => {
                  const v = Number(e.target.value);
                  const next = { ...sectorValues };
                  if (v < 0) delete next[u.value];
                  else next[u.value] = v;
                  onSectorValues(next);
                }}
              >
                <option value={-1}>{t('unassigned')}</option>
                {SECTORS.map((sec, i) => (
                  <option key={sec.key} value={i}>
                    {tr(lang, sec)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
