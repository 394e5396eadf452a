/**
 * The leaves where a model differs from another, as a partial model: what a link carries for a
 * what-if model (merged back over the default by modelFromJson).
 */
export function modelDiff(base: unknown, model: unknown): unknown {
  if (typeof base !== 'object' || base === null || typeof model !== 'object' || model === null) {
    return Object.is(base, model) ? undefined : model;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(model)) {
    const d = modelDiff((base as Record<string, unknown>)[k], v);
    if (d !== undefined) out[k] = d;
  }
  return Object.keys(out).length ? out : undefined;
}
