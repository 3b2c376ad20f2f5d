import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, openHubDatabase } from '../../src/app.js';
import { issueDevelopmentToken } from '../../src/auth.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createServer, type RunningServer } from '../../src/server.js';
import { ManualClock } from '../../src/shared/clock.js';
import { toGlobalId } from '../../src/shared/global-id.js';
import { Role } from '../../src/shared/viewer.js';
import { SEED_NOW } from '../../seeds/service-order-plan.js';
import { COMPLETE_WITHIN_DAYS, REPORT_IN_WITHIN_HOURS } from '../../seeds/case-plan.js';
import { TestClient } from '../kit/client.js';
import { TEST_NOW } from '../kit/server.js';

/*
 * The seeded departments and cases (seeds/case-plan.ts) read back with SQL from the seeded district that no test
 * writes: every row agrees with the flow's rules — statuses and their histories, summonses and their case,
 * deadlines, the sweeper's overdue marks, levels and escalations, ticket numbers — and every state is there to be
 * looked at. The published 404 resident units are unchanged.
 */
let db: Database;
let pool: pg.Pool;
let server: RunningServer;
let client: TestClient;
let adminToken: string;
const rows = async <T extends Record<string, unknown> = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await pool.query<T>(sql, params)).rows;
/** The rows a check finds wrong: none expected (shown when there are). */
const none = async (sql: string, params: unknown[] = []) => expect(await rows(`${sql} limit 5`, params)).toEqual([]);
const count = async (sql: string, params: unknown[] = []) => (await rows<{ n: number }>(sql, params))[0]!.n;
const CJK = /[\u4e00-\u9fff]/;
const NOW = new Date(SEED_NOW).toISOString();
/** The sweeper records a deadline 20 s after it passes (the seed's lag). */
const LAG = `interval '20 seconds'`;

beforeAll(async () => {
  db = await openHubDatabase(inject('seededUrl'), { poolSize: 2 });
  pool = db.pool;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const clock = new ManualClock(new Date(TEST_NOW));
  server = await createServer(createApp(config, db, clock), { port: 0, host: '127.0.0.1' });
  client = new TestClient(server.url);
  adminToken = await issueDevelopmentToken(config, { sub: 'seed-reader', role: Role.DISTRICT_ADMIN }, 3600, clock.now());
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('the seeded departments', () => {
  it('are stationed at the district or a street only, the district\'s once and each street\'s per street; the 404 resident units are unchanged', async () => {
    await none(`select o.id, a.kind from organization o join area a on a.id = o.area_id where o.kind = 'DEPARTMENT' and a.kind not in ('DISTRICT','STREET')`);
    await none(`select o.id from organization o join area a on a.id = o.area_id where o.area_path <> a.path`);
    const byArea = await rows<{ kind: string; n: number }>(
      `select a.kind, count(*)::int as n from organization o join area a on a.id = o.area_id where o.kind = 'DEPARTMENT' group by a.kind order by a.kind`,
    );
    expect(byArea).toEqual([{ kind: 'DISTRICT', n: 15 }, { kind: 'STREET', n: 30 }]);
    // six a street, the same six in every street
    expect(await rows(`select count(*)::int as n from organization o join area a on a.id = o.area_id where o.kind = 'DEPARTMENT' and a.kind = 'STREET' group by a.id`))
      .toEqual(Array(5).fill({ n: 6 }));
    expect(await count(`select count(*)::int as n from organization where kind <> 'DEPARTMENT'`)).toBe(404);
    // after every resident unit, named as the district writes them, each with contacts
    expect(await count(`select count(*)::int as n from organization where kind = 'DEPARTMENT' and id < (select max(id) from organization where kind <> 'DEPARTMENT')`)).toBe(0);
    const names = (await rows<{ name: string }>(`select name from organization where kind = 'DEPARTMENT' order by id`)).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['北京市东城区城市管理委员会', '北京市东城区市场监督管理局', '北京市公安局东城分局', '建国门街道城管执法队', '东城分局建国门派出所']));
    await none(`select id from organization where kind = 'DEPARTMENT' and (contact_name is null or contact_phone !~ '^010-6[0-9]{7}$' or description = '' or lat is null)`);
  });
});

