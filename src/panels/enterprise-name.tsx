/** An enterprise's name in a list: "…" while the names are still streaming in, "—" when it has none. */
import { useStore } from '../state/store.ts';

export function EnterpriseName({ row, className }: { row: number; className?: string }) {
  const text = useStore((s) => s.text);
  const name = text ? text.name.get(row) || '—' : '…';
  return (
    <span className={className} data-pending={text ? undefined : 'true'}>
      {name}
    </span>
  );
}
