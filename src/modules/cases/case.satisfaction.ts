import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { SqlParams } from '../../read/params.js';

/*
 * Residents' satisfaction (满意度) with cases, as the figures count it: ratings of SELF and CALLBACK apart and
 * together. The SQL names the ratings `r`; callers bound them (which cases, which period).
 */

@ObjectType({ simpleResolvers: true, description: 'How residents rated cases (满意度): counts of ratings by value, and the satisfaction rate.' })
export class SatisfactionCounts {
  @Field(() => Int, { description: 'Ratings counted.' })
  count!: number;

  @Field(() => Int, { description: 'Of those, SATISFIED (满意).' })
  satisfied!: number;

  @Field(() => Int, { description: 'Of those, BASICALLY_SATISFIED (基本满意).' })
  basicallySatisfied!: number;

  @Field(() => Int, { description: 'Of those, DISSATISFIED (不满意).' })
  dissatisfied!: number;

  @Field(() => Float, { nullable: true, description: 'Satisfaction rate (满意率): (`satisfied` + `basicallySatisfied`) / `count`, from 0 to 1; null when `count` is 0.' })
  satisfactionRate!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Residents\' ratings (居民监督评议) counted by where they came from: given in the mini-program (SELF), recorded on call-back visits (CALLBACK), and both together. Never who rated, the household or a comment.',
})
export class CaseSatisfaction {
  @Field(() => SatisfactionCounts, { description: 'Ratings residents gave themselves (SELF): the reporter\'s or a resident\'s of the case\'s community.' })
  self!: SatisfactionCounts;

  @Field(() => SatisfactionCounts, { description: 'Ratings grid workers recorded on call-back visits to households (CALLBACK, 回访).' })
  callback!: SatisfactionCounts;

  @Field(() => SatisfactionCounts, { description: 'Both together: `self` plus `callback`.' })
  combined!: SatisfactionCounts;
}

const SOURCES = ['SELF', 'CALLBACK', null] as const;
const VALUES = [null, 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const;

/**
 * An int[] of 12 counts over the ratings `r` the statement selects: for SELF, CALLBACK and both, the count and
 * those SATISFIED, BASICALLY_SATISFIED, DISSATISFIED. `satisfactionOf` reads it back.
 */
export function satisfactionSql(p: SqlParams): string {
  const cells = SOURCES.flatMap((source) =>
    VALUES.map((value) => {
      const conditions = [source && `r.source = ${p.add(source)}`, value && `r.value = ${p.add(value)}`].filter(Boolean);
      return conditions.length === 0 ? 'count(*)' : `count(*) filter (where ${conditions.join(' and ')})`;
    }),
  );
  return `array[${cells.join(', ')}]::int[]`;
}

function countsOf(cells: number[], offset: number): SatisfactionCounts {
  const [count, satisfied, basicallySatisfied, dissatisfied] = cells.slice(offset, offset + 4) as [number, number, number, number];
  return Object.assign(Object.create(SatisfactionCounts.prototype) as SatisfactionCounts, {
    count,
    satisfied,
    basicallySatisfied,
    dissatisfied,
    satisfactionRate: count === 0 ? null : (satisfied + basicallySatisfied) / count,
  });
}

/** The figures of `satisfactionSql`'s array. */
export function satisfactionOf(cells: number[]): CaseSatisfaction {
  return Object.assign(Object.create(CaseSatisfaction.prototype) as CaseSatisfaction, {
    self: countsOf(cells, 0),
    callback: countsOf(cells, 4),
    combined: countsOf(cells, 8),
  });
}
