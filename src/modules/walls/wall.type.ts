import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { LatLng } from '../../shared/geo.js';
import { toGlobalId } from '../../shared/global-id.js';
import { GeoPoint } from '../../shared/location.js';
import { PageInfo } from '../../shared/relay.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Area } from '../areas/index.js';
import { Urgency } from '../demands/index.js';
import { Organization } from '../organizations/index.js';
import { CaseCategory, CaseLevel, CaseStatus, SummonsRole, SummonsStatus } from '../cases/index.js';
import { RatingSource, RatingValue } from '../ratings/index.js';

/*
 * The public walls' types: a case as the problem wall (问题墙) and the echo wall (回音壁) show it to anyone.
 * Built from the columns wall.reads.ts selects, and from nothing else: the description, the reporter, the
 * 12345 ticket number, the case's own point, the notes, the actors and the raters are never read, so no
 * selection can reach them. Not a Node: `caseId` names the case, which only its parties may read as a Case.
 */

@ObjectType({ simpleResolvers: true, description: 'An organisation summoned to a case, as the walls show it: who, lead or support, and whether it reported in on time.' })
export class WallSummons {
  organizationRowId!: string;
  /** the case's status and the clock decide `isOverdue` */
  caseStatus!: CaseStatus;

  /** declared for the schema; resolved by WallSummonsResolver (organisations are public) */
  organization?: Organization;

  @Field(() => SummonsRole, { description: 'Lead (牵头) or support (配合).' })
  role!: SummonsRole;

  @Field(() => SummonsStatus, { description: 'Where the summons is: SUMMONED, REPORTED_IN, DECLINED, DECLINE_ACCEPTED (released) or DONE.' })
  status!: SummonsStatus;

  @Field(() => DateTimeScalar, { description: 'By when it had to report in.' })
  reportInDeadline!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it reported in (报到); null while it has not.' })
  reportedInAt!: Date | null;

  /** declared for the schema; resolved by WallSummonsResolver (the clock) */
  isOverdue?: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'How many ratings of one source a case has, by value (满意度).' })
export class WallRatingCounts {
  @Field(() => Int, { description: 'SATISFIED (满意).' })
  satisfied!: number;

  @Field(() => Int, { description: 'BASICALLY_SATISFIED (基本满意).' })
  basicallySatisfied!: number;

  @Field(() => Int, { description: 'DISSATISFIED (不满意).' })
  dissatisfied!: number;

  @Field(() => Int, { description: 'All of them.' })
  total!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A rating\'s comment as the echo wall shows it: what was said, never who said it (no account, no household).' })
export class WallComment {
  @Field({ description: 'What the resident said.' })
  text!: string;

  @Field(() => RatingValue, { description: 'The rating it came with.' })
  value!: RatingValue;

  @Field(() => RatingSource, { description: 'SELF (in the mini-program) or CALLBACK (on a grid worker\'s call-back visit).' })
  source!: RatingSource;

  @Field(() => DateTimeScalar, { description: 'When it was given.' })
  ratedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'Residents\' ratings of a closed case (居民监督评议): counts by source and value, and the comments without who gave them.' })
export class WallRatings {
  @Field(() => WallRatingCounts, { description: 'Ratings residents gave in the mini-program (the reporter\'s and their community\'s).' })
  self!: WallRatingCounts;

  @Field(() => WallRatingCounts, { description: 'Ratings grid workers recorded on call-back visits (回访).' })
  callback!: WallRatingCounts;

  @Field(() => [WallComment], { description: 'The ratings that came with a comment, oldest first.' })
  comments!: WallComment[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A case as the public walls show it: on the problem wall (问题墙, `problemWall`) an open case with who owes what and by when; on the echo wall (回音壁, `echoWall`) a closed case with its result, the time it took and residents\' ratings. ' +
    'Redacted for anyone to read: no description, reporter, 12345 ticket number, notes or actors, photos only once staff marked them public, and the location is the grid\'s centroid, never the case\'s own point. ' +
    'Not a Node: `caseId` is the case, which only its parties may read as a `Case`.',
})
export class WallCase {
  rowId!: string;
  areaRowId!: string;

