/**
 * What the district's volunteer registers say, for the seeded volunteers (seeds/volunteer-plan.ts): how much of
 * each skill people tick, what they write in the free text, when they can serve, why a record was turned down,
 * and the teams (志愿服务队) communities and streets form. Pure data.
 */
import type { IsoWeekday, WeeklyWindow } from '../src/shared/schedule/schedule.types.js';
import { VolunteerSkill as S } from '../src/modules/volunteers/volunteer.enums.js';

/**
 * How often each skill is ticked. The district's activity counts put traffic guidance (文明交通劝导), hygiene
 * (环境卫生), tutoring (课业辅导) and legal aid (法律援助) first; the retired lean to elderly care and patrols.
 */
export const SKILL_WEIGHTS: Readonly<Record<'inService' | 'retired', Readonly<Record<S, number>>>> = {
  inService: {
    TRAFFIC_GUIDANCE: 22, HYGIENE: 20, TUTORING: 15, LEGAL_AID: 10, SAFETY_PATROL: 6, POLICY_OUTREACH: 7, ELDERLY_CARE: 5,
    DIGITAL_HELP: 6, CULTURE_AND_SPORTS: 5, ERRANDS: 4, REPAIRS: 3, MEDICAL_CARE: 3, COUNSELLING: 2, CHILD_CARE: 2,
    DRIVING: 3, EMERGENCY_RESCUE: 2,
  },
  retired: {
    TRAFFIC_GUIDANCE: 18, HYGIENE: 20, TUTORING: 8, LEGAL_AID: 4, SAFETY_PATROL: 14, POLICY_OUTREACH: 5, ELDERLY_CARE: 14,
    DIGITAL_HELP: 1, CULTURE_AND_SPORTS: 8, ERRANDS: 5, REPAIRS: 3, MEDICAL_CARE: 2, COUNSELLING: 2, CHILD_CARE: 4,
    DRIVING: 1, EMERGENCY_RESCUE: 1,
  },
};

/** What a unit's kind adds to its members' skills (schools tutor, hospitals nurse, agencies explain policy and law). */
export const SKILL_BY_EMPLOYER_KIND: Readonly<Record<string, readonly S[]>> = {
  SCHOOL: [S.TUTORING, S.CHILD_CARE],
  HOSPITAL: [S.MEDICAL_CARE, S.COUNSELLING],
  AGENCY: [S.POLICY_OUTREACH, S.LEGAL_AID],
  SOCIAL_ORGANIZATION: [S.ELDERLY_CARE, S.COUNSELLING],
  COMPANY: [S.DIGITAL_HELP, S.REPAIRS],
};

/** Free text, as people write it on the form; by who writes it. */
export const SKILL_NOTES = {
  retired: [
    '退休教师，可辅导初中数学', '退休前是护士，会量血压、测血糖', '会修自行车', '会包饺子，社区助老餐可以来帮忙',
    '退休会计，可以帮老人看看账单', '练了二十多年太极拳，可以带大家晨练', '会写毛笔字，过年可以给大家写春联',
    '以前开出租车，附近的路都熟', '身体还好，每天早上可以在楼门口转一转', '会剪纸，可以教孩子们', '老党员，愿意给年轻人讲讲胡同的老故事',
  ],
  SCHOOL: ['中学数学老师，可辅导初中数学', '小学语文老师，周末可以辅导作文', '体育老师，可以带孩子们打篮球'],
  HOSPITAL: ['在医院工作，可以提供健康咨询', '护士，可以帮老人量血压', '有红十字会救护员证，会心肺复苏'],
  AGENCY: ['在司法所工作，可以解答一些法律问题', '熟悉社保医保政策，可以帮忙咨询'],
  other: [
    '会修电脑和路由器', '会拍照和剪视频，可以帮社区做宣传', '有驾照，周末可以开车帮忙接送', '会说英语，可以帮外籍居民沟通',
    '会修水管、换灯泡这些小活', '会做PPT，可以帮社区做课件', '家里有三轮车，搬东西可以找我', '会教老人用微信和手机挂号',
    '周末可以带孩子们踢球', '懂一点心理学，可以陪人聊聊天',
  ],
} as const;

const ALL: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const w = (days: IsoWeekday[], dayType: WeeklyWindow['dayType'], start: string, end: string): WeeklyWindow => ({ days, dayType, start, end });

