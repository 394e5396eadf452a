/** What the other features of src/map may use of this one (src/map/swipe). */
export { SwipeButton, SwipeOverlay, swipeLayers, useSwipe, type SwipeState } from './swipe-parts.tsx';
