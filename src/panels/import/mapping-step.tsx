/**
 * Step 2: for every file in use, which column holds each field (with sample values to judge by),
 * the coordinate system of each layer and of the enterprise points (with the figures that suggest
 * one), and a sector for every sector value the taxonomy does not know.
 */
import type { CrsFigure } from '../../data/import/point-crs.ts';
import type { FileSummary, ImportChoices } from '../../data/import/prepare.ts';
import { fieldsFor } from '../../data/import/prepare.ts';
import type { UnknownValue } from '../../data/import/sector-values.ts';
import { CGCS2000_GK_OPTIONS } from '../../data/import/projection.ts';
import { SECTORS } from '../../domain/sectors.ts';
import type { Bilingual } from '../../data/import/types.ts';
import { localCrsLabel, ROLE_TEXT } from './import-text.ts';
import { useImportText } from './use-import-text.ts';

export interface Inspection { blockers: Bilingual[]; figures: CrsFigure[]; unknownSectors: UnknownValue[] }

interface Props {
  summaries: FileSummary[];
  choices: ImportChoices;
  inspection: Inspection | null;
  onChoices(c: ImportChoices): void;
}

const GEOGRAPHIC = [
  { crs: 'wgs84', label: 'WGS84 (GPS)' },
  { crs: 'cgcs2000', label: 'CGCS2000 (EPSG:4490)' },
  { crs: 'gcj02', label: 'GCJ-02 (AMap / Tencent)' },
  { crs: 'bd09', label: 'BD-09 (Baidu)' },
];

/** Tables first (they are what the user knows best), then the layers. */
const ORDER = ['enterprises', 'hazards', 'towns', 'grid', 'parks', 'district'];

function CrsSelect({ value, detected, onChange, testId }: { value: string; detected?: { crs: string; label: string }; onChange(v: string): void; testId: string }) {
  const { lang } = useImportText();
  const options = [...GEOGRAPHIC, ...CGCS2000_GK_OPTIONS];
  if (detected && !options.some((o) => o.crs === detected.crs)) options.unshift(detected);
  if (!options.some((o) => o.crs === value)) options.unshift({ crs: value, label: value });
  return (
    <select className="import-crs-select" data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => <option key={o.crs} value={o.crs}>{localCrsLabel(o.label, lang)}</option>)}
    </select>
  );
}

