/**
 * What the district's people write on service orders (服务订单), for the seeded ones (seeds/service-order-plan.ts):
 * per kind of work, how often it is ordered, what the grid worker writes when residents order (titles and
 * descriptions with placeholders — {b} a building of the grid, {who} a resident as neighbours call them, {q} the
 * quantity), when it is needed, for whom, how many, and what the takers report when done; and the reasons people
 * give when they release, revoke, dispute, cancel or adjust. Pure data.
 */
import { ServiceKind as K } from '../src/modules/demands/demand.enums.js';
import { Audience } from '../src/modules/resources/resource.enums.js';
import { VolunteerSkill as S } from '../src/modules/volunteers/volunteer.enums.js';
import type { WeeklyWindow } from '../src/shared/schedule/schedule.types.js';

export interface OrderText { title: string; description: string }

/**
 * How often each kind is ordered. The district's reports count traffic guidance (文明交通引导), hygiene (环境卫生
 * 整治), study help (课业辅导), errands and escorts for the elderly first, then legal aid, repairs and visits.
 */
export const KIND_WEIGHTS: Readonly<Record<K, number>> = {
  TRAFFIC_GUIDANCE: 15, HYGIENE: 13, TUTORING: 11, ERRANDS: 9, ESCORT: 9, COMPANIONSHIP: 9, LEGAL_AID: 6, REPAIRS: 7,
  HEALTH_CHECK: 5, DIGITAL_HELP: 5, MEAL_DELIVERY: 4, HOUSEKEEPING: 3, HAIRCUT: 3, COUNSELLING: 2, OTHER: 1,
};

/** A second kind some orders add to their first (an escort to hospital also collects the medicine). */
export const COMPANION_KIND: Partial<Record<K, K>> = {
  ESCORT: K.ERRANDS, COMPANIONSHIP: K.HOUSEKEEPING, HEALTH_CHECK: K.COUNSELLING, MEAL_DELIVERY: K.COMPANIONSHIP, DIGITAL_HELP: K.ERRANDS,
};

/** Orders that ask for the same work over weeks (a term's traffic duty), not once. */
export const RECURRING: ReadonlySet<K> = new Set([K.TRAFFIC_GUIDANCE, K.TUTORING, K.COMPANIONSHIP, K.MEAL_DELIVERY, K.HYGIENE, K.DIGITAL_HELP, K.HOUSEKEEPING]);

/** How many people (or visits) an order of the kind asks for. */
export const QUANTITY: Readonly<Record<K, readonly [number, number]>> = {
  TRAFFIC_GUIDANCE: [3, 10], HYGIENE: [4, 12], TUTORING: [1, 3], ERRANDS: [1, 2], ESCORT: [1, 2], COMPANIONSHIP: [1, 3],
  LEGAL_AID: [1, 2], REPAIRS: [1, 2], HEALTH_CHECK: [2, 5], DIGITAL_HELP: [1, 3], MEAL_DELIVERY: [1, 3], HOUSEKEEPING: [1, 3],
  HAIRCUT: [1, 3], COUNSELLING: [1, 2], OTHER: [1, 3],
};

/** Whom an order of the kind is for. */
export const AUDIENCES: Readonly<Record<K, readonly Audience[]>> = {
  TRAFFIC_GUIDANCE: [Audience.PUPILS, Audience.ALL_RESIDENTS], HYGIENE: [Audience.ALL_RESIDENTS],
  TUTORING: [Audience.PUPILS, Audience.PEOPLE_IN_DIFFICULTY], ERRANDS: [Audience.ELDERLY, Audience.PEOPLE_WITH_DISABILITIES],
  ESCORT: [Audience.ELDERLY, Audience.PEOPLE_WITH_DISABILITIES], COMPANIONSHIP: [Audience.ELDERLY],
  LEGAL_AID: [Audience.ALL_RESIDENTS, Audience.PEOPLE_IN_DIFFICULTY], REPAIRS: [Audience.ELDERLY, Audience.PEOPLE_IN_DIFFICULTY],
  HEALTH_CHECK: [Audience.ELDERLY], DIGITAL_HELP: [Audience.ELDERLY], MEAL_DELIVERY: [Audience.ELDERLY, Audience.PEOPLE_WITH_DISABILITIES],
  HOUSEKEEPING: [Audience.ELDERLY, Audience.PEOPLE_WITH_DISABILITIES], HAIRCUT: [Audience.ELDERLY, Audience.PEOPLE_WITH_DISABILITIES],
  COUNSELLING: [Audience.ALL_RESIDENTS, Audience.PEOPLE_IN_DIFFICULTY], OTHER: [Audience.ALL_RESIDENTS],
};

