import { registerEnumType } from 'type-graphql';

/** How satisfied a resident is with how a case was handled (满意度). */
export enum RatingValue {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}

registerEnumType(RatingValue, {
  name: 'RatingValue',
  description: 'How satisfied a resident is with how a case was handled (满意度).',
  valuesConfig: {
    SATISFIED: { description: 'Satisfied (满意).' },
    BASICALLY_SATISFIED: { description: 'Basically satisfied (基本满意).' },
    DISSATISFIED: { description: 'Dissatisfied (不满意).' },
  },
});

/** Where a rating came from. */
export enum RatingSource {
  SELF = 'SELF',
  CALLBACK = 'CALLBACK',
}

registerEnumType(RatingSource, {
  name: 'RatingSource',
  description: 'Where a rating came from; statistics count the two apart.',
  valuesConfig: {
    SELF: { description: 'Given by a resident in the mini-program (the reporter, or a resident of the case\'s community).' },
    CALLBACK: { description: 'Recorded by a grid worker on a call-back visit (回访) to a household.' },
  },
});
