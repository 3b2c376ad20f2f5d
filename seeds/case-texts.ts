/**
 * What the district's people write on cases (吹哨报到), for the seeded ones (seeds/case-plan.ts): the departments
 * (职能部门) a whistle summons — the district's and each street's, with what they are responsible for — which of
 * them a case of each category calls, what grid workers and residents write when they report (titles and
 * descriptions with placeholders — {b} a building of the grid, {who} a resident as neighbours call them, {g} the
 * grid, {c} the community), what departments note and report when done, and the reasons people give when they
 * reject, merge, escalate, decline, overrule or reopen. Pure data.
 */
import { CaseCategory as C } from '../src/modules/cases/case.enums.js';
import type { OrganizationKind } from '../src/modules/organizations/organization.enums.js';

/** What a department is responsible for: how a category picks the departments it summons. */
export type Duty =
  | 'cityManagement' | 'housing' | 'market' | 'environment' | 'health' | 'civilAffairs' | 'transport' | 'greenery'
  | 'police' | 'traffic' | 'enforcement' | 'water' | 'emergency' | 'planning' | 'disability' | 'sanitation' | 'justice';

export interface DepartmentText { name: string; duty: Duty; description: string }

/**
 * The district's departments, by their full names (北京市东城区…): the resident units already hold the short
 * forms some agencies go by (东城区城管委, 东城区民政局…), and a name is unique in the hub.
 */
export const DISTRICT_DEPARTMENTS: readonly DepartmentText[] = [
  { name: '北京市东城区城市管理委员会', duty: 'cityManagement', description: '负责全区市容环境卫生、市政公用设施运行、垃圾分类和城市精细化管理的统筹协调' },
  { name: '北京市东城区住房和城市建设委员会', duty: 'housing', description: '负责全区房屋安全、物业管理监督、老旧小区综合整治和住房保障' },
  { name: '北京市东城区市场监督管理局', duty: 'market', description: '负责全区市场主体登记、食品安全、价格和无照经营监管' },
  { name: '北京市东城区生态环境局', duty: 'environment', description: '负责全区大气、水、噪声和固体废物污染防治的监督管理' },
  { name: '北京市东城区卫生健康委员会', duty: 'health', description: '负责全区医疗卫生、疾病预防控制、老年健康和爱国卫生工作' },
  { name: '北京市东城区民政局', duty: 'civilAffairs', description: '负责全区养老服务、社会救助、社区建设和社会组织管理' },
  { name: '北京市东城区交通委员会', duty: 'transport', description: '负责全区道路交通规划建设、停车管理和慢行系统治理' },
  { name: '北京市东城区园林绿化局', duty: 'greenery', description: '负责全区公园绿地、行道树和社区绿化的建设与养护管理' },
  { name: '北京市公安局东城分局', duty: 'police', description: '负责全区社会治安、消防监督和矛盾纠纷化解中的公安工作' },
  { name: '北京市公安局公安交通管理局东城交通支队', duty: 'traffic', description: '负责全区道路交通秩序管理和交通违法查处' },
  { name: '北京市东城区城市管理综合行政执法局', duty: 'enforcement', description: '负责全区城市管理领域的综合行政执法，查处违法建设、占道经营等' },
  { name: '北京市东城区水务局', duty: 'water', description: '负责全区供排水、防汛和河湖管理' },
  { name: '北京市东城区应急管理局', duty: 'emergency', description: '负责全区安全生产监管、应急救援和防灾减灾' },
  { name: '北京市规划和自然资源委员会东城分局', duty: 'planning', description: '负责全区城乡规划实施和违法建设认定' },
  { name: '北京市东城区残疾人联合会', duty: 'disability', description: '负责全区残疾人权益保障、康复和无障碍环境建设' },
];

