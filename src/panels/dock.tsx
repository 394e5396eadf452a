/** The bottom dock: linked charts, the enterprise list and the top-risk list, one tab at a time. */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../i18n/use-t.ts';
import { APP_TEXT } from '../i18n/strings.ts';
import { ChartsPanel } from './charts/charts-panel.tsx';
import { useStore } from '../state/store.ts';
import { DOCK_TABS } from '../state/url-state.ts';
import { lazyComponent, lazyModule, PREFETCH, registerPrefetch } from '../ui/lazy-load.ts';
import { LazyPart } from './lazy-part.tsx';

// The charts are the first tab; the others load when first opened (or earlier, when the browser is idle).
// The list tab's two parts load together.
const tableTab = lazyModule(() =>
  Promise.all([import('./table/enterprise-table.tsx'), import('./table/top-list.tsx')]),
);
const EnterpriseTable = lazyComponent(tableTab, ([m]) => m.EnterpriseTable);
const TopList = lazyComponent(tableTab, ([, m]) => m.TopList);
const AreaRanking = lazyComponent(
  () => import('./area/area-ranking.tsx'),
  (m) => m.AreaRanking,
);
const ModelPanel = lazyComponent(
  () => import('./model/model-panel.tsx'),
  (m) => m.ModelPanel,
);
const HazardLedgerPanel = lazyComponent(
  () => import('./ledger/hazard-ledger-panel.tsx'),
  (m) => m.HazardLedgerPanel,
);
// Through the feature's index, the module the drawer loads its inspections from: one chunk for both.
const SupervisionPanel = lazyComponent(
  () => import('./supervision/index.ts'),
  (m) => m.SupervisionPanel,
);
const ChangesPanel = lazyComponent(
  () => import('./compare/changes-panel.tsx'),
  (m) => m.ChangesPanel,
);
const TAB_PART = {
  charts: null,
  table: EnterpriseTable,
  ledger: HazardLedgerPanel,
  ranking: AreaRanking,
  changes: ChangesPanel,
  supervision: SupervisionPanel,
  model: ModelPanel,
} as const;
registerPrefetch(
  PREFETCH.dock,
  EnterpriseTable.preload,
  HazardLedgerPanel.preload,
  AreaRanking.preload,
  ChangesPanel.preload,
  SupervisionPanel.preload,
  ModelPanel.preload,
);

const TAB_LABELS = {
  charts: 'charts',
  table: 'table',
  ledger: 'hazardLedger',
  ranking: 'areaRanking',
  changes: 'changes',
  supervision: 'supervision',
  model: 'riskModel',
} as const;

/** Dock height in rem: the user's, within these bounds. */
const HEIGHT = { min: 8, max: 40, initial: 19, step: 2 };
const HEIGHT_KEY = 'risk-map.dock-height-rem';

/** The height kept from the last visit; anything unreadable gives the initial one. */
function savedHeight(): number {
  try {
    const v = Number(localStorage.getItem(HEIGHT_KEY));
    return v >= HEIGHT.min && v <= HEIGHT.max ? v : HEIGHT.initial;
  } catch {
    return HEIGHT.initial;
  }
}

function saveHeight(rem: number): void {
  try {
    localStorage.setItem(HEIGHT_KEY, String(rem));
  } catch {
    // Storage may be full or off; the height then lasts for this visit only.
  }
}

const remPx = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/**
 * The tallest the dock can be here (rem): what its column leaves once the other rows have their
 * height and the map its half of the window; so a taller request than the window allows is not
 * stored (the dock would not grow, and its slider would claim otherwise).
 */
function roomRem(dock: HTMLElement | null): number {
  const column = dock?.parentElement;
  if (!column) return HEIGHT.max;
  let others = 0;
  for (const child of Array.from(column.children)) {
    if (child !== dock && !child.classList.contains('map-area')) others += child.getBoundingClientRect().height;
  }
  const room = (column.clientHeight - others - window.innerHeight / 2) / remPx();
  return Math.max(HEIGHT.min, Math.min(HEIGHT.max, Math.floor(room * 10) / 10));
}

