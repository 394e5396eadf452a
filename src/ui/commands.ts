/**
 * Every action a button, a menu or a key can run, registered once as a command (as excalidraw keeps
 * its actions): an id, a label in both languages, the keys that run it, and `run`. Buttons run a
 * command by id, the one keyboard listener (`handleShortcut`) finds the command of a key, and the
 * shortcut list (`?`) is this registry. Commands are registered at start-up (src/main.tsx) from the
 * modules that own what they do.
 */
import type { Text } from '../domain/text.ts';

export interface Command {
  readonly id: string;
  readonly label: Text;
  /** KeyboardEvent.key values that run it (without Ctrl, Alt or Meta). */
  readonly keys?: readonly string[];
  /** How the shortcut list writes the keys, when `keys` would read badly ("Space", "PgDn"). */
  readonly keyLabel?: string;
  /** Whether it can run now; a key for a command that cannot is left to the page. */
  readonly enabled?: () => boolean;
  readonly run: () => void;
}

const registry = new Map<string, Command>();

/** Adds commands; an id registered again replaces the older command (hot reload, tests). */
export function registerCommands(commands: readonly Command[]): void {
  for (const c of commands) registry.set(c.id, c);
}

export function allCommands(): Command[] {
  return [...registry.values()];
}

export function commandById(id: string): Command | undefined {
  return registry.get(id);
}

/** Runs a command if it exists and can run; true when it ran. */
export function runCommand(id: string): boolean {
  const c = registry.get(id);
  if (!c || (c.enabled && !c.enabled())) return false;
  c.run();
  return true;
}

/** Whether a key event belongs to a text field, a list or a control that uses the keys itself. */
function typingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], [role="slider"], [role="separator"]'))
    return true;
  return false;
}

/**
 * The one keydown handler: runs the command of a plain key (no Ctrl, Alt or Meta) unless the user is
 * typing or the control under focus uses that key. True when a command ran (the caller then stops the event).
 */
export function handleShortcut(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'target' | 'defaultPrevented'>,
): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || typingTarget(e.target)) return false;
  for (const c of registry.values()) {
    if (c.keys?.includes(e.key) && (!c.enabled || c.enabled())) {
      c.run();
      return true;
    }
  }
  return false;
}
