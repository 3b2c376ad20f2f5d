/**
 * Name lists, text templates and weekly schedules for the seed district (seeds/district.ts). Pure data.
 *
 * Placeholders in templates: {S} the street's place name (建国门), {P} the community's place name
 * (史家胡同), {bank}, {brand}, {industry} from the lists below.
 */
import type { DayType, IsoWeekday } from '../src/shared/schedule/schedule.types.js';

export const CITY = '北京市';
export const DISTRICT_NAME = '东城区';
/** Administrative division code of the district; streets append 3 digits, each level below 3 more. */
export const DISTRICT_CODE = '110101';

/** Street (街道) place names; the first 17 are Dongcheng's, the rest are used by larger scales. */
export const STREET_PLACES = [
  '建国门', '朝阳门', '东直门', '东四', '北新桥', '交道口', '安定门', '和平里', '景山', '东华门',
  '前门', '崇文门外', '东花市', '龙潭', '体育馆路', '天坛', '永定门外',
  '三里屯', '团结湖', '呼家楼', '八里庄', '双井', '劲松', '潘家园', '麦子店', '六里屯', '左家庄',
  '香河园', '和平街', '小关', '亚运村', '大屯', '望京', '酒仙桥', '将台', '东风', '平房', '高碑店',
  '垡头',
] as const;

/** Community place names are a first part and an ending: 史家 + 胡同, 金鱼 + 北里. */
export const COMMUNITY_STEMS = [
  '史家', '演乐', '礼士', '本司', '东堂', '西总布', '东总布', '赵家楼', '大雅宝', '金宝', '苏州',
  '外交', '贡院', '崇内', '东单', '新鲜', '南门仓', '海运仓', '北官厅', '豆瓣', '竹竿', '朝西',
  '新中', '东环', '清水', '春秀', '安德', '交道', '府学', '菊儿', '南锣', '帽儿', '雨儿', '板厂',
  '鼓楼', '草厂', '鲜鱼口', '花市', '广渠', '幸福', '光明', '龙潭', '景泰', '定安', '革新',
  '西园', '东园', '北极阁', '禄米仓', '灯市', '金鱼', '柳荫', '香饵', '育群', '民安', '新景',
  '永安', '青龙', '钱粮', '东厂',
] as const;
export const COMMUNITY_ENDINGS = ['胡同', '里', '街', '苑', '园', '西里', '北里', '南里', '东里'] as const;

/** Real roads of the district, for addresses. */
export const ROADS = [
  '建国门内大街', '朝阳门内大街', '朝阳门南小街', '朝阳门北小街', '东单北大街', '东四南大街',
  '东四北大街', '东直门南大街', '东直门内大街', '王府井大街', '灯市口大街', '金宝街', '东长安街',
  '崇文门内大街', '崇文门外大街', '广渠门内大街', '和平里中街', '和平里东街', '安定门外大街',
  '安定门内大街', '地安门东大街', '交道口南大街', '雍和宫大街', '北新桥三条', '东四十条',
  '美术馆后街', '南河沿大街', '台基厂大街', '前门东大街', '天坛路', '永定门外大街', '龙潭路',
  '体育馆路', '东花市大街', '幸福大街', '珠市口东大街',
] as const;

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林',
  '何', '郭', '马', '罗', '梁', '宋', '郑', '谢', '韩', '唐', '冯', '于', '董', '程', '曹', '袁',
  '邓', '许', '傅', '沈', '曾', '彭', '吕', '苏', '卢', '蒋', '蔡', '贾', '丁', '魏', '薛', '叶',
] as const;
export const GIVEN_NAMES = [
  '建国', '秀英', '桂英', '秀兰', '玉兰', '桂兰', '淑珍', '建华', '建军', '国强', '志强', '海燕',
  '红梅', '晓东', '文静', '丽娟', '春梅', '振华', '立新', '卫东', '伟', '芳', '敏', '静', '强',
  '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '鹏', '婷', '雪',
  '宇航', '子涵', '梓萱', '浩然', '欣怡', '思远', '佳琪', '一鸣', '雨桐',
] as const;
export const PHONE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153',
  '155', '156', '157', '158', '159', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
] as const;

export type OrgTag =
  | 'gov' | 'library' | 'culture' | 'sanitation'
  | 'primary' | 'middle' | 'kindergarten' | 'vocational'
  | 'chc' | 'clinic' | 'hospital'
  | 'elder' | 'volunteer' | 'social'
  | 'bank' | 'store' | 'food' | 'utility' | 'hotel' | 'fuel' | 'office';

