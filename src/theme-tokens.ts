import { LEVELS } from './domain/levels.ts';

/** The level palette lives in one place (src/domain/levels.ts); CSS reads it as --level-<key> tokens. */
export function applyLevelTokens(root: HTMLElement): void {
  for (const l of LEVELS) root.style.setProperty(`--level-${l.key}`, `rgb(${l.color.join(' ')})`);
}