/** Each street's departments; {S} is the street's place name (建国门…). */
export const STREET_DEPARTMENTS: readonly DepartmentText[] = [
  { name: '{S}街道城管执法队', duty: 'enforcement', description: '负责{S}街道辖区城市管理综合执法：占道经营、违法建设、渣土遗撒、油烟噪声扰民' },
  { name: '东城分局{S}派出所', duty: 'police', description: '负责{S}街道辖区治安管理、户籍和消防监督检查，参与矛盾纠纷调处' },
  { name: '{S}街道市场监管所', duty: 'market', description: '负责{S}街道辖区食品安全、无照经营和价格投诉的监管执法' },
  { name: '{S}街道环卫所', duty: 'sanitation', description: '负责{S}街道辖区道路清扫保洁、垃圾清运和公厕管理' },
  { name: '{S}街道房管所', duty: 'housing', description: '负责{S}街道辖区直管公房维修、房屋安全排查和物业纠纷协调' },
  { name: '{S}街道司法所', duty: 'justice', description: '负责{S}街道辖区人民调解、法律援助和普法宣传' },
];

/** Which departments a case of the category summons: the street's (by a community or street whistle), the district's. */
export const CATEGORY_DUTIES: Readonly<Record<C, { street: readonly Duty[]; district: readonly Duty[]; units: readonly OrganizationKind[] }>> = {
  ENVIRONMENT_HYGIENE: { street: ['sanitation', 'enforcement'], district: ['cityManagement', 'environment'], units: ['COMPANY', 'AGENCY'] as OrganizationKind[] },
  PARKING_TRAFFIC: { street: ['police', 'enforcement'], district: ['transport', 'traffic'], units: ['AGENCY', 'SCHOOL', 'COMPANY'] as OrganizationKind[] },
  PROPERTY_HOUSING: { street: ['housing'], district: ['housing', 'cityManagement'], units: ['COMPANY'] as OrganizationKind[] },
  PUBLIC_SAFETY: { street: ['police', 'housing'], district: ['emergency', 'police'], units: ['COMPANY', 'AGENCY'] as OrganizationKind[] },
  ELDERLY_DISABLED_CARE: { street: ['justice', 'housing'], district: ['civilAffairs', 'disability', 'health'], units: ['HOSPITAL', 'SOCIAL_ORGANIZATION'] as OrganizationKind[] },
  MUNICIPAL_FACILITIES: { street: ['sanitation', 'enforcement'], district: ['cityManagement', 'water'], units: ['COMPANY'] as OrganizationKind[] },
  MARKET_ORDER: { street: ['market', 'enforcement'], district: ['market', 'enforcement'], units: ['COMPANY'] as OrganizationKind[] },
  NOISE_NUISANCE: { street: ['enforcement', 'police'], district: ['environment', 'enforcement'], units: ['COMPANY', 'SCHOOL'] as OrganizationKind[] },
  GREENERY: { street: ['sanitation'], district: ['greenery'], units: ['AGENCY'] as OrganizationKind[] },
  NEIGHBOUR_DISPUTE: { street: ['justice', 'police'], district: ['police', 'civilAffairs'], units: ['SOCIAL_ORGANIZATION'] as OrganizationKind[] },
  ILLEGAL_CONSTRUCTION: { street: ['enforcement', 'housing'], district: ['planning', 'enforcement'], units: ['AGENCY'] as OrganizationKind[] },
  OTHER: { street: ['enforcement', 'sanitation'], district: ['cityManagement'], units: ['AGENCY'] as OrganizationKind[] },
};

/** How often each category is reported: the district's 接诉即办 reports put hygiene, parking and property first. */
export const CATEGORY_WEIGHTS: Readonly<Record<C, number>> = {
  ENVIRONMENT_HYGIENE: 18, PARKING_TRAFFIC: 15, PROPERTY_HOUSING: 14, MUNICIPAL_FACILITIES: 10, PUBLIC_SAFETY: 9,
  ELDERLY_DISABLED_CARE: 7, MARKET_ORDER: 7, NOISE_NUISANCE: 7, GREENERY: 4, NEIGHBOUR_DISPUTE: 4, ILLEGAL_CONSTRUCTION: 4, OTHER: 1,
};

export interface CaseText { title: string; description: string }

