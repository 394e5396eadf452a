/**
 * Which column of a file holds each field, with sample values to judge by. Required and mapped
 * fields are shown; the optional ones no column was found for fold away (a ledger rarely has all).
 */
import type { FieldDef } from '../../data/common/import-schema.ts';
import type { ColumnMapping } from '../../data/common/import-schema.ts';
import { tr } from '../../domain/text.ts';
import { useImportText } from './use-import-text.ts';

interface Props {
  role: string;
  fields: readonly FieldDef[];
  header: readonly string[];
  sample: readonly (readonly string[])[];
  mapping: ColumnMapping;
  onMapping(m: ColumnMapping): void;
}

export function FieldTable({ role, fields, header, sample, mapping, onMapping }: Props) {
  const { t, lang } = useImportText();
  const col = (f: FieldDef) => mapping[f.key] ?? -1;
  const shown = fields.filter((f) => f.required || col(f) >= 0);
  const folded = fields.filter((f) => !shown.includes(f));
  const rows = (list: readonly FieldDef[]) =>
    list.map((f) => {
      const c = col(f);
      const samples =
        c >= 0
          ? sample
              .map((r) => r[c] ?? '')
              .filter((v) => v !== '')
              .slice(0, 3)
              .join(' | ')
          : '';
      return (
        <tr key={f.key} className={f.required && c < 0 ? 'import-missing' : undefined}>
          <td>
            {tr(lang, f)}
            {f.required && <span className="import-required"> *{t('required')}</span>}
          </td>
          <td>
            <select
              data-testid={`import-col-${role}-${f.key}`}
              value={c}
              onChange={(e) => onMapping({ ...mapping, [f.key]: Number(e.target.value) })}
            >
              <option value={-1}>{t('noColumn')}</option>
              {header.map((h, i) => (
                <option key={i} value={i}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </td>
          <td className="import-samples">{samples}</td>
        </tr>
      );
    });
  return (
    <>
      <table className="import-map-table">
        <thead>
          <tr>
            <th>{t('field')}</th>
            <th>{t('column')}</th>
            <th>{t('samples')}</th>
          </tr>
        </thead>
        <tbody>{rows(shown)}</tbody>
      </table>
      {folded.length > 0 && (
        <details className="import-more-fields">
          <summary>{t('moreFields', folded.length)}</summary>
          <table className="import-map-table">
            <tbody>{rows(folded)}</tbody>
          </table>
        </details>
      )}
    </>
  );
}
