/**
 * One part of the view a link carries (the camera, the filters, a layer kind's settings, the open
 * panel…), declared once: its keys in the hash, how it is written and read, how it is taken from the
 * store and given back to it, and whether its change adds a history entry. src/state/url-state.ts
 * and src/state/url-sync.ts are loops over the parts (registry.ts); saved views and tours go through
 * the same loops.
 */
import type { DatasetManifest } from '../../data/dataset.ts';
import type { AppState } from '../store.ts';

export interface ViewPart<V = unknown> {
  /** The part's field in a link's view (`UrlView`). */
  readonly field: string;
  /** Its keys in the hash: any other key is reported as unknown. */
  readonly keys: readonly string[];
  /** The view's value when the link leaves the part out, for the parts every view has (camera, language, layers). */
  readonly empty?: V;
  /** The hash's pieces (`key=value`) for a value; only called for a value that is neither undefined nor null. */
  write(value: NonNullable<V>, m: DatasetManifest): string[];
  /** The value in a link, or undefined when it has none; anything it cannot read goes to `link.problems`. */
  read(link: LinkReader): V | undefined;
  /** The value shown now, or undefined (or `empty`) when a fresh page shows the same, to keep links short. */
  capture(s: AppState): V | undefined;
  /** Gives a link's value (undefined or `empty`: the link has none) to the store. */
  apply(value: V | undefined, x: ApplyContext): void;
  /** What of the store the part follows: the link is written again when it changes (compared by identity, arrays item by item). */
  watch(s: AppState): unknown;
  /** A change adds a history entry (back and forward walk through it) or replaces the current one. */
  readonly history: 'push' | 'replace';
  /** Before the other parts (negative) or after them (positive) when a link is applied; the link's order otherwise. */
  readonly applyOrder?: number;
  /** False for a part a saved view does not keep (presentation mode). */
  readonly saved?: false;
}

/** A link being read: its values, what the dataset and the app define that it may name, and the problems found. */
export interface LinkReader {
  readonly manifest: DatasetManifest;
  /** The defined layer kinds' ids. */
  readonly layerIds: readonly string[];
  /** The area metrics' keys. */
  readonly metrics: readonly string[];
  readonly problems: string[];
  /** The decoded value of a key, or null. */
  get(key: string): string | null;
  /**
   * A comma list, split on its raw commas before decoding (so a code with a comma in it, written as
   * %2C, stays one code); each value looked up, an unknown one reported, a repeated one dropped.
   */
  list<T>(key: string, lookup: (v: string) => T | undefined): T[];
}

export interface ApplyContext {
  get: () => AppState;
  /** Problems found while applying (an enterprise the data does not have). */
  problems: string[];
  /** Fly the camera there (a tour's step) rather than jump. */
  fly: boolean;
}

/** Whether two `watch` results are the same: by identity, arrays item by item. */
export function sameWatched(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return Object.is(a, b);
}

export const round = (v: number, d: number) => Number(v.toFixed(d));
