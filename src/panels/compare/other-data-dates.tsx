/**
 * The district's other data dates (deployed bundles of the same district, and imports saved in this
 * browser), each with a button that opens the comparison with it: `?dataset=<current>&compare=<earlier>`.
 */
import { useEffect, useState } from 'react';
import { listDeployed } from '../../data/load-bundle.ts';
import { districtOf } from '../../data/dataset.ts';
import type { Lang } from '../../domain/lang.ts';
import { dataName, tr } from '../../domain/text.ts';
import { compareParam, currentSource, type DatasetSource } from '../../state/dataset-source.ts';
import { useStore } from '../../state/store.ts';
import { COMPARE_TEXT } from './strings.ts';

export interface DataDate {
  source: DatasetSource;
  label: string;
  asOf: string;
}

/** Opens the comparison with `earlier` (a reload: both snapshots load afresh). */
export function compareWith(earlier: DatasetSource): void {
  const url = new URL(location.href);
  url.searchParams.set('compare', compareParam(earlier));
  location.assign(url.toString());
}

/** The other data dates of the current district, latest first. */
export async function otherDataDates(district: string, lang: Lang): Promise<DataDate[]> {
  const here = currentSource();
  const out: DataDate[] = [];
  for (const d of await listDeployed()) {
    if (here.kind === 'deployed' && here.id === d.id) continue;
    if ((d.district ?? d.name) !== district || !d.asOf) continue;
    out.push({ source: { kind: 'deployed', id: d.id }, label: dataName(lang, d), asOf: d.asOf });
  }
  try {
    const { listSaved } = await import('../../state/saved-datasets.ts');
    for (const d of (await listSaved()).datasets) {
      if (here.kind === 'saved' && here.id === d.id) continue;
      if (d.district !== district) continue;
      out.push({ source: { kind: 'saved', id: d.id }, label: d.name, asOf: d.asOf });
    }
  } catch {
    // No saved imports readable (private mode): the deployed ones are still offered.
  }
  return out.sort((a, b) => b.asOf.localeCompare(a.asOf));
}

export function OtherDataDates() {
  const lang = useStore((s) => s.lang);
  const m = useStore((s) => s.dataset?.manifest);
  const [dates, setDates] = useState<DataDate[] | null>(null);
  useEffect(() => {
    if (m) void otherDataDates(districtOf(m), lang).then(setDates);
  }, [m, lang]);
  if (!m || !dates || dates.length === 0) return null;
  return (
    <ul className="other-dates" data-testid="other-data-dates">
      {dates.map((d) => (
        <li key={compareParam(d.source)}>
          <button
            type="button"
            data-testid={`compare-with-${compareParam(d.source)}`}
            onClick={() => compareWith(d.source)}
          >
            {tr(lang, COMPARE_TEXT.compareWith, d.asOf)}
          </button>{' '}
          <span className="muted">{d.label}</span>
        </li>
      ))}
    </ul>
  );
}
