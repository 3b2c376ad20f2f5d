import type { App, HubModule } from '../../context.js';
import type { Viewer } from '../../shared/viewer.js';
import { loadNodes } from '../../shared/node-loaders.js';
import { ProjectDemandEntity, ProjectOrganizationEntity, ProjectResourceEntity } from './project-link.entity.js';
import { projectStatisticsLoader, AreaProjectStatisticsResolver } from './area.fields.js';
import { ProjectEntity, ProjectHistoryEntity, ProjectMilestoneEntity, ProjectNoteEntity } from './project.entity.js';
import { createProjectListLoaders, projectByIdLoader, projectsInAreaSql } from './project.reads.js';
import { ProjectResolver } from './project.resolver.js';
import { moveAreaPaths } from '../areas/index.js';

// Service projects (项目清单)

function loaders(app: App, viewer: Viewer) {
  const pool = app.db.pool;
  return {
    projectById: projectByIdLoader(pool, viewer),
    projectStatisticsByPath: projectStatisticsLoader(pool),
    ...createProjectListLoaders(pool, viewer),
  };
}

type ProjectLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends ProjectLoaders {}
}

export const projectsModule: HubModule = {
  name: 'projects',
  entities: [
    ProjectEntity,
    ProjectMilestoneEntity,
    ProjectNoteEntity,
    ProjectHistoryEntity,
    ProjectDemandEntity,
    ProjectResourceEntity,
    ProjectOrganizationEntity,
  ],
  resolvers: [ProjectResolver, AreaProjectStatisticsResolver],
  loaders,
  nodes: { Project: (ctx, ids) => loadNodes((k) => ctx.loaders.projectById.loadMany(k), ids) },
  // retireArea's AREA_IN_USE; the area paths it copies follow an area's move (moveArea)
  hooks: { areaInUseSql: projectsInAreaSql, areaPathsMoved: (em, move) => moveAreaPaths(em, 'project', move) },
};
