import type { HubModule } from '../../context.js';
import {
  VolunteerEntity,
  VolunteerHistoryEntity,
  VolunteerTeamEntity,
  VolunteerTeamHistoryEntity,
  VolunteerTeamMemberEntity,
} from './volunteer.entity.js';

// Members and volunteers registered with their home communities (报到), and their teams (志愿服务队)

export const volunteersModule: HubModule = {
  name: 'volunteers',
  entities: [VolunteerEntity, VolunteerHistoryEntity, VolunteerTeamEntity, VolunteerTeamMemberEntity, VolunteerTeamHistoryEntity],
};

export { VolunteerSkill, VolunteerStatus, VolunteerTeamStatus, VOLUNTEER_SKILL_NAMES } from './volunteer.enums.js';
