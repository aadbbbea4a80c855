/** The privilege graph (SPEC §6): build, query, explain, lay out. */
export { buildPrivilegeGraph } from './build';
export { explainPath } from './explain';
export { layoutGraph, type LayoutOptions, type Positions } from './layout';
export { shortestPathsToAdminTiers } from './nearest';
export {
  adminReachShare,
  blastRadius,
  pathsToAdminTier,
  shortestPathToAdminTier,
  type BlastRadius,
  type PathQuery,
  type PathsResult,
  type ReachShare
} from './queries';
export { syntheticGraph } from './synthetic';
export type { EdgeAttrs, EdgeKind, NodeAttrs, NodeKind, PrivilegeGraph } from './types';
