/**
 * The swipe of two data dates (state/swipe-slice.ts), `swipe=<the divider's place in % of the map's
 * width>` (`swipe=50`: the middle) while it is on, so a saved view and a tour step can hold it. It
 * shows once the comparison the address asks for (`?compare=`) is ready.
 */
import { clampSwipe } from '../swipe-slice.ts';
import { round, type ViewPart } from './view-part.ts';

export const swipePart: ViewPart<number> = {
  field: 'swipe',
  keys: ['swipe'],
  write: (at) => [`swipe=${round(clampSwipe(at) * 100, 1)}`],
  read: (link) => {
    const swipe = link.get('swipe');
    if (swipe === null) return undefined;
    const pct = /^\d{1,3}(\.\d+)?$/.test(swipe) ? Number(swipe) : NaN;
    if (pct >= 0 && pct <= 100) return round(pct / 100, 3);
    link.problems.push(`swipe: not a place from 0 to 100 "${swipe}"`);
    return undefined;
  },
  capture: (s) => s.swipe ?? undefined,
  apply: (at, x) => {
    const want = at ?? null;
    if (want !== x.get().swipe) x.get().setSwipe(want);
  },
  watch: (s) => s.swipe,
  history: 'replace',
};
