export { SupervisionPanel } from './supervision-panel.tsx';
export { SUPERVISION_TEXT } from './strings.ts';
