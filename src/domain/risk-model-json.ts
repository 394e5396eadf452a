/**
 * Reading a risk model from JSON (a dataset's risk-model.json, a file an analyst loads, a URL):
 * a partial model is completed from the default; anything of the wrong type is a clear error naming
 * the offending path, and the caller keeps the model it had.
 */
import { DEFAULT_RISK_MODEL, type RiskModel } from './risk-model.ts';

export type ParsedModel = { ok: true; model: RiskModel } | { ok: false; error: string; path: string };

class ModelError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** Merges `value` over `base`, requiring numbers where base has numbers, booleans where booleans. */
function merge(base: unknown, value: unknown, path: string): unknown {
  if (value === undefined) return base;
  if (typeof base === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new ModelError(`${path} must be a number`, path);
    return value;
  }
  if (typeof base === 'boolean') {
    if (typeof value !== 'boolean') throw new ModelError(`${path} must be true or false`, path);
    return value;
  }
  if (typeof base === 'string') return String(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ModelError(`${path || 'the model'} must be an object`, path);
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(value)) {
    const p = path ? `${path}.${k}` : k;
    const b = (base as Record<string, unknown>)[k];
    // Weight tables (sector, flags) may name keys the default lacks; their values must be numbers.
    out[k] = b === undefined ? merge(0, v, p) : merge(b, v, p);
  }
  return out;
}

export function validateModel(m: RiskModel): void {
  const t = m.thresholds;
  if (!(t.major > t.significant && t.significant > t.general)) {
    throw new ModelError('thresholds must satisfy major > significant > general', 'thresholds');
  }
  for (const [k, w] of Object.entries(m.dynamic)) {
    if (w.each < 0 || w.max < 0) throw new ModelError(`dynamic.${k} weights must not be negative`, `dynamic.${k}`);
  }
}

export function parseRiskModel(text: string): ParsedModel {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}`, path: '' };
  }
  return modelFromJson(json);
}

export function modelFromJson(json: unknown): ParsedModel {
  try {
    const model = merge(DEFAULT_RISK_MODEL, json, '') as RiskModel;
    model.version = 1;
    validateModel(model);
    return { ok: true, model };
  } catch (e) {
    if (e instanceof ModelError) return { ok: false, error: e.message, path: e.path };
    throw e;
  }
}
