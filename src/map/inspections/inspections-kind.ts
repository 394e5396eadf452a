/**
 * Marks over the enterprises by inspection status (graded supervision): overdue, never inspected and,
 * when chosen, due within 30 days, for the enterprises that pass the filters. Nothing until the
 * inspection ledger is in and every enterprise's status computed (`inspectionState`).
 */
import { FIRST_ABOVE_POINTS } from '../base/index.ts';
import type { LayerKind } from '../layer-kind.ts';
import { builderOf, lazyBuilder } from '../lazy-builder.ts';
import { settingsOf } from '../../state/layer-settings.ts';
import { InspectionLegend } from './inspections-legend.tsx';
import { InspectionSettings } from './inspections-settings.tsx';
import { inspectionMarkSettings } from './inspections-settings-spec.ts';

/** The marks' builder (deck.gl and the marks' shader): loaded when they are first shown. */
export const inspectionsBuilder = lazyBuilder(() => import('./build-inspection-layer.ts'));

export const inspectionsKind: LayerKind = {
  id: 'inspections',
  name: { zh: '检查状态（标注）', en: 'Inspection status (marks)' },
  defaults: { visible: false, opacity: 1 },
  group: 'marks',
  settings: inspectionMarkSettings,
  // The status arrives after the ledger, and a settings edit or a rescore replaces it (with the dataset's enterprises).
  watch: (s) => s.dataset?.enterprises.inspectionState,
  build: (x, setting) => {
    const c = x.dataset.enterprises;
    if (!c.inspectionState) return null;
    return (
      builderOf(inspectionsBuilder, inspectionsKind)?.buildInspectionLayer(c, {
        enterpriseMask: x.state.result?.mask ?? null,
        version: x.state.resultVersion,
        marks: settingsOf(x.state, inspectionMarkSettings).marks,
        opacity: setting.opacity,
        wall: x.state.presenting,
        radiusScale: x.theme.pointScale,
        zoom: x.zoom,
        beforeId: FIRST_ABOVE_POINTS,
      }) ?? null
    );
  },
  Settings: InspectionSettings,
  Legend: InspectionLegend,
};
