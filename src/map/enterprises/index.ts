/** What the other features of src/map may use of this one (src/map/enterprises). */
export { MAJOR_NAMES, majorNameFeatures, majorNamesLayer } from './major-names.ts';
export { buildEnterpriseAttributes, visibilityInDrawOrder } from './build-enterprise-layer.ts';