describe('the seeded cases', () => {
  it('number a few hundred across the five streets, in every status, every source, most categories, each level', async () => {
    const statuses = Object.fromEntries((await rows<{ status: string; n: number }>(`select status, count(*)::int as n from civic_case group by status`)).map((r) => [r.status, r.n]));
    for (const s of ['REPORTED', 'ACCEPTED', 'REJECTED', 'MERGED', 'WHISTLED', 'RESOLVED', 'CLOSED']) expect(statuses[s], s).toBeGreaterThan(5);
    const total = Object.values(statuses).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(total).toBeLessThanOrEqual(600);
    expect(await rows(`select source from civic_case group by source order by source`)).toEqual(
      ['DEMAND', 'GRID_PATROL', 'HOTLINE_12345', 'JOINT_MEETING', 'RESIDENT'].map((source) => ({ source })),
    );
    expect(await count(`select count(distinct category)::int as n from civic_case`)).toBeGreaterThanOrEqual(11);
    expect(await rows(`select level from civic_case group by level order by level`)).toEqual([{ level: 'COMMUNITY' }, { level: 'DISTRICT' }, { level: 'STREET' }]);
    // every street and every community has some
    expect(await count(`select count(*)::int as n from area s where s.kind = 'STREET' and (select count(*) from civic_case c where c.area_path like s.path || '%') >= 30`)).toBe(5);
    await none(`select c.id from area c where c.kind = 'COMMUNITY' and not exists (select 1 from civic_case k where k.area_path like c.path || '%')`);
    // lie in a street, a community or a grid; written in Chinese
    await none(`select c.id from civic_case c join area a on a.id = c.area_id where a.kind not in ('STREET','COMMUNITY','GRID') or a.path <> c.area_path`);
    for (const r of await rows<{ title: string; description: string }>(`select title, description from civic_case`)) {
      expect(r.title).toMatch(CJK);
      expect(r.description).toMatch(CJK);
      expect(r.description).not.toMatch(/\{[a-z]+\}/);
    }
  });

  it('read their status from their history, written through the flow\'s transitions, with versions and times that agree', async () => {
    // the first line reports it; each line starts where the one before ended; the last change is the status
    await none(`select case_id from case_history h where h.id = (select min(id) from case_history x where x.case_id = h.case_id) and (h.action <> 'REPORT' or h.from_status is not null or h.to_status <> 'REPORTED')`);
    await none(`select case_id, action from (select case_id, action, from_status, lag(to_status) over (partition by case_id order by at, id) as before from case_history) h
                where before is not null and from_status is distinct from before`);
    await none(`select c.id from civic_case c where c.status <> (select to_status from case_history h where h.case_id = c.id order by at desc, id desc limit 1)`);
    await none(`select c.id from civic_case c where c.version <> 1 + (select count(*) from case_history h where h.case_id = c.id and h.action not in ('REPORT','OVERDUE'))`);
    await none(`select c.id from civic_case c where c.updated_at <> coalesce((select max(at) from case_history h where h.case_id = c.id and h.action not in ('OVERDUE')), c.reported_at)`);
    await none(`select c.id from civic_case c join case_history h on h.case_id = c.id where h.at < c.reported_at or h.at > $1::timestamptz`, [NOW]);
    // the transitions the flow allows (case.transitions.ts), and only them
    const allowed = `(action, from_status, to_status) in (
      ('ACCEPT','REPORTED','ACCEPTED'), ('REJECT','REPORTED','REJECTED'), ('MERGE','REPORTED','MERGED'), ('MERGE','ACCEPTED','MERGED'),
      ('WHISTLE','ACCEPTED','WHISTLED'), ('WHISTLE','WHISTLED','WHISTLED'), ('RESOLVE','ACCEPTED','RESOLVED'), ('RESOLVE','WHISTLED','RESOLVED'),
      ('CLOSE','RESOLVED','CLOSED'), ('REOPEN','CLOSED','WHISTLED'), ('REOPEN','RESOLVED','WHISTLED'), ('REOPEN','CLOSED','ACCEPTED'),
      ('ESCALATE','REPORTED','REPORTED'), ('ESCALATE','ACCEPTED','ACCEPTED'), ('ESCALATE','WHISTLED','WHISTLED'),
      ('OVERDUE','ACCEPTED','ACCEPTED'), ('OVERDUE','WHISTLED','WHISTLED'),
      ('SET_MEASURES','WHISTLED','WHISTLED'), ('REVIEW_NEEDED','CLOSED','CLOSED'), ('EXPLAIN','CLOSED','CLOSED'),
      ('PUBLISH_PHOTOS','REPORTED','REPORTED'), ('PUBLISH_PHOTOS','ACCEPTED','ACCEPTED'))`;
    await none(`select case_id, action, from_status, to_status from case_history where action <> 'REPORT' and not ${allowed}`);
    // reasons where the flow asks for one; the sweeper as SYSTEM
    await none(`select case_id, action from case_history where action in ('REJECT','MERGE','ESCALATE','REOPEN','OVERDUE') and reason is null`);
    await none(`select case_id from case_history where (action = 'OVERDUE') <> (actor_id = 'SYSTEM' and actor_role = 'SYSTEM')`);
    // the columns each status has
    await none(`select id, status from civic_case where
      (status = 'REPORTED' and (accepted_at is not null or whistled_at is not null or resolved_at is not null))
      or (status = 'ACCEPTED' and (accepted_at is null or whistled_at is not null or resolved_at is not null))
      or (status = 'REJECTED' and (reason is null or accepted_at is not null))
      or (status = 'MERGED' and merged_into_id is null)
      or (status = 'WHISTLED' and (whistled_at is null or complete_deadline is null or resolved_at is not null or result is not null))
      or (status = 'RESOLVED' and (resolved_at is null or result is null or closed_at is not null))
      or (status = 'CLOSED' and (resolved_at is null or result is null or closed_at is null or closed_at < resolved_at))
      or (accepted_at is not null and accepted_at < reported_at) or (whistled_at is not null and whistled_at < accepted_at)`);
    // a merged case goes into an earlier report of the same problem in the area its handling level covers, not itself merged
    await none(`select c.id from civic_case c join civic_case t on t.id = c.merged_into_id
                where t.status = 'MERGED' or t.reported_at >= c.reported_at or t.area_path not like c.handling_path || '%' or t.category <> c.category or t.title <> c.title`);
    // escalated: the level the last escalation reached, the handling area that level's (community, street, district)
    await none(`select c.id from civic_case c where c.level <> coalesce((select to_level from case_history h where h.case_id = c.id and h.action = 'ESCALATE' order by at desc limit 1), case when c.area_path ~ '^/[0-9]+/[0-9]+/$' then 'STREET' else 'COMMUNITY' end)`);
    await none(`select c.id from civic_case c join area h on h.id = c.handling_area_id
                where h.path <> c.handling_path or c.area_path not like h.path || '%'
                   or h.kind <> case c.level when 'COMMUNITY' then 'COMMUNITY' when 'STREET' then 'STREET' else 'DISTRICT' end`);
    await none(`select case_id from case_history where action = 'ESCALATE' and (from_level, to_level) not in (('COMMUNITY','STREET'), ('STREET','DISTRICT'))`);
    await none(`select case_id from case_history where action <> 'ESCALATE' and (from_level is not null or to_level is not null)`);
    // some escalated all the way: community → street → district
    expect(await count(`select count(*)::int as n from civic_case c where (select count(*) from case_history h where h.case_id = c.id and h.action = 'ESCALATE') = 2`)).toBeGreaterThan(0);
    expect(await count(`select count(*)::int as n from civic_case c where exists (select 1 from case_history h where h.case_id = c.id and h.action = 'REOPEN')`)).toBeGreaterThan(0);
  });

  it('have summonses whose statuses agree with their case and their own history', async () => {
    // summoned only by a whistle: a case never whistled has none, a whistled one at least one, and exactly one LEAD
    await none(`select c.id from civic_case c where (c.whistled_at is not null) <> exists (select 1 from case_summons s where s.case_id = c.id)`);
    await none(`select c.id from civic_case c where c.whistled_at is not null and (select count(*) from case_summons s where s.case_id = c.id and s.role = 'LEAD') <> 1`);
    // by case status
    await none(`select s.id, c.status, s.status from case_summons s join civic_case c on c.id = s.case_id where
      (c.status = 'WHISTLED' and s.status = 'DONE') or (c.status in ('RESOLVED','CLOSED') and s.status not in ('DONE','DECLINE_ACCEPTED'))
      or c.status not in ('WHISTLED','RESOLVED','CLOSED')`);
    await none(`select s.id from case_summons s join civic_case c on c.id = s.case_id where s.role = 'LEAD' and s.status = 'DECLINE_ACCEPTED'`);
    // history: summoned first, each line from where the one before ended, the last the status, versions
    await none(`select summons_id from case_summons_history h where h.id = (select min(id) from case_summons_history x where x.summons_id = h.summons_id) and (h.action <> 'SUMMON' or h.from_status is not null)`);
    await none(`select summons_id from (select summons_id, from_status, lag(to_status) over (partition by summons_id order by at, id) as before from case_summons_history) h
                where before is not null and from_status is distinct from before`);
    await none(`select s.id from case_summons s where s.status <> (select to_status from case_summons_history h where h.summons_id = s.id order by at desc, id desc limit 1)`);
    await none(`select s.id from case_summons s where s.version <> 1 + (select count(*) from case_summons_history h where h.summons_id = s.id and h.action not in ('SUMMON','REPORT_IN_OVERDUE'))`);
    const allowed = `(action, from_status, to_status) in (('REPORT_IN','SUMMONED','REPORTED_IN'), ('DECLINE','SUMMONED','DECLINED'),
      ('ACCEPT_DECLINE','DECLINED','DECLINE_ACCEPTED'), ('OVERRULE_DECLINE','DECLINED','SUMMONED'), ('DONE','REPORTED_IN','DONE'),
      ('REOPEN','DONE','REPORTED_IN'), ('REPORT_IN_OVERDUE','SUMMONED','SUMMONED'))`;
    await none(`select summons_id, action from case_summons_history where action <> 'SUMMON' and not ${allowed}`);
    // the summoned organisation reports in and declines, by its own admin; the whistler decides
    await none(`select h.summons_id from case_summons_history h join case_summons s on s.id = h.summons_id
                where h.action in ('REPORT_IN','DECLINE') and (h.actor_id <> 'seed-unit-admin-' || s.organization_id or h.actor_role <> 'UNIT_ADMIN')`);
    await none(`select summons_id from case_summons_history where action in ('DECLINE','ACCEPT_DECLINE','OVERRULE_DECLINE','REOPEN') and reason is null`);
    await none(`select s.id from case_summons s where (s.status in ('DECLINED','DECLINE_ACCEPTED')) and (s.declined_at is null or s.decline_reason is null)`);
    await none(`select s.id from case_summons s where s.status in ('REPORTED_IN','DONE') and s.reported_in_at is null`);
    await none(`select s.id from case_summons s where s.status = 'DONE' and s.done_at is null`);
    // each organisation is summoned at most once a case (one live summons per case and organisation)
    await none(`select case_id, organization_id from case_summons group by 1, 2 having count(*) > 1`);
    // copies of the case: its area; the level that whistled, and the whistle's time
    await none(`select s.id from case_summons s join civic_case c on c.id = s.case_id where s.area_path <> c.area_path or s.summoned_at < c.whistled_at`);
    await none(`select s.id from case_summons s where not exists (select 1 from case_history h where h.case_id = s.case_id and h.action = 'WHISTLE' and h.at = s.summoned_at and h.actor_id = s.summoned_by)`);
    // every summons state is there
    expect(await rows(`select status from case_summons group by status order by status`)).toEqual(
      ['DECLINED', 'DECLINE_ACCEPTED', 'DONE', 'REPORTED_IN', 'SUMMONED'].map((status) => ({ status })),
    );
    expect(await count(`select count(*)::int as n from case_summons_history where action = 'OVERRULE_DECLINE'`)).toBeGreaterThan(0);
  });

  it('summon the organisations of their level: a community its street\'s, a street its own and the district\'s, the district its own', async () => {
    await none(`select s.id, s.level from case_summons s join organization o on o.id = s.organization_id join civic_case c on c.id = s.case_id
                where not (
                  (s.level in ('COMMUNITY','STREET') and o.kind <> 'DEPARTMENT' and c.area_path like (select p.path from area p where p.depth = 1 and o.area_path like p.path || '%') || '%')
                  or (s.level in ('COMMUNITY','STREET') and o.kind = 'DEPARTMENT' and c.area_path like o.area_path || '%' and o.area_path ~ '^/[0-9]+/[0-9]+/$')
                  or (s.level in ('STREET','DISTRICT') and o.kind = 'DEPARTMENT' and o.area_path ~ '^/[0-9]+/$'))`);
    expect(await rows(`select s.level from case_summons s group by s.level order by s.level`)).toEqual([{ level: 'COMMUNITY' }, { level: 'DISTRICT' }, { level: 'STREET' }]);
    // mostly departments; now and then a resident unit of the street
    const [kinds] = await rows<{ departments: number; units: number }>(
      `select count(*) filter (where o.kind = 'DEPARTMENT')::int as departments, count(*) filter (where o.kind <> 'DEPARTMENT')::int as units
       from case_summons s join organization o on o.id = s.organization_id`,
    );
    expect(kinds!.departments).toBeGreaterThan(kinds!.units);
    expect(kinds!.units).toBeGreaterThan(0);
  });

  it('set deadlines where whistled, from the defaults by urgency or longer, and carry the sweeper\'s overdue marks only where a deadline passed', async () => {
    await none(`select id from civic_case where (whistled_at is null) <> (complete_deadline is null)`);
    await none(`select id from case_summons where report_in_deadline <= summoned_at`);
    // the whistle sets the completion deadline: the default days, or twice them (set by the whistler)
    const days = Object.entries(COMPLETE_WITHIN_DAYS).map(([u, d]) => `('${u}', ${d})`).join(', ');
    await none(`select c.id from civic_case c join (values ${days}) as d(urgency, days) using (urgency)
                where c.complete_deadline not in ((select max(h.at) from case_history h where h.case_id = c.id and h.action = 'WHISTLE') + d.days * interval '1 day',
                                                  (select max(h.at) from case_history h where h.case_id = c.id and h.action = 'WHISTLE') + 2 * d.days * interval '1 day')`);
    const hours = Object.entries(REPORT_IN_WITHIN_HOURS).map(([u, h]) => `('${u}', ${h})`).join(', ');
    await none(`select s.id from case_summons s join civic_case c on c.id = s.case_id join (values ${hours}) as d(urgency, hours) using (urgency)
                where s.report_in_deadline not in (s.summoned_at + d.hours * interval '1 hour', s.summoned_at + 2 * d.hours * interval '1 hour')`);
    // the case's mark: after its deadline, with an OVERDUE line at that moment, once per deadline
    await none(`select c.id from civic_case c where c.complete_overdue_at is not null and (c.complete_overdue_at < c.complete_deadline + ${LAG}
                or not exists (select 1 from case_history h where h.case_id = c.id and h.action = 'OVERDUE' and h.at = c.complete_overdue_at))`);
    await none(`select h.case_id from case_history h join civic_case c on c.id = h.case_id where h.action = 'OVERDUE'
                and (select count(*) from case_history x where x.case_id = h.case_id and x.action = 'OVERDUE') > (select count(*) from case_history w where w.case_id = h.case_id and w.action = 'WHISTLE')`);
    // …and every case open past its deadline at the seed's now has it (the sweeper had run)
    await none(`select id from civic_case where status in ('ACCEPTED','WHISTLED') and complete_deadline + ${LAG} < $1::timestamptz and complete_overdue_at is null`, [NOW]);
    // a summons' mark: after its deadline, before any report-in, with its line; and every summons pending past its deadline has one
    await none(`select s.id from case_summons s where s.report_in_overdue_at is not null and (s.report_in_overdue_at < s.report_in_deadline + ${LAG}
                or (s.reported_in_at is not null and s.reported_in_at < s.report_in_overdue_at)
                or (select count(*) from case_summons_history h where h.summons_id = s.id and h.action = 'REPORT_IN_OVERDUE' and h.at = s.report_in_overdue_at and h.actor_id = 'SYSTEM') <> 1)`);
    await none(`select summons_id from case_summons_history where action = 'REPORT_IN_OVERDUE' group by 1 having count(*) > 1`);
    await none(`select s.id from case_summons s join civic_case c on c.id = s.case_id
                where s.status = 'SUMMONED' and c.status in ('REPORTED','ACCEPTED','WHISTLED') and s.report_in_deadline + ${LAG} < $1::timestamptz and s.report_in_overdue_at is null`, [NOW]);
    await none(`select s.id from case_summons s where s.reported_in_at is not null and s.reported_in_at > s.report_in_deadline and s.report_in_overdue_at is null
                and not exists (select 1 from case_summons_history h where h.summons_id = s.id and h.action = 'OVERRULE_DECLINE')`);
    // some of each: open and overdue now, resolved late, summonses overdue now and reported in late
    const [o] = await rows<Record<string, number>>(`select
        count(*) filter (where status = 'WHISTLED' and complete_deadline < $1::timestamptz)::int as overdue_now,
        count(*) filter (where status in ('RESOLVED','CLOSED') and complete_overdue_at is not null)::int as resolved_late,
        count(*) filter (where status = 'WHISTLED' and complete_deadline >= $1::timestamptz)::int as on_time_open
      from civic_case`, [NOW]);
    expect(o!.overdue_now).toBeGreaterThan(3);
    expect(o!.resolved_late).toBeGreaterThan(3);
    expect(o!.on_time_open).toBeGreaterThan(3);
    const [so] = await rows<Record<string, number>>(`select
        count(*) filter (where s.status = 'SUMMONED' and c.status = 'WHISTLED' and s.report_in_deadline < $1::timestamptz)::int as pending_overdue,
        count(*) filter (where s.reported_in_at > s.report_in_overdue_at)::int as late
      from case_summons s join civic_case c on c.id = s.case_id`, [NOW]);
    expect(so!.pending_overdue).toBeGreaterThan(0);
    expect(so!.late).toBeGreaterThan(3);
  });

  it('carry a 12345 ticket number exactly when they came by the hotline, a demand when raised from one, reporters who may report', async () => {
    await none(`select id from civic_case where (source = 'HOTLINE_12345') <> (ticket_number is not null)`);
    await none(`select id from civic_case where source = 'HOTLINE_12345' and (ticket_number !~ '^20[0-9]{12}$' or substr(ticket_number, 1, 8) <> to_char(reported_at at time zone 'Asia/Shanghai', 'YYYYMMDD'))`);
    expect(await count(`select count(*)::int - count(distinct ticket_number)::int as n from civic_case where ticket_number is not null`)).toBe(0);
    await none(`select c.id from civic_case c left join demand d on d.id = c.demand_id where (c.source = 'DEMAND') <> (c.demand_id is not null) or (d.id is not null and c.area_path not like (select p.path from area p where p.kind = 'COMMUNITY' and d.area_path like p.path || '%') || '%')`);
    await none(`select id from civic_case where reporter_role not in ('GRID_WORKER','COMMUNITY_ADMIN','STREET_ADMIN','RESIDENT')
                or (reporter_role = 'RESIDENT') <> (source = 'RESIDENT')
                or reporter_account_id !~ case reporter_role when 'RESIDENT' then '^resident-[0-9]+-[0-9]+$' else '^(gw|ca|sa)-[0-9]+$' end`);
    // a resident reports in their own community: the account names its code
    await none(`select c.id from civic_case c join area a on c.area_path like a.path || '%' and a.kind = 'COMMUNITY'
                where c.reporter_role = 'RESIDENT' and c.reporter_account_id not like 'resident-' || a.code || '-%'`);
    await none(`select id from civic_case where (lat is null) <> (lng is null) or photos_public and cardinality(photo_urls) = 0`);
  });

  it('have notes by their parties: the handling level\'s staff, or an organisation reported in to them', async () => {
    expect(await count(`select count(*)::int as n from case_note`)).toBeGreaterThan(50);
    await none(`select n.id from case_note n join civic_case c on c.id = n.case_id where n.at < c.reported_at or n.text !~ '[\\u4e00-\\u9fff]'`);
    await none(`select n.id from case_note n where n.organization_id is not null and (n.actor_id <> 'seed-unit-admin-' || n.organization_id
                or not exists (select 1 from case_summons s where s.case_id = n.case_id and s.organization_id = n.organization_id and s.reported_in_at <= n.at))`);
    await none(`select n.id from case_note n where n.organization_id is null and n.actor_role not in ('COMMUNITY_ADMIN','STREET_ADMIN','DISTRICT_ADMIN')`);
  });

  it('read back through case(id) as the rows say, overdue as the sweeper marked it', async () => {
    const token = adminToken;
    const picks = await rows<{ id: string; status: string; overdue: boolean; summonses: number }>(
      `select distinct on (status) id::text, status, coalesce(status in ('ACCEPTED','WHISTLED') and complete_deadline < $1::timestamptz, false) as overdue,
              (select count(*)::int from case_summons s where s.case_id = c.id) as summonses
       from civic_case c order by status, (select count(*) from case_summons s where s.case_id = c.id) desc, id`, [NOW],
    );
    expect(picks).toHaveLength(7);
    for (const p of picks) {
      const answer = await client.request(
        `query($id: ID!) { case(id: $id) { status isOverdue summonses { status organization { kind } history { action } } history { action } } }`,
        { id: toGlobalId('Case', p.id) }, { token },
      );
      expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
      const c = (answer.data as { case: { status: string; isOverdue: boolean; summonses: unknown[] } }).case;
      expect(c).toMatchObject({ status: p.status, isOverdue: p.overdue });
      expect(c.summonses).toHaveLength(p.summonses);
    }
  });
});

