/** Step 1: the files read, what each holds, and the role it plays (which the user may change). */
import type { FileSummary, ImportChoices, RoleChoice } from '../../data/import/prepare.ts';
import { ROLES } from '../../data/common/import-schema.ts';
import { formatBytes } from '../../data/import/limits.ts';
import { localCrsLabel, ROLE_TEXT } from './import-strings.ts';
import { useImportText } from './use-import-text.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { tr } from '../../domain/text.ts';

interface Props {
  summaries: FileSummary[];
  choices: ImportChoices;
  onRole(id: number, role: RoleChoice): void;
  onSheet(id: number, sheet: string): void;
  onRemove(name: string): void;
}

const ROLES_FOR: Record<string, readonly RoleChoice[]> = {
  table: ['enterprises', 'hazards', 'inspections', 'ignore'],
  layer: ['towns', 'grid', 'parks', 'district', 'ignore'],
  json: ['meta', 'riskModel', 'supervision', 'ignore'],
};

const encodingLabel = (e: string) => (/gb/i.test(e) ? 'GBK/GB18030' : e.toUpperCase());

export function FilesStep({ summaries, choices, onRole, onSheet, onRemove }: Props) {
  const { t, pick, lang } = useImportText();
  const content = (s: FileSummary): string => {
    if (s.kind === 'table') {
      const parts = [t('rowCount', s.rows ?? 0), t('headerRowAt', String(s.headerRow))];
      if (s.encoding) parts.push(`${t('encoding')} ${encodingLabel(s.encoding)}`);
      return parts.join(' · ');
    }
    if (s.kind === 'layer') {
      const parts = [
        t('featureCount', s.features ?? 0),
        (s.geometryTypes ?? []).join('/'),
        localCrsLabel(s.crs?.label ?? '', lang),
      ];
      if (s.textEncoding) {
        const from = t(`encodingFrom_${s.textEncoding.source}`);
        parts.push(`${t('encoding')} ${encodingLabel(s.textEncoding.label)}${tr(lang, PUNCT.parens, from)}`);
      }
      return parts.filter(Boolean).join(' · ');
    }
    return 'JSON';
  };
  return (
    <table className="import-files" data-testid="import-file-list">
      <thead>
        <tr>
          <th>{t('file')}</th>
          <th>{t('content')}</th>
          <th>{t('role')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {summaries.map((s) => (
          <tr key={s.id} className={s.error ? 'import-file-error' : undefined} data-testid="import-file">
            <td className="import-file-name" title={s.name}>
              {s.name} <span className="import-muted import-size">{formatBytes(s.size)}</span>
            </td>
            <td>
              {s.error ? (
                <span role="alert">
                  {t('readFailed')}
                  {tr(lang, PUNCT.colon)}
                  {pick(s.error)}
                </span>
              ) : (
                content(s)
              )}
              {s.sheetNames && s.sheetNames.length > 1 && (
                <label className="import-inline import-sheet">
                  {t('sheet')}
                  <select value={s.sheet} onChange={(e) => onSheet(s.id, e.target.value)}>
                    {s.sheetNames.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {s.crs?.confirm && <div className="import-confirm-note">{pick(s.crs.confirm)}</div>}
            </td>
            <td>
              {!s.error && s.kind && (
                <select
                  data-testid={`import-role-${s.id}`}
                  value={choices.files[s.id]?.role ?? 'ignore'}
                  onChange={(e) => onRole(s.id, e.target.value as RoleChoice)}
                >
                  {ROLES_FOR[s.kind]
                    .filter((r) => r === 'ignore' || ROLES.includes(r))
                    .map((r) => (
                      <option key={r} value={r}>
                        {tr(lang, ROLE_TEXT[r])}
                      </option>
                    ))}
                </select>
              )}
            </td>
            <td>
              {!s.name.includes('/') && (
                <button
                  type="button"
                  className="import-remove"
                  aria-label={`${t('remove')} ${s.name}`}
                  title={t('remove')}
                  data-testid="import-remove"
                  onClick={() => onRemove(s.name)}
                >
                  ×
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
