/** What the other features of src/map may use of this one (src/map/enterprises). */
export { MAJOR_NAMES, majorNamesLayer } from './major-names.ts';