/** What is reported, per category. */
export const CASE_TEXTS: Readonly<Record<C, readonly CaseText[]>> = {
  ENVIRONMENT_HYGIENE: [
    { title: '{b}楼道堆放杂物长期无人清理', description: '{b}二单元楼道里堆了旧家具、纸箱和废弃自行车，已经快半年了，{who}说晚上上楼差点绊倒，也有火灾隐患，楼门长劝过几次没用' },
    { title: '胡同口垃圾桶满溢无人清运', description: '{g}胡同口的垃圾桶这几天一直满着，周边散落着生活垃圾，天一热味道很大，居民反映清运车最近没按点来' },
    { title: '{b}化粪池外溢污水流到路面', description: '{b}北侧化粪池井盖周围往外冒污水，已经流到路面上，{who}家老人出门得绕着走，臭味很重，物业说不归他们管' },
    { title: '餐馆后厨油污直排雨水口', description: '{g}一家餐馆晚上把后厨油污直接倒进门前雨水口，雨水口周边地面油腻发黑，冬天容易结冰滑倒' },
    { title: '装修垃圾堆在绿地旁一直没拉走', description: '{b}有住户装修，渣土和建筑垃圾装袋后堆在楼旁绿地边上，已经一个多月，越堆越多，居民担心有人往里扔生活垃圾' },
  ],
  PARKING_TRAFFIC: [
    { title: '消防通道被私家车长期占用', description: '{b}门前的消防通道每天晚上都停满私家车，画了禁停线也没人管，{who}担心万一着火消防车根本进不来' },
    { title: '共享单车堆积堵住胡同', description: '{g}地铁口附近胡同里共享单车乱停，早晚高峰堆得老人和推婴儿车的都过不去，企业调度员很少来清' },
    { title: '学校门口接送孩子车辆拥堵', description: '小学放学时段家长车辆在{g}主路上双排停车，公交车过不去，孩子们从车缝里穿行很危险，希望有人疏导' },
    { title: '僵尸车占用车位一年多', description: '{b}楼下有一辆落满灰的旧面包车，车胎都瘪了，停了一年多，车主联系不上，居民本来车位就紧张' },
    { title: '路口缺少斑马线老人过马路难', description: '{g}菜市场门口的路口没有人行横道，车速快，{who}等老人每天买菜都得冒险横穿，希望施划斑马线或设减速带' },
  ],
  PROPERTY_HOUSING: [
    { title: '{b}顶层漏雨多次报修未解决', description: '{who}家住{b}顶层，每逢下雨卧室天花板渗水，墙皮大面积脱落，找物业报修三次，只来看过一次就没消息了' },
    { title: '老楼电梯频繁停运困住老人', description: '{b}电梯近一个月停了四次，上周{who}被困在里面二十多分钟，楼里八十岁以上老人有十几位，上下楼全靠电梯' },
    { title: '物业撤场后小区无人管理', description: '原物业公司合同到期撤场，{b}一带院里垃圾没人清、门禁坏了没人修，居民希望社区协调引入新物业' },
    { title: '{b}外墙瓷砖松动有脱落风险', description: '{b}临街一侧外墙瓷砖有几块已经掉下来，砸在自行车棚顶上，下面是居民出入的必经之路，急需排险' },
    { title: '楼内暖气不热室温不达标', description: '{b}三单元入冬以来暖气一直不热，{who}家测室温只有十四五度，家里有刚出生的孩子，供热单位说要排查管线' },
  ],
  PUBLIC_SAFETY: [
    { title: '楼道内电动自行车飞线充电', description: '{b}有住户从窗户拉电线到楼道给电动车充电，晚上整夜不拔，楼道里还停着好几辆电动车，居民非常担心' },
    { title: '平房院内私接燃气罐做饭', description: '{g}一处出租平房院内，租户用液化气罐做饭，气罐就放在门口过道，旁边堆着木料，安全隐患很大' },
    { title: '空调外机支架锈蚀随时可能坠落', description: '{b}五层一台空调外机支架锈得厉害，外机已经歪了，正下方是单元门口，{who}每天提心吊胆' },
    { title: '地下室群租存在安全隐患', description: '{b}地下室被隔成十几间出租，住了二十多人，只有一个出口，通风差，还有人在里面做饭' },
  ],
  ELDERLY_DISABLED_CARE: [
    { title: '独居老人多日未出门需要上门查看', description: '{b}独居的{who}平时每天下楼遛弯，邻居说已经三四天没见到人，敲门没人应，电话也没人接，担心出事' },
    { title: '单元门口台阶轮椅上不去', description: '{b}单元门口有五级台阶，没有坡道，{who}家老伴坐轮椅，每次出门都要两个人抬，希望加装无障碍坡道' },
    { title: '失能老人家属申请居家照护服务', description: '{who}家中失能老人长期卧床，子女上班照顾不过来，希望了解并申请居家养老照护和助浴服务' },
    { title: '老楼加装电梯意见不一需要协调', description: '{b}想加装电梯，高层老人积极，一层住户担心采光和噪音不同意，已经僵持半年，希望有关部门来讲政策' },
  ],
  MUNICIPAL_FACILITIES: [
    { title: '路灯不亮胡同晚上一片漆黑', description: '{g}胡同里连着三盏路灯坏了半个月，晚上黑漆漆的，{who}前两天走路崴了脚，下晚班的年轻人也说害怕' },
    { title: '井盖破损存在安全隐患', description: '{b}门前路面上的雨水井盖裂了一道缝，一踩就晃，已经用砖头临时压着，孩子放学经常从这里走' },
    { title: '下雨路面积水严重', description: '{g}一段路面低洼，每次下雨积水没过脚面，雨水篦子被树叶和垃圾堵住，附近商户和居民出行不便' },
    { title: '人行道地砖松动翘起', description: '{g}主路人行道一大片地砖松动翘起，下雨后踩上去溅一身泥水，老人已经在这里摔过跤' },
  ],
  MARKET_ORDER: [
    { title: '早市摊贩占道经营堵塞道路', description: '每天早上{g}路边摆满菜摊和早点摊，占了大半个路面，垃圾随手扔，摊贩收摊后一地狼藉' },
    { title: '小饭馆无证经营卫生堪忧', description: '{b}底商新开一家小饭馆，没看到营业执照和健康证，后厨就在门口过道，居民担心食品安全' },
    { title: '保健品店向老人推销高价产品', description: '{g}新开一家门店天天组织老人听讲座、送鸡蛋，之后推销几千块的保健品，{who}已经买了两万多' },
  ],
  NOISE_NUISANCE: [
    { title: '夜间施工噪音扰民', description: '{g}附近工地每天晚上十点以后还在施工，电锯和运渣土车声音很大，{who}家孩子要中考晚上睡不好' },
    { title: '广场舞音响声音过大', description: '晚上七点到九点{g}小广场跳广场舞，音响开得很大，{b}临窗住户关窗都能听见，多次沟通没有效果' },
    { title: '烧烤店油烟和噪音扰民', description: '{b}楼下烧烤店营业到凌晨两三点，油烟直排到楼上，客人喝酒喧哗，楼上住户没法开窗睡觉' },
  ],
  GREENERY: [
    { title: '大树枝杈伸进居民窗户', description: '{b}南侧一棵老槐树枝杈已经伸进三层住户窗户，刮风时敲打玻璃，还遮挡采光，居民希望修剪' },
    { title: '绿地被私自圈占种菜', description: '{b}旁边的公共绿地被个别居民用铁丝网围起来种菜，还堆了肥料，有味道，其他居民意见很大' },
    { title: '枯死树木有倒伏危险', description: '{g}路边一棵杨树已经枯死，树干有裂缝，大风天晃得厉害，树下是停车位和人行道' },
  ],
  NEIGHBOUR_DISPUTE: [
    { title: '楼上漏水楼下索赔协商不成', description: '{b}楼上住户卫生间漏水把楼下{who}家天花板泡了，两家为赔偿金额吵了好几次，需要调解' },
    { title: '邻居在公共走廊安装摄像头引发矛盾', description: '{b}一户在楼道安装摄像头正对对门，对门住户认为侵犯隐私，双方多次争吵，差点动手' },
    { title: '养狗不拴绳邻里纠纷', description: '{b}有住户遛大型犬不拴绳，前几天扑倒了{who}家孩子，双方就医药费和道歉问题闹得很僵' },
  ],
  ILLEGAL_CONSTRUCTION: [
    { title: '一层住户私搭房屋占用公共空间', description: '{b}一层住户在楼前公共空地上私自搭建彩钢板房，面积有十几平米，挡住了楼道采光和通行' },
    { title: '楼顶私建阳光房', description: '{b}顶层住户在屋顶平台上搭建阳光房，施工时把防水层破坏了，下面几户开始漏水' },
    { title: '胡同内违建小房影响消防通行', description: '{g}胡同里有院落向外私自接建小房，胡同变窄，消防车和救护车都进不来' },
  ],
  OTHER: [
    { title: '废弃电话亭占用人行道', description: '{g}人行道上有一个废弃多年的电话亭，玻璃碎了，里面堆垃圾，居民希望拆除' },
    { title: '无主快递柜长期断电', description: '{b}门口的快递柜断电停用好几个月，柜门开着，也找不到运营公司，占地方还影响市容' },
  ],
};