export function Dock() {
  const t = useT();
  const tab = useStore((s) => s.dockTab);
  const setTab = useStore((s) => s.setDockTab);
  const [open, setOpen] = useState(true);
  const [height, setHeight] = useState(savedHeight);
  const drag = useRef<{ y: number; rem: number; px: number } | null>(null);
  const section = useRef<HTMLElement>(null);

  const clampHeight = (rem: number) =>
    Math.round(Math.min(roomRem(section.current), Math.max(HEIGHT.min, rem)) * 10) / 10;
  const resizeTo = (rem: number) => {
    const h = clampHeight(rem);
    setHeight(h);
    saveHeight(h);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    // Start from the height on screen, which is less than the user's when the window is short.
    const px = remPx();
    drag.current = { y: e.clientY, rem: (section.current?.getBoundingClientRect().height ?? height * px) / px, px };
    e.currentTarget.classList.add('dragging');
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d) setHeight(clampHeight(d.rem + (d.y - e.clientY) / d.px));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current = null;
    e.currentTarget.classList.remove('dragging');
    saveHeight(height);
  };
  // Steps start from the height on screen, which a short window keeps below the user's.
  const shownRem = () => (section.current ? section.current.getBoundingClientRect().height / remPx() : height);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowUp') resizeTo(shownRem() + HEIGHT.step);
    else if (e.key === 'ArrowDown') resizeTo(shownRem() - HEIGHT.step);
    else if (e.key === 'Home') resizeTo(HEIGHT.initial);
    else return;
    e.preventDefault();
  };

  // Measured once per render, for the separator's range.
  const room = roomRem(section.current);
  return (
    <section
      ref={section}
      className={`dock${open ? '' : ' collapsed'}`}
      data-testid="dock"
      aria-label={t('dockRegion')}
      style={open ? { flexBasis: `${height}rem` } : undefined}
    >
      {open && (
        <div
          className="dock-resize"
          role="separator"
          aria-orientation="horizontal"
          tabIndex={0}
          aria-label={t('dockResize')}
          title={t('dockResize')}
          aria-valuemin={HEIGHT.min}
          aria-valuemax={room}
          aria-valuenow={Math.min(height, room)}
          data-testid="dock-resize"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          onKeyDown={onKeyDown}
          onDoubleClick={() => resizeTo(HEIGHT.initial)}
        />
      )}
      <div className="dock-tabs" role="tablist">
        {DOCK_TABS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k && open}
            className={tab === k ? 'on' : ''}
            onPointerEnter={() => {
              void TAB_PART[k]?.preload().catch(() => undefined);
            }}
            onClick={() => {
              setTab(k);
              setOpen(true);
              useStore.getState().ledgerShown(k === 'ledger');
            }}
            data-testid={`dock-tab-${k}`}
          >
            {t(TAB_LABELS[k])}
          </button>
        ))}
        <button
          type="button"
          className="dock-toggle"
          aria-expanded={open}
          aria-label={t(open ? 'dockCollapse' : 'dockExpand')}
          title={t(open ? 'dockCollapse' : 'dockExpand')}
          data-testid="dock-toggle"
          onClick={() => {
            setOpen(!open);
            useStore.getState().ledgerShown(!open && tab === 'ledger');
          }}
        >
          {open ? '▾' : '▴'}
        </button>
      </div>
      {open && (
        <div className="dock-body">
          {tab === 'charts' ? (
            <ChartsPanel />
          ) : (
            <LazyPart key={tab} name={APP_TEXT[TAB_LABELS[tab]]}>
              {tab === 'ranking' ? (
                <AreaRanking />
              ) : tab === 'model' ? (
                <ModelPanel />
              ) : tab === 'ledger' ? (
                <HazardLedgerPanel />
              ) : tab === 'changes' ? (
                <ChangesPanel />
              ) : tab === 'supervision' ? (
                <SupervisionPanel />
              ) : (
                <div className="dock-table">
                  <EnterpriseTable />
                  <div className="dock-top">
                    <h3>{t('topList')}</h3>
                    <TopList />
                  </div>
                </div>
              )}
            </LazyPart>
          )}
        </div>
      )}
    </section>
  );
}
