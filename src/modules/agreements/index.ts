import type { App, HubModule } from '../../context.js';
import type { Viewer } from '../../shared/viewer.js';
import { loadNodes } from '../../shared/node-loaders.js';
import { AgreementEventsResolver } from './agreement.channel.js';
import { AgreementHistoryEntity, AgreementItemEntity, SharingAgreementEntity } from './agreement.entity.js';
import { AreaAgreementStatisticsResolver } from './area.fields.js';
import { ResourceAgreementsResolver } from './resource.fields.js';
import { agreementLoaders, agreementsInAreaSql } from './agreement.reads.js';
import { AgreementItemResolver, SharingAgreementResolver } from './agreement.resolver.js';
import { sharedWithSql } from './agreement.search.js';
import { sweepAgreements } from './agreement.sweep.js';
import { moveAreaPaths } from '../areas/index.js';

// Sharing agreements (共享协议)

function loaders(app: App, viewer: Viewer) {
  return agreementLoaders(app.db.pool, viewer);
}

type AgreementLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends AgreementLoaders {}
}

export const agreementsModule: HubModule = {
  name: 'agreements',
  entities: [SharingAgreementEntity, AgreementItemEntity, AgreementHistoryEntity],
  resolvers: [AgreementEventsResolver, SharingAgreementResolver, AgreementItemResolver, ResourceAgreementsResolver, AreaAgreementStatisticsResolver],
  loaders,
  nodes: { SharingAgreement: (ctx, ids) => loadNodes((k) => ctx.loaders.agreementById.loadMany(k), ids) },
  sweeps: [sweepAgreements],
  // the resource search's `sharedWith` filter; retireArea's AREA_IN_USE; the area paths it copies follow an area's move (moveArea)
  hooks: {
    resourcesSharedWithSql: sharedWithSql,
    areaInUseSql: agreementsInAreaSql,
    areaPathsMoved: (em, move) => moveAreaPaths(em, 'sharing_agreement', move),
  },
};

// what other modules use of this one

export { type AgreementChange } from './agreement.hooks.js';

export { inForceSql } from './agreement.transitions.js';

export { SharingAgreement } from './agreement.type.js';