/** District-level agencies, placed in the first copy of the streets only. */
export const DISTRICT_AGENCIES: readonly (readonly [string, OrgTag])[] = [
  ['东城区市场监管局', 'gov'], ['东城区教委', 'gov'], ['东城区卫健委', 'gov'], ['东城区文旅局', 'gov'],
  ['东城区人力社保局', 'gov'], ['东城区民政局', 'gov'], ['东城区司法局', 'gov'], ['东城区城管委', 'gov'],
  ['东城区住建委', 'gov'], ['东城区退役军人局', 'gov'], ['东城区残联', 'gov'], ['东城区总工会', 'gov'],
  ['东城区妇联', 'gov'], ['东城区科协', 'gov'], ['东城区档案馆', 'culture'], ['东城区文化馆', 'culture'],
  ['东城区第一图书馆', 'library'], ['市图书馆东城分馆', 'library'],
];

/** Street-level agencies, in the order they are filled in (the first ones every street has). */
export const STREET_AGENCIES: readonly (readonly [string, OrgTag])[] = [
  ['{S}街道办事处', 'gov'], ['{S}派出所', 'gov'], ['{S}司法所', 'gov'], ['{S}市场监管所', 'gov'],
  ['{S}环卫所', 'sanitation'], ['{S}街道综合文化中心', 'culture'], ['{S}街道社区服务中心', 'gov'],
  ['{S}税务所', 'gov'], ['{S}城管执法队', 'gov'], ['{S}消防救援站', 'gov'],
  ['{S}街道社会保障事务所', 'gov'], ['{S}街道退役军人服务站', 'gov'], ['{S}街道残疾人联合会', 'gov'],
  ['{S}街道总工会', 'gov'], ['{S}街道妇女联合会', 'gov'], ['{S}交通中队', 'gov'],
];

export const HOSPITAL_TEMPLATES = [
  '{P}医院', '{P}中医医院', '{P}口腔医院', '{P}康复医院', '{P}门诊部', '{P}中西医结合医院', '{P}眼科诊所',
] as const;

export const SOCIAL_TEMPLATES = [
  '{S}街道老年协会', '{S}街道慈善协会', '{S}街道社会工作事务所', '{S}青年志愿服务队', '{S}街道书画协会',
  '{S}街道文体协会', '{P}邻里互助会', '{P}读书会', '{P}文化艺术团', '{P}社区志愿服务队',
  '{P}巾帼志愿服务队', '{P}为老服务志愿队', '{P}心理援助服务站',
] as const;

export const BANKS = [
  '中国工商银行', '中国农业银行', '中国银行', '中国建设银行', '交通银行', '招商银行', '中信银行',
  '北京银行', '中国民生银行', '兴业银行', '浦发银行', '中国光大银行', '华夏银行', '中国邮政储蓄银行',
  '平安银行', '广发银行',
] as const;
export const BRANDS = [
  '华瑞', '恒泰', '鼎盛', '嘉禾', '瑞丰', '汇通', '宏达', '中联', '东方', '天元', '金源', '信达',
  '安泰', '永和', '博远', '京通', '中科', '华宇', '光华', '泰和', '万通', '天宇', '盛世', '金桥',
  '同心', '正阳', '明德', '德润', '广源', '恒信', '利华', '和信', '中安', '瑞华', '国泰', '长城',
  '东华', '京诚', '百川', '卓越',
] as const;
export const INDUSTRIES = [
  '科技', '信息技术', '置业', '物业管理', '商贸', '文化传媒', '建筑工程', '餐饮管理', '投资管理',
  '咨询', '物流', '酒店管理', '医药', '广告', '设计', '教育科技', '电子商务',
] as const;

