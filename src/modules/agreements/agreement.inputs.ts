import { Field, ID, InputType, Int } from 'type-graphql';
import { WeeklyWindowInput } from '../../shared/schedule/schedule.graphql.js';
import { AgreementStatus } from './agreement.enums.js';

@InputType({ description: 'One resource the agreement shares.' })
export class AgreementItemInput {
  @Field(() => ID, { description: 'A resource of the agreement\'s unit, not WITHDRAWN; each resource once per agreement.' })
  resourceId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How much is committed: more than 0 and at most the capacity; required for ALLOCATED resources, omitted for OPEN_ACCESS ones.',
  })
  committedQuantity?: number | null;

  @Field(() => [WeeklyWindowInput], {
    description: 'When it is offered each week, e.g. workday nights plus weekends all day; at least one, none overlapping.',
  })
  windows!: WeeklyWindowInput[];
}

@InputType({ description: 'A new sharing agreement, drafted by either party\'s admin; it starts as DRAFT.' })
export class CreateAgreementDraftInput {
  @Field(() => ID, { description: 'The resident unit that shares its resources.' })
  organizationId!: string;

  @Field(() => ID, { description: 'The street or community the unit shares them with.' })
  areaId!: string;

  @Field({ description: 'Title, e.g. 建国门街道与北京市第五中学共建共享协议.' })
  title!: string;

  @Field({ defaultValue: '', description: 'The terms as text: what each side commits to.' })
  terms!: string;

  @Field({ description: 'First local date in force, YYYY-MM-DD.' })
  startDate!: string;

  @Field({ description: 'Last local date in force, YYYY-MM-DD, inclusive; not before startDate, not in the past.' })
  endDate!: string;

  @Field(() => [AgreementItemInput], { defaultValue: [], description: 'The resources shared; at least one before it can be proposed.' })
  items!: AgreementItemInput[];
}

@InputType({ description: 'Changes to a DRAFT agreement; omitted fields stay as they are.' })
export class UpdateAgreementDraftInput {
  @Field(() => ID, { description: 'The draft to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version last read; a newer stored version is VERSION_CONFLICT and nothing is overwritten.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New terms.' })
  terms?: string | null;

  @Field(() => String, { nullable: true, description: 'New first date, YYYY-MM-DD.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'New last date, YYYY-MM-DD.' })
  endDate?: string | null;

  @Field(() => [AgreementItemInput], { nullable: true, description: 'New items (replaces the list).' })
  items?: AgreementItemInput[] | null;
}

@InputType({ description: 'Which agreement to act on.' })
export class AgreementInput {
  @Field(() => ID, { description: 'The agreement.' })
  id!: string;
}

@InputType({ description: 'Which agreement to act on, and why.' })
export class AgreementReasonInput {
  @Field(() => ID, { description: 'The agreement.' })
  id!: string;

  @Field({ description: 'Why, recorded in its history and event (e.g. 单位内部施工，暂停开放); not blank.' })
  reason!: string;
}

@InputType({ description: 'Which agreements to list; all given conditions must hold.' })
export class AgreementFilter {
  @Field(() => ID, { nullable: true, description: 'Made with this area or an area below it.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this resident unit.' })
  organizationId?: string | null;

  @Field(() => [AgreementStatus], { nullable: true, description: 'With any of these statuses, as queries show them today.' })
  statuses?: AgreementStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Sharing this resource.' })
  resourceId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'In force on this local date (YYYY-MM-DD) as things stand: signed, not suspended, terminated or expired, and the date within its validity. A future date also finds SIGNED agreements that will have started.',
  })
  inForceOn?: string | null;
}
