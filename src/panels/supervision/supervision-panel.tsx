/**
 * The dock's supervision tab (分级监管): coverage of the inspections by town, grid cell and
 * inspecting unit; the yearly inspection plan; the supervision class settings. One part at a time.
 */
import { useState } from 'react';
import { tr } from '../../domain/text.ts';
import { useStore } from '../../state/store.ts';
import { SUPERVISION_TEXT } from './strings.ts';
import { CoverageTable } from './coverage-table.tsx';
import { SettingsEditor } from './settings-editor.tsx';
import { PlanPanel } from './plan-panel.tsx';
import './supervision.css';

const PARTS = ['coverage', 'plan', 'settings'] as const;
type Part = (typeof PARTS)[number];

export function SupervisionPanel() {
  const lang = useStore((s) => s.lang);
  const [part, setPart] = useState<Part>('coverage');
  return (
    <div className="supervision-panel" data-testid="supervision-panel">
      <div className="supervision-parts" role="group" aria-label={tr(lang, SUPERVISION_TEXT.tab)}>
        {PARTS.map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={part === p}
            className={part === p ? 'on' : ''}
            onClick={() => setPart(p)}
            data-testid={`supervision-part-${p}`}
          >
            {tr(lang, SUPERVISION_TEXT[p])}
          </button>
        ))}
      </div>
      <div className="supervision-body">
        {part === 'coverage' ? <CoverageTable /> : part === 'plan' ? <PlanPanel /> : <SettingsEditor />}
      </div>
    </div>
  );
}
