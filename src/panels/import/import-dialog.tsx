/**
 * The import dialog: files in (picked, dropped, or one .zip), roles, column mappings and coordinate
 * systems confirmed, a full check with its report, and only then, on confirm, a new saved dataset
 * (or, when the browser cannot keep it, the import shown until the page is closed). All reading and
 * building happens in the import worker; until the confirm, the dataset shown stays exactly as it
 * was, whatever goes wrong. Loaded on demand (React.lazy) so the import libraries never weigh on
 * the first map.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileSummary, ImportChoices, RoleChoice } from '../../data/import/prepare.ts';
import { fieldsFor } from '../../data/import/prepare.ts';
import { suggestMapping } from '../../data/common/import-schema.ts';
import { formatBytes, oversized } from '../../data/import/limits.ts';
import type { ImportFile } from '../../data/common/import-types.ts';
import type { ImportProgress, ImportReport } from '../../workers/import-protocol.ts';
import { useStore, type Notice } from '../../state/store.ts';
import { isTooLargeToKeep, saveDataset, withSaveFailure } from '../../state/saved-datasets.ts';
import { renamedManifest } from '../../state/saved-record.ts';
import { bundleFilesOf } from '../../data/load-bundle.ts';
import { showUnsaved } from '../../ui/show-unsaved.ts';
import { ImportCancelled, ImportClient, ImportRequestError } from './import-client.ts';
import { FilesStep } from './files-step.tsx';
import { MappingStep, type Inspection } from './mapping-step.tsx';
import { ReportStep } from './report-step.tsx';
import { IMPORT_TEXT } from './import-strings.ts';
import { inBoth, tr, trBoth, type Text } from '../../domain/text.ts';
import { useImportText } from './use-import-text.ts';
import './import.css';

type Phase = 'pick' | 'files' | 'mapping' | 'report';

/**
 * What the user is told when an import is used without being kept: why (in each language; a browser's
 * own English words only after the whole Chinese text), that it lasts until the page is closed, how to keep it.
 */
function notKeptNotice(e: unknown): Notice {
  if (isTooLargeToKeep(e)) return { kind: 'message', ...IMPORT_TEXT.notKeptTooLarge };
  return { kind: 'message', ...withSaveFailure(IMPORT_TEXT.notKept, e) };
}

/** Neither kept nor shown: the current data stays, and why in each language (an error's own two when it has them, a BundleError's). */
function saveFailedReason(e: unknown): Text {
  const b = e as { zh?: unknown; en?: unknown } | null;
  const why =
    typeof b?.zh === 'string' && typeof b.en === 'string'
      ? { zh: b.zh, en: b.en }
      : { zh: String((e as Error)?.message ?? e), en: String((e as Error)?.message ?? e) };
  return inBoth((l) => tr(l, IMPORT_TEXT.saveFailed) + tr(l, why));
}

/** The progress line's words for a stage of the work, when the table has them. */
const stageText = (stage: string): Text | undefined =>
  (IMPORT_TEXT as Record<string, Text | undefined>)[`stage_${stage}`];

const reasonOf = (e: unknown): Text =>
  e instanceof ImportRequestError
    ? e.reason
    : { zh: String((e as Error)?.message ?? e), en: String((e as Error)?.message ?? e) };

