import { SECTOR_GROUPS, SECTORS } from '../../domain/sectors.ts';
import { nameIn } from '../../i18n/strings.ts';
import { useStore } from '../../state/store.ts';
import { CheckRow } from './check-row.tsx';

/** Sectors as a two-level tree; a group's box selects or clears all its sub-sectors. */
export function SectorTree() {
  const lang = useStore((s) => s.lang);
  const counts = useStore((s) => s.result?.counts.sector);
  const chosen = useStore((s) => s.filters.sectors);
  const only = useStore((s) => s.only);
  const toggle = useStore((s) => s.toggle);
  if (!counts) return null;
  return (
    <div className="sector-tree">
      {SECTOR_GROUPS.map((g) => {
        const leaves = SECTORS.map((s, i) => ({ s, i })).filter(({ s }) => (s.parent ?? s.key) === g.key);
        const total = leaves.reduce((a, { i }) => a + counts[i], 0);
        if (total === 0 && !leaves.some(({ i }) => chosen.includes(i))) return null;
        const all = leaves.every(({ i }) => chosen.includes(i));
        const onGroup = () => {
          const codes = leaves.map(({ i }) => i);
          only(
            'sectors',
            all ? chosen.filter((c) => !codes.includes(c)) : [...new Set([...chosen, ...codes])].sort((a, b) => a - b),
          );
        };
        return (
          <div key={g.key}>
            <CheckRow
              label={nameIn(lang, g)}
              count={total}
              checked={all}
              onChange={onGroup}
              testId={`filter-sector-group-${g.key}`}
            />
            {leaves.length > 1 &&
              leaves
                .filter(({ i }) => counts[i] > 0 || chosen.includes(i))
                .map(({ s, i }) => (
                  <CheckRow
                    key={s.key}
                    indent={1}
                    label={nameIn(lang, s)}
                    count={counts[i]}
                    checked={chosen.includes(i)}
                    onChange={() => toggle('sectors', i)}
                    testId={`filter-sector-${s.key}`}
                  />
                ))}
          </div>
        );
      })}
    </div>
  );
}
