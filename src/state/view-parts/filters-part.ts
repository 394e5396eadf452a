/**
 * The filters, one key per dimension of the dimension table (`FILTER_DIMENSIONS`), by key or code
 * (never by position), so a link stays valid when a dataset is rebuilt.
 */
import { FILTER_DIMENSIONS } from '../../data/filter-dimensions.ts';
import { NO_FILTERS, type UiFilters } from '../../data/filter-state.ts';
import { round, type ViewPart } from './view-part.ts';

/** No filter (a link's filters start from it): a fresh object, since reading fills it in. */
const noFilters = (): UiFilters => ({ ...NO_FILTERS });

export const filtersPart: ViewPart<UiFilters> = {
  field: 'filters',
  keys: FILTER_DIMENSIONS.map((d) => d.url),
  write: (f, m) => {
    const p: string[] = [];
    const add = (k: string, values: string[]) => {
      if (values.length) p.push(`${k}=${values.map(encodeURIComponent).join(',')}`);
    };
    for (const d of FILTER_DIMENSIONS) {
      if (d.kind === 'list')
        add(
          d.url,
          f[d.field].map((v) => (v < 0 ? 'none' : d.token(v, m))),
        );
      else if (d.kind === 'bits')
        add(
          d.url,
          d.bits.filter((b) => f[d.field] & b.bit).map((b) => b.key),
        );
      else if (d.kind === 'range' && f.scoreRange)
        p.push(`${d.url}=${round(f.scoreRange[0], 3)}-${round(f.scoreRange[1], 3)}`);
      else if (d.kind === 'text' && f.query) p.push(`${d.url}=${encodeURIComponent(f.query)}`);
    }
    return p;
  },
  read: (link) => {
    const f = noFilters();
    for (const d of FILTER_DIMENSIONS) {
      if (d.kind === 'list')
        f[d.field] = link.list(d.url, (v) =>
          v === 'none' && d.none ? -1 : v === 'none' ? undefined : d.parse(v, link.manifest),
        );
      else if (d.kind === 'bits')
        f[d.field] = link.list(d.url, (v) => d.bits.find((b) => b.key === v)?.bit).reduce((a, b) => a | b, 0);
      else if (d.kind === 'text') f.query = (link.get(d.url) ?? '').slice(0, 200);
      else if (d.kind === 'range') {
        const score = link.get(d.url);
        if (score === null) continue;
        const mm = /^(-?[\d.]+)-(-?[\d.]+)$/.exec(score);
        const lo = mm ? Number(mm[1]) : NaN;
        const hi = mm ? Number(mm[2]) : NaN;
        if (Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi) f.scoreRange = [lo, hi];
        else link.problems.push(`${d.url}: not a range`);
      }
    }
    return f;
  },
  capture: (s) => s.filters,
  apply: (f, x) => x.get().setFilters(f ?? noFilters()),
  watch: (s) => s.filters,
  history: 'push',
};
