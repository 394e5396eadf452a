/**
 * The print command (打印简报): opens the bulletin's toolbar (bulletin-toolbar.tsx), where the period
 * is chosen and the bulletin printed. Registered with the app's commands; the header's button
 * (`print-bulletin`) runs it. `printBulletin` takes the map image and renders the bulletin of the
 * current view (print-session.ts), then opens the browser's print dialog, where the bulletin is the
 * only thing on the page.
 */
import type { Command } from '../../ui/commands.ts';
import { useStore } from '../../state/store.ts';
import { prepareBulletin } from './print-session.ts';
import { sharpenMap } from '../../ui/map-capture.ts';
import { BULLETIN_TEXT } from './strings.ts';

/** Prints the bulletin now: the map drawn at about 200 dpi for the paper (the screen's canvas is nearer 60), read, then put back. */
export function printBulletin(): void {
  void sharpenMap(3).then((restore) => {
    try {
      prepareBulletin();
    } finally {
      restore();
    }
    window.print();
  });
}

export const PRINT_COMMAND: Command = {
  id: 'bulletin.print',
  label: BULLETIN_TEXT.print,
  // The bulletin lists names and hazards: it prints once they have streamed in.
  enabled: () => useStore.getState().result !== null && useStore.getState().detailsState === 'ready',
  run: () => useStore.getState().setBulletinOpen(true),
};
