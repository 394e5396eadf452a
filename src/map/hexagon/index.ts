/** What the other features of src/map may use of this one (src/map/hexagon). */
export { hexagonSettings } from './hexagon-settings-spec.ts';
