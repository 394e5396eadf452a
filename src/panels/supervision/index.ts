export { SupervisionPanel } from './supervision-panel.tsx';
export { InspectionHistory } from './inspection-history.tsx';
export { SUPERVISION_TEXT } from './strings.ts';
