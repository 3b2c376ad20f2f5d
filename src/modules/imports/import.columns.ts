import { OrganizationKind, RESIDENT_UNIT_KINDS } from '../organizations/index.js';
import { Audience, ResourceKind } from '../resources/index.js';
import type { CoordinateSystem } from '../../shared/geo.js';

/*
 * The ledger's columns, headed in Chinese as a district writes them (README, "Bulk import", lists each with
 * what it takes). A header matches after its spaces and a trailing "(必填)"/"（选填）" note are dropped; a column
 * of any other heading is ignored. One row is one resource of one unit; a unit with several resources has
 * several rows, and its unit columns are read from its first row.
 */

export const COLUMNS = {
  unitName: '单位名称',
  unitKind: '单位类型',
  area: '所属社区/网格',
  key: '资源编号',
  title: '资源名称',
  kind: '资源类型',
  description: '资源简介',
  address: '地址',
  lng: '经度',
  lat: '纬度',
  system: '坐标系',
  capacity: '容量',
  capacityUnit: '容量单位',
  hours: '开放时间',
  audiences: '面向对象',
  status: '状态',
  contactName: '联系人',
  contactPhone: '联系电话',
} as const;

export type ColumnKey = keyof typeof COLUMNS;

/** The columns a file must have (their cells may still be empty where the row allows it). */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['unitName', 'area', 'title', 'kind'];

/** Other headings a ledger uses for the same column. */
const ALIASES: Record<string, ColumnKey> = {
  所属社区: 'area',
  所属网格: 'area',
  所属区域: 'area',
  社区网格: 'area',
  资源类别: 'kind',
  坐标系统: 'system',
  服务对象: 'audiences',
  开放时段: 'hours',
  简介: 'description',
};

export function columnOf(header: string): ColumnKey | null {
  const h = header.replace(/[\s\u3000]/g, '').replace(/[(（][^)）]*[)）]$/, '');
  for (const [key, name] of Object.entries(COLUMNS)) if (name === h) return key as ColumnKey;
  return ALIASES[h] ?? null;
}

/** 资源类型: the ResourceKind's Chinese names (its GraphQL descriptions), and the enum's own names. */
export const KIND_NAMES: Record<string, ResourceKind> = {
  阅览室: ResourceKind.READING_ROOM,
  活动场地: ResourceKind.ACTIVITY_VENUE,
  市民文明课堂: ResourceKind.CIVIC_CLASSROOM,
  文明课堂: ResourceKind.CIVIC_CLASSROOM,
  免费停车位: ResourceKind.PARKING,
  停车位: ResourceKind.PARKING,
  单位厕所: ResourceKind.TOILET,
  厕所: ResourceKind.TOILET,
  饮水点: ResourceKind.WATER_POINT,
  爱心早餐: ResourceKind.BREAKFAST,
  '1小时课堂': ResourceKind.AFTER_SCHOOL_CLASSROOM,
  一小时课堂: ResourceKind.AFTER_SCHOOL_CLASSROOM,
  爱心门诊: ResourceKind.CLINIC,
  日间照料中心: ResourceKind.DAY_CARE,
  日间照料: ResourceKind.DAY_CARE,
  其他: ResourceKind.OTHER,
  ...Object.fromEntries(Object.values(ResourceKind).map((k) => [k, k])),
};

/**
 * 单位类型: the OrganizationKind's Chinese names. A ledger lists resident units (驻区单位): DEPARTMENT is not among
 * them (a department is registered at the district or a street with registerOrganization).
 */
export const UNIT_KIND_NAMES: Record<string, OrganizationKind> = {
  机关事业单位: OrganizationKind.AGENCY,
  机关: OrganizationKind.AGENCY,
  事业单位: OrganizationKind.AGENCY,
  学校: OrganizationKind.SCHOOL,
  医院: OrganizationKind.HOSPITAL,
  企业: OrganizationKind.COMPANY,
  社会组织: OrganizationKind.SOCIAL_ORGANIZATION,
  ...Object.fromEntries(RESIDENT_UNIT_KINDS.map((k) => [k, k])),
};

/** 面向对象: the Audience's Chinese names, several in one cell separated by 、，, ； or spaces. */
export const AUDIENCE_NAMES: Record<string, Audience> = {
  全体居民: Audience.ALL_RESIDENTS,
  居民: Audience.ALL_RESIDENTS,
  老年人: Audience.ELDERLY,
  中小学生: Audience.PUPILS,
  学生: Audience.PUPILS,
  环卫工人: Audience.SANITATION_WORKERS,
  户外劳动者: Audience.OUTDOOR_WORKERS,
  困难群众: Audience.PEOPLE_IN_DIFFICULTY,
  残疾人: Audience.PEOPLE_WITH_DISABILITIES,
  ...Object.fromEntries(Object.values(Audience).map((k) => [k, k])),
};

/** 坐标系: the three systems, with the names map services go by. */
export const SYSTEM_NAMES: Record<string, CoordinateSystem> = {
  WGS84: 'WGS84',
  'WGS-84': 'WGS84',
  GPS: 'WGS84',
  GCJ02: 'GCJ02',
  'GCJ-02': 'GCJ02',
  高德: 'GCJ02',
  腾讯: 'GCJ02',
  火星坐标: 'GCJ02',
  BD09: 'BD09',
  'BD-09': 'BD09',
  百度: 'BD09',
};

/** 状态: only 发布 (or 已发布) publishes; anything else leaves a new resource DRAFT. */
export const PUBLISH_WORDS = new Set(['发布', '已发布']);
