/** The swipe's command (src/ui/commands.ts): the key S turns it on and off while a comparison is ready, in presentation mode too. */
import { SWIPE_MIDDLE } from '../../state/swipe-slice.ts';
import { useStore } from '../../state/store.ts';
import type { Command } from '../../ui/commands.ts';
import { SWIPE_TEXT } from './strings.ts';

/** Whether the swipe can show: a comparison of two data dates is ready. */
export const swipeAvailable = (): boolean => {
  const s = useStore.getState();
  return s.comparison !== null && s.compareState === 'ready';
};

export function toggleSwipe(): void {
  const s = useStore.getState();
  s.setSwipe(s.swipe === null ? SWIPE_MIDDLE : null);
}

export const SWIPE_COMMAND: Command = {
  id: 'swipe.toggle',
  label: SWIPE_TEXT.command,
  keys: ['s', 'S'],
  keyLabel: 'S',
  enabled: swipeAvailable,
  run: toggleSwipe,
};