export function ImportDialog() {
  const { t, pick } = useImportText();
  const dropped = useStore((s) => s.importFiles);
  const close = useStore((s) => s.closeImport);
  const setNotice = useStore((s) => s.setNotice);
  const [phase, setPhase] = useState<Phase>('pick');
  const [summaries, setSummaries] = useState<FileSummary[]>([]);
  const [choices, setChoices] = useState<ImportChoices | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [built, setBuilt] = useState<{ report: ImportReport; bundle: Record<string, Uint8Array | string> } | null>(
    null,
  );
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const [name, setName] = useState('');
  // The files given so far: a second pick adds to them (same name replaces), so the ledger and the boundaries can come one by one.
  const [picked, setPicked] = useState<File[]>([]);
  const client = useRef<ImportClient | null>(null);
  // Bumped by Cancel: work started before it (reading files into memory, say) stops where it is.
  const generation = useRef(0);
  const box = useRef<HTMLDivElement>(null);
  const getClient = () => (client.current ??= new ImportClient(setProgress));

  useEffect(() => () => client.current?.cancel(), []);
  // Focus moves into the dialog when it opens and back to the Import button when it closes.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    box.current?.querySelector<HTMLElement>('[data-testid="import-files"]')?.focus();
    return () => opener?.focus?.();
  }, []);

  // Each step starts with focus on its first control, so keyboard users do not fall back to the page.
  useEffect(() => {
    box.current
      ?.querySelector<HTMLElement>(
        '.import-body select, .import-body input:not([type="file"]), .import-foot .import-primary',
      )
      ?.focus();
  }, [phase]);

  const shut = useCallback(() => {
    client.current?.cancel();
    close();
  }, [close]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      // Escape in an open list closes the list; on later steps, only after the user agrees to lose the work.
      if ((e.target as HTMLElement).tagName === 'SELECT') return;
      // The dialog takes the key: the panels under it stay as they are.
      e.preventDefault();
      if (phase === 'mapping' || phase === 'report') {
        if (!window.confirm(t('closeConfirm'))) return;
      }
      shut();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    // Keep Tab inside the dialog (it is modal).
    const focusable = [
      ...box.current.querySelectorAll<HTMLElement>(
        'button:not([disabled]), input, select, summary, [href], [tabindex]:not([tabindex="-1"])',
      ),
    ];
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setError(null);
    setProgress({ type: 'progress', stage: 'working', done: 0 });
    try {
      return await work();
    } catch (e) {
      if (!(e instanceof ImportCancelled)) setError(reasonOf(e));
      return undefined;
    } finally {
      setProgress(null);
    }
  }, []);

  const openFiles = useCallback(
    async (list: File[]) => {
      if (list.length === 0) return;
      setPicked(list);
      const big = oversized(list);
      if (big) {
        setError(trBoth(IMPORT_TEXT.tooLarge, big.file, formatBytes(big.size), formatBytes(big.limit)));
        return;
      }
      const gen = generation.current;
      const r = await run(async () => {
        const files: ImportFile[] = await Promise.all(
          list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
        );
        if (gen !== generation.current) throw new ImportCancelled();
        return getClient().open(files);
      });
      if (!r) return;
      setSummaries(r.summaries);
      setChoices(r.choices);
      setBuilt(null);
      setInspection(null);
      const ent = r.summaries.find((s) => r.choices.files[s.id]?.role === 'enterprises');
      setName(
        ent
          ? ent.name
              .split('/')
              .pop()!
              .replace(/\.[^.]+$/, '')
          : '',
      );
      setPhase('files');
    },
    [run],
  );

  const addFiles = (more: File[]) => {
    const names = new Set(more.map((f) => f.name));
    void openFiles([...picked.filter((f) => !names.has(f.name)), ...more]);
  };
  const removeFile = (name: string) => {
    // A Shapefile goes with all its parts (.shx, .dbf, .prj, .cpg of the same name).
    const base = (n: string) => n.replace(/\.[^.]+$/, '').toLowerCase();
    const shape = /\.shp$/i.test(name);
    const rest = picked.filter((f) => (shape ? base(f.name) !== base(name) : f.name !== name));
    if (rest.length) void openFiles(rest);
    else {
      setPicked([]);
      setPhase('pick');
    }
  };

  useEffect(() => {
    if (dropped?.length) void openFiles(dropped);
  }, [dropped, openFiles]);

  // Re-inspect whenever the choices change on the mapping step (the worker answers in milliseconds).
  useEffect(() => {
    if (phase !== 'mapping' || !choices) return;
    let live = true;
    const timer = setTimeout(() => {
      getClient()
        .inspect(choices)
        .then(
          (r) => {
            if (live) setInspection(r);
          },
          (e: unknown) => {
            if (live && !(e instanceof ImportCancelled)) setError(reasonOf(e));
          },
        );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [phase, choices]);

  const setRole = (id: number, role: RoleChoice) => {
    if (!choices) return;
    const s = summaries.find((x) => x.id === id)!;
    const files = { ...choices.files };
    // A role is one file's: the file that had it takes this file's old role (the two swap).
    const old = files[id]?.role ?? 'ignore';
    if (role !== 'ignore') {
      for (const [k, c] of Object.entries(files)) {
        if (c.role !== role || Number(k) === id) continue;
        const other = summaries.find((x) => x.id === Number(k));
        const swap = other && other.kind === s.kind ? old : 'ignore';
        files[Number(k)] = {
          ...c,
          role: swap,
          mapping: swap === 'ignore' ? undefined : suggestMapping(fieldsFor(swap), other?.header ?? []),
        };
      }
    }
    files[id] = { ...files[id], role, mapping: suggestMapping(fieldsFor(role), s.header ?? []) };
    setChoices({ ...choices, files });
  };

  const setSheet = async (id: number, sheet: string) => {
    const r = await run(() => getClient().sheet(id, sheet));
    if (!r || !choices) return;
    setSummaries(summaries.map((s) => (s.id === id ? r.summary : s)));
    setChoices({ ...choices, files: { ...choices.files, [id]: { ...choices.files[id], mapping: r.summary.mapping } } });
  };

  const check = async () => {
    if (!choices) return;
    const pointCrs = choices.pointCrs ?? inspection?.figures[0]?.crs;
    const r = await run(() => getClient().build({ ...choices, pointCrs }, 'import', name.trim() || undefined));
    if (r && !name.trim()) setName(r.report.name);
    if (!r) return;
    setBuilt(r);
    setPhase('report');
  };

  const confirm = async () => {
    if (!built) return;
    const id = `import-${Date.now().toString(36)}`;
    const shown = name.trim() || built.report.name;
    let notKept: unknown = null;
    const saved = await run(async () => {
      try {
        await saveDataset(id, shown, built.bundle, built.report);
        return true;
      } catch (e) {
        notKept = e;
      }
      // Not kept (too large for the browser's storage, or no storage): used anyway, until the page is closed.
      try {
        await showUnsaved(
          bundleFilesOf({
            ...built.bundle,
            'manifest.json': renamedManifest(String(built.bundle['manifest.json']), shown),
          }),
          shown,
        );
        return false;
      } catch (e) {
        throw new ImportRequestError(saveFailedReason(e));
      }
    });
    if (saved === false) {
      setNotice(notKeptNotice(notKept));
      close();
      return;
    }
    if (!saved) return;
    const url = new URL(location.href);
    url.searchParams.delete('dataset');
    url.searchParams.set('saved', id);
    url.hash = '';
    location.assign(url.toString());
  };

  const cancelWork = () => {
    generation.current++;
    client.current?.cancel();
    client.current = null;
    setProgress(null);
    setPhase('pick');
  };

  const blockers = inspection?.blockers ?? [];
  const canConfirm = !!built && built.report.enterprises > 0 && !progress;
  return (
    <div className="import-backdrop" role="presentation">
      <div
        className="import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
        data-testid="import-dialog"
        ref={box}
        onKeyDown={onKeyDown}
      >
        <header className="import-head">
          <h2 id="import-title">{t('title')}</h2>
          <ol className="import-steps">
            <li className={phase === 'files' || phase === 'pick' ? 'current' : undefined}>{t('stepFiles')}</li>
            <li className={phase === 'mapping' ? 'current' : undefined}>{t('stepMapping')}</li>
            <li className={phase === 'report' ? 'current' : undefined}>{t('stepReport')}</li>
          </ol>
          <button
            type="button"
            className="import-close"
            aria-label={t('close')}
            data-testid="import-close"
            onClick={shut}
          >
            ×
          </button>
        </header>
        <div className="import-body">
          {(phase === 'pick' || phase === 'files') && (
            <div className="import-pick">
              <p>{t('intro')}</p>
              <label className="import-file-button">
                {t('choose')}
                <input
                  type="file"
                  multiple
                  data-testid="import-files"
                  accept=".csv,.txt,.tsv,.xlsx,.xls,.xlsm,.et,.geojson,.json,.zip,.shp,.shx,.dbf,.prj,.cpg"
                  onChange={(e) => {
                    addFiles([...(e.target.files ?? [])]);
                    e.target.value = '';
                  }}
                />
              </label>
            </div>
          )}
          {error && (
            <div className="import-error" role="alert" data-testid="import-error">
              {pick(error)}
            </div>
          )}
          {progress && (
            <div className="import-progress" data-testid="import-progress">
              <span>
                {pick(stageText(progress.stage) ?? IMPORT_TEXT.working)}
                {progress.file ? ` · ${progress.file}` : ''}
              </span>
              <progress max={1} value={progress.done || undefined} />
              <button type="button" data-testid="import-cancel" onClick={cancelWork}>
                {t('cancel')}
              </button>
            </div>
          )}
          {phase === 'files' && choices && (
            <FilesStep
              summaries={summaries}
              choices={choices}
              onRole={setRole}
              onSheet={(id, s) => void setSheet(id, s)}
              onRemove={removeFile}
            />
          )}
          {phase === 'mapping' && choices && (
            <MappingStep summaries={summaries} choices={choices} inspection={inspection} onChoices={setChoices} />
          )}
          {phase === 'report' && built && (
            <ReportStep report={built.report} name={name} onName={setName} fileNames={summaries.map((x) => x.name)} />
          )}
          {phase === 'mapping' && blockers.length > 0 && (
            <div className="import-blockers" data-testid="import-blockers">
              <b>{t('blockers')}</b>
              <ul>
                {blockers.map((b, i) => (
                  <li key={i}>{pick(b)}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <footer className="import-foot">
          {phase === 'mapping' && (
            <button type="button" onClick={() => setPhase('files')}>
              {t('back')}
            </button>
          )}
          {phase === 'report' && (
            <button type="button" onClick={() => setPhase('mapping')}>
              {t('back')}
            </button>
          )}
          <span className="import-spacer" />
          {phase === 'files' && (
            <button
              type="button"
              className="import-primary"
              data-testid="import-next"
              disabled={!!progress}
              onClick={() => setPhase('mapping')}
            >
              {t('next')}
            </button>
          )}
          {phase === 'mapping' && (
            <button
              type="button"
              className="import-primary"
              data-testid="import-check"
              disabled={!!progress || !inspection || blockers.length > 0}
              onClick={() => void check()}
            >
              {t('check')}
            </button>
          )}
          {phase === 'report' && (
            <button
              type="button"
              className="import-primary"
              data-testid="import-confirm"
              disabled={!canConfirm}
              onClick={() => void confirm()}
            >
              {t('confirm')}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
