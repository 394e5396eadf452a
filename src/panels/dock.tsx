/** The bottom dock: linked charts, the enterprise list and the top-risk list, one tab at a time. */
import { useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import { ChartsPanel } from './charts/charts-panel.tsx';
import { EnterpriseTable } from './table/enterprise-table.tsx';
import { TopList } from './table/top-list.tsx';
import { AreaRanking } from './area/area-ranking.tsx';
import { ModelPanel } from './model/model-panel.tsx';
import { HazardLedgerPanel } from './ledger/hazard-ledger-panel.tsx';
import { useStore } from '../state/store.ts';

type Tab = 'charts' | 'table' | 'ledger' | 'ranking' | 'model';

const TAB_LABELS = { charts: 'charts', table: 'table', ledger: 'hazardLedger', ranking: 'areaRanking', model: 'riskModel' } as const;

export function Dock() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('charts');
  const [open, setOpen] = useState(true);
  return (
    <section className={`dock${open ? '' : ' collapsed'}`} data-testid="dock">
      <div className="dock-tabs" role="tablist">
        {(['charts', 'table', 'ledger', 'ranking', 'model'] as const).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k && open} className={tab === k ? 'on' : ''} onClick={() => { setTab(k); setOpen(true); useStore.getState().ledgerShown(k === 'ledger'); }} data-testid={`dock-tab-${k}`}>
            {t(TAB_LABELS[k])}
          </button>
        ))}
        <button type="button" className="dock-toggle" aria-expanded={open} onClick={() => { setOpen(!open); useStore.getState().ledgerShown(!open && tab === 'ledger'); }}>{open ? '▾' : '▴'}</button>
      </div>
      {open && (
        <div className="dock-body">
          {tab === 'charts' ? <ChartsPanel /> : tab === 'ranking' ? <AreaRanking /> : tab === 'model' ? <ModelPanel /> : tab === 'ledger' ? <HazardLedgerPanel /> : (
            <div className="dock-table">
              <EnterpriseTable />
              <div className="dock-top"><h3>{t('topList')}</h3><TopList /></div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
