/**
 * The header's dataset menu: the bundles deployed with the app and the imports saved in this
 * browser, with rename, delete and download for the saved ones, the stored records that are not
 * usable datasets (marked damaged, to be deleted), and the way back to the demo. Switching reloads
 * the page on the other dataset's address, so no state of one district leaks into the other.
 */
import { useEffect, useState } from 'react';
import './import.css';
import { listDeployed, type DeployedDataset } from '../../data/load-bundle.ts';
import {
  deleteSaved,
  listSaved,
  renameSaved,
  type DamagedSaved,
  type SavedDatasetInfo,
} from '../../state/saved-datasets.ts';
import { openSaved } from '../../state/open-saved.ts';
import { shownUnsaved } from '../../ui/show-unsaved.ts';
import { formatBytes } from '../../data/import/limits.ts';
import { downloadText } from '../../ui/download.ts';
import { currentSource } from '../../state/dataset-source.ts';
import { useImportText } from './use-import-text.ts';
import { dataName, formatNum } from '../../domain/text.ts';
import { districtOf } from '../../data/dataset.ts';
import { useStore } from '../../state/store.ts';
import { compareParam, currentCompare, type DatasetSource } from '../../state/dataset-source.ts';

function go(params: Record<string, string>): void {
  const url = new URL(location.href);
  url.searchParams.delete('dataset');
  url.searchParams.delete('saved');
  // A comparison belongs to the dataset it was opened on.
  url.searchParams.delete('compare');
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  url.hash = '';
  location.assign(url.toString());
}