const WORKDAYS = [1, 2, 3, 4, 5] as const;
const WEEKEND = [6, 7] as const;
const ALL = [1, 2, 3, 4, 5, 6, 7] as const;
const w = (days: readonly number[], dayType: WeeklyWindow['dayType'], start: string, end: string): WeeklyWindow =>
  ({ days: [...days] as WeeklyWindow['days'], dayType, start, end });

/** When an order of the kind is needed each week: one of these. */
export const WINDOWS: Readonly<Record<K, readonly WeeklyWindow[]>> = {
  TRAFFIC_GUIDANCE: [w(WORKDAYS, 'WORKDAY', '07:15', '08:15'), w(WORKDAYS, 'WORKDAY', '16:00', '17:30')],
  HYGIENE: [w(WEEKEND, 'REST_DAY', '08:30', '11:00'), w([6], 'ANY', '09:00', '11:30')],
  TUTORING: [w(WORKDAYS, 'WORKDAY', '16:30', '18:30'), w(WEEKEND, 'REST_DAY', '09:00', '11:00')],
  ERRANDS: [w(ALL, 'ANY', '09:00', '17:00')],
  ESCORT: [w(WORKDAYS, 'WORKDAY', '07:30', '12:00'), w(WORKDAYS, 'WORKDAY', '13:30', '17:00')],
  COMPANIONSHIP: [w([2, 4, 6], 'ANY', '14:00', '17:00'), w(ALL, 'ANY', '15:00', '17:00')],
  LEGAL_AID: [w(WORKDAYS, 'WORKDAY', '14:00', '17:00'), w([6], 'ANY', '09:00', '11:30')],
  REPAIRS: [w(ALL, 'ANY', '09:00', '18:00')],
  HEALTH_CHECK: [w(WEEKEND, 'REST_DAY', '08:30', '11:30')],
  DIGITAL_HELP: [w([2, 4], 'ANY', '14:30', '16:30'), w([6], 'ANY', '09:30', '11:30')],
  MEAL_DELIVERY: [w(ALL, 'ANY', '11:00', '12:30')],
  HOUSEKEEPING: [w(ALL, 'ANY', '09:00', '11:30')],
  HAIRCUT: [w(WEEKEND, 'REST_DAY', '09:00', '11:30')],
  COUNSELLING: [w(ALL, 'ANY', '19:00', '21:00')],
  OTHER: [w(ALL, 'ANY', '09:00', '17:00')],
};

/** The volunteers' skills that fit the kind (a taker is chosen among those first). */
export const SKILLS_FOR: Readonly<Record<K, readonly S[]>> = {
  TRAFFIC_GUIDANCE: [S.TRAFFIC_GUIDANCE, S.SAFETY_PATROL], HYGIENE: [S.HYGIENE], TUTORING: [S.TUTORING, S.CHILD_CARE],
  ERRANDS: [S.ERRANDS], ESCORT: [S.ELDERLY_CARE, S.DRIVING, S.MEDICAL_CARE], COMPANIONSHIP: [S.ELDERLY_CARE, S.COUNSELLING],
  LEGAL_AID: [S.LEGAL_AID], REPAIRS: [S.REPAIRS], HEALTH_CHECK: [S.MEDICAL_CARE], DIGITAL_HELP: [S.DIGITAL_HELP],
  MEAL_DELIVERY: [S.ELDERLY_CARE, S.ERRANDS], HOUSEKEEPING: [S.ELDERLY_CARE], HAIRCUT: [S.ELDERLY_CARE],
  COUNSELLING: [S.COUNSELLING], OTHER: [S.POLICY_OUTREACH],
};