describe('the seeded ratings, measures and reviews', () => {
  it('rate CLOSED cases of communities only, within the window of the last closing and before now, written as residents write', async () => {
    const byStatus = await rows(`select c.status, count(*)::int as n from case_rating r join civic_case c on c.id = r.case_id group by c.status`);
    expect(byStatus).toEqual([{ status: 'CLOSED', n: expect.any(Number) }]);
    expect(byStatus[0]!.n).toBeGreaterThan(100);
    await none(`select r.id from case_rating r join civic_case c on c.id = r.case_id
                where r.rated_at <= c.closed_at or r.rated_at >= c.closed_at + interval '7 days' or r.rated_at > $1::timestamptz or r.area_path <> c.area_path`, [NOW]);
    await none(`select r.id from case_rating r where not exists (select 1 from area a where a.kind = 'COMMUNITY' and r.area_path like a.path || '%')`);
    // every value and both sources, most with a comment in Chinese
    expect(await rows(`select source, value from case_rating group by 1, 2 order by 1, 2`)).toEqual(
      ['CALLBACK', 'SELF'].flatMap((source) => ['BASICALLY_SATISFIED', 'DISSATISFIED', 'SATISFIED'].map((value) => ({ source, value }))),
    );
    await none(`select id from case_rating where comment is not null and comment !~ '[\\u4e00-\\u9fff]'`);
    expect(await count(`select count(*)::int as n from case_rating where comment is not null`)).toBeGreaterThan(await count(`select count(*)::int as n from case_rating where comment is null`));
  });

  it('are SELF once per account and case, by residents of the case\'s community (the reporter among them), CALLBACK once per household, by the grid\'s worker', async () => {
    expect(await count(`select count(*)::int - count(distinct (case_id, account_id))::int as n from case_rating where source = 'SELF'`)).toBe(0);
    expect(await count(`select count(*)::int - count(distinct (case_id, household_hash))::int as n from case_rating where source = 'CALLBACK'`)).toBe(0);
    await none(`select r.id from case_rating r join area a on r.area_path like a.path || '%' and a.kind = 'COMMUNITY'
                where r.source = 'SELF' and (r.account_id !~ ('^resident-' || a.code || '-[0-9]+$') or r.actor_id <> r.account_id or r.actor_role <> 'RESIDENT' or r.household_hash is not null)`);
    await none(`select r.id from case_rating r join civic_case c on c.id = r.case_id where r.is_reporter <> (r.source = 'SELF' and r.account_id = c.reporter_account_id)`);
    expect(await count(`select count(*)::int as n from case_rating where is_reporter`)).toBeGreaterThan(0);
    await none(`select r.id from case_rating r join area g on g.kind = 'GRID' and g.code = substr(r.actor_id, 4)
                join area a on r.area_path like a.path || '%' and a.kind = 'COMMUNITY'
                where r.source = 'CALLBACK' and (r.actor_role <> 'GRID_WORKER' or g.path not like a.path || '%' or r.account_id is not null or r.household_hash !~ '^[0-9a-f]{64}$')`);
    expect(await count(`select count(*)::int as n from case_rating where source = 'CALLBACK' and actor_id !~ '^gw-[0-9]+$'`)).toBe(0);
  });

  it('flag needsReview exactly where the rule says, at the rating that triggered it, with one REVIEW_NEEDED line; explanations only on those', async () => {
    // the rule over the ratings given up to each one: ≥ 3 and more than half DISSATISFIED, or the reporter DISSATISFIED
    const tally = `with t as (
        select r.case_id, r.rated_at,
               count(*) over w as total, count(*) filter (where r.value = 'DISSATISFIED') over w as dissatisfied,
               bool_or(r.is_reporter and r.value = 'DISSATISFIED') over w as reporter_dissatisfied
        from case_rating r window w as (partition by r.case_id order by r.rated_at, r.id)),
      firsts as (select case_id, min(rated_at) as at from t where (total >= 3 and dissatisfied * 2 > total) or reporter_dissatisfied group by case_id)`;
    await none(`${tally} select c.id from civic_case c left join firsts f on f.case_id = c.id
                where c.needs_review <> (f.case_id is not null) or c.review_needed_at is distinct from f.at`);
    expect(await count(`select count(*)::int as n from civic_case where needs_review`)).toBeGreaterThan(3);
    await none(`select c.id from civic_case c where (select count(*) from case_history h where h.case_id = c.id and h.action = 'REVIEW_NEEDED') <> (case when c.needs_review then 1 else 0 end)
                or exists (select 1 from case_history h where h.case_id = c.id and h.action = 'REVIEW_NEEDED' and h.at <> c.review_needed_at)`);
    await none(`select id from civic_case where (explanation is null) <> (explained_at is null) or (explanation is not null and (not needs_review or explained_at <= review_needed_at or explained_at > $1::timestamptz))`, [NOW]);
    await none(`select c.id from civic_case c where (select count(*) from case_history h where h.case_id = c.id and h.action = 'EXPLAIN' and h.at = c.explained_at) <> (case when c.explanation is null then 0 else 1 end)`);
    expect(await count(`select count(*)::int as n from civic_case where explanation is not null`)).toBeGreaterThan(0);
    expect(await count(`select count(*)::int as n from civic_case where needs_review and explanation is null`)).toBeGreaterThan(0);
  });

  it('carry measures on whistled and closed cases, set while WHISTLED by the whistler, with their SET_MEASURES line; public photos where staff marked them', async () => {
    await none(`select id from civic_case where (measures is null) <> (measures_at is null) or (measures is not null and (status not in ('WHISTLED','CLOSED') or measures_at <= whistled_at or measures_at > $1::timestamptz))`, [NOW]);
    await none(`select c.id from civic_case c where (select count(*) from case_history h where h.case_id = c.id and h.action = 'SET_MEASURES' and h.at = c.measures_at) <> (case when c.measures is null then 0 else 1 end)`);
    await none(`select h.case_id from case_history h where h.action = 'SET_MEASURES' and h.actor_id <> (select w.actor_id from case_history w where w.case_id = h.case_id and w.action = 'WHISTLE' and w.at < h.at order by w.at desc limit 1)`);
    expect(await rows(`select status, count(*) filter (where measures is not null) > 0 as some from civic_case where status in ('WHISTLED','CLOSED') group by status order by status`))
      .toEqual([{ status: 'CLOSED', some: true }, { status: 'WHISTLED', some: true }]);
    expect(await count(`select count(*)::int as n from civic_case where photos_public and status = 'CLOSED'`)).toBeGreaterThan(0);
    // photos public exactly where staff marked them (one PUBLISH_PHOTOS line, by staff of the case)
    await none(`select c.id from civic_case c where (select count(*) from case_history h where h.case_id = c.id and h.action = 'PUBLISH_PHOTOS') <> (case when c.photos_public then 1 else 0 end)`);
    await none(`select case_id from case_history where action = 'PUBLISH_PHOTOS' and actor_role not in ('COMMUNITY_ADMIN','STREET_ADMIN','DISTRICT_ADMIN')`);
  });

  it('give the figures of the district: satisfaction SELF and CALLBACK as the rows count them', async () => {
    const district = (await rows<{ id: string }>(`select id::text from area where kind = 'DISTRICT'`))[0]!.id;
    const answer = await client.request(
      `query($id: ID!) { area(id: $id) { caseStatistics(period: { from: "2026-01-01", to: "2026-11-30" }) { reviewsNeeded explained
         satisfaction { self { count dissatisfied } callback { count dissatisfied } combined { count satisfactionRate } } } } }`,
      { id: toGlobalId('Area', district) },
    );
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    const s = (answer.data as { area: { caseStatistics: { reviewsNeeded: number; explained: number; satisfaction: Record<string, { count: number }> } } }).area.caseStatistics;
    expect(s.satisfaction.self!.count).toBe(await count(`select count(*)::int as n from case_rating where source = 'SELF'`));
    expect(s.satisfaction.callback!.count).toBe(await count(`select count(*)::int as n from case_rating where source = 'CALLBACK'`));
    expect(s.reviewsNeeded).toBe(await count(`select count(*)::int as n from civic_case where needs_review`));
    expect(s.explained).toBe(await count(`select count(*)::int as n from civic_case where explanation is not null`));
  });
});
