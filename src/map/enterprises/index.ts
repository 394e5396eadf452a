/** What the other features of src/map may use of this one (src/map/enterprises). */
export {
  buildEnterpriseAttributes,
  buildEnterpriseLayer,
  visibilityInDrawOrder,
  type EnterpriseAttributes,
} from './build-enterprise-layer.ts';
