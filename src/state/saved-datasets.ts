/**
 * Imported datasets kept in the browser (IndexedDB), so a bureau's own district is still there after
 * a reload. A dataset is a list record (name, counts, manifest) and its files in pieces of at most
 * 64 MB, each a record of its own: Chromium refuses one record over 133,169,152 bytes, and a large
 * district's bundle is several times that (the formats: src/state/saved-record.ts). A save is one
 * transaction, so a failure leaves nothing behind. Every failure (private mode, a full quota, a
 * corrupt record, a browser without IndexedDB) becomes an Error; none stops the app from starting.
 */
import type { BundleFiles } from '../data/load-bundle.ts';
import type { ImportReport } from '../workers/import-protocol.ts';
import { chunksOf, joinChunks } from './chunked-bytes.ts';
import {
  classify,
  filesOfParts,
  filesOfWhole,
  partsOfBundle,
  renamedManifest,
  savedList,
  type ChunkRecord,
  type DamagedSaved,
  type PartedRecord,
  type PartName,
  type SavedDatasetInfo,
  type StoredPart,
} from './saved-record.ts';
import { SAVED_TEXT } from './saved-strings.ts';
import type { Text } from '../domain/text.ts';

export type { DamagedSaved, SavedDatasetInfo } from './saved-record.ts';

/** A saved dataset that cannot be opened, with the reason in both UI languages. */
export class SavedDatasetError extends Error implements Text {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const both = (s: string): Text => ({ zh: s, en: s });
/** `text` with `{n}` filled by args[n] (as given: a `$` in a browser's message is no pattern here). */
const fill = (text: string, ...args: string[]): string =>
  text.replace(/\{(\d)\}/g, (whole, n: string) => args[Number(n)] ?? whole);
/** An entry of SAVED_TEXT with `{n}` filled by args[n] in each language. */
function message(text: Text, ...args: Text[]): SavedDatasetError {
  return new SavedDatasetError(fill(text.zh, ...args.map((a) => a.zh)), fill(text.en, ...args.map((a) => a.en)));
}
const missing = (id: string) => message(SAVED_TEXT.missing, both(id));
/** A saved dataset that cannot be used; `label` is its name where known. */
export const damagedSaved = (label: string): SavedDatasetError => message(SAVED_TEXT.damaged, both(label));
/** A saved dataset with a file the bundle's checks found wrong (`problem` names it): delete it and import again. */
export const damagedSavedFile = (label: string, problem: Text): SavedDatasetError =>
  message(SAVED_TEXT.damagedFile, both(label), problem);

/**
 * What a failed read of saved dataset `label` is to the user: the storage's own trouble (a
 * SavedDatasetError of open(): no IndexedDB, blocked by another tab) as it is; anything else the
 * browser says while reading (Chromium's "NotReadableError: Data lost due to missing file" for a
 * record whose file is gone, say) makes the dataset damaged, to be deleted and imported again.
 */
export const readFailure = (e: unknown, label: string): SavedDatasetError =>
  e instanceof SavedDatasetError ? e : damagedSaved(label);

/**
 * A notice `entry` whose `{0}` is why a save failed, in both languages: this module's own errors in
 * their own words; an error of the browser's own (its words English, and not known in advance) as a
 * Chinese reason of its own, with the browser's words after the whole Chinese text.
 */
export function withSaveFailure(entry: Text, e: unknown): Text {
  if (e instanceof SavedDatasetError) return { zh: fill(entry.zh, e.zh), en: fill(entry.en, e.en) };
  const said = String((e as Error)?.message ?? e);
  return {
    zh: fill(entry.zh, SAVED_TEXT.refused.zh) + fill(SAVED_TEXT.browserSaid.zh, said),
    en: fill(entry.en, said),
  };
}

const DB_NAME = 'risk-map';
/** Version 2 added the pieces' store; version 1's list records are kept as they are and still read. */
const DB_VERSION = 2;
const STORE = 'datasets';
const CHUNKS = 'chunks';
/** How long to wait for another tab to let go of an older version of the database before giving up. */
const BLOCKED_TIMEOUT_MS = 10_000;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(message(SAVED_TEXT.unavailable));
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    let gaveUp = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS, { keyPath: ['id', 'part', 'k'] });
    };
    req.onsuccess = () => {
      clearTimeout(timer);
      const db = req.result;
      // Opened after giving up: nobody will close it, and an open connection would block the next upgrade.
      if (gaveUp) return db.close();
      // Another tab's newer version waits for this connection: let it go.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => {
      clearTimeout(timer);
      // The browser's own error as it is (a full quota must still read as one: isQuotaError).
      reject(req.error ?? message(SAVED_TEXT.notOpened));
    };
    // Another tab holds the older version open; every connection here is short-lived, so it usually
    // lets go at once (the open then goes on by itself). One that does not is given up on.
    req.onblocked = () => {
      timer ??= setTimeout(() => {
        gaveUp = true;
        reject(message(SAVED_TEXT.blocked));
      }, BLOCKED_TIMEOUT_MS);
    };
  });
}

