/**
 * What the pointer does over the enterprise points, which deck.gl picks by their index in draw order:
 * hovering one shows its card, clicking one opens its drawer. With an area mode on, or Alt held, a
 * click goes to the area beneath instead (area-pick.ts, on the map's own click).
 */
import type { PickingInfo } from '@deck.gl/core';
import { useStore } from '../../state/store.ts';

export interface HoverState {
  row: number;
  x: number;
  y: number;
}

/** deck.gl's picking props for points drawn in `order` (row of each point in draw order). */
export function pointPicking(order: Uint32Array, onHover: (hover: HoverState | null) => void) {
  return {
    onHover: (info: PickingInfo) => onHover(info.index >= 0 ? { row: order[info.index], x: info.x, y: info.y } : null),
    onClick: (info: PickingInfo, event: { srcEvent?: MouseEvent }) => {
      const s = useStore.getState();
      if (info.index >= 0 && !s.areaMode && !event.srcEvent?.altKey) s.select(order[info.index]);
    },
    getCursor: ({ isHovering }: { isHovering: boolean }) => (isHovering ? 'pointer' : 'grab'),
  };
}
