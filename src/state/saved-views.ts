/**
 * Saved views: named snapshots of everything on screen, each held as the link's hash (the link's
 * parts, src/state/view-parts/, are the one format of a view: url-sync.ts captures and applies a saved
 * view through them, leaving out the parts a saved view does not keep), with the dataset it was made
 * on and its time on screen in a tour. Kept in localStorage; read with a validator, so a corrupt entry gives an empty
 * list and a notice, never a broken start. Exported and imported as one JSON file.
 */
import type { Text } from '../domain/text.ts';

export interface SavedView {
  id: string;
  name: string;
  /** The view as a link hash, "#c=…&level=major…". */
  hash: string;
  /** The dataset it was saved on ("demo", a deployed id, or "saved:<id>"). */
  dataset: string;
  /** The earlier data date it was compared with (the address's `compare=`), when it was saved comparing. */
  compare?: string;
  /** Seconds on screen in a tour. */
  seconds: number;
  savedAt: string;
}

export const SAVED_VIEWS_KEY = 'risk-map.saved-views';
export const SAVED_VIEWS_FORMAT = 'risk-map-saved-views';
export const DEFAULT_SECONDS = 30;
export const MAX_VIEWS = 200;

function isView(v: unknown): v is SavedView {
  if (typeof v !== 'object' || v === null) return false;
  const x = v as Record<string, unknown>;
  return (
    typeof x.id === 'string' &&
    x.id !== '' &&
    typeof x.name === 'string' &&
    typeof x.hash === 'string' &&
    (x.hash === '' || x.hash.startsWith('#')) &&
    typeof x.dataset === 'string' &&
    (x.compare === undefined || typeof x.compare === 'string') &&
    typeof x.seconds === 'number' &&
    Number.isFinite(x.seconds) &&
    x.seconds >= 3 &&
    x.seconds <= 3600 &&
    typeof x.savedAt === 'string'
  );
}

/** The views of a parsed file or stored value, or an error naming what is wrong (English and Chinese). */
export function parseSavedViews(value: unknown): { views: SavedView[] } | { error: Text } {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SAVED_VIEWS_FORMAT
      ? (value as { views?: unknown }).views
      : undefined;
  if (!Array.isArray(list)) return { error: { zh: '不是保存的视图列表', en: 'not a list of saved views' } };
  if (list.length > MAX_VIEWS)
    return {
      error: {
        zh: `视图过多（${list.length}，上限 ${MAX_VIEWS}）`,
        en: `too many views (${list.length}, at most ${MAX_VIEWS})`,
      },
    };
  const bad = list.findIndex((v) => !isView(v));
  if (bad >= 0)
    return { error: { zh: `第 ${bad + 1} 个视图不完整或有误`, en: `view ${bad + 1} is incomplete or wrong` } };
  const ids = new Set<string>();
  const views = (list as SavedView[]).map((v) => {
    // Ids must be unique in one list: an imported duplicate gets a fresh one.
    const id = ids.has(v.id) ? newViewId() : v.id;
    ids.add(id);
    return {
      id,
      name: v.name.slice(0, 80),
      hash: v.hash,
      dataset: v.dataset,
      ...(v.compare ? { compare: v.compare } : {}),
      seconds: v.seconds,
      savedAt: v.savedAt,
    };
  });
  return { views };
}

/** The stored views, and whether the stored value was corrupt (then the list is empty). */
export function loadSavedViews(): { views: SavedView[]; corrupt: boolean } {
  let raw: string | null = null;
  try {
    raw = globalThis.localStorage?.getItem(SAVED_VIEWS_KEY) ?? null;
  } catch {
    return { views: [], corrupt: false };
  }
  if (raw === null) return { views: [], corrupt: false };
  try {
    const parsed = parseSavedViews(JSON.parse(raw));
    return 'views' in parsed ? { views: parsed.views, corrupt: false } : { views: [], corrupt: true };
  } catch {
    return { views: [], corrupt: true };
  }
}

export function storeSavedViews(views: readonly SavedView[]): void {
  try {
    globalThis.localStorage?.setItem(SAVED_VIEWS_KEY, JSON.stringify(views));
  } catch {
    // Storage full or disabled: the views last for this visit (the JSON export still works).
  }
}

/** The file the export writes: a format tag, so the import can tell it from any other JSON. */
export function savedViewsFile(views: readonly SavedView[]): string {
  return JSON.stringify({ format: SAVED_VIEWS_FORMAT, version: 1, views }, null, 2);
}

export function newViewId(): string {
  return `v${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
