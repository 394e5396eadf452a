/**
 * The main-module guard of the scripts: true when the module whose `import.meta.url` is given is the
 * script node (or tsx) was started with. Compared as real paths, so a script started through a
 * symlink (a linked checkout, a symlinked scripts folder) still runs instead of silently doing
 * nothing, and a path with spaces or Chinese characters is not lost to URL escaping.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @param importMetaUrl the calling module's `import.meta.url`.
 * @param script the path the process was started with (process.argv[1]; undefined in a REPL or `node -e`).
 */
export function isMain(importMetaUrl: string, script: string | undefined = process.argv[1]): boolean {
  if (script === undefined) return false;
  try {
    return realpathSync(fileURLToPath(importMetaUrl)) === realpathSync(script);
  } catch {
    // A script path that does not exist (argv[1] of some runner, not a file): not this module.
    return false;
  }
}
