/**
 * What-if: edit the model, see how many enterprises change level (up and down, with the list), where
 * assessed and modelled levels disagree; reset, download and load the model as JSON.
 */
import { EnterpriseName } from '../enterprise-name.tsx';
import { useMemo } from 'react';
import { LEVELS } from '../../domain/levels.ts';
import { parseRiskModel } from '../../domain/risk-model-json.ts';
import { PUNCT } from '../../domain/punct-strings.ts';
import { formatNum, shortName, tr } from '../../domain/text.ts';
import type { Lang } from '../../domain/lang.ts';
import { useStore } from '../../state/store.ts';
import { openEnterprise } from '../common/open-enterprise.ts';
import { JsonFileButtons } from '../common/json-file-buttons.tsx';
import { ModelEditor } from './model-editor.tsx';
import { MODEL_TEXT } from './model-strings.ts';

const LIST_LIMIT = 200;

function RowList({
  rows,
  from,
  to,
  testId,
  lang,
}: {
  rows: number[];
  from: Uint8Array | Int8Array;
  to: Uint8Array;
  testId: string;
  lang: Lang;
}) {
  return (
    <ul className="model-list" data-testid={testId}>
      {rows.slice(0, LIST_LIMIT).map((i) => (
        <li key={i}>
          <button type="button" onClick={() => openEnterprise(i)} data-row={i}>
            <EnterpriseName row={i} className="model-list-name" />
            <span>
              {LEVELS[from[i]].symbol}
              {shortName(lang, LEVELS[from[i]])} → {LEVELS[to[i]].symbol}
              {shortName(lang, LEVELS[to[i]])}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ModelPanel() {
  const lang = useStore((s) => s.lang);
  const dataset = useStore((s) => s.dataset);
  const baseline = useStore((s) => s.baselineLevel);
  const model = useStore((s) => s.model);
  const error = useStore((s) => s.modelError);
  const rescoring = useStore((s) => s.rescoring);
  const { resetModel, applyModel } = useStore.getState();
  const text = (k: keyof typeof MODEL_TEXT) => tr(lang, MODEL_TEXT[k]);
  const c = dataset?.enterprises;
  const changes = useMemo(() => {
    const up: number[] = [];
    const down: number[] = [];
    const disagree: number[] = [];
    if (!c || !baseline) return { up, down, disagree };
    for (let i = 0; i < c.length; i++) {
      if (c.level[i] < baseline[i]) up.push(i);
      else if (c.level[i] > baseline[i]) down.push(i);
      if (c.assessedLevel[i] >= 0 && c.assessedLevel[i] !== c.modelLevel[i]) disagree.push(i);
    }
    return { up, down, disagree };
  }, [c, baseline]);
  if (!dataset || !c || !baseline) return null;
  const onLoad = (json: string, name: string) => {
    const parsed = parseRiskModel(json);
    if (parsed.ok) applyModel(parsed.model);
    else useStore.setState({ modelError: `${name}: ${parsed.error}` });
  };
  return (
    <div className="model-panel" data-testid="model-panel">
      <div className="model-left">
        <div className="model-actions">
          <JsonFileButtons
            labels={{ reset: text('reset'), download: text('download'), load: text('load') }}
            onReset={resetModel}
            fileName={`${model.name}.json`}
            document={model}
            onLoad={onLoad}
            testId="model"
          />
        </div>
        {error && (
          <p className="model-error" role="alert" data-testid="model-error">
            {text('loadError')}
            {error}
          </p>
        )}
        {rescoring && (
          <p className="muted" role="status" data-testid="model-rescoring">
            {text('rescoring')}
          </p>
        )}
        <ModelEditor />
      </div>
      <div className="model-right">
        <h3>{text('changed')}</h3>
        <p
          className="model-summary"
          data-testid="model-summary"
          data-up={changes.up.length}
          data-down={changes.down.length}
        >
          {changes.up.length + changes.down.length === 0
            ? text('none')
            : `▲ ${text('up')} ${formatNum(lang, changes.up.length)} · ▼ ${text('down')} ${formatNum(lang, changes.down.length)}`}
        </p>
        <RowList
          rows={[...changes.up, ...changes.down]}
          from={baseline}
          to={c.level}
          testId="model-changes"
          lang={lang}
        />
        <h3>
          {text('disagree')}
          {tr(lang, PUNCT.parens, changes.disagree.length)}
        </h3>
        <p className="muted">
          {text('assessed')} → {text('modelled')}
        </p>
        <RowList rows={changes.disagree} from={c.assessedLevel} to={c.modelLevel} testId="model-disagree" lang={lang} />
      </div>
    </div>
  );
}
