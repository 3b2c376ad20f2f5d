import type { HubModule } from '../../context.js';
import { moveAreaPaths } from '../areas/index.js';
import { RatingEntity } from './rating.entity.js';

// Residents' ratings of closed cases (居民监督评议): SELF ones in the mini-program, CALLBACK ones on visits

export const ratingsModule: HubModule = {
  name: 'ratings',
  entities: [RatingEntity],
  resolvers: [],
  // the area paths ratings copy follow an area's move (moveArea)
  hooks: { areaPathsMoved: (em, move) => moveAreaPaths(em, 'case_rating', move) },
};

// what other modules use of this one
export { RatingEntity } from './rating.entity.js';
export { RatingSource, RatingValue } from './rating.enums.js';
