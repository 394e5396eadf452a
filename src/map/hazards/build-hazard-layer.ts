/**
 * Open hidden hazards on the map: one ring per enterprise with at least one hazard open on `day`
 * (the data date, or the end of the period picked on the ledger's time slider). Rings are stroked,
 * not filled, so they read over the four-level enterprise points without being taken for a level:
 * dark red (#7f1d1d) when a major hazard (重大事故隐患) is among them, dark magenta for general ones
 * only; the radius grows with the number of open hazards (10 px for one, 16 px for eight or more), so
 * a ring clears even a large enterprise's point (9 px).
 * Major rings are drawn last (on top). At district zoom (below 13) the rings shrink, thin and fade
 * (ringZoomStyle), since hundreds of them would otherwise bury the points' own levels.
 *
 * Binary attributes (at most tens of thousands of rings); the per-enterprise counts come from
 * `openHazardsByEnterprise` (src/data/ledger/hazard-ledger.ts), cached for the last (hazards, day), so
 * changing only the mask or the opacity does not rescan the ledger.
 */
import { HAZARD_RING_GENERAL, HAZARD_RING_MAJOR } from '../../ui/map-look.ts';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Dataset } from '../../data/dataset.ts';
import { openHazardsByEnterprise, type OpenByEnterprise } from '../../data/ledger/hazard-ledger.ts';

export { openHazardsByEnterprise } from '../../data/ledger/hazard-ledger.ts';

/** Ring colours (RGB): an open major hazard, general hazards only. */
export { HAZARD_RING_GENERAL, HAZARD_RING_MAJOR };

export interface HazardLayerOptions {
  /** Day number: hazards open on this day are drawn. */
  day: number;
  /** Only enterprises with enterpriseMask[row] === 1 (the map filter result); null = all. */
  enterpriseMask: Uint8Array | null;
  opacity: number;
  /** Changes with every recompute (the store's resultVersion): deck.gl's update trigger for the mask. */
  version?: number;
  /** Extra radius multiplier (presentation mode). */
  radiusScale?: number;
  /** Ring width in pixels. Default 1.5 (1 below zoom 12). */
  lineWidth?: number;
  /** Map zoom: at district zoom rings shrink, thin and fade so the points' shapes and colours stay readable. */
  zoom?: number;
  id?: string;
  beforeId?: string;
}

export interface HazardRingAttributes {
  length: number;
  /** Draw position -> enterprise row. */
  rows: Uint32Array;
  /** Open hazards per ring. */
  count: Uint16Array;
  positions: Float64Array;
  colors: Uint8Array;
  radii: Float32Array;
}

/** Ring radius in pixels for a number of open hazards: 10 for one, +2 per doubling, at most 16. */
export function ringRadius(count: number): number {
  return Math.min(16, 10 + 2 * Math.log2(Math.max(1, count)));
}

/** Rings from per-enterprise counts: rows passing the mask, general first, major last. */
export function buildHazardRings(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  open: OpenByEnterprise,
  mask: Uint8Array | null,
): HazardRingAttributes {
  const m = open.rows.length;
  let n = 0;
  for (let j = 0; j < m; j++) {
    const row = open.rows[j];
    if ((mask === null || mask[row] === 1) && Number.isFinite(lon[row]) && Number.isFinite(lat[row])) n++;
  }
  const a: HazardRingAttributes = {
    length: n,
    rows: new Uint32Array(n),
    count: new Uint16Array(n),
    positions: new Float64Array(2 * n),
    colors: new Uint8Array(4 * n),
    radii: new Float32Array(n),
  };
  let k = 0;
  for (const pass of [0, 1]) {
    for (let j = 0; j < m; j++) {
      if (open.major[j] !== pass) continue;
      const row = open.rows[j];
      if ((mask !== null && mask[row] !== 1) || !Number.isFinite(lon[row]) || !Number.isFinite(lat[row])) continue;
      const rgb = pass ? HAZARD_RING_MAJOR : HAZARD_RING_GENERAL;
      a.rows[k] = row;
      a.count[k] = open.count[j];
      a.positions[2 * k] = lon[row];
      a.positions[2 * k + 1] = lat[row];
      a.colors[4 * k] = rgb[0];
      a.colors[4 * k + 1] = rgb[1];
      a.colors[4 * k + 2] = rgb[2];
      a.colors[4 * k + 3] = pass ? 255 : 170;
      a.radii[k] = ringRadius(open.count[j]);
      k++;
    }
  }
  return a;
}

let openCache: { hazards: Dataset['hazards']; day: number; n: number; open: OpenByEnterprise } | null = null;
let ringCache: {
  open: OpenByEnterprise;
  mask: Uint8Array | null;
  version: number | undefined;
  rings: HazardRingAttributes;
} | null = null;

/** The rings for a dataset, day and mask, reusing the last result when the inputs are the same. */
export function hazardRingsFor(
  dataset: Pick<Dataset, 'enterprises' | 'hazards'>,
  day: number,
  mask: Uint8Array | null,
  version?: number,
): HazardRingAttributes {
  const c = dataset.enterprises;
  if (!openCache || openCache.hazards !== dataset.hazards || openCache.day !== day || openCache.n !== c.length) {
    openCache = {
      hazards: dataset.hazards,
      day,
      n: c.length,
      open: openHazardsByEnterprise(dataset.hazards, day, c.length),
    };
  }
  const open = openCache.open;
  if (!ringCache || ringCache.open !== open || ringCache.mask !== mask || ringCache.version !== version) {
    ringCache = { open, mask, version, rings: buildHazardRings(c.lon, c.lat, open, mask) };
  }
  return ringCache.rings;
}

/** Size, width and opacity factors of the rings at a zoom: full from 13 up, smaller and fainter below. */
export function ringZoomStyle(zoom: number | undefined): { scale: number; width: number; fade: number } {
  if (zoom === undefined || zoom >= 13) return { scale: 1, width: 1.5, fade: 1 };
  if (zoom >= 11.5) return { scale: 0.8, width: 1.25, fade: 0.85 };
  return { scale: 0.6, width: 1, fade: 0.65 };
}

export function buildHazardLayer(
  dataset: Pick<Dataset, 'enterprises' | 'hazards'>,
  o: HazardLayerOptions,
): ScatterplotLayer {
  const a = hazardRingsFor(dataset, o.day, o.enterpriseMask, o.version);
  const style = ringZoomStyle(o.zoom);
  return new ScatterplotLayer({
    id: o.id ?? 'hazard-rings',
    data: {
      length: a.length,
      attributes: {
        getPosition: { value: a.positions, size: 2 },
        getLineColor: { value: a.colors, size: 4, normalized: true },
        getRadius: { value: a.radii, size: 1 },
      },
    },
    radiusUnits: 'pixels',
    radiusScale: (o.radiusScale ?? 1) * style.scale,
    filled: false,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: o.lineWidth ?? style.width,
    opacity: o.opacity * style.fade,
    // Rings are a reading aid; clicks go to the enterprise points beneath.
    pickable: false,
    // Read by MapLibreOverlay in interleaved mode: draw beneath the base map's labels.
    beforeId: o.beforeId,
  });
}
