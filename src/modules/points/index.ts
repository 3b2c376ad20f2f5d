import type { App, HubModule } from '../../context.js';
import type { Viewer } from '../../shared/viewer.js';
import { moveAreaPaths } from '../areas/index.js';
import { AreaPointsResolver } from './area.fields.js';
import { PointsEntryEntity, PointsRuleEntity, PointsRuleHistoryEntity } from './points.entity.js';
import { pointsByVolunteerIdLoader, pointsRuleByAreaIdLoader, volunteerRankingLoader } from './points.reads.js';
import { PointsResolver, VolunteerRankResolver } from './points.resolver.js';
import { VolunteerPointsResolver } from './volunteer.fields.js';

// Volunteers' points (积分): an append-only ledger per volunteer, and each community's rate

function loaders(app: App, viewer: Viewer) {
  const pool = app.db.pool;
  return {
    /** balances of volunteers the viewer already sees (a field of Volunteer) */
    pointsByVolunteerId: pointsByVolunteerIdLoader(pool),
    /** public */
    pointsRuleByAreaId: pointsRuleByAreaIdLoader(pool, app.config.pointsPerHour),
    /** public, names masked unless the viewer may read the volunteer's ledger */
    volunteerRanking: volunteerRankingLoader(pool, viewer, app.config.timeZone),
  };
}

type PointsLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends PointsLoaders {}
}

export const pointsModule: HubModule = {
  name: 'points',
  entities: [PointsRuleEntity, PointsRuleHistoryEntity, PointsEntryEntity],
  resolvers: [PointsResolver, VolunteerRankResolver, AreaPointsResolver, VolunteerPointsResolver],
  loaders,
  // the area paths the ledger copies follow an area's move (moveArea)
  hooks: { areaPathsMoved: (em, move) => moveAreaPaths(em, 'points_entry', move) },
};

// what other modules use of this one
export { PointsEntryEntity, PointsRuleEntity } from './points.entity.js';
export { PointsEntryKind } from './points.enums.js';
export { PointsEntry } from './points.type.js';
