/**
 * Map colours as one theme object (the CSS tokens of src/theme.css cover the panels), so a later
 * presentation mode or a dark wall theme swaps one object.
 */
export interface MapTheme {
  land: string;
  townFillA: string;
  townFillB: string;
  townLine: string;
  gridLine: string;
  districtLine: string;
  outside: string;
  halo: string;
  townLabel: string;
  gridLabel: string;
  parkLabel: string;
  /** Outline of enterprise points, RGBA 0-255. */
  pointOutline: [number, number, number, number];
  /** Map labels are drawn at `labelScale` times their size, and never below `minLabelPx`. */
  labelScale: number;
  minLabelPx: number;
  /** Points are drawn this many times their radius. */
  pointScale: number;
}

/** A label size of the theme: `base` pixels scaled, at least the theme's floor. */
export function labelPx(theme: MapTheme, base: number): number {
  return Math.max(theme.minLabelPx, Math.round(base * theme.labelScale * 10) / 10);
}

export const LIGHT_THEME: MapTheme = {
  land: '#eef1f5',
  townFillA: '#f8fafc',
  townFillB: '#f1f5f9',
  townLine: '#475569',
  gridLine: '#94a3b8',
  districtLine: '#1e293b',
  outside: '#64748b',
  halo: '#ffffff',
  townLabel: '#0f172a',
  gridLabel: '#475569',
  parkLabel: '#3b0764',
  pointOutline: [255, 255, 255, 220],
  labelScale: 1,
  minLabelPx: 0,
  pointScale: 1,
};

/**
 * The wall: presentation mode's dark, high-contrast map, read from 5 to 10 metres. Every label is at
 * least 28 px (at 1920x1080), points are larger, the land dark so the four level colours carry.
 */
/** Presentation mode's root font size for a window width: presentation.css's clamp(18px, 1.4584vw, 44px). */
export function wallRootPx(windowWidth: number): number {
  return Math.min(44, Math.max(18, windowWidth * 0.014584));
}

export function wallTheme(rootPx: number): MapTheme {
  // Labels scale with the page's root size (28 px at 1920 wide), the floor being 1 rem like the page's text.
  return { ...WALL_THEME, minLabelPx: Math.round(rootPx), labelScale: rootPx / 12.7 };
}

export const WALL_THEME: MapTheme = {
  land: '#0b1220',
  townFillA: '#111c2e',
  townFillB: '#16243a',
  townLine: '#94a3b8',
  gridLine: '#475569',
  districtLine: '#e2e8f0',
  outside: '#020617',
  halo: '#020617',
  townLabel: '#f8fafc',
  gridLabel: '#cbd5e1',
  parkLabel: '#e9d5ff',
  pointOutline: [2, 6, 23, 230],
  labelScale: 2.2,
  minLabelPx: 28,
  pointScale: 1.6,
};
