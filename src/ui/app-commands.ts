/**
 * The app's commands (src/ui/commands.ts): presentation mode, the tour, the language, the filters,
 * the import and the shortcut list. Commands that belong to the map (the PNG export) are registered
 * by the map's modules.
 */
import { otherLang, tr } from '../domain/text.ts';
import { useStore } from '../state/store.ts';
import { currentViewHash, showSavedView } from '../state/url-sync.ts';
import { compareParam, currentCompare, currentSource } from '../state/dataset-source.ts';
import type { SavedView } from '../state/saved-views.ts';
import { shownUnsaved } from './show-unsaved.ts';
import type { Command } from './commands.ts';
import { COMMAND_TEXT } from './command-strings.ts';

const s = () => useStore.getState();

/** The dataset a saved view belongs to: an import shown without being kept, or the one the address names. */
export function currentDatasetKey(): string {
  const unsaved = shownUnsaved();
  if (unsaved !== null) return `unsaved:${unsaved}`;
  const src = currentSource();
  return src.kind === 'saved' ? `saved:${src.id}` : src.id;
}

/** The earlier data date the page compares with (the address's `compare=`), if any. */
export function currentCompareKey(): string | undefined {
  const c = currentCompare();
  return c ? compareParam(c) : undefined;
}

/** The saved views a tour plays: those of the dataset shown, saved with the comparison shown (or none). */
export function tourViews() {
  const key = currentDatasetKey(),
    cmp = currentCompareKey();
  return s().savedViews.filter((v) => v.dataset === key && v.compare === cmp);
}

/**
 * Shows a saved view. One saved while comparing with another data date (or not comparing, while the
 * page compares) needs the other comparison loaded: the page opens its address (a reload) with the view.
 */
export function openSavedView(v: SavedView): void {
  if (v.compare === currentCompareKey()) {
    showSavedView(v.hash);
    return;
  }
  location.assign(savedViewLink(v));
}

/** A saved view's link: this page's address with the view's comparison and its hash. */
export function savedViewLink(v: SavedView): string {
  const url = new URL(location.href);
  if (v.compare) url.searchParams.set('compare', v.compare);
  else url.searchParams.delete('compare');
  url.hash = v.hash;
  return url.toString();
}

/** Full screen is the browser's to grant: it needs a click or a key, and may be refused. */
function enterFullscreen(): void {
  const el = globalThis.document?.documentElement;
  if (el?.requestFullscreen && !document.fullscreenElement) el.requestFullscreen().catch(() => undefined);
}
function exitFullscreen(): void {
  if (globalThis.document?.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

export function setPresentation(on: boolean): void {
  if (on) enterFullscreen();
  else exitFullscreen();
  s().setPresenting(on);
}

/** Shows the tour's view at `index` (wrapping round). */
export function showTourView(index: number): void {
  const views = tourViews();
  if (views.length === 0) return;
  const i = ((index % views.length) + views.length) % views.length;
  showSavedView(views[i].hash);
}

function step(by: number): void {
  const t = s().tour;
  if (t) {
    s().stepTour(by);
  } else {
    // Outside a tour, next and previous still walk the saved views, from the first.
    s().startTour(by > 0 ? 0 : tourViews().length - 1);
    s().toggleTourPlaying();
  }
}

export const APP_COMMANDS: readonly Command[] = [
  {
    id: 'presentation.toggle',
    label: COMMAND_TEXT.presentationToggle,
    keys: ['p', 'P'],
    run: () => setPresentation(!s().presenting),
  },
  {
    id: 'presentation.exit',
    label: COMMAND_TEXT.presentationExit,
    keys: ['Escape'],
    keyLabel: 'Esc',
    enabled: () => s().presenting && !s().helpOpen,
    run: () => setPresentation(false),
  },
  {
    id: 'tour.play',
    label: COMMAND_TEXT.tourPlay,
    keys: [' '],
    keyLabel: 'Space',
    enabled: () => tourViews().length > 0 && (s().presenting || s().tour !== null),
    run: () => {
      if (s().tour) s().toggleTourPlaying();
      else s().startTour(0);
    },
  },
  {
    id: 'tour.next',
    label: COMMAND_TEXT.tourNext,
    keys: ['PageDown', 'ArrowRight', 'ArrowDown'],
    keyLabel: 'PgDn → ↓',
    enabled: () => tourViews().length > 0 && (s().presenting || s().tour !== null),
    run: () => step(1),
  },
  {
    id: 'tour.previous',
    label: COMMAND_TEXT.tourPrevious,
    keys: ['PageUp', 'ArrowLeft', 'ArrowUp'],
    keyLabel: 'PgUp ← ↑',
    enabled: () => tourViews().length > 0 && (s().presenting || s().tour !== null),
    run: () => step(-1),
  },
  {
    id: 'tour.stop',
    label: COMMAND_TEXT.tourStop,
    enabled: () => s().tour !== null,
    run: () => s().stopTour(),
  },
  {
    id: 'presentation.blank',
    label: COMMAND_TEXT.presentationBlank,
    keys: ['b', 'B', '.'],
    keyLabel: 'B',
    enabled: () => s().presenting,
    run: () => s().toggleBlank(),
  },
  {
    id: 'view.save',
    label: COMMAND_TEXT.viewSave,
    enabled: () => s().dataset !== null,
    run: () => {
      const n = s().savedViews.length + 1;
      s().saveView(tr(s().lang, COMMAND_TEXT.viewName, n), currentViewHash(), currentDatasetKey(), currentCompareKey());
    },
  },
  { id: 'filters.clear', label: COMMAND_TEXT.filtersClear, run: () => s().clearAll() },
  {
    id: 'language.toggle',
    label: COMMAND_TEXT.languageToggle,
    keys: ['l', 'L'],
    run: () => s().setLang(otherLang(s().lang)),
  },
  {
    id: 'import.open',
    label: COMMAND_TEXT.importOpen,
    keys: ['i', 'I'],
    enabled: () => !s().presenting,
    run: () => s().openImport(),
  },
  { id: 'help.shortcuts', label: COMMAND_TEXT.helpShortcuts, keys: ['?'], run: () => s().setHelpOpen(!s().helpOpen) },
];
