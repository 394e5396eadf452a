/** What the other features of src/map may use of this one (src/map/base). */
export { FIRST_ABOVE_POINTS, FIRST_LABEL } from './build-base-style.ts';