async function downloadFolder(info: SavedDatasetInfo): Promise<void> {
  const [{ zipSync, strToU8 }, { datasetToFolder }] = await Promise.all([
    import('fflate'),
    import('../../data/export-folder.ts'),
  ]);
  const files = datasetToFolder(await openSaved(info.id));
  // The folder is named like the dataset (what build-data will call the bundle), in letters a folder name may hold.
  const folder = info.name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || info.id;
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${folder}/${k}`, strToU8(v)])));
  downloadText(`${info.name}.zip`, zip, 'application/zip');
}

/** The open menu (loaded on first open, with the rest of the import code). */
export function DatasetMenu() {
  const { t, lang, pick } = useImportText();
  const [deployed, setDeployed] = useState<DeployedDataset[]>([]);
  const [saved, setSaved] = useState<SavedDatasetInfo[]>([]);
  const [damaged, setDamaged] = useState<DamagedSaved[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  // An import shown without being kept is the current dataset, not the one the address names.
  const unsaved = shownUnsaved();
  const address = currentSource();
  const isCurrent = (kind: 'deployed' | 'saved', id: string) => !unsaved && address.kind === kind && address.id === id;
  const refresh = () => {
    void listSaved().then((l) => {
      setSaved(l.datasets);
      setDamaged(l.damaged);
    });
  };

  useEffect(() => {
    void listDeployed().then(setDeployed);
    refresh();
  }, []);

  const act = async (work: () => Promise<void>) => {
    setMessage(null);
    try {
      await work();
      refresh();
    } catch (e) {
      // A saved dataset's own errors come in both languages.
      const b = e as { zh?: unknown; en?: unknown };
      setMessage(
        typeof b.zh === 'string' && typeof b.en === 'string'
          ? pick({ zh: b.zh, en: b.en })
          : String((e as Error)?.message ?? e),
      );
    }
  };
  const builtIn = deployed.length ? deployed : [{ id: 'demo', name: '示例区', nameEn: 'Demo district', demo: true }];
  // Snapshots of the district shown can be compared with it: another data date of the same district.
  const manifest = useStore((s) => s.dataset?.manifest);
  const compared = currentCompare();
  const district = manifest ? districtOf(manifest) : null;
  const compareButton = (source: DatasetSource, itsDistrict: string | undefined, asOf: string | undefined) => {
    if (!district || unsaved || itsDistrict !== district || !asOf || asOf === manifest?.asOf) return null;
    const on = compared !== null && compareParam(compared) === compareParam(source);
    return (
      <button
        type="button"
        data-testid={`dataset-compare-${compareParam(source)}`}
        aria-pressed={on}
        title={t('compareTitle', asOf)}
        onClick={() => {
          const url = new URL(location.href);
          if (on) url.searchParams.delete('compare');
          else url.searchParams.set('compare', compareParam(source));
          location.assign(url.toString());
        }}
      >
        {on ? t('comparing') : t('compare')}
      </button>
    );
  };
  return (
    <div className="dataset-menu" role="menu" data-testid="dataset-menu">
      <h3>{t('builtIn')}</h3>
      <ul>
        {builtIn.map((d) => (
          <li key={d.id} className="dataset-saved">
            <button
              type="button"
              role="menuitem"
              className="dataset-item"
              data-testid={`dataset-builtin-${d.id}`}
              onClick={() => go(d.id === 'demo' ? {} : { dataset: d.id })}
            >
              {dataName(lang, d)}
              {d.asOf && <span className="import-muted"> · {d.asOf}</span>}
              {isCurrent('deployed', d.id) && <span className="import-muted"> · {t('current')}</span>}
            </button>
            <span className="dataset-actions">
              {compareButton({ kind: 'deployed', id: d.id }, d.district ?? d.name, d.asOf)}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('imported')}</h3>
      <ul>
        {saved.length === 0 && damaged.length === 0 && !unsaved && <li className="import-muted">–</li>}
        {unsaved && (
          <li className="dataset-saved" data-testid="dataset-unsaved">
            <span className="dataset-item">
              {unsaved}
              <span className="import-muted">
                {' '}
                · {t('unsavedNote')} · {t('current')}
              </span>
            </span>
          </li>
        )}
        {saved.map((d) => (
          <li key={d.id} className="dataset-saved">
            <button
              type="button"
              role="menuitem"
              className="dataset-item"
              data-testid="dataset-saved"
              onClick={() => go({ saved: d.id })}
            >
              {d.name}
              <span className="import-muted">
                {' '}
                {d.asOf ? ` · ${d.asOf}` : ''} · {formatNum(lang, d.enterprises)} · {formatBytes(d.bytes)}
                {isCurrent('saved', d.id) ? ` · ${t('current')}` : ''}
              </span>
            </button>
            <span className="dataset-actions">
              {compareButton({ kind: 'saved', id: d.id }, d.district, d.asOf)}
              <button
                type="button"
                data-testid="dataset-rename"
                onClick={() => {
                  const name = prompt(t('newName'), d.name)?.trim();
                  if (name)
                    void act(() =>
                      renameSaved(d.id, name).then(() => {
                        if (isCurrent('saved', d.id)) location.reload();
                      }),
                    );
                }}
              >
                {t('rename')}
              </button>
              <button type="button" data-testid="dataset-download" onClick={() => void act(() => downloadFolder(d))}>
                {t('download')}
              </button>
              <button
                type="button"
                data-testid="dataset-delete"
                onClick={() => {
                  if (!confirm(t('confirmDelete', d.name))) return;
                  void act(() =>
                    deleteSaved(d.id).then(() => {
                      if (isCurrent('saved', d.id)) go({});
                    }),
                  );
                }}
              >
                {t('delete')}
              </button>
            </span>
          </li>
        ))}
        {damaged.map((d, i) => (
          <li key={`damaged-${i}`} className="dataset-saved dataset-damaged" data-testid="dataset-damaged">
            <span className="dataset-item">
              {d.label}
              <span className="dataset-damaged-mark"> · {t('damagedMark')}</span>
            </span>
            <span className="dataset-actions">
              {/* No confirmation: nothing in a damaged record can be opened, so deleting it loses nothing usable. */}
              <button
                type="button"
                data-testid="dataset-damaged-delete"
                onClick={() => void act(() => deleteSaved(d.key))}
              >
                {t('delete')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {message && (
        <p className="import-error" role="alert">
          {message}
        </p>
      )}
      {!isCurrent('deployed', 'demo') && (
        <button
          type="button"
          className="dataset-item dataset-back"
          data-testid="dataset-back-to-demo"
          onClick={() => go({})}
        >
          {t('backToDemo')}
        </button>
      )}
    </div>
  );
}
