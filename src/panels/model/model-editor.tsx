/** Number fields for every parameter of the risk model; each edit applies at once. */
import { useEffect, useState, type ReactNode } from 'react';
import { FLAGS } from '../../domain/flags.ts';
import { LEVELS } from '../../domain/levels.ts';
import { SECTORS } from '../../domain/sectors.ts';
import type { RiskModel } from '../../domain/risk-model.ts';
import { nameIn } from '../../i18n/strings.ts';
import { tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { MODEL_TEXT } from './model-strings.ts';

function Num({
  label,
  value,
  onChange,
  testId,
  step = 1,
}: {
  label: ReactNode;
  value: number;
  onChange: (v: number) => void;
  testId?: string;
  step?: number;
}) {
  return (
    <label className="num-field">
      <span>{label}</span>
      <input
        type="number"
        value={value}
        step={step}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v) && e.target.value !== '') onChange(v);
        }}
        data-testid={testId}
      />
    </label>
  );
}

/** A deep copy of the model with one path set. */
function withValue(model: RiskModel, path: string[], value: unknown): RiskModel {
  const copy = structuredClone(model) as unknown as Record<string, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[path[path.length - 1]] = value;
  return copy as unknown as RiskModel;
}

/**
 * Edits apply this long after the last one, so typing "30" rescores once, not after the "3" as well
 * (a million enterprises rescore and re-index in the worker in about a tenth of a second).
 */
export const MODEL_EDIT_PAUSE_MS = 300;

export function ModelEditor() {
  const lang = useStore((s) => s.lang);
  const applied = useStore((s) => s.model);
  const applyModel = useStore((s) => s.applyModel);
  // Edits go to a draft and apply a moment after the last one.
  const [model, setDraft] = useState(applied);
  useEffect(() => setDraft(applied), [applied]);
  useEffect(() => {
    if (model === applied) return;
    const id = setTimeout(() => applyModel(model), MODEL_EDIT_PAUSE_MS);
    return () => clearTimeout(id);
  }, [model, applied, applyModel]);
  const set = (path: string[]) => (v: unknown) => setDraft(withValue(model, path, v));
  const text = (k: keyof typeof MODEL_TEXT) => tr(lang, MODEL_TEXT[k]);
  return (
    <div className="model-editor">
      <fieldset>
        <legend>{text('thresholds')}</legend>
        {(['major', 'significant', 'general'] as const).map((k, i) => (
          <Num
            key={k}
            label={`${LEVELS[i].symbol} ${nameIn(lang, LEVELS[i])} ≥`}
            value={model.thresholds[k]}
            onChange={set(['thresholds', k])}
            testId={`model-threshold-${k}`}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{text('sector')}</legend>
        {SECTORS.map((s) => (
          <Num
            key={s.key}
            label={nameIn(lang, s)}
            value={model.inherent.sector[s.key] ?? 0}
            onChange={set(['inherent', 'sector', s.key])}
            testId={`model-sector-${s.key}`}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{text('flags')}</legend>
        {FLAGS.filter((f) => f.key !== 'small_micro').map((f) => (
          <Num
            key={f.key}
            label={nameIn(lang, f)}
            value={model.inherent.flags[f.key] ?? 0}
            onChange={set(['inherent', 'flags', f.key])}
            testId={`model-flag-${f.key}`}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{text('scale')}</legend>
        {(['large', 'medium', 'small', 'micro', 'unknown'] as const).map((k) => (
          <Num key={k} label={text(k)} value={model.inherent.scale[k]} onChange={set(['inherent', 'scale', k])} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{text('grade')}</legend>
        {(['1', '2', '3', '0'] as const).map((g) => (
          <Num
            key={g}
            step={0.05}
            label={g === '0' ? text('gradeNone') : g}
            value={model.management.gradeFactor[g]}
            onChange={set(['management', 'gradeFactor', g])}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{text('dynamic')}</legend>
        {(['openHazard', 'overdueHazard', 'openMajorHazard', 'accident3y', 'penalty1y'] as const).map((k) => (
          <div key={k} className="num-pair">
            <Num
              label={text(k)}
              value={model.dynamic[k].each}
              onChange={set(['dynamic', k, 'each'])}
              testId={`model-dynamic-${k}`}
            />
            <Num label="≤" value={model.dynamic[k].max} onChange={set(['dynamic', k, 'max'])} />
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{text('veto')}</legend>
        <label>
          <input
            type="checkbox"
            checked={model.veto.openMajorHazard}
            onChange={(e) => set(['veto', 'openMajorHazard'])(e.target.checked)}
          />{' '}
          {text('vetoOpenMajor')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={model.veto.majorAccident3y}
            onChange={(e) => set(['veto', 'majorAccident3y'])(e.target.checked)}
          />{' '}
          {text('vetoAccident')}
        </label>
      </fieldset>
    </div>
  );
}
