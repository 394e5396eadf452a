/**
 * The bulletin's own choices, made in its toolbar (src/panels/bulletin/): weekly (周调度) or monthly
 * (月通报), and which week or month (null: the one holding the data date). Not the hazard ledger's
 * trend step or time slider: the ledger's period is the ledger's. Kept for the page's life, not in the
 * link. `bulletinOpen`: the toolbar is showing.
 */
import type { StateCreator } from 'zustand';
import type { BulletinPick } from '../data/bulletin-data.ts';
import type { AppState } from './store.ts';

export interface BulletinSlice {
  bulletinPick: BulletinPick;
  setBulletinPick(pick: BulletinPick): void;
  bulletinOpen: boolean;
  setBulletinOpen(open: boolean): void;
}

export const createBulletinSlice: StateCreator<AppState, [], [], BulletinSlice> = (set) => ({
  bulletinPick: { step: 'week', start: null },
  setBulletinPick: (pick) => set({ bulletinPick: pick }),
  bulletinOpen: false,
  setBulletinOpen: (open) => set({ bulletinOpen: open }),
});