/**
 * One transaction over `stores`: `work` makes its requests and returns the function that reads their
 * result once the transaction has committed. An exception from `work` aborts it (nothing is written).
 * A request whose own error handler calls preventDefault() does not fail it. `failed` turns what
 * goes wrong after the database is open (not open()'s own errors) into the error to throw.
 */
async function transact<T>(
  stores: string[],
  mode: IDBTransactionMode,
  work: (t: IDBTransaction) => () => T,
  failed: (e: unknown) => unknown = (e) => e,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const t = db.transaction(stores, mode);
      let result: (() => T) | null = null;
      t.oncomplete = () => {
        try {
          resolve(result!());
        } catch (e) {
          reject(e);
        }
      };
      t.onerror = (ev) => {
        if (!ev.defaultPrevented)
          reject(t.error ?? (ev.target as IDBRequest | null)?.error ?? new Error('IndexedDB transaction failed'));
      };
      t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'));
      try {
        result = work(t);
      } catch (e) {
        reject(e);
        t.abort();
      }
    });
  } catch (e) {
    throw failed(e);
  } finally {
    db.close();
  }
}

/** Every piece of dataset `key`'s part (or of all its parts): keys [key, part, k] sort after [key] and before [key, []]. */
const piecesOf = (key: IDBValidKey, part?: PartName) =>
  part === undefined ? IDBKeyRange.bound([key], [key, []]) : IDBKeyRange.bound([key, part], [key, part, []]);

/** True when an error is the browser saying its storage is full. */
export const isQuotaError = (e: unknown): boolean =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/**
 * True when the browser cannot keep the dataset for its size: its storage is full, or (should a piece
 * ever be too large for it) a record over its limit ("The serialized keys and/or value are too large").
 */
export const isTooLargeToKeep = (e: unknown): boolean =>
  isQuotaError(e) || (e instanceof DOMException && e.name === 'DataError' && /too large/i.test(e.message));

/**
 * Saved datasets, newest first, and the stored records that are not usable datasets. Never throws:
 * empty lists when storage is unusable. A record the browser cannot read (Chromium's "Data lost due
 * to missing file") fails the read of all of them at once: then each is read on its own, and one that
 * fails is listed as damaged (under its key, its name being unreadable), to be deleted from the menu.
 * (Not unit-tested: Node has no IndexedDB, and a stand-in would not fail the way Chromium does.)
 */
export async function listSaved(): Promise<{ datasets: SavedDatasetInfo[]; damaged: DamagedSaved[] }> {
  try {
    return await transact([STORE, CHUNKS], 'readonly', (t) => {
      const store = t.objectStore(STORE);
      const keys = store.getAllKeys();
      const all = store.getAll();
      // Read one by one when `all` fails; a value left undefined is a record that could not be read.
      let values: unknown[] | null = null;
      all.onsuccess = () => {
        values = all.result;
      };
      all.onerror = (ev) => {
        // Handled here: the transaction goes on (the keys, requested first, are already read).
        ev.preventDefault();
        const each = new Array<unknown>(keys.result.length);
        values = each;
        keys.result.forEach((key, i) => {
          const one = store.get(key);
          one.onsuccess = () => {
            each[i] = one.result;
          };
          one.onerror = (e) => e.preventDefault();
        });
      };
      // The pieces' keys only (no bytes read): enough to tell a dataset with a piece missing.
      const pieces = t.objectStore(CHUNKS).getAllKeys();
      return () => savedList(keys.result, values ?? [], pieces.result);
    });
  } catch {
    return { datasets: [], damaged: [] };
  }
}

