import type { App, HubModule } from '../../context.js';
import type { Viewer } from '../../shared/viewer.js';
import { loadNodes } from '../../shared/node-loaders.js';
import { moveAreaPaths } from '../areas/index.js';
import { CaseEntity, CaseHistoryEntity, CaseNoteEntity, CaseSummonsEntity, CaseSummonsHistoryEntity } from './case.entity.js';
import {
  caseByIdLoader, caseHistoryLoader, caseNotesLoader, summonsByIdLoader, summonsesByCaseLoader, summonsHistoryLoader,
} from './case.reads.js';
import { CaseMutationResolver } from './case.mutations.js';
import { CaseNoteResolver, CaseResolver, CaseSummonsResolver } from './case.resolver.js';
import { AreaCaseStatisticsResolver, OrganizationSummonsStatisticsResolver } from './area.fields.js';
import { caseStatisticsLoader } from './case.statistics.js';
import { CaseEventsResolver } from './case.channel.js';
import { CaseSearchResolver } from './case-search.resolver.js';
import { recordOverdueCases } from './case.sweep.js';
import { OrganizationSummonsesResolver } from './organization.fields.js';
import { MyCasesResolver } from './case.residents.js';
import { CasePublicityResolver } from './case.publicity.js';
import { caseRecordLoader, OrganizationCaseRecordResolver } from './organization.record.js';

// Whistle and report (吹哨报到): cases, the summonses of departments and units, deadlines, escalation

/** Each applies the viewer's visibility, except where said. */
function loaders(app: App, viewer: Viewer) {
  const pool = app.db.pool;
  return {
    caseById: caseByIdLoader(pool, viewer),
    summonsById: summonsByIdLoader(pool, viewer),
    /** only for cases the viewer already sees: fields of a visible case */
    summonsesByCaseId: summonsesByCaseLoader(pool),
    caseHistoryByCaseId: caseHistoryLoader(pool),
    caseNotesByCaseId: caseNotesLoader(pool),
    /** only for summonses the viewer already sees */
    summonsHistoryBySummonsId: summonsHistoryLoader(pool),
    /** public figures of an area's cases, at the operation's clock */
    caseStatisticsByPath: caseStatisticsLoader(pool, app.config.timeZone, app.clock.now()),
    /** public record of an organisation in cases, at the operation's clock */
    caseRecordByOrganization: caseRecordLoader(pool, app.config.timeZone, app.clock.now()),
  };
}

type CaseLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends CaseLoaders {}
}

export const casesModule: HubModule = {
  name: 'cases',
  entities: [CaseEntity, CaseSummonsEntity, CaseHistoryEntity, CaseSummonsHistoryEntity, CaseNoteEntity],
  resolvers: [
    CaseResolver, CaseSummonsResolver, CaseNoteResolver, CaseMutationResolver, CaseSearchResolver, OrganizationSummonsesResolver,
    CaseEventsResolver, AreaCaseStatisticsResolver, OrganizationSummonsStatisticsResolver,
    MyCasesResolver, CasePublicityResolver,
    OrganizationCaseRecordResolver,
  ],
  loaders,
  nodes: {
    Case: (ctx, ids) => loadNodes((k) => ctx.loaders.caseById.loadMany(k), ids),
    CaseSummons: (ctx, ids) => loadNodes((k) => ctx.loaders.summonsById.loadMany(k), ids),
  },
  sweeps: [recordOverdueCases],
  // the area paths cases and summonses copy follow an area's move (moveArea)
  hooks: {
    areaPathsMoved: async (em, move) => {
      await moveAreaPaths(em, 'civic_case', move);
      await moveAreaPaths(em, 'case_summons', move);
      // the handling level moves with the area when it lies in the moved subtree (a community handling its own case)
      await em.execute(`update civic_case set handling_path = ? || substr(handling_path, ?) where handling_path like ?`, [
        move.toPath,
        move.fromPath.length + 1,
        `${move.fromPath}%`,
      ]);
    },
  },
};

// what other modules use of this one
export { Case, CaseSummons } from './case.type.js';
export { CaseEntity } from './case.entity.js';
export { CaseCategory, CaseLevel, CaseSource, CaseStatus, SummonsRole, SummonsStatus } from './case.enums.js';
export { caseOverdueSql, isCaseOverdue, isSummonsOverdue } from './case.transitions.js';
// for the ratings (居民监督评议): a rating locks its case, may call for a review and leaves the case's records
export { CaseAction } from './case.enums.js';
export { caseForChange, factsOf, lockCase, summonedOrganizationIds } from './case.access.js';
export { caseEvent, recordCaseHistory } from './case.record.js';
export { CasePayload } from './case.payloads.js';
