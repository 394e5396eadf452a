/**
 * The Word command (导出 Word): the bulletin of the current view as a .docx file in the official
 * layout (src/data/bulletin-docx/). Everything it needs, the docx writer included (about 70 kB
 * gzipped), is in a chunk of its own (word-export.tsx), loaded on the first click. The header's
 * export menu runs it (`export-word`).
 */
import type { Command } from '../../ui/commands.ts';
import { trBoth } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { BULLETIN_TEXT } from './strings.ts';

let busy = false;

export const WORD_COMMAND: Command = {
  id: 'bulletin.word',
  label: BULLETIN_TEXT.exportWord,
  // The document lists names and hazards: it is made once they have streamed in.
  enabled: () => !busy && useStore.getState().result !== null && useStore.getState().detailsState === 'ready',
  run: () => {
    busy = true;
    import('./word-export.tsx')
      .then((m) => m.exportBulletinWord())
      .catch((e: unknown) => {
        console.error('Word export failed', e);
        const reason = e instanceof Error ? e.message : String(e);
        useStore.getState().setNotice({ kind: 'message', ...trBoth(BULLETIN_TEXT.wordFailed, reason) });
      })
      .finally(() => {
        busy = false;
      });
  },
};
