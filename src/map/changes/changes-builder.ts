/** The changes layer's chunk: its builder (deck.gl and the marks' shader), its legend and settings, loaded when first shown. */
import { lazyBuilder } from '../lazy-builder.ts';

export const changesBuilder = lazyBuilder(() => import('./build-change-layer.ts'));
