import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum HolidayKindEnum {
  HOLIDAY = 'HOLIDAY',
  MAKEUP_WORKDAY = 'MAKEUP_WORKDAY',
}
registerEnumType(HolidayKindEnum, {
  name: 'HolidayKind',
  description: 'How a date departs from the ordinary week.',
  valuesConfig: {
    HOLIDAY: { description: 'A public holiday: a rest day whatever its weekday.' },
    MAKEUP_WORKDAY: { description: 'A weekend day worked to make up for a holiday (调休上班): a workday.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A date of the district\'s holiday calendar.' })
export class Holiday {
  @Field({ description: 'Local date, YYYY-MM-DD.' })
  date!: string;

  @Field(() => HolidayKindEnum, { description: 'Holiday or make-up workday.' })
  kind!: HolidayKindEnum;

  @Field({ description: 'Name, e.g. 春节, 国庆节调休上班.' })
  name!: string;
}

@InputType({ description: 'A date of the holiday calendar.' })
export class HolidayInput {
  @Field({ description: 'Local date, YYYY-MM-DD, in the year being set.' })
  date!: string;

  @Field(() => HolidayKindEnum, { description: 'Holiday or make-up workday.' })
  kind!: HolidayKindEnum;

  @Field({ defaultValue: '', description: 'Name, e.g. 春节.' })
  name!: string;
}

@InputType({ description: 'The whole holiday calendar of one year; it replaces what the year had.' })
export class SetHolidaysInput {
  @Field(() => Int, { description: 'The year, e.g. 2027.' })
  year!: number;

  @Field(() => [HolidayInput], { description: 'Every holiday and make-up workday of the year; each date once.' })
  dates!: HolidayInput[];
}
