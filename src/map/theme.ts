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
};
