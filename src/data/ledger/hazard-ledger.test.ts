import { describe, expect, it } from 'vitest';
import { isOverdue } from './build-hazards.ts';
import type { HazardColumns } from '../dataset.ts';
import { formatDay, NO_DATE, parseDay } from '../dates.ts';
import {
  CLOSED,
  closedFrom,
  daysOverdue,
  hazardTrend,
  isOverdueOn,
  isoWeekLabel,
  NEVER,
  NOT_FOUND,
  OPEN,
  openHazardsByEnterprise,
  periodEnd,
  periodLabel,
  periodOfLabel,
  periodStartOf,
  queryHazards,
  statusOn,
  type HazardQuery,
  type LedgerColumns,
} from './hazard-ledger.ts';

const D = (s: string): number => {
  const d = parseDay(s);
  if (d === undefined) throw new Error(`bad date ${s}`);
  return d;
};

interface Row {
  e: number;
  found: string;
  deadline?: string;
  closed?: string;
  level?: 'general' | 'major';
  status: 'open' | 'in_progress' | 'awaiting_recheck' | 'closed';
  source?: number;
  listed?: boolean;
}
const STATUS = { open: 0, in_progress: 1, awaiting_recheck: 2, closed: 3 } as const;

function columns(rows: Row[]): HazardColumns {
  const n = rows.length;
  const text = (f: (i: number) => string) => ({ length: n, get: (i: number) => f(i) });
  return {
    length: n,
    enterprise: Int32Array.from(rows, (r) => r.e),
    found: Int32Array.from(rows, (r) => D(r.found)),
    deadline: Int32Array.from(rows, (r) => (r.deadline ? D(r.deadline) : NO_DATE)),
    closed: Int32Array.from(rows, (r) => (r.closed ? D(r.closed) : NO_DATE)),
    level: Uint8Array.from(rows, (r) => (r.level === 'major' ? 1 : 0)),
    status: Uint8Array.from(rows, (r) => STATUS[r.status]),
    source: Uint8Array.from(rows, (r) => r.source ?? 255),
    listed: Uint8Array.from(rows, (r) => (r.listed ? 1 : 0)),
    id: text((i) => `H${i}`),
    description: text(() => ''),
    responsiblePerson: text(() => ''),
  };
}

const AS_OF = D('2026-10-31'); // a Saturday

// A hand-made ledger around the data date 2026-10-31.
const FIXTURE: Row[] = [
  /* 0 */ { e: 0, found: '2026-10-01', deadline: '2026-10-31', status: 'open', level: 'general', source: 0 }, // deadline == asOf
  /* 1 */ {
    e: 0,
    found: '2026-10-01',
    deadline: '2026-10-30',
    status: 'in_progress',
    level: 'major',
    source: 1,
    listed: true,
  }, // asOf - 1
  /* 2 */ {
    e: 1,
    found: '2026-09-01',
    deadline: '2026-09-15',
    closed: '2026-09-20',
    status: 'closed',
    level: 'major',
    source: 2,
  }, // closed late
  /* 3 */ { e: 1, found: '2026-09-10', status: 'closed', source: 3 }, // closed, no closure date
  /* 4 */ {
    e: 2,
    found: '2026-10-26',
    deadline: '2026-11-10',
    status: 'awaiting_recheck',
    level: 'major',
    listed: true,
  }, // Monday of the last week
  /* 5 */ { e: 2, found: '2026-10-25', deadline: '2026-10-28', closed: '2026-10-27', status: 'closed', source: 0 }, // Sunday before; closed in time
  /* 6 */ { e: 3, found: '2026-08-31', deadline: '2026-09-30', status: 'open', source: 1 }, // last day of August
  /* 7 */ { e: 3, found: '2026-11-02', status: 'open' }, // after the data date
  /* 8 */ { e: 0, found: '2026-10-05', closed: '2026-10-20', status: 'open' }, // closure date but status open: open
];
const H = columns(FIXTURE);

