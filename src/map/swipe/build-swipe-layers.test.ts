/**
 * The swipe's layers: the earlier snapshot's points left of the divider, the current ones right of
 * it, and a divider step that changes nothing but the clip (the same data objects, so deck.gl uploads
 * nothing).
 */
import { describe, expect, it } from 'vitest';
import { randomColumns } from '../../data/random-columns.ts';
import { buildEnterpriseAttributes, visibilityInDrawOrder } from '../enterprises/index.ts';
import { buildSwipeLayers, SWIPE_LAYER_IDS, type SwipeLayerInputs } from './build-swipe-layers.ts';

describe('buildSwipeLayers', () => {
  const earlier = buildEnterpriseAttributes(randomColumns({ n: 500, seed: 1 }));
  const c = randomColumns({ n: 600, seed: 2 });
  const current = buildEnterpriseAttributes(c);
  const mask = Uint8Array.from({ length: c.length }, (_, i) => i % 2);
  const inputs = (at: number): SwipeLayerInputs => ({
    earlier: { attributes: earlier, visible: null },
    current: { attributes: current, visible: visibilityInDrawOrder(current.order, mask) },
    at,
    outline: [255, 255, 255, 200],
    radiusScale: 1,
    beforeId: 'park-line',
  });

  it('draws the earlier points left of the divider, unpickable, and the current ones right of it', () => {
    const [e, k] = buildSwipeLayers(inputs(0.3));
    expect(e.id).toBe(SWIPE_LAYER_IDS.earlier);
    expect(k.id).toBe(SWIPE_LAYER_IDS.current);
    expect(e.props).toMatchObject({ swipeRange: [0, 0.3], pickable: false });
    expect(k.props).toMatchObject({ swipeRange: [0.3, 1], pickable: true });
    expect((e.props.data as { length: number }).length).toBe(500);
    expect((k.props.data as { length: number }).length).toBe(600);
  });

  it('keeps the points’ data when only the divider moves', () => {
    const one = inputs(0.3);
    const [e1, k1] = buildSwipeLayers(one);
    const [e2, k2] = buildSwipeLayers({ ...one, at: 0.7 });
    expect(e2.props.data).toBe(e1.props.data);
    expect(k2.props.data).toBe(k1.props.data);
    expect(k2.props).toMatchObject({ swipeRange: [0.7, 1] });
  });
});
