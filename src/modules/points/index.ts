import type { HubModule } from '../../context.js';
import { moveAreaPaths } from '../areas/index.js';
import { PointsEntryEntity, PointsRuleEntity } from './points.entity.js';

// Volunteers' points (积分): an append-only ledger per volunteer, and each community's rate

export const pointsModule: HubModule = {
  name: 'points',
  entities: [PointsRuleEntity, PointsEntryEntity],
  // the area paths the ledger copies follow an area's move (moveArea)
  hooks: { areaPathsMoved: (em, move) => moveAreaPaths(em, 'points_entry', move) },
};

// what other modules use of this one
export { PointsEntryEntity, PointsRuleEntity } from './points.entity.js';
export { PointsEntryKind } from './points.enums.js';
