import { registerEnumType } from 'type-graphql';

/** What a line of a volunteer's points ledger (积分) records. */
export enum PointsEntryKind {
  SERVICE = 'SERVICE',
  REVERSAL = 'REVERSAL',
  ADJUSTMENT = 'ADJUSTMENT',
}

registerEnumType(PointsEntryKind, {
  name: 'PointsEntryKind',
  description: "What a line of a volunteer's points ledger (积分) records. The ledger is append-only: nothing is edited, a mistake is answered by another line.",
  valuesConfig: {
    SERVICE: { description: "Earned by a confirmed take: floor(minutes × the community's points per hour / 60)." },
    REVERSAL: { description: 'Takes back a SERVICE line when its confirmation was revoked (negative points).' },
    ADJUSTMENT: { description: 'Added or taken away by a community admin, with a reason.' },
  },
});
