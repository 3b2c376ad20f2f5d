import type pg from 'pg';
import type { Viewer } from '../../shared/viewer.js';
import { DeclinedPairEntity, MatchEntity, MatchHistoryEntity, MatchRunEntity } from './match.entity.js';
import { matchByIdLoader, matchesByLoader, matchHistoryLoader, matchRunByIdLoader } from './match.reads.js';
import { DemandMatchesResolver, MatchResolver, MatchRunResolver, ResourceMatchesResolver } from './match.resolver.js';
import { DemandSuggestionResolver, DemandSuggestionsResolver, suggestionsByDemandLoader } from './suggestions.js';

// Matching: what this module registers in src/db/entities.ts, src/schema.ts and src/context.ts

export const matchingEntities = [MatchRunEntity, MatchEntity, MatchHistoryEntity, DeclinedPairEntity] as const;

export const matchingResolvers = [MatchResolver, MatchRunResolver, DemandMatchesResolver, ResourceMatchesResolver, DemandSuggestionsResolver, DemandSuggestionResolver] as const;

/** Per-operation loaders of this module, merged into the context's loaders; each applies the viewer's visibility. */
export function createMatchingLoaders(pool: pg.Pool, viewer: Viewer) {
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
