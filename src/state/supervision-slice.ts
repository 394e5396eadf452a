/**
 * The supervision settings in use (监管分类: classes, intervals, caps, which inspection kinds count)
 * and every enterprise's inspection status under them. Like the what-if risk model, an edit
 * recomputes the status (in the dataset worker for a large dataset) and rebinds the filter engine, so
 * the filter, the KPI tiles, the map's rings and the tables all follow. The status needs the
 * inspection ledger: until it has streamed in (or when the dataset has none) there is no status.
 */
import type { StateCreator } from 'zustand';
import type { CoreDataset, InspectionColumns } from '../data/dataset.ts';
import { parseDay } from '../data/dates.ts';
import type { FilterIndex } from '../data/filter-engine.ts';
import {
  DEFAULT_SUPERVISION,
  inspectionStatus,
  supervisionFromJson,
  type SupervisionSettings,
  type SupervisionStatus,
} from '../domain/supervision/index.ts';
import type { EnterpriseColumns } from '../data/columns.ts';
import { startTiming } from './timings.ts';
import type { AppState } from './store.ts';

export interface SupervisionSlice {
  /** The dataset's own settings (its supervision.json) or the defaults. */
  baseSupervision: SupervisionSettings;
  supervision: SupervisionSettings;
  /** True while the settings in use differ from the dataset's own. */
  supervisionEdited: boolean;
  supervisionError: string | null;
  /** Every enterprise's class and status at the data date; null without an inspection ledger. */
  supervisionStatus: SupervisionStatus | null;
  /** True while a worker recomputes the status of a large dataset. */
  supervising: boolean;
  /** Internal: the dataset's own settings, for a freshly loaded dataset. */
  initSupervision(d: CoreDataset): void;
  /** Applies settings (JSON, as a file or the link holds them); false, keeping those in use, when invalid. */
  applySupervision(json: unknown): boolean;
  resetSupervision(): void;
  /** Recomputes the status: the ledger arrived, or the levels changed. */
  refreshSupervision(): void;
}

/** The data date as a day number (the status is taken on it). */
export const asOfDay = (d: CoreDataset) => parseDay(d.manifest.asOf) ?? Math.floor(Date.now() / 86_400_000);

/** Columns with the inspection state of `status`, for the filter engine and the map. */
export const withStatus = (c: EnterpriseColumns, status: SupervisionStatus | null): EnterpriseColumns =>
  status ? { ...c, inspectionState: status.state } : c;

/** The status of a dataset's enterprises on the page's own thread (small datasets). */
export function statusOf(
  d: CoreDataset,
  ledger: InspectionColumns | null,
  s: SupervisionSettings,
): SupervisionStatus | null {
  return ledger ? inspectionStatus(d.enterprises, ledger, asOfDay(d), s) : null;
}

export const createSupervisionSlice: StateCreator<AppState, [], [], SupervisionSlice> = (set, get) => {
  // Numbers the requests, so a late answer for settings since replaced is dropped.
  let seq = 0;
  const show = (id: number, settings: SupervisionSettings, status: SupervisionStatus, index?: FilterIndex) => {
    const now = get().dataset;
    if (id !== seq || !now) return;
    const next = { ...now, enterprises: withStatus(now.enterprises, status) };
    get().bindDataset(next, index);
    const supervisionEdited = JSON.stringify(settings) !== JSON.stringify(get().baseSupervision);
    set({
      dataset: next,
      supervision: settings,
      supervisionStatus: status,
      supervisionEdited,
      supervisionError: null,
      supervising: false,
    });
    get().setFilters({});
  };
  const compute = (settings: SupervisionSettings) => {
    const d = get().dataset,
      ledger = get().inspections;
    const id = ++seq;
    // A ledger whose every row was rejected is no evidence that nobody was inspected.
    if (!d || !ledger || ledger.length === 0) {
      set({
        supervision: settings,
        supervisionEdited: JSON.stringify(settings) !== JSON.stringify(get().baseSupervision),
        supervisionError: null,
        supervisionStatus: null,
      });
      return;
    }
    const worker = get().worker;
    if (worker) {
      set({ supervising: true, supervisionError: null });
      const done = startTiming('supervise');
      worker.supervise(settings, asOfDay(d), ledger).then(
        (r) => {
          show(id, settings, r.status, r.index);
          done();
        },
        (e: Error) => set({ supervisionError: e.message, supervising: false }),
      );
      return;
    }
    const done = startTiming('supervise');
    show(id, settings, inspectionStatus(d.enterprises, ledger, asOfDay(d), settings));
    done();
  };
  return {
    baseSupervision: DEFAULT_SUPERVISION,
    supervision: DEFAULT_SUPERVISION,
    supervisionEdited: false,
    supervisionError: null,
    supervisionStatus: null,
    supervising: false,
    initSupervision: (d) => {
      seq++;
      const parsed = d.manifest.supervision ? supervisionFromJson(d.manifest.supervision) : null;
      const base = parsed?.ok ? parsed.settings : DEFAULT_SUPERVISION;
      set({
        baseSupervision: base,
        supervision: base,
        supervisionEdited: false,
        supervisionError: null,
        supervisionStatus: null,
        supervising: false,
      });
    },
    applySupervision: (json) => {
      const parsed = supervisionFromJson(json);
      if (!parsed.ok) {
        set({ supervisionError: parsed.path ? `${parsed.path}: ${parsed.error}` : parsed.error });
        return false;
      }
      compute(parsed.settings);
      return true;
    },
    resetSupervision: () => {
      compute(get().baseSupervision);
    },
    refreshSupervision: () => compute(get().supervision),
  };
};