/** What the resolving lead (or the community itself) writes as the result, per category. */
export const RESULTS: Readonly<Record<C, readonly string[]>> = {
  ENVIRONMENT_HYGIENE: [
    '已组织人员和车辆清运，共清理杂物约三车，并在楼道张贴禁放提示，楼门长负责日常劝导',
    '已协调清运单位恢复每日两次清运，调整垃圾桶位置，增设一组分类桶，居民反映已无异味',
    '已对化粪池进行抽排和疏通，更换破损井盖，对周边路面冲洗消杀',
    '已对涉事餐馆下达责令整改通知书，安装隔油池，雨水口已清掏',
  ],
  PARKING_TRAFFIC: [
    '已在消防通道增设隔离桩和警示牌，联合派出所开展夜间劝离，连续一周巡查未再发现占道停车',
    '已约谈共享单车企业，增加早晚高峰调度频次，在胡同口施划停放区',
    '放学时段安排民警和志愿者疏导，学校错峰放学，拥堵明显缓解',
    '已张贴告知书并公告十五日，联系车主未果，依法拖移至停车场',
    '经交通部门现场踏勘，已施划人行横道并设置减速带和警示标志',
  ],
  PROPERTY_HOUSING: [
    '已完成屋面防水维修，经两次降雨检验无渗漏，住户确认',
    '已更换电梯主板和门机，维保单位增加巡检频次，特检院复检合格',
    '经社区组织居民议事会，引入临时物业托管服务，门禁已修复',
    '已搭设防护棚并清除松动瓷砖，外墙修缮纳入今年整治计划',
    '供热单位排查发现管线堵塞，已冲洗管道，复测室温达到十八度以上',
  ],
  PUBLIC_SAFETY: [
    '已拆除飞线，清理楼道电动车，在小区增设两处充电桩',
    '已督促租户停用液化气罐，房东签订安全承诺书，派出所纳入重点检查',
    '已联系住户更换空调外机支架，施工期间设置警戒区',
    '已清退地下室群租人员，恢复原有用途，房主签订承诺书',
  ],
  ELDERLY_DISABLED_CARE: [
    '社区、民警和物业一起上门，老人因感冒在家休息，已送医并联系子女，纳入每日探访名单',
    '已在单元门口加装无障碍坡道和扶手，老人出行方便了',
    '已完成失能等级评估，为老人链接居家照护和每周一次助浴服务',
    '组织召开加装电梯协调会，住建部门现场讲解政策，一层住户同意方案',
  ],
  MUNICIPAL_FACILITIES: [
    '已更换三盏路灯灯具，线路检修完毕，夜间照明恢复',
    '已更换防沉降井盖，路面修补完毕',
    '已清掏雨水篦子并对低洼路段加铺，新增一处雨水口',
    '已对人行道松动地砖全部翻铺',
  ],
  MARKET_ORDER: [
    '城管、市场监管联合整治，引导摊贩进入便民市场，每日早间安排巡查',
    '已对该饭馆立案调查，责令停业整改，取得许可后方可营业',
    '已对门店虚假宣传立案查处，协助老人办理退款一万二千元',
  ],
  NOISE_NUISANCE: [
    '已责令工地夜间停止高噪声作业，确需连续施工的须办理夜间施工许可并公示',
    '经协调，广场舞队调整活动时间并更换定向音箱，音量控制在规定范围内',
    '已督促烧烤店安装油烟净化设备并调整营业时间至夜间十一点',
  ],
  GREENERY: [
    '园林部门已对枝杈进行修剪，清运树枝',
    '已拆除私圈围网，恢复绿地并补种草坪',
    '已伐除枯死树木并补植新树',
  ],
  NEIGHBOUR_DISPUTE: [
    '经司法所人民调解，双方达成赔偿协议并当场履行',
    '经调解，住户调整摄像头角度只拍自家门口，双方握手言和',
    '经调解，犬主赔偿医药费并道歉，承诺遛狗拴绳',
  ],
  ILLEGAL_CONSTRUCTION: [
    '经认定为违法建设，已依法拆除，恢复公共空间',
    '已拆除楼顶阳光房，督促当事人修复防水层',
    '已拆除胡同内违建，胡同恢复通行宽度',
  ],
  OTHER: [
    '已联系产权单位拆除废弃电话亭',
    '已找到运营公司，快递柜恢复供电，破损柜门已维修',
  ],
};

