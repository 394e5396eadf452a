/**
 * An earlier snapshot of a generated district: the same district as its ledgers stood some days
 * before the data date, so that the app has two data dates to compare (issue: what changed since the
 * last meeting). Seeded: the same files and seed always give the same snapshot.
 *
 * From the current files it makes the earlier ones:
 * - enterprises: a share of today's are not in the earlier register (they are new since), and a few
 *   enterprises of the earlier register are gone today (branches closed: a donor's sector and place,
 *   a name of their own, a fresh credit code); for a share of the rest, inputs of the risk model
 *   stood otherwise then (an accident not yet happened or not yet out of the three-year window, a
 *   standardisation grade, an external assessment one level apart), so levels move both ways;
 * - hazards: those found after the earlier date are not in its ledger; those closed since were still
 *   being rectified; some listed for supervision (挂牌督办) since were not listed yet;
 * - inspections: those after the earlier date are not in its ledger.
 * Boundaries are the same. Lines are transformed one at a time, so a million-row register fits.
 */
import { creditCode } from './credit-code';
import { hashString, Rng } from './random';
import { csvField } from './write';

export interface SnapshotFiles {
  enterprises: string;
  hazards: string;
  inspections?: string;
  meta: Record<string, unknown>;
}

export interface EarlierOptions {
  /** Days before the current data date. */
  days: number;
  seed: number;
  /** Share of today's enterprises not yet in the earlier register. */
  newShare?: number;
  /** Gone enterprises, as a share of today's. */
  goneShare?: number;
  /** Share of the others whose model inputs stood otherwise. */
  movedShare?: number;
}

export interface EarlierSummary {
  asOf: string;
  enterprises: number;
  leftOut: number;
  gone: number;
  moved: number;
  hazardsLeftOut: number;
  hazardsReopened: number;
  hazardsUnlisted: number;
  inspectionsLeftOut: number;
}

/** The fields of one CSV line (RFC 4180 quoting; the generator writes no line breaks inside a field). */
export function splitCsvLine(line: string): string[] {
  if (line.indexOf('"') < 0) return line.split(',');
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error(`unterminated quote in: ${line}`);
        s += line.slice(i, q);
        if (line[q + 1] === '"') {
          s += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(s);
      i++; // the comma
    } else {
      const c = line.indexOf(',', i);
      const end = c < 0 ? line.length : c;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

const joinCsv = (fields: readonly string[]) => fields.map(csvField).join(',');

/** YYYY-MM-DD `days` before `iso`. */
export function daysBefore(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Each line of a CSV text through `f` (header first, unchanged); null drops a line. */
function mapLines(text: string, f: (fields: string[], col: (name: string) => number) => string[] | null): string {
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0]);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`earlier snapshot: no column ${name}`);
    return i;
  };
  const out = [lines[0]];
  for (let k = 1; k < lines.length; k++) {
    if (lines[k] === '') continue;
    const fields = f(splitCsvLine(lines[k]), col);
    if (fields) out.push(joinCsv(fields));
  }
  return `${out.join('\n')}\n`;
}

const LEVEL_KEYS = ['major', 'significant', 'general', 'low'];
/** A score inside each level's band under the default model (重大 from 55, 较大 36, 一般 20), for a moved assessment. */
const LEVEL_MID = [65, 45, 28, 12];

