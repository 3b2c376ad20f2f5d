import type { App, HubModule } from '../../context.js';
import type { Viewer } from '../../shared/viewer.js';
import { loadNodes } from '../../shared/node-loaders.js';
import { MatchEventsResolver } from './match.channel.js';
import { DeclinedPairEntity, MatchEntity, MatchHistoryEntity, MatchRunEntity } from './match.entity.js';
import { matchByIdLoader, matchesByLoader, matchHistoryLoader, matchRunByIdLoader } from './match.reads.js';
import { DemandMatchesResolver, MatchResolver, MatchRunResolver, ResourceMatchesResolver } from './match.resolver.js';
import { lockLiveMatchesOf, matchesOnAgreementChange, matchesOnDemandsClosed } from './match.cascade.js';
import { matchesBeforeAreaMove, matchesOnAreaMove, matchPathsOnAreaMove } from './match.cascade.js';
import { matcherLag, matchOnce, triggersMatching } from './matcher.js';
import { DemandSuggestionResolver, DemandSuggestionsResolver, suggestionsByDemandLoader } from './suggestions.js';

// Matching: demands to resources, optimally (撮合)

/** Each applies the viewer's visibility, except where said. */
function loaders(app: App, viewer: Viewer) {
  const pool = app.db.pool;
  return {
    matchById: matchByIdLoader(pool, viewer),
    matchRunById: matchRunByIdLoader(pool, viewer),
    matchesByDemandId: matchesByLoader(pool, viewer, 'demand_id'),
    matchesByResourceId: matchesByLoader(pool, viewer, 'resource_id'),
    /** only for matches the viewer already sees: a field of a visible node */
    matchHistoryByMatchId: matchHistoryLoader(pool),
    /** only for demands the viewer already sees: a field of a visible node */
    suggestionsByDemandId: suggestionsByDemandLoader(pool),
  };
}

type MatchingLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends MatchingLoaders {}
}

export const matchingModule: HubModule = {
  name: 'matching',
  entities: [MatchRunEntity, MatchEntity, MatchHistoryEntity, DeclinedPairEntity],
  resolvers: [MatchEventsResolver, MatchResolver, MatchRunResolver, DemandMatchesResolver, ResourceMatchesResolver, DemandSuggestionsResolver, DemandSuggestionResolver],
  loaders,
  nodes: {
    Match: (ctx, ids) => loadNodes((k) => ctx.loaders.matchById.loadMany(k), ids),
    MatchRun: (ctx, ids) => loadNodes((k) => ctx.loaders.matchRunById.loadMany(k), ids),
  },
  // what other modules' changes do to matches, in their transaction (match.cascade.ts)
  hooks: {
    agreementChanged: matchesOnAgreementChange,
    demandsClosing: lockLiveMatchesOf,
    demandsClosed: matchesOnDemandsClosed,
    areaMoving: matchesBeforeAreaMove,
    areaPathsMoved: matchPathsOnAreaMove,
    areaMoved: matchesOnAreaMove,
  },
  jobs: [
    {
      // the incremental matcher: every second, and at once for an event that can change the optimum
      name: 'matcher',
      intervalMs: 1_000,
      wakesOn: triggersMatching,
      run: async (app) => {
        await matchOnce(app);
      },
      lag: matcherLag,
    },
  ],
};
