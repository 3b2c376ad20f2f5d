import type pg from 'pg';
import type { Viewer } from '../../shared/viewer.js';
import { ProjectDemandEntity, ProjectOrganizationEntity, ProjectResourceEntity } from './project-link.entity.js';
import { projectStatisticsLoader, AreaProjectStatisticsResolver } from './project-statistics.js';
import { ProjectEntity, ProjectHistoryEntity, ProjectMilestoneEntity, ProjectNoteEntity } from './project.entity.js';
import { createProjectListLoaders, projectByIdLoader } from './project.reads.js';
import { ProjectResolver } from './project.resolver.js';

// Service projects (项目清单): what this module registers in src/db/entities.ts, src/schema.ts, src/context.ts and src/sweeper.ts

export const projectEntities = [
  ProjectEntity,
  ProjectMilestoneEntity,
  ProjectNoteEntity,
  ProjectHistoryEntity,
  ProjectDemandEntity,
  ProjectResourceEntity,
  ProjectOrganizationEntity,
] as const;

export const projectResolvers = [ProjectResolver, AreaProjectStatisticsResolver] as const;

/** Per-operation loaders of this module, merged into the context's loaders. */
export function createProjectLoaders(pool: pg.Pool, viewer: Viewer) {
  return {
    projectById: projectByIdLoader(pool, viewer),
    projectStatisticsByPath: projectStatisticsLoader(pool),
    ...createProjectListLoaders(pool, viewer),
  };
}
