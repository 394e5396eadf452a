import { describe, expect, it } from 'vitest';
import { allCommands, handleShortcut, registerCommands, runCommand } from './commands.ts';
import { APP_COMMANDS } from './app-commands.ts';

const key = (k: string, over: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target: null,
  defaultPrevented: false,
  ...over,
});

describe('the command registry', () => {
  it('runs a command by its key or its id, and only when it can run', () => {
    let ran = 0;
    let can = true;
    registerCommands([
      {
        id: 't.count',
        label: { zh: '计数', en: 'Count' },
        keys: ['k'],
        enabled: () => can,
        run: () => {
          ran++;
        },
      },
    ]);
    expect(handleShortcut(key('k'))).toBe(true);
    expect(handleShortcut(key('k', { ctrlKey: true }))).toBe(false);
    expect(handleShortcut(key('k', { defaultPrevented: true }))).toBe(false);
    can = false;
    expect(handleShortcut(key('k'))).toBe(false);
    expect(runCommand('t.count')).toBe(false);
    can = true;
    expect(runCommand('t.count')).toBe(true);
    expect(ran).toBe(2);
    expect(runCommand('no.such')).toBe(false);
  });

  it('gives every app command both names and no key to two commands', () => {
    registerCommands(APP_COMMANDS);
    const seen = new Map<string, string>();
    for (const c of allCommands().filter((x) => !x.id.startsWith('t.'))) {
      expect(c.label.zh, c.id).toMatch(/\p{Script=Han}/u);
      // English labels use English punctuation (the language switch names 中文 on purpose).
      expect(c.label.en, c.id).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/);
      for (const k of c.keys ?? []) {
        expect(seen.get(k), `${k}: ${c.id} and ${seen.get(k)}`).toBeUndefined();
        seen.set(k, c.id);
      }
    }
    expect(seen.get('PageDown')).toBe('tour.next');
    expect(seen.get('PageUp')).toBe('tour.previous');
    expect(seen.get('p')).toBe('presentation.toggle');
  });
});
