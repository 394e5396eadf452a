import { LEVELS } from '../domain/levels.ts';
import { useStore } from '../state/store.ts';
import { tr } from '../domain/text.ts';

/** A risk level as colour, symbol and words together: never colour alone. */
export function LevelBadge({ level }: { level: number }) {
  const lang = useStore((s) => s.lang);
  const l = LEVELS[level];
  if (!l) return null;
  return (
    <span className={`level-badge level-${l.key}`}>
      <span aria-hidden="true">{l.symbol}</span> {tr(lang, l)}
    </span>
  );
}