  @Field(() => ID, { description: 'Global id of the case (a Case): only its parties may read it as a `Case`.' })
  get caseId(): string {
    return toGlobalId('Case', this.rowId);
  }

  @Field({ description: 'What the problem is, in a line.' })
  title!: string;

  @Field(() => CaseCategory, { description: 'What it is about.' })
  category!: CaseCategory;

  @Field(() => Urgency, { description: 'How urgent it is.' })
  urgency!: Urgency;

  @Field(() => CaseLevel, { description: 'The level handling it (社区, 街道, 区).' })
  level!: CaseLevel;

  @Field(() => CaseStatus, { description: 'ACCEPTED or WHISTLED on the problem wall, CLOSED on the echo wall.' })
  status!: CaseStatus;

  /** declared for the schema; joined by the read path, else resolved by WallCaseResolver */
  area?: Area;

  // the grid's (else the community's) centroid, never the case's own point (wall.reads.ts)
  @Field(() => GeoPoint, {
    description: "Where, no finer than the grid: the centroid of the grid the case lies in (the deepest), else of its community, else of its street.",
  })
  location!: LatLng;

  @Field(() => DateTimeScalar, { description: 'When it was reported.' })
  reportedAt!: Date;

  summonsList!: WallSummons[];

  @Field(() => [WallSummons], { description: 'The organisations summoned to it, oldest summons first (a released one included, as DECLINE_ACCEPTED).' })
  get summonses(): WallSummons[] {
    return this.summonsList;
  }

  @Field(() => String, { nullable: true, description: 'What is being done (整改措施); null until the handling level or the lead sets it.' })
  measures!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'By when it must be resolved; null when nobody was summoned and none was set.' })
  completeDeadline!: Date | null;

  /** declared for the schema; resolved by WallCaseResolver (the clock) */
  isOverdue?: boolean;

  @Field(() => [String], { description: 'The photos taken when reporting, once staff marked them public; empty until then.' })
  photoUrls!: string[];

  @Field(() => String, { nullable: true, description: 'Echo wall: what was done, as the resolver wrote it; null on the problem wall.' })
  result!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Echo wall: when it was resolved; null on the problem wall.' })
  resolvedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Echo wall: when it was closed (办结); null on the problem wall.' })
  closedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Echo wall: whole minutes from its report to its closing; null on the problem wall.' })
  minutesTaken!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Echo wall: whether residents\' ratings called for a review; null on the problem wall.' })
  needsReview!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Echo wall: the community\'s explanation after a review was called for; null when none was given, and on the problem wall.' })
  explanation!: string | null;

  @Field(() => WallRatings, { nullable: true, description: 'Echo wall: residents\' ratings, counted by source and value, with their comments; null on the problem wall.' })
  ratings!: WallRatings | null;
}

@ObjectType({ simpleResolvers: true, description: 'One case of a wall in a page, with the cursor that points at it.' })
export class WallCaseEdge {
  @Field({ description: 'Opaque cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => WallCase, { description: 'The case, as the wall shows it.' })
  node!: WallCase;
}

@ObjectType({ simpleResolvers: true, description: 'A page of a wall, newest case first. No `totalCount`: a wall is read in one statement.' })
export class WallCaseConnection {
  @Field(() => [WallCaseEdge], { description: 'The cases of this page, in order.' })
  edges!: WallCaseEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors at both ends.' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'Which cases of the problem wall; all given conditions must hold.' })
export class ProblemWallFilter {
  @Field(() => [CaseCategory], { nullable: true, description: 'Of any of these categories.' })
  categories?: CaseCategory[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only those past their completion deadline now (by the clock); false: only those that are not.' })
  overdue?: boolean | null;

  @Field(() => [CaseLevel], { nullable: true, description: 'Handled at any of these levels.' })
  levels?: CaseLevel[] | null;
}

@InputType({ description: 'Which cases of the echo wall; all given conditions must hold.' })
export class EchoWallFilter {
  @Field(() => [CaseCategory], { nullable: true, description: 'Of any of these categories.' })
  categories?: CaseCategory[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only those residents\' ratings called for a review; false: only those they did not.' })
  needsReview?: boolean | null;
}