/** Why the handling level rejected a report. */
export const REJECT_REASONS = [
  '经核实，反映的问题属于家庭内部事务，不属于吹哨报到受理范围，已告知当事人通过其他渠道解决',
  '现场核查未发现反映的问题，已电话回复反映人',
  '该问题属于民事合同纠纷，建议通过法律途径解决，已告知法律援助渠道',
  '反映地址不在本社区辖区，已告知反映人向所属社区反映',
  '问题已由产权单位自行处理完毕，无需立案',
];

/** Why a report was merged into another. */
export const MERGE_REASONS = [
  '与已受理的同一问题重复，合并办理',
  '同一地点同一问题，多位居民先后反映，合并至首次反映的案件',
  '12345转来的工单与网格员已上报的问题一致，合并办理',
];

/** Why a community escalates a case to the street. */
export const ESCALATE_TO_STREET = [
  '涉及多个职能部门，社区协调力量不足，提请街道吹哨',
  '社区多次协调无果，当事人不配合，需街道层面协调执法力量',
  '问题涉及产权单位和多个部门职责交叉，提请街道统筹',
  '整改需要资金和施工，超出社区处置能力',
];

/** Why a street escalates a case to the district. */
export const ESCALATE_TO_DISTRICT = [
  '涉及区级部门审批和资金，街道层面无法解决，提请区级吹哨',
  '部门职责存在争议，需区级统筹明确责任主体',
  '问题反复出现，需区级部门联合执法',
];