/** The kinds of unit that take the kind of work as a unit (schools tutor, hospitals run check-ups). */
export const UNIT_KINDS_FOR: Readonly<Record<K, readonly string[]>> = {
  TRAFFIC_GUIDANCE: ['AGENCY', 'SCHOOL', 'COMPANY'], HYGIENE: ['AGENCY', 'COMPANY', 'SOCIAL_ORGANIZATION'], TUTORING: ['SCHOOL'],
  ERRANDS: ['SOCIAL_ORGANIZATION', 'AGENCY'], ESCORT: ['HOSPITAL', 'SOCIAL_ORGANIZATION'], COMPANIONSHIP: ['SOCIAL_ORGANIZATION', 'AGENCY'],
  LEGAL_AID: ['AGENCY', 'SOCIAL_ORGANIZATION'], REPAIRS: ['COMPANY'], HEALTH_CHECK: ['HOSPITAL'], DIGITAL_HELP: ['COMPANY', 'SCHOOL'],
  MEAL_DELIVERY: ['COMPANY', 'SOCIAL_ORGANIZATION'], HOUSEKEEPING: ['SOCIAL_ORGANIZATION', 'COMPANY'], HAIRCUT: ['SOCIAL_ORGANIZATION', 'COMPANY'],
  COUNSELLING: ['HOSPITAL', 'SOCIAL_ORGANIZATION'], OTHER: ['AGENCY'],
};

/** How long one person serves on an order of the kind, in minutes (one report). */
export const MINUTES: Readonly<Record<K, readonly [number, number]>> = {
  TRAFFIC_GUIDANCE: [60, 180], HYGIENE: [90, 240], TUTORING: [60, 240], ERRANDS: [30, 120], ESCORT: [120, 240],
  COMPANIONSHIP: [60, 180], LEGAL_AID: [45, 150], REPAIRS: [30, 120], HEALTH_CHECK: [120, 240], DIGITAL_HELP: [60, 150],
  MEAL_DELIVERY: [30, 120], HOUSEKEEPING: [90, 180], HAIRCUT: [60, 180], COUNSELLING: [60, 120], OTHER: [30, 120],
};

