import { ImportError } from '../../common/import-types.ts';

/** The ImportError that `f` throws; fails the test when it throws nothing or something else. */
export function importError(f: () => unknown): ImportError {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('expected an ImportError');
}
