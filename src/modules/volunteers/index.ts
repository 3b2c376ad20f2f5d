import type { App, HubModule } from '../../context.js';
import { AreaVolunteerStatisticsResolver, VolunteerStatisticsResolver } from './area.fields.js';
import { volunteerCountsLoader, volunteerEmployersLoader } from './volunteer.statistics.js';
import {
  VolunteerEntity,
  VolunteerHistoryEntity,
  VolunteerTeamEntity,
  VolunteerTeamHistoryEntity,
  VolunteerTeamMemberEntity,
} from './volunteer.entity.js';

// Members and volunteers registered with their home communities (报到), and their teams (志愿服务队)

function loaders(app: App) {
  return {
    volunteerCountsByPath: volunteerCountsLoader(app.db.pool),
    volunteerEmployersByPath: volunteerEmployersLoader(app.db.pool),
  };
}

type VolunteerLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends VolunteerLoaders {}
}

export const volunteersModule: HubModule = {
  name: 'volunteers',
  entities: [VolunteerEntity, VolunteerHistoryEntity, VolunteerTeamEntity, VolunteerTeamMemberEntity, VolunteerTeamHistoryEntity],
  resolvers: [AreaVolunteerStatisticsResolver, VolunteerStatisticsResolver],
  loaders,
};

export { VolunteerSkill, VolunteerStatus, VolunteerTeamStatus, VOLUNTEER_SKILL_NAMES } from './volunteer.enums.js';
