/**
 * Imported datasets kept in the browser (IndexedDB), so a bureau's own district is still there after
 * a reload. Each record is a whole bundle (the same four files a static deployment serves) plus its
 * import report. Every failure (private mode, a full quota, a corrupt record, a browser without
 * IndexedDB) becomes an Error with a message for the user; none stops the app from starting.
 */
import type { BundleFiles } from '../data/load-bundle.ts';
import type { ImportReport } from '../workers/import-protocol.ts';

/** A saved dataset that cannot be opened, with the reason in both UI languages. */
export class SavedDatasetError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
  }
}

const missing = (id: string) => new SavedDatasetError(
  `保存的数据集“${id}”不在这个浏览器中（可能已被删除，或保存在另一个浏览器里）`,
  `saved dataset "${id}" is not in this browser (it may have been deleted, or saved in another browser)`,
);
const damaged = (id: string) => new SavedDatasetError(
  `保存的数据集“${id}”已损坏：请在“数据集”菜单中删除它，再重新导入文件`,
  `saved dataset "${id}" is damaged; delete it in the Dataset menu and import the files again`,
);

const DB_NAME = 'risk-map';
const STORE = 'datasets';

export interface SavedDatasetInfo {
  id: string;
  name: string;
  savedAt: string;
  enterprises: number;
  bytes: number;
}

interface SavedRecord extends SavedDatasetInfo {
  /** `enterpriseText` is absent in imports saved before the bundle was split (format 1: the text is in `enterprises`). */
  bundle: { manifest: string; geo: string; enterprises: Uint8Array; enterpriseText?: Uint8Array; hazards: Uint8Array };
  report?: ImportReport;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available in this browser'));
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function tx<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const req = work(t.objectStore(STORE));
      t.oncomplete = () => resolve(req.result);
      t.onerror = () => reject(t.error ?? req.error ?? new Error('IndexedDB transaction failed'));
      t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** True when an error is the browser saying its storage is full. */
export const isQuotaError = (e: unknown): boolean => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

const validInfo = (r: unknown): r is SavedRecord => {
  const x = r as SavedRecord;
  return !!x && typeof x.id === 'string' && typeof x.name === 'string' && !!x.bundle && x.bundle.enterprises instanceof Uint8Array;
};

/** Saved datasets, newest first; corrupt records are skipped. Never throws: [] when storage is unusable. */
export async function listSaved(): Promise<SavedDatasetInfo[]> {
  try {
    const all = await tx<unknown[]>('readonly', (s) => s.getAll());
    return all.filter(validInfo).map(({ id, name, savedAt, enterprises, bytes }) => ({ id, name, savedAt, enterprises, bytes })).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  } catch {
    return [];
  }
}

/** The manifest's text with `name` as its display name (in both languages: a bureau names its own district once). */
function renamedManifest(manifest: string, name: string): string {
  const m = JSON.parse(manifest) as { name: string; nameEn: string };
  m.name = name;
  m.nameEn = name;
  return JSON.stringify(m);
}

export async function saveDataset(id: string, name: string, bundle: Record<string, Uint8Array | string>, report: ImportReport): Promise<void> {
  const enterprises = bundle['enterprises.arrow'] as Uint8Array;
  const enterpriseText = bundle['enterprise-text.arrow'] as Uint8Array;
  const hazards = bundle['hazards.arrow'] as Uint8Array;
  const record: SavedRecord = {
    id, name, savedAt: new Date().toISOString(), enterprises: report.enterprises,
    bytes: enterprises.length + enterpriseText.length + hazards.length + String(bundle['geo.json']).length + String(bundle['manifest.json']).length,
    bundle: { manifest: renamedManifest(bundle['manifest.json'] as string, name), geo: bundle['geo.json'] as string, enterprises, enterpriseText, hazards },
    report,
  };
  await tx('readwrite', (s) => s.put(record));
}

/** A saved dataset's bundle files. Throws with a plain reason when it is missing or damaged. */
export async function loadSaved(id: string): Promise<BundleFiles & { name: string }> {
  const r = await tx<unknown>('readonly', (s) => s.get(id));
  if (r === undefined) throw missing(id);
  if (!validInfo(r)) throw damaged(id);
  let manifest: unknown;
  let geo: unknown;
  try {
    manifest = JSON.parse(r.bundle.manifest);
    geo = JSON.parse(r.bundle.geo);
  } catch {
    throw damaged(id);
  }
  const { enterprises, enterpriseText, hazards } = r.bundle;
  return { manifest, geo, enterprises, hazards, name: r.name, ...(enterpriseText instanceof Uint8Array ? { enterpriseText } : {}) };
}

export async function renameSaved(id: string, name: string): Promise<void> {
  const r = await tx<unknown>('readonly', (s) => s.get(id));
  if (!validInfo(r)) throw r === undefined ? missing(id) : damaged(id);
  r.name = name;
  try {
    r.bundle.manifest = renamedManifest(r.bundle.manifest, name);
  } catch {
    // The manifest is checked again on load; the list shows the new name either way.
  }
  await tx('readwrite', (s) => s.put(r));
}

export async function deleteSaved(id: string): Promise<void> {
  await tx('readwrite', (s) => s.delete(id));
}