/** Why a summoned organisation declined (not its responsibility). */
export const DECLINE_REASONS = [
  '经核实，该事项不属于本单位职责范围，建议由属地城管部门牵头',
  '涉事房屋为单位自管产，应由产权单位负责维修，非我所职责',
  '该路段养护权属为市级部门，不在本单位管辖范围',
  '本单位无执法权，建议由综合执法部门处理',
  '该问题已移交其他部门办理，本单位不再重复处置',
];

/** Why the whistler overruled a decline. */
export const OVERRULE_REASONS = [
  '根据街道职责清单，该事项属于贵单位职责，请按时报到',
  '经联席会议研究，仍由贵单位牵头办理，其他部门配合',
  '属地管理原则，请先行处置，职责争议另行协调',
];

/** Why the whistler accepted a decline. */
export const ACCEPT_DECLINE_REASONS = [
  '经核实理由成立，另行召集相关部门',
  '同意，由牵头部门继续办理',
];

/** Why a resolved or closed case was reopened. */
export const REOPEN_REASONS = [
  '回访中居民反映问题反弹，需重新处置',
  '现场复查发现整改不到位，退回重办',
  '12345回访不满意，居民反映问题未实际解决',
];

/** Notes by the handling level's staff. */
export const STAFF_NOTES = [
  '已电话联系反映人，告知案件已受理，正在协调相关部门',
  '社区网格员今天上午再次到现场查看，情况和反映的一致，已拍照留存',
  '已召集物业、楼门长和居民代表开协调会，初步商定处置方案',
  '请牵头单位本周内反馈处置进展',
  '居民代表反映希望尽快解决，已再次督促',
  '已将情况纳入街道周例会督办事项',
];

