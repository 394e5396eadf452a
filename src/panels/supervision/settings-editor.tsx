/**
 * The supervision class settings, as transparent and editable as the risk model: per class its
 * interval and yearly cap (and how many enterprises it holds), the rules that put enterprises in
 * classes, which inspection kinds count as administrative inspections. Each edit applies at once;
 * the settings download as supervision.json (the file a dataset folder carries) and load from one.
 */
import { useMemo } from 'react';
import { FLAGS } from '../../domain/flags.ts';
import { LEVELS } from '../../domain/levels.ts';
import { SECTORS, SECTOR_GROUPS } from '../../domain/sectors.ts';
import {
  INSPECTION_KINDS,
  parseSupervision,
  type ClassRule,
  type SupervisionSettings,
} from '../../domain/supervision/index.ts';
import { dataName, formatNum, tr, type Text } from '../../domain/text.ts';
import type { Lang } from '../../domain/lang.ts';
import { useStore } from '../../state/store.ts';
import { JsonFileButtons } from '../common/json-file-buttons.tsx';
import { SETTINGS_TEXT } from './settings-strings.ts';

/** The settings with one class's field changed. */
function withClass(
  s: SupervisionSettings,
  k: number,
  field: 'intervalMonths' | 'yearlyCap',
  v: number | null,
): SupervisionSettings {
  return { ...s, classes: s.classes.map((c, i) => (i === k ? { ...c, [field]: v } : c)) };
}

const nameOf = (lang: Lang, list: readonly (Text & { key: string })[], key: string) => {
  const e = list.find((x) => x.key === key);
  return e ? tr(lang, e) : key;
};

/** A rule in words: "重大 或 较大 · 危险化学品 → A". */
function ruleText(lang: Lang, r: ClassRule): string {
  const or = tr(lang, SETTINGS_TEXT.or);
  const parts: string[] = [];
  if (r.levels) parts.push(r.levels.map((k) => nameOf(lang, LEVELS, k)).join(or));
  if (r.sectors) parts.push(r.sectors.map((k) => nameOf(lang, [...SECTOR_GROUPS, ...SECTORS], k)).join(or));
  if (r.flags) parts.push(r.flags.map((k) => nameOf(lang, FLAGS, k)).join(or));
  if (r.standardization)
    parts.push(
      tr(
        lang,
        SETTINGS_TEXT.grades,
        r.standardization.map((g) => (g === 0 ? tr(lang, SETTINGS_TEXT.gradeNone) : String(g))).join(or),
      ),
    );
  return `${parts.length ? parts.join(' · ') : tr(lang, SETTINGS_TEXT.anyEnterprise)} → ${r.class}`;
}

/** A whole number or empty ("none") field. */
function CountField({
  value,
  onChange,
  min,
  max,
  label,
  testId,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  min: number;
  max: number;
  label: string;
  testId: string;
}) {
  return (
    <input
      type="number"
      min={min}
      max={max}
      value={value ?? ''}
      placeholder="—"
      aria-label={label}
      onChange={(e) => {
        const t = e.target.value.trim();
        if (t === '') return onChange(null);
        const v = Number(t);
        if (Number.isInteger(v) && v >= min && v <= max) onChange(v);
      }}
      data-testid={testId}
    />
  );
}

export function SettingsEditor() {
  const lang = useStore((s) => s.lang);
  const settings = useStore((s) => s.supervision);
  const status = useStore((s) => s.supervisionStatus);
  const error = useStore((s) => s.supervisionError);
  const busy = useStore((s) => s.supervising);
  const edited = useStore((s) => s.supervisionEdited);
  const apply = useStore((s) => s.applySupervision);
  const reset = useStore((s) => s.resetSupervision);
  const text = (k: keyof typeof SETTINGS_TEXT, ...a: (string | number)[]) => tr(lang, SETTINGS_TEXT[k], ...a);
  const perClass = useMemo(() => {
    const n = new Array<number>(settings.classes.length).fill(0);
    if (status) for (let i = 0; i < status.cls.length; i++) n[status.cls[i]]++;
    return n;
  }, [status, settings.classes.length]);
  const onLoad = (json: string, name: string) => {
    const parsed = parseSupervision(json);
    if (parsed.ok) apply(parsed.settings);
    else useStore.setState({ supervisionError: `${name}: ${parsed.path ? `${parsed.path}: ` : ''}${parsed.error}` });
  };
  return (
    <div className="supervision-settings" data-testid="supervision-settings">
      <div className="supervision-actions">
        <JsonFileButtons
          labels={{ reset: text('reset'), download: text('download'), load: text('load') }}
          onReset={reset}
          resetDisabled={!edited}
          fileName="supervision.json"
          document={settings}
          onLoad={onLoad}
          testId="supervision"
        />
        {busy && (
          <span className="muted" role="status">
            {text('computing')}
          </span>
        )}
      </div>
      {error && (
        <p className="model-error" role="alert" data-testid="supervision-error">
          {error}
        </p>
      )}
      <p className="supervision-note" data-testid="supervision-note">
        {text('exampleNote')}
      </p>
      <table className="supervision-classes" data-testid="supervision-classes">
        <thead>
          <tr>
            <th scope="col">{text('class')}</th>
            <th scope="col">{text('interval')}</th>
            <th scope="col">{text('cap')}</th>
            <th scope="col">{text('enterprises')}</th>
          </tr>
        </thead>
        <tbody>
          {settings.classes.map((c, k) => (
            <tr key={c.key} data-testid={`supervision-class-${c.key}`}>
              <th scope="row">{dataName(lang, { name: c.name, nameEn: c.nameEn })}</th>
              <td>
                <CountField
                  value={c.intervalMonths}
                  min={1}
                  max={120}
                  label={`${c.key} ${text('interval')}`}
                  onChange={(v) => apply(withClass(settings, k, 'intervalMonths', v))}
                  testId={`supervision-interval-${c.key}`}
                />
                <span className="unit">{c.intervalMonths === null ? text('randomOnly') : text('months')}</span>
              </td>
              <td>
                <CountField
                  value={c.yearlyCap}
                  min={1}
                  max={365}
                  label={`${c.key} ${text('cap')}`}
                  onChange={(v) => apply(withClass(settings, k, 'yearlyCap', v))}
                  testId={`supervision-cap-${c.key}`}
                />
                <span className="unit">{c.yearlyCap === null ? text('noCap') : text('perYear')}</span>
              </td>
              <td className="num">{status ? formatNum(lang, perClass[k]) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{text('rules')}</h4>
      <ol className="supervision-rules" data-testid="supervision-rules">
        {settings.rules.map((r, i) => (
          <li key={i}>{ruleText(lang, r)}</li>
        ))}
        <li className="muted">{text('otherwise', settings.classes[settings.classes.length - 1].key)}</li>
      </ol>
      <p className="muted">{text('rulesHint')}</p>
      <h4>{text('kinds')}</h4>
      <div className="supervision-kinds" data-testid="supervision-kinds">
        {INSPECTION_KINDS.map((k) => {
          const on = settings.administrativeKinds.includes(k.key);
          return (
            <label key={k.key}>
              <input
                type="checkbox"
                checked={on}
                onChange={() =>
                  apply({
                    ...settings,
                    administrativeKinds: on
                      ? settings.administrativeKinds.filter((x) => x !== k.key)
                      : [...settings.administrativeKinds, k.key],
                  })
                }
                data-testid={`supervision-kind-${k.key}`}
              />
              {tr(lang, k)}
            </label>
          );
        })}
      </div>
      <p className="muted">{text('kindsHint')}</p>
    </div>
  );
}
