import type { App, HubModule } from '../../context.js';
import { moveAreaPaths } from '../areas/index.js';
import { RatingEntity } from './rating.entity.js';
import { ratingsByCaseLoader } from './rating.reads.js';
import { CaseRatingsResolver, RatingMutationResolver } from './rating.resolver.js';

// Residents' ratings of closed cases (居民监督评议): SELF ones in the mini-program, CALLBACK ones on visits

function loaders(app: App) {
  return {
    /** only for cases the viewer already sees: a field of a visible case */
    ratingsByCaseId: ratingsByCaseLoader(app.db.pool),
  };
}

type RatingLoaders = ReturnType<typeof loaders>;
declare module '../../context.js' {
  interface Loaders extends RatingLoaders {}
}

export const ratingsModule: HubModule = {
  name: 'ratings',
  entities: [RatingEntity],
  resolvers: [RatingMutationResolver, CaseRatingsResolver],
  loaders,
  // the area paths ratings copy follow an area's move (moveArea)
  hooks: { areaPathsMoved: (em, move) => moveAreaPaths(em, 'case_rating', move) },
};

// what other modules use of this one
export { RatingEntity } from './rating.entity.js';
export { RatingSource, RatingValue } from './rating.enums.js';
export { Rating, RatingCounts, CaseRatingSummary } from './rating.type.js';
