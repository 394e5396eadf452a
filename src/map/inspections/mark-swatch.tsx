/** A mark's shape as the map draws it (a square frame, a diamond frame, a dashed circle), for the legend and the settings. */
import { useStore } from '../../state/store.ts';
import type { InspectionMark } from './inspection-marks.ts';

export function MarkSwatch({ mark }: { mark: InspectionMark }) {
  const presenting = useStore((s) => s.presenting);
  const rgb = presenting ? mark.wall : mark.light;
  const stroke = `rgb(${rgb.join(',')})`;
  return (
    <svg
      className="inspection-swatch"
      viewBox="0 0 24 24"
      width="1.4em"
      height="1.4em"
      aria-hidden="true"
      data-shape={mark.shape}
      style={{ flex: 'none' }}
    >
      {mark.shape === 'square' ? (
        <rect x={4.5} y={4.5} width={15} height={15} fill="none" stroke={stroke} strokeWidth={3} />
      ) : mark.shape === 'diamond' ? (
        <polygon points="12,2 22,12 12,22 2,12" fill="none" stroke={stroke} strokeWidth={2.5} />
      ) : (
        <circle cx={12} cy={12} r={9.5} fill="none" stroke={stroke} strokeWidth={2} strokeDasharray="3.7 2.2" />
      )}
    </svg>
  );
}