export const ORDER_TEXTS: Readonly<Record<K, readonly OrderText[]>> = {
  TRAFFIC_GUIDANCE: [
    { title: '小学上下学时段校门口需要文明交通引导', description: '{b}旁小学校门口早晚接送车辆乱停，孩子过马路不安全，家长{who}等反映，需要志愿者{q}人在上下学时段协助疏导' },
    { title: '早市路口行人电动车混行需要劝导', description: '{b}北侧早市路口早高峰行人、电动车、送菜三轮车混行，多次发生剐蹭，需要{q}名志愿者文明交通劝导' },
    { title: '地铁站口共享单车乱停需要引导', description: '{who}反映{b}附近地铁站口共享单车堆放占用盲道，早晚高峰需要{q}人引导规范停放' },
  ],
  HYGIENE: [
    { title: '老旧小区楼道堆物清理', description: '{b}楼道内长期堆放纸箱、旧家具，存在消防隐患，楼门长{who}希望组织{q}名志愿者协助居民清理' },
    { title: '背街小巷卫生死角整治', description: '{b}后身小巷有卫生死角，落叶和生活垃圾堆积，居民反映影响出行，需要{q}人周末集中清理' },
    { title: '垃圾分类桶前值守', description: '{b}垃圾分类投放点混投较多，{who}建议安排志愿者{q}人在投放高峰时段桶前指导' },
  ],
  TUTORING: [
    { title: '低保家庭孩子需要课业辅导', description: '{b}{who}家孩子上小学四年级，父母打零工无力辅导功课，数学成绩下滑，希望有{q}名志愿者定期辅导' },
    { title: '双职工家庭孩子作业无人辅导', description: '{b}几户双职工家庭孩子放学后作业无人指导，{who}牵头希望安排{q}名志愿者课后辅导' },
    { title: '初三学生需要英语学习帮扶', description: '{who}家孩子明年中考，英语基础薄弱，家里请不起家教，希望{q}名志愿者周末帮扶' },
  ],
  ERRANDS: [
    { title: '独居老人需要代买药品', description: '{b}{who}独居，腿脚不便，常用降压药快吃完了，需要志愿者到社区卫生服务站代取药品' },
    { title: '高龄老人需要代缴水电燃气费', description: '{b}{who}八十多岁，不会用手机缴费，子女在外地，需要志愿者帮忙代缴水电燃气费' },
    { title: '行动不便居民需要代购生活用品', description: '{b}{who}术后在家休养，行动不便，需要志愿者每周代购米面油等生活用品' },
  ],
  ESCORT: [
    { title: '独居老人需要陪同就医', description: '{b}{who}独居，需要到医院复查，儿女在外地，看病挂号、缴费、取药不方便，需要志愿者陪同' },
    { title: '残疾居民需要陪同外出办事', description: '{b}{who}坐轮椅出行，需要到街道政务服务中心办理残疾人证年审，希望志愿者陪同' },
    { title: '老人定期透析需要接送陪护', description: '{b}{who}每周要去医院透析，老伴年纪也大了，需要{q}名志愿者轮流陪同' },
  ],
  COMPANIONSHIP: [
    { title: '空巢老人需要定期探访陪伴', description: '{b}{who}老伴去世后一人居住，情绪低落，希望志愿者定期上门聊天陪伴，约{q}人轮流' },
    { title: '失独老人节日关爱探访', description: '{b}{who}是失独老人，平时少与人来往，社区希望安排{q}名志愿者每周探访' },
  ],
  LEGAL_AID: [
    { title: '居民遇到租房合同纠纷需要法律咨询', description: '{who}租住在{b}，房东提前收房不退押金，需要懂法律的志愿者提供咨询' },
    { title: '老人遗嘱和房产继承问题咨询', description: '{b}{who}想立遗嘱，对房产继承有疑问，希望律师志愿者上门解答' },
    { title: '外卖骑手劳动纠纷需要法律援助', description: '{who}反映在{b}一带送餐的几名骑手被拖欠工资，需要{q}名志愿者提供法律援助' },
  ],
  REPAIRS: [
    { title: '独居老人家中水管漏水需要维修', description: '{b}{who}家厨房水管漏水，老人不会修，请人上门费用高，需要志愿者帮忙维修' },
    { title: '困难家庭电路老化需要检修', description: '{b}{who}家电路老化，经常跳闸，存在安全隐患，需要懂电工的志愿者上门检修' },
  ],
  HEALTH_CHECK: [
    { title: '老年人需要上门测量血压血糖', description: '{b}有{q}位高龄老人患有慢性病，行动不便，希望医护志愿者上门测量血压血糖并讲解用药' },
    { title: '社区健康义诊', description: '{who}等居民希望在{b}附近开展一次健康义诊，约需{q}名医护志愿者' },
  ],
  DIGITAL_HELP: [
    { title: '老年人学用智能手机挂号', description: '{b}{who}等老人不会用手机挂号、扫码，希望志愿者手把手教，约需{q}人' },
    { title: '老人需要帮助办理线上社保认证', description: '{b}{who}需要在手机上完成养老金资格认证，自己不会操作，需要志愿者上门帮助' },
  ],
  MEAL_DELIVERY: [
    { title: '高龄独居老人需要送餐上门', description: '{b}{who}八十五岁独居，做饭困难，已订社区助老餐，需要志愿者每天中午送餐上门' },
    { title: '术后居民需要临时送餐', description: '{b}{who}刚做完手术，家中无人照顾，需要{q}名志愿者轮流送餐' },
  ],
  HOUSEKEEPING: [
    { title: '失能老人家中需要清洁打扫', description: '{b}{who}家老人失能卧床，家属年纪也大，家中卫生无人打扫，需要{q}名志愿者帮忙' },
    { title: '困难家庭入冬前大扫除', description: '{b}{who}家是低保户，入冬前需要清洗窗户、整理杂物，需要志愿者{q}人' },
  ],
  HAIRCUT: [
    { title: '行动不便老人需要上门理发', description: '{b}{who}卧床多年，头发很长了，出门理发不便，希望志愿者上门理发' },
    { title: '社区老人义务理发', description: '{b}附近老人多，{who}建议组织一次义务理发，需要会理发的志愿者{q}人' },
  ],
  COUNSELLING: [
    { title: '居民情绪低落需要心理疏导', description: '{b}{who}近期家庭变故，情绪低落，邻居担心，希望有心理咨询志愿者上门疏导' },
    { title: '中考学生考前焦虑需要心理辅导', description: '{who}家孩子临近考试焦虑失眠，家长希望心理志愿者帮助疏导' },
  ],
  OTHER: [
    { title: '社区活动需要志愿者协助', description: '{b}附近居民活动需要{q}名志愿者协助布置场地、维持秩序' },
    { title: '居民搬家需要帮助', description: '{b}{who}是独居老人，要搬到女儿家附近，需要志愿者帮忙打包搬运' },
  ],
};

