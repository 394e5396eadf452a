/** A change mark's shape as the map draws it (an arrow up or down, a plus, a cross), for the legend and the settings. */
import { useStore } from '../../state/store.ts';
import { CHANGE_CASING, type ChangeMark } from './change-marks.ts';

const SHAPES: Record<ChangeMark['shape'], string> = {
  arrowUp: 'M12 2 L21 12 H15 V22 H9 V12 H3 Z',
  arrowDown: 'M12 22 L21 12 H15 V2 H9 V12 H3 Z',
  plus: 'M9.5 3 H14.5 V9.5 H21 V14.5 H14.5 V21 H9.5 V14.5 H3 V9.5 H9.5 Z',
  cross:
    'M5.6 3.5 L12 9.9 L18.4 3.5 L20.5 5.6 L14.1 12 L20.5 18.4 L18.4 20.5 L12 14.1 L5.6 20.5 L3.5 18.4 L9.9 12 L3.5 5.6 Z',
};

export function ChangeSwatch({ mark }: { mark: ChangeMark }) {
  const presenting = useStore((s) => s.presenting);
  const fill = `rgb(${(presenting ? mark.wall : mark.light).join(',')})`;
  const casing = (presenting ? CHANGE_CASING.wall : CHANGE_CASING.light).slice(0, 3).join(',');
  return (
    <svg
      className="change-swatch"
      viewBox="0 0 24 24"
      width="1.4em"
      height="1.4em"
      aria-hidden="true"
      data-shape={mark.shape}
      style={{ flex: 'none' }}
    >
      <path d={SHAPES[mark.shape]} fill={fill} stroke={`rgb(${casing})`} strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}