/** Company name templates by tag, with relative weights. */
export const COMPANY_TEMPLATES: readonly { tag: OrgTag; weight: number; names: readonly string[] }[] = [
  { tag: 'bank', weight: 18, names: ['{bank}北京{P}支行', '{bank}北京{S}支行'] },
  {
    tag: 'store', weight: 12,
    names: ['中国移动{P}营业厅', '中国联通{P}营业厅', '中国电信{P}营业厅', '同仁堂{P}药店', '金象大药房{P}店',
      '顺丰速运{P}营业部', '中国邮政{P}邮政支局', '物美超市{P}店', '华联超市{P}店'],
  },
  {
    tag: 'food', weight: 14,
    names: ['庆丰包子铺{P}店', '护国寺小吃{P}店', '南城香{P}店', '和合谷{P}店', '老家肉饼{P}店', '吉野家{P}店',
      '永和大王{P}店', '嘉和一品{P}店', '稻香村{P}店'],
  },
  {
    tag: 'utility', weight: 3,
    names: ['北京燃气{S}服务所', '北京自来水{S}营业所', '北京热力{S}供热所'],
  },
  { tag: 'hotel', weight: 4, names: ['如家酒店北京{P}店', '汉庭酒店北京{P}店', '{brand}大酒店', '{brand}宾馆'] },
  { tag: 'fuel', weight: 2, names: ['中国石化{P}加油站', '中国石油{P}加油站'] },
  {
    tag: 'office', weight: 40,
    names: ['{brand}集团', '北京{brand}{industry}有限公司', '北京{brand}{industry}有限公司{P}分公司'],
  },
];

export const ORG_DESCRIPTIONS: Record<'AGENCY' | 'SCHOOL' | 'HOSPITAL' | 'COMPANY' | 'SOCIAL_ORGANIZATION', readonly string[]> = {
  AGENCY: [
    '驻{S}街道的机关单位，参加街道区域化党建共建，向居民开放会议室、停车场等资源。',
    '{S}街道“吹哨报到”成员单位，与{P}社区签订共建协议，定期到社区报到服务。',
  ],
  SCHOOL: [
    '公办学校，课后和节假日向周边居民有序开放场地，教师志愿者参与社区服务。',
    '与{P}社区结对共建，开放操场和图书室，开展“1小时课堂”等课后服务。',
  ],
  HOSPITAL: [
    '承担{P}社区及周边居民的基本医疗和公共卫生服务，开展义诊和健康讲座。',
    '{S}街道共建单位，为困难群众和老年人提供爱心门诊、上门巡诊服务。',
  ],
  COMPANY: [
    '驻区企业，与{S}街道签订共建协议，向环卫工人和户外劳动者开放驿站。',
    '{P}社区共建单位，党员职工利用业余时间参加社区志愿服务。',
    '临街门店，向周边居民和户外劳动者提供饮水、如厕等便民服务。',
  ],
  SOCIAL_ORGANIZATION: [
    '在{S}街道登记的社会组织，组织志愿者开展为老、助残、邻里互助服务。',
    '扎根{P}社区的社会组织，承接社区公益项目，开展文化和志愿服务活动。',
  ],
};

/** Resource title endings, appended to the owner's name; indexed by the owner's nth resource of the kind. */
export const TITLE_ENDINGS = {
  READING_ROOM: { library: ['阅览室', '少儿阅览室'], SCHOOL: ['图书室', '阅览室'], COMPANY: ['职工书屋', '阅览室'], other: ['阅览室', '图书室'] },
  ACTIVITY_VENUE: {
    SCHOOL: ['操场', '体育馆'], AGENCY: ['多功能厅', '会议室'], COMPANY: ['多功能厅', '会议室'],
    HOSPITAL: ['会议室', '活动室'], SOCIAL_ORGANIZATION: ['活动室', '排练厅'],
  },
  CIVIC_CLASSROOM: {
    AGENCY: ['市民文明课堂', '法治讲堂'], SCHOOL: ['市民文明课堂', '家长学校'], HOSPITAL: ['健康大讲堂', '急救知识课堂'],
    COMPANY: ['市民文明课堂', '安全知识课堂'], bank: ['金融知识课堂', '市民文明课堂'], SOCIAL_ORGANIZATION: ['公益课堂', '市民文明课堂'],
  },
  PARKING: { AGENCY: ['院内停车场', '职工停车场'], SCHOOL: ['校内停车场', '操场停车区'], COMPANY: ['职工停车场', '地下停车场'] },
  TOILET: ['对外开放厕所'],
  WATER_POINT: ['饮水点'],
  BREAKFAST: ['爱心早餐点'],
  AFTER_SCHOOL_CLASSROOM: ['1小时课堂'],
  CLINIC: ['爱心门诊', '便民义诊室'],
  DAY_CARE: ['日间照料中心'],
} as const;

