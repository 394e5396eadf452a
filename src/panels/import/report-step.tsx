/**
 * Step 3: what the build made of the files, before anything changes: counts per file (accepted,
 * rejected, warnings), the levels, and every problem with file, row as the user sees it, column,
 * value and reason, downloadable as CSV.
 */
import { issueReason } from '../../data/common/issues.ts';
import { issuesCsv } from '../../data/import/report-csv.ts';
import { CSV_BOM } from '../../data/export-csv.ts';
import { LEVELS } from '../../domain/levels.ts';
import type { ImportReport } from '../../workers/import-protocol.ts';
import { downloadText } from '../../ui/download.ts';
import { ROLE_TEXT } from './import-strings.ts';
import { useImportText } from './use-import-text.ts';
import { formatNum, shortName, tr } from '../../domain/text.ts';

const SHOWN = 300;

export function ReportStep({
  report,
  name,
  onName,
  fileNames,
}: {
  report: ImportReport;
  name: string;
  onName(n: string): void;
  fileNames: readonly string[];
}) {
  const { t, lang } = useImportText();
  // Issues about the dataset as a whole name meta.json; when the user gave none, they are the dialog's settings.
  const settings = (f: string) => f === 'meta.json' && !fileNames.includes(f);
  const fileLabel = (f: string) => (settings(f) ? t('datasetSettings') : f);
  const columnLabel = (i: { file: string; column: string }) =>
    settings(i.file) && i.column === 'as_of' ? t('asOf') : i.column;
  const rejected = report.counts.filter((c) => c.role === 'enterprises').reduce((n, c) => n + c.rejected, 0);
  const share = rejected / Math.max(1, rejected + report.enterprises);
  const issues = report.issues;
  return (
    <div className="import-report" data-testid="import-report">
      <div className="import-totals">
        <span data-testid="import-accepted-enterprises">
          <b>{formatNum(lang, report.enterprises)}</b> {tr(lang, ROLE_TEXT.enterprises)}
        </span>
        <span>
          <b>{formatNum(lang, report.hazards)}</b> {t('hazardsLabel')}
        </span>
        {(report.inspections ?? 0) > 0 && (
          <span>
            <b>{formatNum(lang, report.inspections ?? 0)}</b> {t('inspectionsLabel')}
          </span>
        )}
        <span>
          <b>{report.towns}</b> {tr(lang, ROLE_TEXT.towns)} · <b>{report.grids}</b> {tr(lang, ROLE_TEXT.grid)} ·{' '}
          <b>{report.parks}</b> {tr(lang, ROLE_TEXT.parks)}
        </span>
        <span className="import-levels">
          {LEVELS.map((l, i) => (
            <span key={l.key} className={`level-badge level-${l.key}`}>
              {l.symbol} {shortName(lang, l)} {formatNum(lang, report.levels[i])}
            </span>
          ))}
        </span>
      </div>
      <table className="import-counts" data-testid="import-counts">
        <thead>
          <tr>
            <th>{t('file')}</th>
            <th>{t('role')}</th>
            <th>{t('accepted')}</th>
            <th>{t('rejected')}</th>
            <th>{t('warnings')}</th>
          </tr>
        </thead>
        <tbody>
          {report.counts.map((c) => (
            <tr key={c.file} data-testid="import-count-row" data-role={c.role}>
              <td className="import-file-name">{c.file}</td>
              <td>{ROLE_TEXT[c.role] ? tr(lang, ROLE_TEXT[c.role]) : c.role}</td>
              <td>{formatNum(lang, c.accepted)}</td>
              <td data-testid="import-rejected">{formatNum(lang, c.rejected)}</td>
              <td>{formatNum(lang, c.warnings)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="import-problems-head">
        <h3>
          {t('problems')} ({formatNum(lang, issues.length)})
        </h3>
        {issues.length > 0 && (
          <button
            type="button"
            data-testid="import-report-csv"
            onClick={() =>
              downloadText(`${t('problemsFileName')}.csv`, CSV_BOM + issuesCsv(issues, lang), 'text/csv;charset=utf-8')
            }
          >
            {t('downloadReport')}
          </button>
        )}
      </div>
      {issues.length === 0 ? (
        <p>{t('noProblems')}</p>
      ) : (
        <div className="import-problems-scroll">
          <table className="import-problems" data-testid="import-problems">
            <thead>
              <tr>
                <th>{t('file')}</th>
                <th>{t('row')}</th>
                <th>{t('column')}</th>
                <th>{t('value')}</th>
                <th>{t('severity')}</th>
                <th>{t('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {issues.slice(0, SHOWN).map((i, k) => (
                <tr
                  key={k}
                  className={i.severity === 'error' ? 'import-error-row' : undefined}
                  data-testid="import-problem"
                >
                  <td className="import-file-name">{fileLabel(i.file)}</td>
                  <td>{i.row > 0 ? i.row : ''}</td>
                  <td>{columnLabel(i)}</td>
                  <td className="import-value">{i.value}</td>
                  <td>{i.severity === 'error' ? t('error') : t('warning')}</td>
                  <td>{issueReason(lang, i)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {issues.length > SHOWN && <p className="import-muted">{t('shownFirst', SHOWN)}</p>}
        </div>
      )}
      {share > 0.1 && (
        <p className="import-warning" data-testid="import-many-rejected">
          {t('manyRejected', rejected, `${(share * 100).toFixed(0)}%`)}
        </p>
      )}
      <label className="import-inline import-name">
        {t('datasetName')}
        <input data-testid="import-name" value={name} maxLength={60} onChange={(e) => onName(e.target.value)} />
      </label>
      <p className="import-muted">{report.enterprises > 0 ? t('confirmHelp') : t('nothingAccepted')}</p>
    </div>
  );
}
