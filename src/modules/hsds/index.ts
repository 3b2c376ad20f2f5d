import type { HubModule } from '../../context.js';
import { hsdsRoutes } from './hsds.routes.js';

// The open export in Open Referral's HSDS 3.0 (README, "Open export: HSDS 3.0"): no GraphQL, HTTP routes under
// /hsds and the tabular data package the `export:hsds` tool writes, both from the public data only.

export const hsdsModule: HubModule = {
  name: 'hsds',
  routes: hsdsRoutes,
};

// what the tools use of this one
export { HSDS_NAMESPACE, hsdsId } from './hsds.ids.js';
export { writeHsdsPackage } from './hsds.package.js';
