/** The swipe's own chunk (loaded on its first use, or while the browser is idle): its layers' builder and what it draws over the map. */
export { buildSwipeLayers } from './build-swipe-layers.ts';
export { SwipeView } from './swipe-view.tsx';
