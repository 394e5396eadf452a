/** The dock's tab, `tab=<key>`, when not the first. */
import type { ViewPart } from './view-part.ts';

export const DOCK_TABS = ['charts', 'table', 'ledger', 'ranking', 'changes', 'supervision', 'model'] as const;
export type DockTab = (typeof DOCK_TABS)[number];

export const dockTabPart: ViewPart<DockTab> = {
  field: 'tab',
  keys: ['tab'],
  write: (tab) => [`tab=${tab}`],
  read: (link) => {
    const tab = link.get('tab');
    if (tab === null) return undefined;
    if ((DOCK_TABS as readonly string[]).includes(tab)) return tab as DockTab;
    link.problems.push(`tab: unknown "${tab}"`);
    return undefined;
  },
  capture: (s) => (s.dockTab !== DOCK_TABS[0] ? s.dockTab : undefined),
  apply: (want, x) => {
    const s = x.get();
    const tab = want ?? DOCK_TABS[0];
    if (tab === s.dockTab) return;
    s.setDockTab(tab);
    s.ledgerShown(tab === 'ledger');
  },
  watch: (s) => s.dockTab,
  history: 'replace',
};