/** The earlier snapshot's files from the current ones. */
export function earlierSnapshot(
  current: SnapshotFiles,
  opts: EarlierOptions,
): { files: SnapshotFiles; summary: EarlierSummary } {
  const rng = new Rng(opts.seed ^ hashString('earlier-snapshot'));
  const asOf = String(current.meta.as_of);
  const earlierAsOf = daysBefore(asOf, opts.days);
  const newShare = opts.newShare ?? 0.01,
    goneShare = opts.goneShare ?? 0.004,
    movedShare = opts.movedShare ?? 0.03;
  const summary: EarlierSummary = {
    asOf: earlierAsOf,
    enterprises: 0,
    leftOut: 0,
    gone: 0,
    moved: 0,
    hazardsLeftOut: 0,
    hazardsReopened: 0,
    hazardsUnlisted: 0,
    inspectionsLeftOut: 0,
  };
  /** Credit codes of the enterprises new since (left out of the earlier register and its ledgers). */
  const notYet = new Set<string>();
  const gone: string[][] = [];
  const enterprises = mapLines(current.enterprises, (f, col) => {
    const code = f[col('credit_code')];
    if (rng.chance(goneShare)) gone.push(goneTwin(f, col, rng));
    if (rng.chance(newShare)) {
      notYet.add(code);
      summary.leftOut++;
      return null;
    }
    summary.enterprises++;
    if (rng.chance(movedShare)) {
      movedInputs(f, col, rng);
      summary.moved++;
    }
    return f;
  });
  summary.gone = gone.length;
  summary.enterprises += gone.length;
  const enterprisesText = enterprises + gone.map((f) => `${joinCsv(f)}\n`).join('');

  const hazards = mapLines(current.hazards, (f, col) => {
    if (notYet.has(f[col('credit_code')]) || f[col('found_date')] > earlierAsOf) {
      summary.hazardsLeftOut++;
      return null;
    }
    const closed = f[col('closed_date')];
    if (closed !== '' && closed > earlierAsOf) {
      f[col('closed_date')] = '';
      f[col('status')] = 'in_progress';
      summary.hazardsReopened++;
    }
    if (f[col('listed_supervision')] === 'true' && rng.chance(0.2)) {
      f[col('listed_supervision')] = 'false';
      summary.hazardsUnlisted++;
    }
    return f;
  });
  const inspections =
    current.inspections === undefined
      ? undefined
      : mapLines(current.inspections, (f, col) => {
          if (notYet.has(f[col('credit_code')]) || f[col('date')] > earlierAsOf) {
            summary.inspectionsLeftOut++;
            return null;
          }
          return f;
        });
  return {
    files: {
      enterprises: enterprisesText,
      hazards,
      ...(inspections !== undefined ? { inspections } : {}),
      meta: { ...current.meta, as_of: earlierAsOf },
    },
    summary,
  };
}

/**
 * An enterprise of the earlier register that is gone today: a branch of a donor (its sector, scale
 * and place, 100 m or so away), with a fresh credit code and a branch's name.
 */
function goneTwin(donor: readonly string[], col: (name: string) => number, rng: Rng): string[] {
  const f = donor.slice();
  const code = donor[col('credit_code')];
  f[col('credit_code')] = creditCode(rng, code.length === 18 ? code.slice(2, 8) : '330299');
  const name = donor[col('name')].replace(/(有限责任公司|有限公司|公司|厂)$/, '');
  f[col('name')] = `${name}${rng.chance(0.5) ? '分公司' : '二分厂'}`;
  const jitter = () => (rng.next() - 0.5) * 0.002;
  f[col('lon')] = (Number(donor[col('lon')]) + jitter()).toFixed(6);
  f[col('lat')] = (Number(donor[col('lat')]) + jitter()).toFixed(6);
  return f;
}

/** Model inputs as they stood before: see the module comment. */
function movedInputs(f: string[], col: (name: string) => number, rng: Rng): void {
  const acc = col('accidents_3y'),
    level = col('risk_level'),
    score = col('risk_score'),
    grade = col('standardization_grade');
  const accidents = Number(f[acc]) || 0;
  const assessed = LEVEL_KEYS.indexOf(f[level]);
  const pick = rng.next();
  if (assessed >= 0 && pick < 0.35) {
    // The external assessment was one level apart.
    const then = Math.min(3, Math.max(0, assessed + (assessed === 3 || (assessed > 0 && rng.chance(0.5)) ? -1 : 1)));
    f[level] = LEVEL_KEYS[then];
    f[score] = (LEVEL_MID[then] + rng.range(-4, 4)).toFixed(1);
  } else if (accidents > 0 && pick < 0.7) {
    // The last accident happened since.
    f[acc] = String(accidents - 1);
  } else if (pick < 0.85) {
    // An accident then, now older than three years.
    f[acc] = String(accidents + 1);
  } else {
    // Another standardisation grade (1 best, 3 lowest; empty: none).
    const g = Number(f[grade]);
    f[grade] = String(g >= 1 && g <= 3 ? (g === 1 ? 2 : g - 1) : 3);
  }
}
