/**
 * The swipe's geometry, pure: where each data date draws on the map's width, and where a pointer or a
 * key puts the divider. Places are shares of the map's width (0 its left edge, 1 its right edge), so
 * they hold at any size, pixel ratio or image export; the shader compares each fragment's share of
 * the viewport with them (swipe-clip-extension.ts).
 */

/** The part of the width a layer draws in: `[from, to)`, shares of the map's width. */
export type ClipRange = readonly [from: number, to: number];

export interface SwipeClip {
  /** The earlier data date, left of the divider. */
  earlier: ClipRange;
  /** The current data date, right of it. */
  current: ClipRange;
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Each half's range for a divider at `at`: the earlier data date left of it, the current one right of it, not overlapping. */
export function clipRanges(at: number): SwipeClip {
  const x = Number.isFinite(at) ? clamp01(at) : 0.5;
  return { earlier: [0, x], current: [x, 1] };
}

/** The divider's place under a pointer at `clientX`, over a map whose box starts at `left` and is `width` wide (CSS pixels). */
export function dividerAt(clientX: number, left: number, width: number): number {
  if (!(width > 0)) return 0.5;
  return clamp01((clientX - left) / width);
}

/** How far an arrow key moves the divider (a share of the width), and with Shift. */
export const KEY_STEP = 0.02;
export const KEY_STEP_LARGE = 0.1;

/** The divider's place after a key on it (arrows, Home, End), or null for a key it does not take. */
export function dividerAfterKey(at: number, key: string, shift = false): number | null {
  const step = shift ? KEY_STEP_LARGE : KEY_STEP;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp01(Math.round((at - step) * 1000) / 1000);
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp01(Math.round((at + step) * 1000) / 1000);
    case 'Home':
      return 0;
    case 'End':
      return 1;
    default:
      return null;
  }
}
