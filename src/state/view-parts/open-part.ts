/**
 * The enterprise (by credit code) or area (by kind and code) whose panel is open,
 * `open=e:<credit code>|<town|grid|park>:<code>`.
 */
import type { AppState } from '../store.ts';
import type { ViewPart } from './view-part.ts';

export interface OpenPanel {
  kind: 'enterprise' | 'town' | 'grid' | 'park';
  code: string;
}

/**
 * A link's enterprise, by credit code, while the names (which hold the codes) are still streaming in:
 * kept in the link, and opened when they arrive (`openPending`).
 */
let pendingOpen: string | null = null;

/** The row of the enterprise with a credit code, or -1. */
function rowOfCode(s: AppState, code: string): number {
  const text = s.text?.creditCode;
  if (!text) return -1;
  for (let i = 0; i < text.length; i++) if (text.get(i) === code) return i;
  return -1;
}

const areasOf = (m: NonNullable<AppState['dataset']>['manifest'], kind: 'town' | 'grid' | 'park') =>
  ({ town: m.towns, grid: m.grids, park: m.parks })[kind];

/** Opens the enterprise a link asked for before the names arrived; a code not in the data is a link problem. */
export function openPending(get: () => AppState): void {
  if (pendingOpen === null) return;
  const code = pendingOpen;
  pendingOpen = null;
  const s = get();
  if (s.selected !== null || s.area !== null) return;
  const row = rowOfCode(s, code);
  if (row >= 0) s.select(row);
  else s.setNotice({ kind: 'link', problems: [`open: no enterprise "${code}"`] });
}

/** Another enterprise or area opened meanwhile: the link's wait is over. */
export function dropPendingOpen(): void {
  pendingOpen = null;
}

export const openPart: ViewPart<OpenPanel> = {
  field: 'open',
  keys: ['open'],
  write: (open) => [`open=${open.kind === 'enterprise' ? 'e' : open.kind}:${encodeURIComponent(open.code)}`],
  read: (link) => {
    const open = link.get('open');
    if (open === null) return undefined;
    const colon = open.indexOf(':');
    const kind = open.slice(0, colon);
    const code = open.slice(colon + 1);
    if (colon > 0 && kind === 'e' && code) return { kind: 'enterprise', code };
    if (
      colon > 0 &&
      (kind === 'town' || kind === 'grid' || kind === 'park') &&
      areasOf(link.manifest, kind).some((a) => a.code === code)
    )
      return { kind, code };
    link.problems.push(`open: unknown "${open}"`);
    return undefined;
  },
  capture: (s) => {
    const d = s.dataset;
    if (d && s.selected !== null && s.selected < d.enterprises.length && s.text)
      return { kind: 'enterprise', code: s.text.creditCode.get(s.selected) ?? '' };
    if (pendingOpen !== null && s.selected === null) return { kind: 'enterprise', code: pendingOpen };
    if (d && s.area) {
      const a = areasOf(d.manifest, s.area.kind)[s.area.index];
      if (a) return { kind: s.area.kind, code: a.code };
    }
    return undefined;
  },
  apply: (open, x) => {
    const s = x.get();
    pendingOpen = null;
    if (open?.kind === 'enterprise' && !s.text) {
      if (s.selected !== null) s.select(null);
      if (s.area !== null) s.openArea(null);
      pendingOpen = open.code;
    } else if (open?.kind === 'enterprise') {
      const row = rowOfCode(s, open.code);
      if (row >= 0) s.select(row);
      else x.problems.push(`open: no enterprise "${open.code}"`);
    } else if (open) {
      const index = areasOf(s.dataset!.manifest, open.kind).findIndex((a) => a.code === open.code);
      s.select(null);
      s.openArea({ kind: open.kind, index });
    } else {
      if (s.selected !== null) s.select(null);
      if (s.area !== null) s.openArea(null);
    }
  },
  watch: (s) => [s.selected, s.area],
  history: 'replace',
};
