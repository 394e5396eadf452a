/**
 * Step 2: for every file in use, which column holds each field, the coordinate system of each layer
 * and of the enterprise points, and a sector for every sector value the taxonomy does not know;
 * plus the data date. Tables come first: they are what the user knows best.
 */
import type { CrsFigure } from '../../data/import/point-crs.ts';
import { fieldsFor, type FileSummary, type ImportChoices } from '../../data/import/prepare.ts';
import type { UnknownValue } from '../../data/import/sector-values.ts';
import { CrsSelect } from './crs-select.tsx';
import { FieldTable } from './field-table.tsx';
import { ROLE_TEXT } from './import-strings.ts';
import { PointCrsPanel } from './point-crs-panel.tsx';
import { useImportText } from './use-import-text.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { tr, type Text } from '../../domain/text.ts';

export interface Inspection {
  blockers: Text[];
  figures: CrsFigure[];
  unknownSectors: UnknownValue[];
}

interface Props {
  summaries: FileSummary[];
  choices: ImportChoices;
  inspection: Inspection | null;
  onChoices(c: ImportChoices): void;
}

const ORDER = ['enterprises', 'hazards', 'inspections', 'towns', 'grid', 'parks', 'district'];

export function MappingStep({ summaries, choices, inspection, onChoices }: Props) {
  const { t, pick, lang } = useImportText();
  const setFile = (id: number, patch: Partial<ImportChoices['files'][number]>) =>
    onChoices({ ...choices, files: { ...choices.files, [id]: { ...choices.files[id], ...patch } } });
  const used = summaries
    .filter((s) => !s.error && ORDER.includes(choices.files[s.id]?.role))
    .sort((a, b) => ORDER.indexOf(choices.files[a.id].role) - ORDER.indexOf(choices.files[b.id].role));
  return (
    <div className="import-mapping">
      <label className="import-inline">
        {t('asOf')}
        <input
          type="date"
          data-testid="import-as-of"
          value={choices.asOf ?? ''}
          onChange={(e) => onChoices({ ...choices, asOf: e.target.value || undefined })}
        />
        <span className="import-muted">{t('asOfHelp')}</span>
      </label>
      {used.map((s) => {
        const c = choices.files[s.id];
        const fields = fieldsFor(c.role);
        const mapping = c.mapping ?? {};
        const table = fields.length > 0 && (
          <FieldTable
            role={c.role}
            fields={fields}
            header={s.header ?? []}
            sample={s.sample ?? []}
            mapping={mapping}
            onMapping={(m) => setFile(s.id, { mapping: m })}
          />
        );
        // A layer whose required fields all found their column folds to one line.
        const complete = s.kind === 'layer' && fields.every((f) => !f.required || (mapping[f.key] ?? -1) >= 0);
        const summary = fields
          .filter((f) => (mapping[f.key] ?? -1) >= 0)
          .map((f) => `${(s.header ?? [])[mapping[f.key]]} → ${tr(lang, f)}`)
          .join(tr(lang, PUNCT.listSep));
        return (
          <section key={s.id} className="import-section" data-testid={`import-mapping-${c.role}`}>
            <h3>
              {tr(lang, ROLE_TEXT[c.role])} · <span className="import-file-name">{s.name}</span>
            </h3>
            {s.kind === 'layer' && (
              <label className="import-inline">
                {t('layerCrs')}
                <CrsSelect
                  testId={`import-crs-${c.role}`}
                  value={c.crs ?? s.crs?.crs ?? 'wgs84'}
                  detected={s.crs}
                  onChange={(crs) => setFile(s.id, { crs })}
                />
                {s.crs?.confirm && <span className="import-confirm-note">{pick(s.crs.confirm)}</span>}
              </label>
            )}
            {c.role === 'enterprises' && (
              <PointCrsPanel
                figures={inspection?.figures ?? []}
                pointCrs={choices.pointCrs ?? inspection?.figures[0]?.crs ?? 'wgs84'}
                onPointCrs={(pointCrs) => onChoices({ ...choices, pointCrs })}
                unknownSectors={inspection?.unknownSectors ?? []}
                sectorValues={choices.sectorValues ?? {}}
                onSectorValues={(sectorValues) => onChoices({ ...choices, sectorValues })}
              />
            )}
            {complete && table ? (
              <details>
                <summary>{summary}</summary>
                {table}
              </details>
            ) : (
              table
            )}
          </section>
        );
      })}
    </div>
  );
}
