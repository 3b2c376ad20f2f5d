import type { App, HubModule } from '../../context.js';
import { loadNodes } from '../../shared/node-loaders.js';
import type { Viewer } from '../../shared/viewer.js';
import { moveAreaPaths } from '../areas/index.js';
import { VolunteerTeamResolver } from './team.resolver.js';
import { AreaVolunteerStatisticsResolver, VolunteerStatisticsResolver } from './area.fields.js';
import { volunteerCountsLoader, volunteerEmployersLoader } from './volunteer.statistics.js';
import {
  VolunteerEntity,
  VolunteerHistoryEntity,
  VolunteerTeamEntity,
  VolunteerTeamHistoryEntity,
  VolunteerTeamMemberEntity,
} from './volunteer.entity.js';
import { createVolunteerListLoaders, teamByIdLoader, volunteerByIdLoader, volunteersInAreaSql } from './volunteer.reads.js';
import { OrganizationMembersResolver, VolunteerResolver } from './volunteer.resolver.js';
import { ViewerVolunteerResolver } from './viewer.fields.js';

// Members and volunteers registered with their home communities (报到), and their teams (志愿服务队)

function loaders(app: App, viewer: Viewer) {
  const pool = app.db.pool;
  return {
    volunteerById: volunteerByIdLoader(pool, viewer),
    teamById: teamByIdLoader(pool),
    ...createVolunteerListLoaders(pool, viewer),
    volunteerCountsByPath: volunteerCountsLoader(pool),
    volunteerEmployersByPath: volunteerEmployersLoader(pool),
  };
}

type VolunteerLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends VolunteerLoaders {}
}

export const volunteersModule: HubModule = {
  name: 'volunteers',
  entities: [VolunteerEntity, VolunteerHistoryEntity, VolunteerTeamEntity, VolunteerTeamMemberEntity, VolunteerTeamHistoryEntity],
  resolvers: [VolunteerResolver, VolunteerTeamResolver, OrganizationMembersResolver, ViewerVolunteerResolver, AreaVolunteerStatisticsResolver, VolunteerStatisticsResolver],
  loaders,
  nodes: {
    Volunteer: (ctx, ids) => loadNodes((k) => ctx.loaders.volunteerById.loadMany(k), ids),
    VolunteerTeam: (ctx, ids) => loadNodes((k) => ctx.loaders.teamById.loadMany(k), ids),
  },
  // retireArea's AREA_IN_USE; the area paths they copy follow an area's move (moveArea)
  hooks: {
    areaInUseSql: volunteersInAreaSql,
    areaPathsMoved: async (em, move) => {
      await moveAreaPaths(em, 'volunteer', move);
      await moveAreaPaths(em, 'volunteer_team', move);
    },
  },
};

export { VolunteerSkill, VolunteerStatus, VolunteerTeamStatus, VOLUNTEER_SKILL_NAMES } from './volunteer.enums.js';
export { Volunteer, VolunteerTeam } from './volunteer.type.js';
export { maskedName } from './volunteer.rules.js';
export { VolunteerEntity, VolunteerTeamEntity, VolunteerTeamMemberEntity } from './volunteer.entity.js';