describe('statusOn', () => {
  it('is NOT_FOUND before the found date and OPEN from it', () => {
    expect(statusOn(H, 0, D('2026-09-30'))).toBe(NOT_FOUND);
    expect(statusOn(H, 0, D('2026-10-01'))).toBe(OPEN);
    expect(statusOn(H, 0, AS_OF)).toBe(OPEN);
  });
  it('is CLOSED from the closure day on', () => {
    expect(statusOn(H, 2, D('2026-09-19'))).toBe(OPEN);
    expect(statusOn(H, 2, D('2026-09-20'))).toBe(CLOSED);
    expect(statusOn(H, 2, AS_OF)).toBe(CLOSED);
  });
  it('counts a closed hazard without a closure date as closed from its found date', () => {
    expect(closedFrom(H, 3)).toBe(D('2026-09-10'));
    expect(statusOn(H, 3, D('2026-09-09'))).toBe(NOT_FOUND);
    expect(statusOn(H, 3, D('2026-09-10'))).toBe(CLOSED);
  });
  it('keeps a hazard whose status is not closed open, whatever its closure date', () => {
    expect(closedFrom(H, 8)).toBe(NEVER);
    expect(statusOn(H, 8, D('2026-10-25'))).toBe(OPEN);
  });
});

describe('overdue on boundary dates', () => {
  it('a deadline equal to the data date is not overdue', () => {
    expect(isOverdueOn(H, 0, AS_OF)).toBe(false);
    expect(daysOverdue(H, 0, AS_OF)).toBe(0);
    expect(isOverdueOn(H, 0, AS_OF + 1)).toBe(true);
    expect(daysOverdue(H, 0, AS_OF + 1)).toBe(1);
  });
  it('a deadline the day before the data date is overdue by one day', () => {
    expect(isOverdueOn(H, 1, AS_OF)).toBe(true);
    expect(daysOverdue(H, 1, AS_OF)).toBe(1);
    expect(daysOverdue(H, 1, AS_OF + 9)).toBe(10);
  });
  it('a hazard closed after its deadline was overdue in between, not once closed', () => {
    expect(isOverdueOn(H, 2, D('2026-09-15'))).toBe(false); // the deadline day
    expect(isOverdueOn(H, 2, D('2026-09-16'))).toBe(true);
    expect(daysOverdue(H, 2, D('2026-09-19'))).toBe(4);
    expect(isOverdueOn(H, 2, D('2026-09-20'))).toBe(false); // the closure day
    expect(isOverdueOn(H, 2, AS_OF)).toBe(false);
  });
  it('no deadline is never overdue; not yet found is not overdue', () => {
    expect(isOverdueOn(H, 8, AS_OF)).toBe(false);
    expect(isOverdueOn(H, 6, D('2026-08-30'))).toBe(false);
  });
  it('agrees with the build rule (isOverdue) on the data date', () => {
    for (let k = 0; k < H.length; k++) {
      if (H.found[k] > AS_OF) continue;
      expect(isOverdueOn(H, k, AS_OF), `hazard ${k}`).toBe(isOverdue(H.status[k], H.deadline[k], AS_OF));
    }
  });
});

