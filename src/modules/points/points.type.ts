import { Field, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../shared/relay.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Actor } from '../events/index.js';
import { Volunteer } from '../volunteers/index.js';
import { PointsEntryKind } from './points.enums.js';

@ObjectType({
  simpleResolvers: true,
  description:
    "One line of a volunteer's points ledger (积分). Lines are only ever added: a mistake is answered by another line (an ADJUSTMENT, or a REVERSAL of a revoked confirmation), never by editing one. Seen by the volunteer themself and by staff of their home community and above.",
})
export class PointsEntry {
  /** internal: the row, its volunteer, its source (a take) and where it was earned */
  rowId!: string;
  volunteerRowId!: string;
  sourceType!: string | null;
  sourceRowId!: string | null;
  areaRowId!: string;

  @Field(() => PointsEntryKind, { description: 'What the line records.' })
  kind!: PointsEntryKind;

  @Field(() => Int, { description: 'Points added (positive) or taken away (negative).' })
  points!: number;

  @Field(() => Int, { nullable: true, description: 'The minutes served it counts (SERVICE), or takes back (REVERSAL, negative); null for an ADJUSTMENT.' })
  minutes!: number | null;

  @Field(() => String, { nullable: true, description: 'Why: the admin\'s reason for an ADJUSTMENT or a REVERSAL; null for SERVICE.' })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  at!: Date;

  @Field(() => Actor, {
    description:
      'Who wrote it (the admin who confirmed the order or adjusted the points). Staff of the volunteer\'s home community and above, and the actor themself, see the account; the volunteer sees the role only (`id` is then the role as well).',
  })
  actor!: Actor;
}

export const PointsEntryConnection = connectionType('PointsEntry', PointsEntry, 'points entry');

@ObjectType({ simpleResolvers: true, description: "A community's points rate (积分规则): how many points an hour of confirmed service there earns. Public." })
export class PointsRule {
  /** internal: the community */
  areaRowId!: string;

  @Field(() => Int, { description: 'Points per hour of confirmed service: a take\'s person earns floor(minutes × this / 60).' })
  pointsPerHour!: number;

  @Field({ description: 'True when the community has set no rate of its own and uses the district\'s default (POINTS_PER_HOUR).' })
  isDefault!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the community last set its rate; null for the default.' })
  setAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Increases with every change of the rate; give it back to `setPointsRule`. Null for the default.' })
  version!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "One volunteer's place in an area's points ranking (积分排行) for a period. Public, with the name masked as 王某某; staff of the volunteer's home community and above (and the volunteer themself) see the name and the volunteer.",
})
export class VolunteerRank {
  /** internal: the volunteer, and whether the viewer may see them */
  volunteerRowId!: string;
  visible!: boolean;

  @Field(() => Int, { description: 'Their place: 1 for the most points; equal points are ordered by the volunteer\'s id, so places never repeat.' })
  rank!: number;

  @Field(() => Int, { description: 'Points they earned in the period: the sum of their ledger lines written in it (reversals and adjustments included).' })
  points!: number;

  @Field(() => Int, { description: 'Minutes of confirmed service those lines count (reversals subtracted).' })
  minutes!: number;

  @Field({ description: 'Their name: whole for staff of their home community and above (and themself), masked as 王某某 for everyone else.' })
  volunteerName!: string;

  /** declared for the schema; resolved by the ranking resolver */
  volunteer?: Volunteer | null;
}