/** Notes by a summoned organisation. */
export const UNIT_NOTES = [
  '已派人员到现场勘查，拟本周内完成处置',
  '已联系产权单位，对方同意配合，正在走内部审批',
  '现场处置需要协调施工队，预计下周进场',
  '已对当事人下达整改通知，限期三日内整改',
  '因连续降雨施工暂缓，天气好转后立即处置',
  '已完成初步处置，待复查后反馈结果',
];

/** Photos a grid worker attaches (placeholder files of the district's own photo store). */
export const PHOTO_HOST = 'https://img.dongcheng.example/cases';

/** What residents write when they rate a closed case (居民监督评议), by how satisfied they are. */
export const RATING_COMMENTS: Readonly<Record<'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED', readonly string[]>> = {
  SATISFIED: [
    '很满意，垃圾当天就清走了',
    '很满意，处理得很及时，谢谢社区',
    '满意，工作人员态度很好，还上门回复了',
    '问题解决了，楼道干净多了，点赞',
    '满意，路灯修好了，晚上出门放心了',
    '处理速度很快，比想象中好',
    '满意，网格员一直跟进，辛苦了',
    '车挪走了，消防通道畅通了，满意',
  ],
  BASICALLY_SATISFIED: [
    '基本满意，但还有异味',
    '基本满意，就是等的时间有点长',
    '基本满意，希望以后能定期巡查',
    '解决了一部分，晚上偶尔还有噪音',
    '基本满意，修得不算彻底，先观察几天',
    '处理了，但没有人告诉我们结果',
  ],
  DISSATISFIED: [
    '不满意，问题反复出现',
    '不满意，说是处理了，其实没有变化',
    '不满意，过了两天又堆满了',
    '不满意，打了好几次电话才有人来',
    '没有解决，晚上还是吵得睡不着',
    '不满意，只是拍了照就走了',
  ],
};

/** Measures (整改措施) the handling level writes on a whistled case, shown on the problem wall. */
export const MEASURES = [
  '已约谈责任单位，限期三日内整改，社区每日跟进',
  '牵头部门已现场勘查，制定整改方案，分步实施',
  '已安排专人清理，并设置临时警示标志',
  '已协调物业和产权单位共同处置，网格员每日巡查',
  '已下达整改通知书，整改期间加强巡查和劝导',
  '已组织联合执法，对周边同类问题一并排查',
  '已报请上级部门审批维修资金，先行采取临时措施',
  '已召开吹哨协调会，明确牵头和配合部门分工',
];

/** What the handling level says when residents' ratings called for a review (echo wall). */
export const EXPLANATIONS = [
  '已再次上门核实，问题已彻底处理，并向居民说明整改情况',
  '经复查，反映的情况属于新发问题，已另行立案处理',
  '已与居民面对面沟通，解释了处理过程和后续安排',
  '已约谈责任单位，要求建立长效机制，社区将每周回访',
  '因涉及产权单位维修审批，整改需要时间，已向居民说明进度',
];