describe('queryHazards', () => {
  const q = (query: HazardQuery) => Array.from(queryHazards(H, query, AS_OF));
  it('returns every hazard without filters, in order', () => {
    expect(q({})).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(q({ levels: [], statuses: [], sources: [] })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('filters by level, status and source', () => {
    expect(q({ levels: [1] })).toEqual([1, 2, 4]);
    expect(q({ statuses: [3] })).toEqual([2, 3, 5]);
    expect(q({ statuses: [0, 1, 2] })).toEqual([0, 1, 4, 6, 7, 8]);
    expect(q({ sources: [0] })).toEqual([0, 5]);
    expect(q({ sources: [255] })).toEqual([4, 7, 8]);
    expect(q({ levels: [1], statuses: [3] })).toEqual([2]);
  });
  it('filters overdue (on the data date) and listed', () => {
    expect(q({ overdueOnly: true })).toEqual([1, 6]);
    expect(q({ listedOnly: true })).toEqual([1, 4]);
    expect(q({ listedOnly: true, levels: [1], overdueOnly: true })).toEqual([1]);
  });
  it('filters the found date, both ends inclusive', () => {
    expect(q({ from: D('2026-10-01'), to: D('2026-10-25') })).toEqual([0, 1, 5, 8]);
    expect(q({ from: D('2026-10-26') })).toEqual([4, 7]);
    expect(q({ to: D('2026-08-31') })).toEqual([6]);
  });
  it('filters by enterprise mask and by one enterprise', () => {
    expect(q({ enterpriseMask: Uint8Array.from([1, 0, 1, 0]) })).toEqual([0, 1, 4, 5, 8]);
    expect(q({ enterprise: 1 })).toEqual([2, 3]);
    expect(q({ enterprise: 1, enterpriseMask: Uint8Array.from([1, 0, 1, 0]) })).toEqual([]);
  });
});

describe('periods', () => {
  it('weeks start on Monday with ISO labels', () => {
    expect(formatDay(periodStartOf(D('2026-10-31'), 'week'))).toBe('2026-10-26');
    expect(formatDay(periodStartOf(D('2026-10-26'), 'week'))).toBe('2026-10-26');
    expect(formatDay(periodStartOf(D('2026-10-25'), 'week'))).toBe('2026-10-19');
    expect(periodStartOf(0, 'week')).toBe(-3); // 1970-01-01 is a Thursday
    expect(isoWeekLabel(D('2026-10-26'))).toBe('2026-W44');
    expect(isoWeekLabel(D('2020-12-28'))).toBe('2020-W53');
    expect(isoWeekLabel(D('2021-01-04'))).toBe('2021-W01');
    expect(isoWeekLabel(D('2024-12-30'))).toBe('2025-W01');
  });
  it('reads a period back from its label, weeks and months, across year ends', () => {
    for (let day = D('2019-12-20'); day < D('2027-01-10'); day += 3) {
      for (const step of ['week', 'month'] as const) {
        const start = periodStartOf(day, step);
        expect(periodOfLabel(periodLabel(start, step)), `${formatDay(day)} ${step}`).toEqual({ step, start });
      }
    }
    for (const bad of ['2026-W00', '2026-W54', '2021-W53', '2026-13', '2026-00', '2026', 'W43', '2026-10-01', ''])
      expect(periodOfLabel(bad), bad).toBeNull();
    expect(periodOfLabel('2020-W53')).toEqual({ step: 'week', start: D('2020-12-28') });
    // The period holding the data date ends on it.
    expect(formatDay(periodEnd(D('2026-10-01'), 'month', D('2026-10-20')))).toBe('2026-10-20');
    expect(formatDay(periodEnd(D('2026-09-01'), 'month', D('2026-10-20')))).toBe('2026-09-30');
  });
  it('months are calendar months', () => {
    expect(formatDay(periodStartOf(D('2026-10-31'), 'month'))).toBe('2026-10-01');
    expect(formatDay(periodStartOf(D('2026-03-01'), 'month'))).toBe('2026-03-01');
  });
});

describe('hazardTrend', () => {
  it('counts weeks from the first found date to the data date, a week boundary on Monday', () => {
    const t = hazardTrend(H, 'week', AS_OF);
    expect(t[0].label).toBe('2026-W36');
    expect(formatDay(t[0].start)).toBe('2026-08-31');
    const last = t[t.length - 1];
    expect(last.label).toBe('2026-W44');
    expect(formatDay(last.start)).toBe('2026-10-26');
    expect(last.end).toBe(AS_OF); // cut at the data date
    // Hazard 4 found Monday 10-26: this week; hazard 5 found Sunday 10-25: last week, closed 10-27: this week.
    expect([last.opened, last.closed]).toEqual([1, 1]);
    const prev = t[t.length - 2];
    expect(prev.label).toBe('2026-W43');
    expect(prev.end).toBe(D('2026-10-25'));
    expect([prev.opened, prev.closed]).toEqual([1, 0]);
    // Open on the data date: 0, 1, 4, 6, 8 (7 is found after it).
    expect(last.open).toBe(5);
    expect(last.overdue).toBe(2); // 1 and 6
  });
  it('counts calendar months, a month boundary on the 1st', () => {
    const t = hazardTrend(H, 'month', AS_OF);
    expect(t.map((p) => p.label)).toEqual(['2026-08', '2026-09', '2026-10']);
    expect(t.map((p) => p.opened)).toEqual([1, 2, 5]);
    expect(t.map((p) => p.closed)).toEqual([0, 2, 1]); // 2 on 09-20 and 3 on 09-10 (no closure date); 5 on 10-27
    expect(t.map((p) => p.open)).toEqual([1, 1, 5]);
    // End of September: 6 overdue (deadline 09-30 == end, not yet); end of October: 1 and 6.
    expect(t.map((p) => p.overdue)).toEqual([0, 0, 2]);
    expect(t[2].end).toBe(AS_OF);
    expect(t[1].end).toBe(D('2026-09-30'));
  });
  it('open changes by opened - closed, and ends at the open count on the data date', () => {
    for (const step of ['week', 'month'] as const) {
      const t = hazardTrend(H, step, AS_OF);
      let open = 0;
      for (const p of t) {
        open += p.opened - p.closed;
        expect(p.open).toBe(open);
        // The same as counting hazards open on the period's end day.
        let direct = 0,
          overdue = 0;
        for (let k = 0; k < H.length; k++) {
          if (statusOn(H, k, p.end) === OPEN) direct++;
          if (isOverdueOn(H, k, p.end)) overdue++;
        }
        expect(p.open).toBe(direct);
        expect(p.overdue).toBe(overdue);
      }
      const openNow = queryHazards(H, { statuses: [0, 1, 2], to: AS_OF }, AS_OF).length;
      expect(t[t.length - 1].open).toBe(openNow);
    }
  });
  it('honours the query filters except the date range', () => {
    const t = hazardTrend(H, 'month', AS_OF, { levels: [1], from: D('2026-10-01') });
    expect(t.map((p) => p.label)).toEqual(['2026-08', '2026-09', '2026-10']); // axis from all hazards
    expect(t.map((p) => p.opened)).toEqual([0, 1, 2]);
    expect(t.map((p) => p.closed)).toEqual([0, 1, 0]);
    const masked = hazardTrend(H, 'week', AS_OF, { enterpriseMask: Uint8Array.from([0, 0, 1, 0]) });
    const last = masked[masked.length - 1];
    expect([last.opened, last.closed, last.open]).toEqual([1, 1, 1]);
    // The last week's "opened" is what the ledger lists for that week.
    const ledger = queryHazards(
      H,
      { enterpriseMask: Uint8Array.from([0, 0, 1, 0]), from: last.start, to: last.end },
      AS_OF,
    );
    expect(ledger.length).toBe(last.opened);
  });
  it('gives one empty period for an empty ledger', () => {
    const t = hazardTrend(columns([]), 'week', AS_OF);
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ label: '2026-W44', opened: 0, closed: 0, open: 0 });
  });
});

describe('openHazardsByEnterprise', () => {
  it('lists enterprises with hazards open on the day, with counts and a major flag', () => {
    const o = openHazardsByEnterprise(H, AS_OF, 5);
    expect(Array.from(o.rows)).toEqual([0, 2, 3]);
    expect(Array.from(o.count)).toEqual([3, 1, 1]); // 0: hazards 0, 1, 8; 2: 4; 3: 6
    expect(Array.from(o.major)).toEqual([1, 1, 0]);
  });
  it('follows the day', () => {
    const o = openHazardsByEnterprise(H, D('2026-09-16'), 5);
    expect(Array.from(o.rows)).toEqual([1, 3]); // 2 open until 09-20; 6 found 08-31
    expect(Array.from(o.major)).toEqual([1, 0]);
    expect(openHazardsByEnterprise(H, D('2026-08-01'), 5).rows.length).toBe(0);
  });
});

describe('speed', () => {
  it('queries and trends 1.6 million hazards (how fast is for the benchmarks)', () => {
    const n = 1_600_000;
    const base = D('2024-01-01');
    const asOf = base + 1000;
    const rnd = (() => {
      let s = 7;
      return () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
    })();
    const h: LedgerColumns = {
      length: n,
      enterprise: new Int32Array(n),
      found: new Int32Array(n),
      deadline: new Int32Array(n),
      closed: new Int32Array(n),
      level: new Uint8Array(n),
      status: new Uint8Array(n),
      source: new Uint8Array(n),
      listed: new Uint8Array(n),
    };
    for (let k = 0; k < n; k++) {
      h.enterprise[k] = Math.floor(rnd() * 100_000);
      h.found[k] = base + Math.floor(rnd() * 1000);
      h.deadline[k] = h.found[k] + 30;
      const closed = rnd() < 0.8;
      h.status[k] = closed ? 3 : Math.floor(rnd() * 3);
      h.closed[k] = closed ? Math.min(asOf, h.found[k] + Math.floor(rnd() * 60)) : NO_DATE;
      h.level[k] = rnd() < 0.05 ? 1 : 0;
      h.source[k] = Math.floor(rnd() * 4);
      h.listed[k] = rnd() < 0.01 ? 1 : 0;
    }
    const mask = new Uint8Array(100_000).fill(1);
    const rows = queryHazards(h, { levels: [0, 1], overdueOnly: true, enterpriseMask: mask }, asOf);
    const trend = hazardTrend(h, 'week', asOf, { enterpriseMask: mask });
    const open = openHazardsByEnterprise(h, asOf, 100_000);
    expect(rows.length).toBeGreaterThan(0);
    expect(trend[trend.length - 1].open).toBe(queryHazards(h, { statuses: [0, 1, 2] }, asOf).length);
    expect(open.rows.length).toBeGreaterThan(0);
  });
});

describe('queryHazards by closure date', () => {
  // Week of Monday 2026-10-26 to the data date Sunday 2026-11-01.
  const h = columns([
    { e: 0, found: '2026-10-01', closed: '2026-10-26', status: 'closed' }, // 0: closed on the Monday
    { e: 0, found: '2026-10-01', closed: '2026-11-01', status: 'closed' }, // 1: closed on the Sunday
    { e: 1, found: '2026-10-01', closed: '2026-10-25', status: 'closed' }, // 2: the Sunday before
    { e: 1, found: '2026-10-01', closed: '2026-10-27', status: 'in_progress' }, // 3: closure withdrawn: not closed
    { e: 2, found: '2026-10-28', status: 'closed' }, // 4: closed without a date: closed from its found day
    { e: 2, found: '2026-10-29', closed: '2026-10-20', status: 'closed' }, // 5: closure before found: its found day
    { e: 2, found: '2026-10-02', status: 'open' }, // 6: open
    { e: 3, found: '2026-10-02', closed: '2026-11-02', status: 'closed' }, // 7: the day after the data date
  ]);
  const asOf = D('2026-11-01');
  const q = (query: HazardQuery) => Array.from(queryHazards(h, query, asOf));

  it('lists the hazards closed within the range, both ends included', () => {
    expect(q({ closedFrom: D('2026-10-26'), closedTo: D('2026-11-01') })).toEqual([0, 1, 4, 5]);
    expect(q({ closedFrom: D('2026-10-27'), closedTo: D('2026-10-31') })).toEqual([4, 5]);
    expect(q({ closedFrom: D('2026-10-25'), closedTo: D('2026-10-25') })).toEqual([2]);
  });

  it('takes either bound alone, and never lists a hazard that is not closed', () => {
    expect(q({ closedFrom: D('2026-10-28') })).toEqual([1, 4, 5, 7]);
    expect(q({ closedTo: D('2026-10-26') })).toEqual([0, 2]);
    expect(q({ closedFrom: NO_DATE, closedTo: NO_DATE })).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('combines with the found-date range and the other filters', () => {
    expect(q({ closedFrom: D('2026-10-26'), closedTo: D('2026-11-01'), from: D('2026-10-28') })).toEqual([4, 5]);
    expect(q({ closedFrom: D('2026-10-26'), closedTo: D('2026-11-01'), enterprise: 0 })).toEqual([0, 1]);
  });

  it('leaves the trend alone (its closures are counted whatever the range)', () => {
    const all = hazardTrend(h, 'week', asOf);
    const ranged = hazardTrend(h, 'week', asOf, { closedFrom: D('2026-10-26'), closedTo: D('2026-10-26') });
    expect(ranged).toEqual(all);
    // The trend's last week closes the same hazards the range lists: 0, 1, 4, 5.
    expect(all[all.length - 1].closed).toBe(4);
  });
});