/** What takers write when they report the work done. */
export const SERVICE_NOTES: Readonly<Record<K, readonly string[]>> = {
  TRAFFIC_GUIDANCE: ['上下学时段在校门口疏导车辆，劝导违停，护送学生过马路，秩序良好', '早高峰路口劝导电动车不闯红灯，引导行人走斑马线'],
  HYGIENE: ['清理楼道堆物，共清运纸箱杂物两车，楼道恢复畅通', '清扫小巷落叶和垃圾，清理卫生死角，居民很满意', '桶前值守指导居民分类投放，纠正混投'],
  TUTORING: ['辅导数学作业，讲解分数应用题，孩子基本掌握', '检查语文作业并辅导阅读理解，和家长沟通了学习情况', '讲解英语语法和完形填空做题方法'],
  ERRANDS: ['已到社区卫生服务站代取药品并送到老人家中，核对了用法用量', '已代缴水电燃气费，缴费凭证交给老人', '已代购米面油和蔬菜送到家中'],
  ESCORT: ['陪同老人到医院挂号、就诊、缴费、取药，安全送回家中', '陪同到政务服务中心办理完毕，全程推轮椅'],
  COMPANIONSHIP: ['上门陪老人聊天，帮忙整理房间，老人情绪好转', '探访老人，量了血压，陪同在小区散步'],
  LEGAL_AID: ['提供租房合同纠纷法律咨询，协助起草了沟通函', '上门讲解遗嘱订立和继承相关法律规定', '协助骑手整理证据，指导申请劳动仲裁'],
  REPAIRS: ['更换了厨房漏水的水管接头，检查了其他管线', '检修电路，更换老化开关和插座，排除了安全隐患'],
  HEALTH_CHECK: ['为老人测量血压血糖并记录，讲解了用药注意事项', '义诊服务居民，测量血压，提供健康咨询'],
  DIGITAL_HELP: ['教老人用手机挂号和扫码乘车，老人已能自己操作', '协助老人完成养老金资格认证'],
  MEAL_DELIVERY: ['按时将助老餐送到老人家中，老人身体状况良好', '送餐上门，顺便帮老人倒了垃圾'],
  HOUSEKEEPING: ['打扫厨房卫生间，清洗窗户，整理杂物', '帮助老人家中大扫除，清理过期食品'],
  HAIRCUT: ['上门为老人理发，顺便修剪了指甲', '义务理发服务老人十余人次'],
  COUNSELLING: ['与居民谈心一个多小时，情绪有所缓解，约定下周再来', '与学生和家长沟通，教了放松方法'],
  OTHER: ['协助布置活动场地并维持秩序', '帮助老人打包搬运物品，安全送到新住处'],
};

export const RELEASE_REASONS = ['单位临时加班，无法按约定时间上门', '家中有事走不开，请社区改派其他志愿者', '身体不适，无法完成服务', '时间与工作冲突，退回订单'];
export const REVOKE_REASONS = ['接单后超过一天未联系服务对象，社区收回重新派单', '服务对象要求更换志愿者', '接单人员不具备相应资质，改派专业志愿者'];
export const DISPUTE_REASONS = ['服务对象反映实际上门时间不足，请核实后重新填报', '服务记录缺少服务对象确认，请补充', '填报的服务人员与实际到场人员不符，请更正'];
export const REVOKE_CONFIRMATION_REASONS = ['复核发现服务时长填报有误，撤销确认重新核定', '服务对象家属反映服务未完成，撤销确认待核实'];
export const CANCEL_REASONS = ['服务对象已由家属接回照顾，不再需要', '居民已自行解决', '服务对象住院，暂停服务', '与其他订单重复，合并处理', '天气原因，活动取消'];

/** Points a community admin adds (or takes back) by hand, with the reason written on the ledger. */
export const ADJUSTMENTS: readonly (readonly [string, number])[] = [
  ['参加社区应急演练补记积分', 20], ['协助社区疫苗接种现场引导，纸质签到补录', 30], ['冬季扫雪铲冰志愿服务补记', 15],
  ['参加垃圾分类桶前值守，纸质签到补录', 12], ['获评月度优秀志愿者奖励积分', 50], ['服务时长重复登记，核减积分', -10],
  ['参加党员报到集中服务日补记积分', 20],
];