/** Resource descriptions by kind; {cap} is the capacity. */
export const RESOURCE_DESCRIPTIONS = {
  READING_ROOM: '设{cap}个座位，按开放时间向周边居民开放，凭身份证登记入座，请保持安静。',
  ACTIVITY_VENUE: '可容纳{cap}人，社区、社会组织可按时段预约开展文体活动。',
  CIVIC_CLASSROOM: '每期可容纳{cap}人，开展文明礼仪、法律、健康、防诈骗等讲座。',
  PARKING: '共{cap}个车位，开放时段内免费向周边居民开放，请按指定区域停放、按时驶离。',
  TOILET: '单位内部厕所向过往群众开放，门口设有指引标识。',
  WATER_POINT: '为环卫工人和户外劳动者免费提供饮用热水，可自带水杯灌水。',
  BREAKFAST: '每天早晨为环卫工人免费提供早餐，约{cap}份。',
  AFTER_SCHOOL_CLASSROOM: '放学后至家长下班前提供看护和作业辅导，可接收{cap}名学生。',
  CLINIC: '为困难群众免费提供基础体检、慢病咨询，每天约{cap}人次。',
  DAY_CARE: '为社区老年人提供日间照料、助餐和康复服务，设{cap}张床位。',
} as const;

// ---- weekly schedules ----
const ALL_DAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const MON_FRI: readonly IsoWeekday[] = [1, 2, 3, 4, 5];
type W = readonly [readonly IsoWeekday[], DayType, string, string];
/** Schedule variants by kind; the first is the usual one. No two windows of a variant overlap. */
export const SCHEDULES: Record<string, readonly (readonly W[])[]> = {
  READING_ROOM: [
    [[ALL_DAYS, 'WORKDAY', '18:00', '21:00'], [ALL_DAYS, 'REST_DAY', '09:00', '21:00']],
    [[ALL_DAYS, 'WORKDAY', '18:30', '21:30'], [ALL_DAYS, 'REST_DAY', '09:00', '17:00']],
  ],
  ACTIVITY_VENUE: [
    [[ALL_DAYS, 'WORKDAY', '18:30', '21:30'], [ALL_DAYS, 'REST_DAY', '08:00', '18:00']],
    [[ALL_DAYS, 'REST_DAY', '09:00', '17:00']],
    [[ALL_DAYS, 'ANY', '06:00', '07:30'], [ALL_DAYS, 'ANY', '18:00', '21:00']],
    [[[2, 4], 'WORKDAY', '14:00', '17:00'], [[6], 'ANY', '09:00', '12:00']],
  ],
  CIVIC_CLASSROOM: [
    [[[3], 'ANY', '19:00', '20:30']], [[[6], 'ANY', '09:30', '11:30']], [[[2, 4], 'WORKDAY', '14:30', '16:00']],
    [[[6, 7], 'REST_DAY', '14:00', '16:00'], [[5], 'WORKDAY', '19:00', '20:30']],
  ],
  // Nights every day past midnight, plus rest days in between: the same hours as "workday nights and rest
  // days all day", written so that no window overlaps another even when a night runs into a rest day.
  PARKING: [
    [[ALL_DAYS, 'ANY', '19:00', '07:30'], [ALL_DAYS, 'REST_DAY', '07:30', '19:00']],
    [[ALL_DAYS, 'ANY', '18:30', '08:00'], [ALL_DAYS, 'REST_DAY', '08:00', '18:30']],
    [[ALL_DAYS, 'WORKDAY', '19:00', '24:00'], [ALL_DAYS, 'REST_DAY', '00:00', '24:00']],
  ],
  TOILET: [[[ALL_DAYS, 'ANY', '06:00', '22:00']], [[ALL_DAYS, 'ANY', '00:00', '24:00']]],
  WATER_POINT: [[[ALL_DAYS, 'ANY', '05:00', '20:00']], [[ALL_DAYS, 'ANY', '05:00', '19:00']], [[ALL_DAYS, 'ANY', '05:00', '21:00']]],
  BREAKFAST: [[[ALL_DAYS, 'ANY', '05:30', '08:00']], [[ALL_DAYS, 'WORKDAY', '06:00', '08:00']]],
  AFTER_SCHOOL_CLASSROOM: [[[MON_FRI, 'WORKDAY', '16:30', '18:00']]],
  CLINIC: [
    [[ALL_DAYS, 'WORKDAY', '08:30', '11:30'], [ALL_DAYS, 'WORKDAY', '14:00', '17:00']],
    [[[2, 4], 'WORKDAY', '09:00', '11:30']], [[[6], 'ANY', '08:30', '11:30']],
  ],
  DAY_CARE: [[[ALL_DAYS, 'WORKDAY', '08:00', '17:30']], [[MON_FRI, 'WORKDAY', '08:30', '17:00']]],
};
