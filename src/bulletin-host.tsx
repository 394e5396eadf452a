/**
 * The printed bulletin (src/panels/bulletin/) is a chunk of its own, out of the page's first chunk:
 * fetched at start beside the dataset and the map, and mounted beside the app's root once loaded
 * (it renders nothing until a print is prepared). Not on first use: the browser's own print (Ctrl+P)
 * lays the page out as soon as its `beforeprint` listeners return, so the bulletin must already be
 * mounted then. The print command still waits for it, should it be asked before it has arrived.
 */
import { tr } from './domain/text.ts';
import { useStore } from './state/store.ts';
import { PRINT_COMMAND } from './panels/bulletin/bulletin-command.ts';
import type { Command } from './ui/commands.ts';
import { lazyComponent, useLazyLoaded } from './ui/lazy-load.ts';
import { LAZY_TEXT } from './ui/lazy-strings.ts';

const Bulletin = lazyComponent(
  () => import('./panels/bulletin/bulletin.tsx'),
  (m) => m.Bulletin,
);
void Bulletin.preload().catch(() => undefined);

export function BulletinHost() {
  useLazyLoaded();
  return Bulletin.loaded ? <Bulletin /> : null;
}

/** The print command (打印简报), run once the bulletin is loaded and mounted (its listeners in place). */
export const PRINT_BULLETIN: Command = {
  ...PRINT_COMMAND,
  run: () => {
    if (Bulletin.loaded) {
      PRINT_COMMAND.run();
      return;
    }
    Bulletin.preload()
      // The host renders the bulletin on the lazy chunk's arrival; its effects have run by the next task.
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(
        () => PRINT_COMMAND.run(),
        (e: unknown) => {
          const reason = e instanceof Error ? e.message : String(e);
          const { label } = PRINT_COMMAND;
          useStore.getState().setNotice({
            kind: 'message',
            zh: tr('zh', LAZY_TEXT.commandNotLoaded, label.zh, reason),
            en: tr('en', LAZY_TEXT.commandNotLoaded, label.en, reason),
          });
        },
      );
  },
};
