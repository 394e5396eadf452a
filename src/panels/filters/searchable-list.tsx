import { useMemo, useState } from 'react';
import { CheckRow } from './check-row.tsx';

export interface ListItem {
  index: number;
  label: string;
  detail?: string;
  search: string;
}

/**
 * A long list (grid cells, parks) with a search box: chosen items always show first, then the best
 * matches by count, capped so a 1,000-cell district stays light.
 */
export function SearchableList({
  items,
  counts,
  chosen,
  onToggle,
  placeholder,
  testId,
  limit = 40,
}: {
  items: ListItem[];
  counts: ArrayLike<number>;
  chosen: readonly number[];
  onToggle: (index: number) => void;
  placeholder: string;
  testId: string;
  limit?: number;
}) {
  const [q, setQ] = useState('');
  const shown = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const matches = items.filter((it) => !chosen.includes(it.index) && (!needle || it.search.includes(needle)));
    matches.sort((a, b) => counts[b.index] - counts[a.index]);
    return [...items.filter((it) => chosen.includes(it.index)), ...matches.slice(0, limit)];
  }, [items, counts, chosen, q, limit]);
  return (
    <div className="searchable-list">
      <input
        type="search"
        className="list-search"
        value={q}
        placeholder={placeholder}
        onChange={(e) => setQ(e.target.value)}
        data-testid={`${testId}-search`}
      />
      <div className="list-scroll">
        {shown.map((it) => (
          <CheckRow
            key={it.index}
            label={it.detail ? `${it.label} · ${it.detail}` : it.label}
            count={counts[it.index]}
            checked={chosen.includes(it.index)}
            onChange={() => onToggle(it.index)}
            testId={`${testId}-${it.index}`}
          />
        ))}
      </div>
    </div>
  );
}
