import type pg from 'pg';
import { AreaKind } from '../src/modules/areas/area.enums.js';
import { ResourceKind } from '../src/modules/resources/resource.enums.js';
import type { SeededDistrict, Seeder } from './seeder.js';
import { mulberry32, type Rng } from '../src/shared/random.js';

/*
 * About twenty service projects per copy of the five streets (×scale): each answers demands of its street
 * or community with units' resources of the kinds it needs, with milestones, progress notes and a history
 * that agrees with its status. Deterministic: its own PRNG per copy, and demands taken in id order.
 */

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function sample<T>(r: Rng, xs: readonly T[], n: number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

const K = ResourceKind;
interface Template { title: string; level: 'STREET' | 'COMMUNITY'; kinds: ResourceKind[]; description: string; milestones: string[]; notes: string[] }
const TEMPLATES: Template[] = [
  { title: "{P}社区'1小时课堂'托管项目", level: 'COMMUNITY', kinds: [K.AFTER_SCHOOL_CLASSROOM], description: '放学后至家长下班前，驻区学校和单位开放教室、派出志愿者教师，为双职工家庭的小学生提供课后托管。', milestones: ['摸排双职工家庭需求', '落实教室和志愿者教师', '首期课堂开课', '期末家长满意度调查'], notes: ['已摸排需托管学生', '驻区学校同意开放两间教室', '首期课堂开课，学生反映良好'] },
  { title: '{S}夜间共享停车项目', level: 'STREET', kinds: [K.PARKING], description: '驻区单位夜间和周末开放职工停车场，缓解老旧小区居民停车难，车辆早七点半前驶离。', milestones: ['签订错时停车协议', '完成车辆登记和道闸改造', '试运行一个月', '总结推广'], notes: ['三家单位完成道闸改造', '试运行期间居民反映停车难明显缓解', '个别车辆未按时驶离，已约谈提醒'] },
  { title: '{S}环卫工人爱心驿站项目', level: 'STREET', kinds: [K.WATER_POINT, K.BREAKFAST, K.TOILET], description: '沿街单位为环卫工人提供饮水、热饭、如厕和休息，企业提供爱心早餐。', milestones: ['确定驿站点位', '挂牌开放', '爱心早餐供应上线'], notes: ['驿站挂牌开放', '环卫工人早班可在驿站取用热水', '新增两家企业提供爱心早餐'] },
  { title: '{P}社区老年人日间照料项目', level: 'COMMUNITY', kinds: [K.DAY_CARE], description: '依托日间照料中心和养老驿站，为高龄、独居老人提供日间照料、助餐和陪伴。', milestones: ['建立高龄独居老人台账', '开通助餐服务', '开展季度回访'], notes: ['完成老人台账登记', '助餐服务开通', '志愿者每周上门陪伴两次'] },
  { title: '{P}社区爱心义诊进社区项目', level: 'COMMUNITY', kinds: [K.CLINIC], description: '驻区医院和卫生服务站定期进社区义诊，为困难群众提供免费体检和健康咨询。', milestones: ['确定义诊排班', '首次义诊', '建立困难群众健康档案'], notes: ['首次义诊服务居民六十余人次', '已为困难群众建立健康档案'] },
  { title: '{P}社区共享阅读空间项目', level: 'COMMUNITY', kinds: [K.READING_ROOM], description: '驻区单位阅览室晚间和周末向居民开放，社区组织读书会。', milestones: ['阅览室开放时间公示', '首场读书会'], notes: ['阅览室晚间开放，居民持卡入场', '首场读书会举行'] },
  { title: '{S}市民文明课堂项目', level: 'STREET', kinds: [K.CIVIC_CLASSROOM, K.ACTIVITY_VENUE], description: '驻区单位开放会议室和活动场地，开设法律、健康、垃圾分类等市民课堂。', milestones: ['征集课程需求', '排定课程表', '完成首轮课程'], notes: ['征集到居民课程需求', '课程表已在社区公示', '首轮课程完成，参与居民较多'] },
];

// twenty per copy of the five streets, a mix of every status
const STATUSES = [
  'IN_PROGRESS', 'APPROVED', 'DONE', 'EVALUATED', 'PROPOSED', 'IN_PROGRESS', 'APPROVED', 'CANCELLED', 'IN_PROGRESS', 'EVALUATED',
  'PROPOSED', 'IN_PROGRESS', 'DONE', 'APPROVED', 'IN_PROGRESS', 'EVALUATED', 'APPROVED', 'IN_PROGRESS', 'DONE', 'CANCELLED',
] as const;
type Status = (typeof STATUSES)[number];
const STEPS: Record<Status, Status[]> = {
  PROPOSED: [], APPROVED: ['APPROVED'], IN_PROGRESS: ['APPROVED', 'IN_PROGRESS'], DONE: ['APPROVED', 'IN_PROGRESS', 'DONE'],
  EVALUATED: ['APPROVED', 'IN_PROGRESS', 'DONE', 'EVALUATED'], CANCELLED: ['CANCELLED'],
};
const EVALUATIONS = ['居民满意度调查满意率达百分之九十五，项目目标全部实现。', '服务覆盖面广，居民反响好，建议常态化开展。', '基本达到预期，部分时段供给不足，下一期扩大参与单位。'];
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const date = (ms: number) => iso(ms).slice(0, 10);

async function allocateIds(client: pg.PoolClient, table: string, count: number): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(`select nextval(pg_get_serial_sequence($1, 'id'))::text as id from generate_series(1, $2)`, [table, count]);
  return rows.map((r) => r.id);
}

