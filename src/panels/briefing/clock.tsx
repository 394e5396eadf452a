/** The wall's clock, in presentation mode's header beside the data date: the room sees how fresh the figures are. */
import { useEffect, useState } from 'react';
import { localeOf } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';

export function Clock() {
  const lang = useStore((s) => s.lang);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(id);
  }, []);
  const time = now.toLocaleString(localeOf(lang), {
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return (
    <div className="wall-clock" data-testid="wall-clock">
      <span className="wall-time">{time}</span>
    </div>
  );
}
