/**
 * "Why this level" in the enterprise drawer: each indicator's contribution as a bar, the veto that
 * applied, where the score sits against the thresholds, and the same as one sentence.
 */
import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import { compileModel, explainRisk, inputsAt } from '../domain/risk-model.ts';
import { explainSentence, partName, VETO_NAMES } from '../domain/explain.ts';
import { LEVELS } from '../domain/levels.ts';
import { useStore } from '../state/store.ts';
import { PUNCT } from '../domain/punct-strings.ts';
import { tr } from '../domain/text.ts';
import { RISK_EXPLANATION_TEXT as T } from './risk-explanation-strings.ts';

export function RiskExplanation({ row }: { row: number }) {
  const lang = useStore((s) => s.lang);
  const model = useStore((s) => s.model);
  const c = useStore((s) => s.dataset!.enterprises);
  const b = useMemo(() => explainRisk(compileModel(model), inputsAt(c, row)), [model, c, row]);
  const max = Math.max(...b.contributions.map((p) => Math.abs(p.value)), 1);
  const x = scaleLinear().domain([0, max]).range([0, 100]);
  const t = model.thresholds;
  const pos = (v: number) => `${Math.max(0, Math.min(100, v))}%`;
  return (
    <section className="explain" data-testid="risk-explanation">
      <h3>{tr(lang, T.why)}</h3>
      {c.assessedLevel[row] >= 0 && <p className="muted">{tr(lang, T.modelOnly)}</p>}
      <p className="explain-sentence" data-testid="explain-sentence">
        {explainSentence(b, model, lang)}
      </p>
      {b.veto && (
        <p className="explain-veto" data-testid="explain-veto">
          ▲ {tr(lang, T.veto)}
          {tr(lang, PUNCT.colon)}
          {tr(lang, VETO_NAMES[b.veto])}
        </p>
      )}
      <div className="threshold-bar" aria-label="score against thresholds">
        {[
          { from: 0, to: t.general, l: 3 },
          { from: t.general, to: t.significant, l: 2 },
          { from: t.significant, to: t.major, l: 1 },
          { from: t.major, to: 100, l: 0 },
        ].map((band) => (
          <span
            key={band.l}
            className={`band level-${LEVELS[band.l].key}`}
            style={{ left: pos(band.from), width: pos(band.to - band.from) }}
          >
            {LEVELS[band.l].symbol}
          </span>
        ))}
        <span className="marker" style={{ left: pos(b.score) }} data-testid="explain-marker">
          ▼ {b.score.toFixed(1)}
        </span>
      </div>
      <ul className="contributions" data-testid="contributions">
        {b.contributions.map((p) => (
          <li key={p.key} data-value={p.value}>
            <span className="part-name">{partName(p.key, lang)}</span>
            <span className="part-bar">
              <span className={p.value < 0 ? 'neg' : 'pos'} style={{ width: `${x(Math.abs(p.value))}%` }} />
            </span>
            <span className="part-value">
              {p.value > 0 ? '+' : ''}
              {p.value.toFixed(1)}
            </span>
          </li>
        ))}
        <li className="total">
          <span className="part-name">{tr(lang, T.total)}</span>
          <span />
          <span className="part-value" data-testid="contributions-total">
            {b.score.toFixed(1)}
          </span>
        </li>
      </ul>
    </section>
  );
}
