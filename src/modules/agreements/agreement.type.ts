import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { connectionType, Node } from '../../shared/relay.js';
import { toWindowType, WeeklyWindowType } from '../../shared/schedule/schedule.graphql.js';
import type { WeeklyWindow } from '../../shared/schedule/schedule.types.js';
import { Actor } from '../events/index.js';
import { AgreementAction, AgreementParty, AgreementStatus } from './agreement.enums.js';

@ObjectType({ simpleResolvers: true, description: 'A party\'s signature on an agreement.' })
export class AgreementSignature {
  @Field(() => AgreementParty, { description: 'Which side signed.' })
  party!: AgreementParty;

  @Field({ description: 'The account that signed (the token\'s `sub`).' })
  signedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it signed.' })
  signedAt!: Date;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A sharing agreement (共享协议 / 共建协议) between a resident unit and a street or community: which of the unit\'s resources are shared, how much and when, on what terms, for how long ("two-way commitments", 双向承诺). Public once signed; before that seen by the unit\'s admin and staff of the agreement\'s area or above.',
})
export class SharingAgreement extends Node {
  __typename!: 'SharingAgreement';
  rowId!: string;
  organizationRowId!: string;
  areaRowId!: string;
  areaPath!: string;
  unitSignedBy!: string | null;
  unitSignedAt!: Date | null;
  areaSignedBy!: string | null;
  areaSignedAt!: Date | null;

  @Field({ description: 'Title, e.g. 建国门街道与北京市第五中学共建共享协议.' })
  title!: string;

  @Field({ description: 'The terms as text: what each side commits to (双向承诺).' })
  terms!: string;

  @Field({ description: 'First local date it is in force, YYYY-MM-DD (from 00:00 district time).' })
  startDate!: string;

  @Field({ description: 'Last local date it is in force, YYYY-MM-DD (through 24:00 district time).' })
  endDate!: string;

  @Field(() => AgreementStatus, {
    description: 'The status as last recorded; `status` applies the clock, and the sweeper records the difference within a minute.',
  })
  recordedStatus!: AgreementStatus;

  @Field(() => AgreementParty, { nullable: true, description: 'Which side proposed it; null unless PROPOSED or later.' })
  proposedBy!: AgreementParty | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was proposed; null unless PROPOSED or later.' })
  proposedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the second signature made it SIGNED; null before.' })
  signedAt!: Date | null;

  @Field(() => [AgreementSignature], { description: 'The signatures so far: the unit\'s and the area\'s, in the order given.' })
  get signatures(): AgreementSignature[] {
    const out: AgreementSignature[] = [];
    if (this.unitSignedBy && this.unitSignedAt) out.push({ party: AgreementParty.UNIT, signedBy: this.unitSignedBy, signedAt: this.unitSignedAt });
    if (this.areaSignedBy && this.areaSignedAt) out.push({ party: AgreementParty.AREA, signedBy: this.areaSignedBy, signedAt: this.areaSignedAt });
    return out.sort((x, y) => x.signedAt.getTime() - y.signedAt.getTime());
  }

  @Field(() => Int, { description: 'Increases with every change; pass it back to `updateAgreementDraft`.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was drafted.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

export const SharingAgreementConnection = connectionType('SharingAgreement', SharingAgreement, 'sharing agreement');

@ObjectType({ simpleResolvers: true, description: 'One resource an agreement shares: how much of it, and in which weekly windows.' })
export class AgreementItem {
  resourceRowId!: string;
  storedWindows!: WeeklyWindow[];

  @Field(() => Int, {
    nullable: true,
    description: 'How much of the resource is committed (spaces, seats, places), at most its capacity; null for OPEN_ACCESS resources.',
  })
  committedQuantity!: number | null;

  @Field(() => [WeeklyWindowType], { description: 'When it is offered under the agreement each week, in local time.' })
  get windows(): WeeklyWindowType[] {
    return this.storedWindows.map(toWindowType);
  }
}

@ObjectType({ simpleResolvers: true, description: 'One recorded change of an agreement: what, from which status to which, who, when and why.' })
export class AgreementHistoryEntry {
  @Field(() => AgreementAction, { description: 'What happened.' })
  action!: AgreementAction;

  @Field(() => AgreementStatus, { nullable: true, description: 'The status before; null when the draft was created.' })
  fromStatus!: AgreementStatus | null;

  @Field(() => AgreementStatus, { nullable: true, description: 'The status after; null when the draft was discarded.' })
  toStatus!: AgreementStatus | null;

  @Field(() => AgreementParty, { nullable: true, description: 'The side the actor acted for; null for SYSTEM.' })
  party!: AgreementParty | null;

  @Field(() => Actor, { description: 'Who did it: an account in a role, or SYSTEM for the clock\'s changes.' })
  actor!: Actor;

  @Field(() => String, { nullable: true, description: 'Why, where the action takes a reason.' })
  reason!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  at!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'How many agreements made with an area and the areas below it have one status today.' })
export class AgreementStatistic {
  @Field(() => AgreementStatus, { description: 'The status, as queries show it today.' })
  status!: AgreementStatus;

  @Field(() => Int, { description: 'How many agreements have it.' })
  count!: number;
}
