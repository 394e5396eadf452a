/** The shortcut list (`?`): every registered command with its keys, read from the command registry. */
import { useCallback } from 'react';
import { tr } from '../../domain/text.ts';
import { allCommands } from '../../ui/commands.ts';
import { useEscape } from '../../ui/use-escape.ts';
import { useStore } from '../../state/store.ts';
import { BRIEFING_TEXT as B } from './strings.ts';

const keyName = (k: string) =>
  (
    ({
      ' ': 'Space',
      Escape: 'Esc',
      PageDown: 'PgDn',
      PageUp: 'PgUp',
      ArrowRight: '→',
      ArrowLeft: '←',
      ArrowUp: '↑',
      ArrowDown: '↓',
    }) as Record<string, string>
  )[k] ?? k.toUpperCase();

export function ShortcutHelp() {
  const lang = useStore((s) => s.lang);
  const open = useStore((s) => s.helpOpen);
  const close = useCallback(() => useStore.getState().setHelpOpen(false), []);
  useEscape(open, close);
  if (!open) return null;
  const commands = allCommands();
  return (
    <div
      className="shortcut-help"
      role="dialog"
      aria-modal="true"
      aria-label={tr(lang, B.shortcuts)}
      data-testid="shortcut-help"
    >
      <div className="shortcut-card">
        <h2>{tr(lang, B.shortcuts)}</h2>
        <table>
          <tbody>
            {commands
              .filter((c) => c.keys?.length)
              .map((c) => (
                <tr key={c.id} data-command={c.id}>
                  <td className="shortcut-keys">{c.keyLabel ?? [...new Set(c.keys!.map(keyName))].join(' ')}</td>
                  <td>{tr(lang, c.label)}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <button type="button" onClick={close} data-testid="shortcut-help-close">
          {tr(lang, B.close)}
        </button>
      </div>
    </div>
  );
}