/** When people in work can serve: evenings of workdays and rest days. No two windows of one schedule overlap. */
export const IN_SERVICE_WINDOWS: readonly (readonly WeeklyWindow[])[] = [
  [w(ALL, 'REST_DAY', '09:00', '12:00')],
  [w(ALL, 'REST_DAY', '09:00', '17:00')],
  [w([2, 4], 'WORKDAY', '19:00', '21:00'), w(ALL, 'REST_DAY', '14:00', '17:00')],
  [w(ALL, 'WORKDAY', '18:30', '21:00')],
  [w([6], 'ANY', '08:30', '11:30')],
  [w([3], 'WORKDAY', '19:00', '21:00'), w([7], 'REST_DAY', '09:00', '12:00')],
  [w(ALL, 'WORKDAY', '19:00', '21:30'), w(ALL, 'REST_DAY', '08:00', '12:00')],
];

/** The retired also serve on weekday mornings and afternoons (and the morning rush, for traffic guidance). */
export const RETIRED_WINDOWS: readonly (readonly WeeklyWindow[])[] = [
  [w(ALL, 'WORKDAY', '08:00', '11:30')],
  [w([1, 3, 5], 'ANY', '08:30', '11:30'), w([1, 3, 5], 'ANY', '14:00', '17:00')],
  [w(ALL, 'WORKDAY', '07:00', '09:00')],
  [w(ALL, 'WORKDAY', '14:00', '17:00'), w(ALL, 'REST_DAY', '09:00', '11:30')],
  ...IN_SERVICE_WINDOWS.slice(0, 2),
];

export const REJECT_REASONS = [
  '不是本社区常住居民，请向居住地社区报到', '联系电话多次无法接通，信息无法核实', '已在其他社区报到，不能重复登记',
  '所填单位与实际不符，请核实后重新申请',
];
export const SUSPEND_REASONS = [
  '连续三次报名服务后未到岗', '服务中与居民发生争执，待调查核实', '健康原因，暂停安排服务', '长期外派，本人申请暂停服务',
];
export const LEAVE_REASONS = ['工作调动，搬离本区', '家里老人需要照顾，暂时没有时间', '搬家到外区居住', '身体原因，不再参加'];

/** Team themes: the words in its name, the skill it gathers (or who), what it does. */
export interface TeamTheme { name: string; skill: S | null; who?: 'retired' | 'party'; description: string }
export const COMMUNITY_THEMES: readonly TeamTheme[] = [
  { name: '夕阳红', skill: S.ELDERLY_CARE, who: 'retired', description: '社区退休党员和老年志愿者组成，开展助老、邻里互助和文明劝导。' },
  { name: '文明交通劝导', skill: S.TRAFFIC_GUIDANCE, description: '早晚高峰在路口、公交站劝导行人和非机动车文明出行。' },
  { name: '环境卫生', skill: S.HYGIENE, description: '每周组织楼院清扫、垃圾分类桶前值守和背街小巷整治。' },
  { name: '四点半课堂', skill: S.TUTORING, description: '放学后为双职工家庭的孩子看护和辅导作业。' },
  { name: '治安巡逻', skill: S.SAFETY_PATROL, description: '重点时段在楼院、胡同巡逻，发现隐患及时报告网格员。' },
  { name: '邻里守望', skill: null, description: '结对关照独居、高龄老人，定期上门探望。' },
  { name: '党员先锋', skill: null, who: 'party', description: '在职党员回社区报到后组成，承担急难险重任务。' },
  { name: '巾帼', skill: S.CHILD_CARE, description: '社区妇女志愿者组成，开展家庭教育、儿童看护和邻里调解。' },
];
export const STREET_THEMES: readonly TeamTheme[] = [
  { name: '法律援助', skill: S.LEGAL_AID, description: '律师和法律工作者志愿者为居民提供免费法律咨询和调解。' },
  { name: '应急救援', skill: S.EMERGENCY_RESCUE, description: '汛期、冰雪天气和突发事件中协助疏散、转移和救护。' },
  { name: '在职党员', skill: null, who: 'party', description: '驻区单位在职党员组成，参加街道重点工作和社区服务。' },
  { name: '心理关爱', skill: S.COUNSELLING, description: '为困难家庭、独居老人和青少年提供心理疏导和陪伴。' },
  { name: '健康服务', skill: S.MEDICAL_CARE, description: '医务工作者志愿者定期进社区义诊、开展健康讲座。' },
  { name: '银龄数字帮扶', skill: S.DIGITAL_HELP, description: '教老年人使用智能手机挂号、缴费、扫码出行。' },
];
export const DISBAND_REASONS = ['队员大多已搬离社区，并入街道志愿服务队', '活动长期停止，经队员商议撤销'];
