/**
 * What one browser tab can import. A text file becomes one JavaScript string (V8 caps strings near
 * 512 M characters); a spreadsheet is inflated into cell objects several times its size. Past these
 * a tab would crash, so the dialog refuses the file up front and says why.
 */
const MB = 1024 * 1024;

export const SIZE_LIMITS: Readonly<Record<string, number>> = {
  text: 450 * MB,
  sheet: 120 * MB,
  zip: 1024 * MB,
  total: 1536 * MB,
};

export function limitFor(name: string): number {
  const ext = (/\.([^./]+)$/.exec(name)?.[1] ?? '').toLowerCase();
  if (ext === 'xlsx' || ext === 'xls' || ext === 'xlsm' || ext === 'et') return SIZE_LIMITS.sheet;
  if (ext === 'zip') return SIZE_LIMITS.zip;
  return SIZE_LIMITS.text;
}

export const formatBytes = (n: number): string =>
  n >= MB ? `${(n / MB).toFixed(n >= 100 * MB ? 0 : 1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} B`;

/** A file over a limit: its name (or the names, for the total), its size and the limit. */
export interface OverLimit {
  file: string;
  size: number;
  limit: number;
}

/** The first file over the limit of a file of its kind (limitFor), if any. */
export function firstOverLimit(files: readonly { name: string; size: number }[]): OverLimit | undefined {
  for (const f of files) if (f.size > limitFor(f.name)) return { file: f.name, size: f.size, limit: limitFor(f.name) };
  return undefined;
}

/** The first file over its limit (or the total over its own), if any. */
export function oversized(files: readonly { name: string; size: number }[]): OverLimit | undefined {
  const one = firstOverLimit(files);
  if (one) return one;
  const total = files.reduce((s, f) => s + f.size, 0);
  if (total > SIZE_LIMITS.total)
    return { file: files.map((f) => f.name).join(', '), size: total, limit: SIZE_LIMITS.total };
  return undefined;
}