/** Saves an import as dataset `id` named `name`: all of it, or (on any failure, e.g. a full quota) nothing. */
export async function saveDataset(
  id: string,
  name: string,
  bundle: Record<string, Uint8Array | string>,
  report: ImportReport,
): Promise<void> {
  const { manifest, parts } = partsOfBundle(bundle, name, report);
  const stored: StoredPart[] = [];
  let bytes = manifest.length;
  for (const [part, b] of parts) if (part !== 'report.json') bytes += b.length;
  await transact([STORE, CHUNKS], 'readwrite', (t) => {
    const chunks = t.objectStore(CHUNKS);
    // A dataset saved again under its id loses its old pieces, those beyond its new length too.
    chunks.delete(piecesOf(id));
    for (const [part, b] of parts) {
      let k = 0;
      // One piece copied at a time: the browser copies it into the transaction at put().
      for (const piece of chunksOf(b)) chunks.put({ id, part, k: k++, bytes: piece } satisfies ChunkRecord);
      stored.push({ name: part, bytes: b.length, chunks: k });
    }
    const record: PartedRecord = {
      id,
      name,
      savedAt: new Date().toISOString(),
      enterprises: report.enterprises,
      bytes,
      format: 2,
      manifest,
      parts: stored,
    };
    t.objectStore(STORE).put(record);
    return () => undefined;
  });
}

/** A stored part's pieces as read (in key order, so by number), joined; throws when one is missing or not bytes. */
function joinPart(p: StoredPart, pieces: unknown[]): Uint8Array {
  const bytes = pieces.map((c, k) => {
    const r = c as Partial<ChunkRecord>;
    if (r?.k !== k || !(r.bytes instanceof Uint8Array)) throw new RangeError(`${p.name}: piece ${k} is missing`);
    return r.bytes;
  });
  if (bytes.length !== p.chunks) throw new RangeError(`${p.name}: ${bytes.length} of ${p.chunks} pieces`);
  return joinChunks(p.bytes, bytes);
}

/**
 * A saved dataset's bundle files. Throws a SavedDatasetError (in both languages) when it is missing
 * or damaged (a record or piece the browser cannot read included: readFailure), and open()'s error
 * when the storage cannot be opened.
 */
export async function loadSaved(id: string): Promise<BundleFiles & { name: string }> {
  // The name to call it by when a read fails: the id until its list record is read.
  let label = id;
  const read = await transact(
    [STORE, CHUNKS],
    'readonly',
    (t) => {
      const joined = new Map<PartName, Uint8Array>();
      let broken = false;
      const req = t.objectStore(STORE).get(id);
      req.onsuccess = () => {
        const entry = classify(id, req.result);
        if (req.result !== undefined) label = entry.kind === 'damaged' ? entry.damaged.label : entry.record.name;
        if (entry.kind !== 'parted') return;
        // Each part joined as soon as its pieces arrive, so only one part's pieces are held twice at a time.
        for (const p of entry.record.parts) {
          const pieces = t.objectStore(CHUNKS).getAll(piecesOf(id, p.name));
          pieces.onsuccess = () => {
            try {
              joined.set(p.name, joinPart(p, pieces.result));
            } catch {
              broken = true;
            }
          };
        }
      };
      return () => ({ value: req.result as unknown, joined, broken });
    },
    (e) => readFailure(e, label),
  );
  if (read.value === undefined) throw missing(id);
  const entry = classify(id, read.value);
  if (entry.kind === 'damaged') throw damagedSaved(entry.damaged.label);
  try {
    if (read.broken) throw new RangeError('a piece is missing');
    const files =
      entry.kind === 'parted' ? filesOfParts(entry.record.manifest, read.joined) : filesOfWhole(entry.record);
    return { ...files, name: entry.record.name };
  } catch {
    throw damagedSaved(entry.record.name);
  }
}

/** Renames a saved dataset (its list entry and its manifest). */
export async function renameSaved(id: string, name: string): Promise<void> {
  await transact([STORE], 'readwrite', (t) => {
    const s = t.objectStore(STORE);
    let problem: Error | null = null;
    const req = s.get(id);
    req.onsuccess = () => {
      const entry = classify(id, req.result);
      if (entry.kind === 'damaged') {
        problem = req.result === undefined ? missing(id) : damagedSaved(entry.damaged.label);
        return;
      }
      const r = entry.record;
      r.name = name;
      try {
        if (entry.kind === 'parted') entry.record.manifest = renamedManifest(entry.record.manifest, name);
        else entry.record.bundle.manifest = renamedManifest(entry.record.bundle.manifest, name);
      } catch {
        // The manifest is checked again on load; the list shows the new name either way.
      }
      s.put(r);
    };
    return () => {
      if (problem) throw problem;
    };
  });
}

/** Deletes a saved dataset, all its pieces with it; `key` may be a damaged record's (any key IndexedDB holds). */
export async function deleteSaved(key: IDBValidKey): Promise<void> {
  await transact([STORE, CHUNKS], 'readwrite', (t) => {
    t.objectStore(STORE).delete(key);
    t.objectStore(CHUNKS).delete(piecesOf(key));
    return () => undefined;
  });
}
