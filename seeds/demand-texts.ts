/**
 * What grid workers write when residents order (群众点单): per resource kind, titles and descriptions with
 * placeholders — {b} a building of the grid, {who} a resident as neighbours call them, {q} the quantity.
 */
import { ResourceKind } from '../src/modules/resources/resource.enums.js';

export interface DemandText {
  title: string;
  description: string;
}

export const DEMAND_TEXTS: Record<Exclude<ResourceKind, 'OTHER'>, readonly DemandText[]> = {
  READING_ROOM: [
    { title: '备考学生晚上缺少安静自习场所', description: '{b}{who}家孩子明年中考，家里两代人同住没有书桌，周边几户也有类似情况，希望晚上和周末有{q}个安静的自习座位' },
    { title: '居民希望就近有阅览室看书看报', description: '{b}几位退休老人反映社区图书角太小，想找个就近的阅览室看报读书，约{q}人，主要在周末' },
    { title: '考研青年需要晚间自习座位', description: '{who}反映租住在{b}的几名年轻人下班后备考，出租屋嘈杂，需要晚间自习座位{q}个' },
  ],
  ACTIVITY_VENUE: [
    { title: '广场舞队冬季缺少室内活动场地', description: '{b}附近广场舞队约{q}人，入冬后天冷风大，老人在户外活动易感冒，希望晚上借用室内场地' },
    { title: '社区合唱团排练没有场地', description: '{who}牵头的居民合唱团有{q}名成员，原来借用的地下室改作他用，每周需要固定排练场地' },
    { title: '青少年周末体育活动场地不足', description: '{b}一带孩子多，周末没有地方打球，家长们希望借用单位操场或体育馆，每次约{q}人' },
  ],
  CIVIC_CLASSROOM: [
    { title: '老年人想学用智能手机', description: '{b}{who}等老人不会用手机挂号、扫码乘车，子女不在身边，希望开设智能手机课，约{q}人报名' },
    { title: '居民希望开展垃圾分类知识讲座', description: '楼门长反映{b}垃圾分类准确率不高，希望请专业人员讲一讲，预计{q}名居民参加' },
    { title: '新市民家庭需要法律知识课堂', description: '{who}等外来务工家庭常遇到租房合同、劳动纠纷问题，希望开设普法课堂，约{q}人' },
  ],
  PARKING: [
    { title: '老旧小区夜间停车难', description: '{b}是无物业老楼，院内只有几个车位，{who}等居民下班回家后常绕行半小时找车位，需要夜间共享车位{q}个' },
    { title: '胡同停车占道影响消防通道', description: '{b}门口胡同晚上停满车，消防车进不来，居民希望周边单位夜间开放车位{q}个' },
    { title: '医护家庭夜班回家无处停车', description: '{b}{who}夫妻都在医院倒班，深夜回家找不到车位，类似住户共{q}户需要夜间车位' },
  ],
  TOILET: [
    { title: '早市周边缺少公共厕所', description: '{b}旁早市每天清晨人多，附近没有公厕，摊主和买菜居民约{q}人反映如厕不便' },
    { title: '户外劳动者如厕难', description: '{who}反映在{b}一带作业的快递员、外卖骑手约{q}人，白天找不到可以使用的厕所' },
  ],
  WATER_POINT: [
    { title: '环卫工人冬季喝不上热水', description: '负责{b}周边清扫的环卫工人有{q}名，清晨四五点上岗，冬天喝不上热水，希望沿街单位提供饮水点' },
    { title: '户外工作者需要就近饮水', description: '{who}反映在{b}一带作业的环卫和绿化工人约{q}人，夏季高温、冬季严寒都需要就近饮水休息' },
  ],
  BREAKFAST: [
    { title: '环卫工人早班吃不上热乎早饭', description: '{b}片区环卫工人{q}名，凌晨上班，附近早点铺七点才开门，希望有爱心早餐' },
    { title: '清扫保洁员早餐需求', description: '班长{who}反映本片区保洁员{q}人多为外地务工人员，收入不高，常常空腹上班' },
  ],
  AFTER_SCHOOL_CLASSROOM: [
    { title: '双职工家庭孩子放学后无人照看', description: '{b}{who}家孩子放学后无人照看，家长下班要到六点半以后，需要课后托管{q}人' },
    { title: '小学生放学后“三点半难题”', description: '{b}有{q}名小学生下午四点半放学，父母都是双职工，孩子只能在楼道里等，希望就近有1小时课堂' },
  ],
  CLINIC: [
    { title: '困难老人看病不便需要义诊', description: '{b}{who}独居，患有高血压和糖尿病，行动不便，类似困难老人{q}人，希望定期义诊和健康咨询' },
    { title: '低保户需要免费体检', description: '社区低保、低收入家庭{q}人，多年未做体检，{who}等几位反映看病贵，希望爱心门诊帮助' },
  ],
  DAY_CARE: [
    { title: '高龄独居老人白天无人照料', description: '{b}{who}今年86岁，子女在外地，白天一人在家，类似高龄老人{q}人需要日间照料' },
    { title: '失能老人家属希望有日间照料', description: '{b}{who}家老人轻度失能，家属白天上班，需要日间照料床位{q}张' },
  ],
};

/** How grid workers and neighbours name residents in their notes. */
export const RESIDENTS = [
  '王阿姨', '李大爷', '张奶奶', '刘叔叔', '陈阿姨', '赵大妈', '孙师傅', '周奶奶', '吴大爷', '郑阿姨', '马大姐', '胡叔叔',
  '杨女士', '黄先生', '何阿姨', '高大爷', '林女士', '罗师傅', '宋奶奶', '唐先生',
];
