/**
 * localStorage that never throws: private mode, a full quota or a corrupt value must never stop the
 * app from starting, so every read has a validator and a default.
 */
export function readSetting<T>(key: string, valid: (v: unknown) => v is T, fallback: T): T {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (raw === null || raw === undefined) return fallback;
    const v: unknown = JSON.parse(raw);
    return valid(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

export function writeSetting(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the setting lasts for this visit only.
  }
}