/** One statement a table through unnest, whatever the scale. */
async function insertRows(client: pg.PoolClient, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const arrays = names.map((name) => rows.map((row) => row[name] ?? null));
  const selects = names.map((name, i) => `$${i + 1}::${columns[name]}[]`);
  const overriding = 'id' in columns ? 'overriding system value' : '';
  await client.query(`insert into ${table} (${names.join(', ')}) ${overriding} select * from unnest(${selects.join(', ')})`, arrays);
}

export const seedProjects: Seeder = async (client, district: SeededDistrict) => {
  const areaKeys = [...district.areas.entries()];
  const streets = areaKeys.filter(([, a]) => a.kind === AreaKind.STREET);
  const communitiesOf = (streetKey: string) => areaKeys.filter(([, a]) => a.kind === AreaKind.COMMUNITY && a.parentKey === streetKey);
  const names = new Map(district.data.areas.map((a) => [a.key, a.name]));
  const resources = district.data.resources.map((r) => ({
    id: district.resources.get(r.key)!, kind: r.kind, path: district.areas.get(r.areaKey)!.path, organizationId: district.organizations.get(r.organizationKey)!,
  }));
  const { rows: demands } = await client.query<{ id: string; area_path: string; kinds: ResourceKind[] }>(
    `select id::text, area_path, kinds from demand where status not in ('CANCELLED','EXPIRED') order by id`,
  );

  const projects: Record<string, unknown>[] = [];
  const links = { demand: [] as Record<string, unknown>[], resource: [] as Record<string, unknown>[], organization: [] as Record<string, unknown>[] };
  const milestones: Record<string, unknown>[] = [];
  const notes: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];
  const ids = await allocateIds(client, 'project', streets.length * 4);
  const t0 = Date.parse('2026-03-02T09:00:00+08:00');

  streets.forEach(([streetKey, street], si) => {
    const r = mulberry32(0x5eed + Math.floor(si / 5) * 7919 + (si % 5));
    const communities = communitiesOf(streetKey);
    for (let k = 0; k < 4; k++) {
      const n = si * 4 + k;
      const id = ids[n]!;
      const status = STATUSES[n % STATUSES.length]!;
      const template = TEMPLATES[(si * 3 + k * 2) % TEMPLATES.length]!;
      const fitting = (path: string) => resources.filter((x) => template.kinds.includes(x.kind) && x.path.startsWith(path));
      const candidates = template.level === 'STREET' ? [[streetKey, street] as const] : communities;
      const served = candidates.filter(([, a]) => fitting(a.path).length > 0);
      const [areaKey, area] = pick(r, served.length ? served : candidates);
      const title = template.title.replace('{S}', names.get(streetKey)!).replace('{P}', names.get(areaKey)!.replace(/社区$/, ''));
      // units of the street, or of the district, serve where the community has none of the kind
      const own = [area.path, street.path, '/'].map(fitting).find((xs) => xs.length > 0) ?? [];
      const chosen = sample(r, own, 2 + Math.floor(r() * 4));
      const byUnit = status !== 'CANCELLED' && chosen.length > 0 && r() < 0.35;
      const owner = byUnit ? chosen[0]!.organizationId : null;
      const ownerActor = byUnit ? { id: `seed-unit-admin-${owner}`, role: 'UNIT_ADMIN' } : template.level === 'STREET' || r() < 0.4
        ? { id: `seed-street-admin-${street.id}`, role: 'STREET_ADMIN' } : { id: `seed-community-admin-${area.id}`, role: 'COMMUNITY_ADMIN' };
      const admin = { id: `seed-street-admin-${street.id}`, role: 'STREET_ADMIN' };
      let at = t0 + Math.floor(r() * 90) * DAY;
      const created = at;
      let version = 1;
      const log = (action: string, actor: { id: string; role: string }, from: Status | null, to: Status | null, extra: { reason?: string; detail?: string } = {}) => {
        history.push({ project_id: id, action, from_status: from, to_status: to, actor_id: actor.id, actor_role: actor.role, reason: extra.reason ?? null, detail: extra.detail ?? null, at: iso(at) });
        if (action !== 'PROPOSED') version++;
      };
      log('PROPOSED', ownerActor, null, 'PROPOSED');
      if (owner) links.organization.push({ project_id: id, organization_id: owner, via: 'OWNER', linked_at: iso(at) });
      const steps = STEPS[status];
      let approvedAt: number | null = null;
      let from: Status = 'PROPOSED';
      const linkParts = () => {
        at += DAY;
        const mine = demands.filter((x) => x.area_path.startsWith(area.path) && x.kinds.some((kind) => template.kinds.includes(kind)));
        const picked = mine.slice(0, 2 + Math.floor(r() * 4));
        if (picked.length) {
          for (const x of picked) links.demand.push({ project_id: id, demand_id: x.id, linked_at: iso(at), linked_by: admin.id });
          log('DEMANDS_LINKED', admin, null, null, { detail: `${picked.length} demand(s)` });
        }
        if (chosen.length) {
          const units = [...new Set(chosen.map((x) => x.organizationId))].filter((u) => u !== owner);
          for (const x of chosen) links.resource.push({ project_id: id, resource_id: x.id, linked_at: iso(at), linked_by: admin.id });
          for (const u of units) links.organization.push({ project_id: id, organization_id: u, via: 'RESOURCE', linked_at: iso(at) });
          log('RESOURCES_LINKED', admin, null, null, { detail: `${chosen.length} resource(s), ${units.length} new unit(s)` });
        }
      };
      if (steps.length === 0 || steps[0] === 'APPROVED') linkParts();
      for (const step of steps) {
        at += (3 + Math.floor(r() * 20)) * DAY;
        if (step === 'APPROVED') approvedAt = at;
        if (step === 'CANCELLED') {
          log('CANCELLED', admin, from, step, { reason: pick(r, ['场地改建，无法继续开放', '与其他项目合并实施', '参与单位调整，项目暂缓']) });
        } else if (step === 'IN_PROGRESS' || step === 'APPROVED' || step === 'DONE' || step === 'EVALUATED') {
          log(step === 'APPROVED' ? 'APPROVED' : 'ADVANCED', step === 'IN_PROGRESS' || step === 'DONE' ? ownerActor : admin, from, step);
        }
        from = step;
        if (step === 'IN_PROGRESS') {
          const open = status === 'IN_PROGRESS' ? 1 + Math.floor(r() * 2) : 0;
          template.milestones.forEach((m, i) => {
            const mid = { project_id: id, title: m, due_date: date(at + (i + 1) * 14 * DAY), created_at: iso(at), completed_at: null as string | null, completed_by: null as string | null };
            if (i < template.milestones.length - open) Object.assign(mid, { completed_at: iso(at + (i + 1) * 13 * DAY), completed_by: ownerActor.id });
            milestones.push(mid);
            log('MILESTONE_ADDED', ownerActor, null, null, { detail: `${m} (${mid.due_date})` });
          });
          template.notes.slice(0, 1 + Math.floor(r() * template.notes.length)).forEach((text, i) => {
            notes.push({ project_id: id, text, author_id: ownerActor.id, author_role: ownerActor.role, created_at: iso(at + (i + 1) * 10 * DAY) });
            log('NOTE_ADDED', ownerActor, null, null, { detail: text });
          });
          at += template.milestones.length * 14 * DAY;
        }
      }
      const evaluated = status === 'EVALUATED';
      projects.push({
        id, area_id: area.id, area_path: area.path, title, description: template.description, status,
        owner_account_id: ownerActor.id, owner_role: ownerActor.role, owner_organization_id: owner,
        evaluation: evaluated ? pick(r, EVALUATIONS) : null, evaluation_score: evaluated ? 3 + Math.floor(r() * 3) : null,
        approved_at: approvedAt === null ? null : iso(approvedAt), version, created_at: iso(created), updated_at: iso(at),
      });
    }
  });

  await insertRows(client, 'project', {
    id: 'bigint', area_id: 'bigint', area_path: 'text', title: 'text', description: 'text', status: 'text', owner_account_id: 'text',
    owner_role: 'text', owner_organization_id: 'bigint', evaluation: 'text', evaluation_score: 'smallint', approved_at: 'timestamptz',
    version: 'int', created_at: 'timestamptz', updated_at: 'timestamptz',
  }, projects);
  await insertRows(client, 'project_demand', { project_id: 'bigint', demand_id: 'bigint', linked_at: 'timestamptz', linked_by: 'text' }, links.demand);
  await insertRows(client, 'project_resource', { project_id: 'bigint', resource_id: 'bigint', linked_at: 'timestamptz', linked_by: 'text' }, links.resource);
  await insertRows(client, 'project_organization', { project_id: 'bigint', organization_id: 'bigint', via: 'text', linked_at: 'timestamptz' }, links.organization);
  await insertRows(client, 'project_milestone', {
    project_id: 'bigint', title: 'text', due_date: 'date', completed_at: 'timestamptz', completed_by: 'text', created_at: 'timestamptz',
  }, milestones);
  await insertRows(client, 'project_note', { project_id: 'bigint', text: 'text', author_id: 'text', author_role: 'text', created_at: 'timestamptz' }, notes);
  await insertRows(client, 'project_history', {
    project_id: 'bigint', action: 'text', from_status: 'text', to_status: 'text', actor_id: 'text', actor_role: 'text', reason: 'text',
    detail: 'text', at: 'timestamptz',
  }, history);
  return { projects: projects.length, projectMilestones: milestones.length, projectNotes: notes.length, projectDemandLinks: links.demand.length };
};