export function MappingStep({ summaries, choices, inspection, onChoices }: Props) {
  const { t, pick, lang } = useImportText();
  const setFile = (id: number, patch: Partial<ImportChoices['files'][number]>) => onChoices({ ...choices, files: { ...choices.files, [id]: { ...choices.files[id], ...patch } } });
  const used = summaries
    .filter((s) => !s.error && ORDER.includes(choices.files[s.id]?.role))
    .sort((a, b) => ORDER.indexOf(choices.files[a.id].role) - ORDER.indexOf(choices.files[b.id].role));
  const figures = inspection?.figures ?? [];
  const pointCrs = choices.pointCrs ?? figures[0]?.crs ?? 'wgs84';
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
  return (
    <div className="import-mapping">
      <label className="import-inline">{t('asOf')}
        <input type="date" data-testid="import-as-of" value={choices.asOf ?? ''} onChange={(e) => onChoices({ ...choices, asOf: e.target.value || undefined })} />
        <span className="import-muted">{t('asOfHelp')}</span>
      </label>
      {used.map((s) => {
        const c = choices.files[s.id];
        const fields = fieldsFor(c.role);
        const mapped = fields.filter((f) => (c.mapping?.[f.key] ?? -1) >= 0);
        // A layer whose every required field found its column folds to one line; tables always show their columns.
        const complete = s.kind === 'layer' && fields.every((f) => !f.required || (c.mapping?.[f.key] ?? -1) >= 0);
        const table = fields.length > 0 && (
          <table className="import-map-table">
            <thead><tr><th>{t('field')}</th><th>{t('column')}</th><th>{t('samples')}</th></tr></thead>
            <tbody>
              {fields.map((f) => {
                const col = c.mapping?.[f.key] ?? -1;
                const samples = col >= 0 ? (s.sample ?? []).map((r) => r[col] ?? '').filter((v) => v !== '').slice(0, 3).join(' | ') : '';
                return (
                  <tr key={f.key} className={f.required && col < 0 ? 'import-missing' : undefined}>
                    <td>{f[lang]}{f.required && <span className="import-required"> *{t('required')}</span>}</td>
                    <td>
                      <select data-testid={`import-col-${c.role}-${f.key}`} value={col} onChange={(e) => setFile(s.id, { mapping: { ...c.mapping, [f.key]: Number(e.target.value) } })}>
                        <option value={-1}>{t('noColumn')}</option>
                        {(s.header ?? []).map((h, i) => <option key={i} value={i}>{h || `#${i + 1}`}</option>)}
                      </select>
                    </td>
                    <td className="import-samples">{samples}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
        return (
          <section key={s.id} className="import-section" data-testid={`import-mapping-${c.role}`}>
            <h3>{ROLE_TEXT[c.role][lang]} · <span className="import-file-name">{s.name}</span></h3>
            {s.kind === 'layer' && (
              <label className="import-inline">{t('layerCrs')}
                <CrsSelect testId={`import-crs-${c.role}`} value={c.crs ?? s.crs?.crs ?? 'wgs84'} detected={s.crs} onChange={(crs) => setFile(s.id, { crs })} />
                {s.crs?.confirm && <span className="import-confirm-note">{pick(s.crs.confirm)}</span>}
              </label>
            )}
            {complete && table ? (
              <details>
                <summary>{mapped.map((f) => `${(s.header ?? [])[c.mapping![f.key]]} → ${f[lang]}`).join('，')}</summary>
                {table}
              </details>
            ) : table}
            {c.role === 'enterprises' && (
              <div className="import-point-crs">
                <label className="import-inline">{t('pointCrs')}
                  <CrsSelect testId="import-point-crs" value={pointCrs} onChange={(crs) => onChoices({ ...choices, pointCrs: crs })} />
                </label>
                {figures.length > 0 && (
                  <table className="import-figures" data-testid="import-crs-figures">
                    <caption>{t('pointCrsHelp')}</caption>
                    <thead><tr><th /><th>{t('inTowns')}</th><th>{t('inParks')}</th></tr></thead>
                    <tbody>
                      {figures.map((f, i) => (
                        <tr key={f.crs} className={f.crs === pointCrs ? 'import-chosen' : undefined}>
                          <td><button type="button" className="import-link" onClick={() => onChoices({ ...choices, pointCrs: f.crs })}>{localCrsLabel(f.label, lang)}</button>{i === 0 && <span className="import-suggested"> {t('suggested')}</span>}</td>
                          <td>{pct(f.inTowns, f.sampled)}</td>
                          <td>{pct(f.inParks, f.sampled)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {(inspection?.unknownSectors.length ?? 0) > 0 && (
                  <div className="import-sectors" data-testid="import-unknown-sectors">
                    <p>{t('unknownSectors')}</p>
                    {inspection!.unknownSectors.map((u) => (
                      <label key={u.value} className="import-inline">
                        <span>{u.value} <span className="import-muted">({u.rows})</span></span>
                        <select value={choices.sectorValues?.[u.value] ?? -1} onChange={(e) => {
                          const v = Number(e.target.value);
                          const next = { ...choices.sectorValues };
                          if (v < 0) delete next[u.value];
                          else next[u.value] = v;
                          onChoices({ ...choices, sectorValues: next });
                        }}>
                          <option value={-1}>{t('unassigned')}</option>
                          {SECTORS.map((sec, i) => <option key={sec.key} value={i}>{sec[lang]}</option>)}
                        </select>
                      </label>
                    ))}
                  </div>
                )}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
