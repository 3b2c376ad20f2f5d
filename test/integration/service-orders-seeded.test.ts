import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openHubDatabase } from '../../src/app.js';
import type { Database } from '../../src/db/database.js';
import { SEED_NOW } from '../../seeds/service-order-plan.js';
import { TEST_NOW } from '../kit/server.js';

/*
 * The seeded service orders (seeds/service-order-plan.ts) read back with SQL from the seeded district that no test
 * writes: every row agrees with the rules the mutations keep — quantities, statuses, deadlines, takers, who served,
 * histories, the sweeper's overdue records, points — and every state is there to be looked at.
 */
let db: Database;
let pool: pg.Pool;
const rows = async <T extends Record<string, unknown> = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
  (await pool.query<T>(sql, params)).rows;
/** The rows a check finds wrong: none expected (shown when there are). */
const none = async (sql: string, params: unknown[] = []) => expect(await rows(`${sql} limit 5`, params)).toEqual([]);
/** Takes still open; and those holding part of the order (CONFIRMED too: a fulfilled order stays covered). */
const LIVE = `('TAKEN','SERVED','DISPUTED')`;
const HOLDING = `('TAKEN','SERVED','DISPUTED','CONFIRMED')`;
const CJK = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  db = await openHubDatabase(inject('seededUrl'), { poolSize: 2 });
  pool = db.pool;
});
afterAll(async () => {
  await db?.close();
});

describe('the seeded service orders', () => {
  it('are seen as of the tests\' clock', () => {
    expect(SEED_NOW).toBe(Date.parse(TEST_NOW));
  });

  it('number several hundred, after every RESOURCE demand, spread over the communities and the kinds of work', async () => {
    const [count] = await rows<{ service: number; resource: number; before: number }>(
      `select count(*) filter (where fulfilment = 'SERVICE')::int as service, count(*) filter (where fulfilment = 'RESOURCE')::int as resource,
              count(*) filter (where fulfilment = 'SERVICE' and id < (select max(id) from demand where fulfilment = 'RESOURCE'))::int as before
       from demand`,
    );
    expect(count!.resource).toBe(411);
    expect(count!.service).toBeGreaterThanOrEqual(500);
    expect(count!.service).toBeLessThanOrEqual(700);
    expect(count!.before).toBe(0);
    const communities = await rows<{ n: number }>(
      `select count(*)::int as n from area c left join demand d on d.fulfilment = 'SERVICE' and d.area_path like c.path || '%'
       where c.kind = 'COMMUNITY' group by c.id order by n`,
    );
    expect(communities).toHaveLength(31);
    expect(communities[0]!.n).toBeGreaterThanOrEqual(8);
    const kinds = await rows<{ kind: string; n: number }>(
      `select k as kind, count(*)::int as n from demand, unnest(service_kinds) k where fulfilment = 'SERVICE' group by k order by n desc, k`,
    );
    expect(kinds).toHaveLength(15);
    expect(kinds.slice(0, 4).map((k) => k.kind)).toEqual(expect.arrayContaining(['TRAFFIC_GUIDANCE', 'HYGIENE']));
    // a SERVICE demand names kinds of work and no resource kinds, and is never matched nor linked to a project
    await none(`select id from demand where fulfilment = 'SERVICE' and (cardinality(kinds) <> 0 or cardinality(service_kinds) = 0 or accepted_quantity <> 0 or demand_list_id is not null)`);
    await none(`select m.id from match m join demand d on d.id = m.demand_id where d.fulfilment = 'SERVICE'`);
    await none(`select pd.demand_id from project_demand pd join demand d on d.id = pd.demand_id where d.fulfilment = 'SERVICE'`);
  });

  it('are in every state, with takes in every state by every kind of taker', async () => {
    const statuses = (await rows<{ status: string }>(`select distinct status from demand where fulfilment = 'SERVICE' order by 1`)).map((r) => r.status);
    expect(statuses).toEqual(['CANCELLED', 'EXPIRED', 'FULFILLED', 'PLACED', 'POSTED', 'SERVED', 'TAKEN']);
    const takes = (await rows<{ status: string }>(`select distinct status from demand_take order by 1`)).map((r) => r.status);
    expect(takes).toEqual(['CONFIRMED', 'DISPUTED', 'RELEASED', 'REVOKED', 'SERVED', 'TAKEN']);
    const kinds = (await rows<{ taker_kind: string }>(`select distinct taker_kind from demand_take order by 1`)).map((r) => r.taker_kind);
    expect(kinds).toEqual(['ORGANIZATION', 'TEAM', 'VOLUNTEER']);
    const actions = (await rows<{ action: string }>(
      `select distinct h.action from demand_history h join demand d on d.id = h.demand_id where d.fulfilment = 'SERVICE' order by 1`,
    )).map((r) => r.action);
    expect(actions).toEqual(['CANCEL', 'CONFIRM', 'DISPUTE', 'EXPIRE', 'OVERDUE', 'PLACE', 'POST', 'RELEASE', 'REVOKE_CONFIRMATION', 'REVOKE_TAKE', 'SERVE', 'TAKE']);
    const takeActions = (await rows<{ action: string }>(`select distinct action from demand_take_history order by 1`)).map((r) => r.action);
    expect(takeActions).toEqual(['CONFIRM', 'DISPUTE', 'OVERDUE', 'RELEASE', 'REVOKE', 'REVOKE_CONFIRMATION', 'SERVE', 'TAKE']);
    const [mix] = await rows<Record<string, number>>(
      `select count(*) filter (where d.status = 'PLACED' and d.taken_quantity > 0)::int as partly_taken,
              count(*) filter (where d.take_overdue_at is not null and d.status = 'PLACED')::int as placed_overdue,
              count(*) filter (where d.take_overdue_at is not null and d.status <> 'PLACED')::int as taken_late,
              (select count(*) from demand_take where serve_overdue_at is not null and status = 'TAKEN')::int as serve_overdue,
              (select count(*) from demand_take where serve_overdue_at is not null and status = 'CONFIRMED')::int as served_late,
              (select count(*) from demand_take where confirmations = 2)::int as confirmed_twice,
              (select count(distinct t.demand_id) from demand_take t join demand x on x.id = t.demand_id
               where x.status = 'CANCELLED' and t.status = 'REVOKED' and t.reason = x.cancel_reason)::int as cancelled_with_takes,
              (select count(*) from demand_take where status = 'RELEASED')::int as released
       from demand d where d.fulfilment = 'SERVICE'`,
    );
    for (const [what, n] of Object.entries(mix!)) expect(n, what).toBeGreaterThan(0);
  });

  it('hold taken_quantity = the holding takes\' quantities, and a status that agrees with the takes', async () => {
    await none(
      `select d.id, d.status, d.quantity, d.taken_quantity, t.*
       from demand d
       left join lateral (
         select coalesce(sum(quantity) filter (where status in ${HOLDING}), 0)::int as held,
                count(*) filter (where status in ${HOLDING})::int as held_n,
                count(*) filter (where status in ${LIVE})::int as live_n,
                count(*) filter (where status = 'SERVED')::int as served,
                count(*) filter (where status = 'CONFIRMED' and confirmations >= 1 and confirmed_at is not null)::int as confirmed,
                count(*)::int as all_n
         from demand_take where demand_id = d.id) t on true
       where d.fulfilment = 'SERVICE' and not (
         d.taken_quantity = t.held and case d.status
           when 'POSTED' then t.all_n = 0 and d.placed_at is null
           when 'PLACED' then t.held < d.quantity and d.placed_at is not null and t.confirmed = 0
           when 'TAKEN' then t.held = d.quantity and t.served < t.held_n and t.confirmed = 0
           when 'SERVED' then t.held = d.quantity and t.served = t.held_n
           when 'FULFILLED' then t.held = d.quantity and t.confirmed = t.held_n and t.live_n = 0
           when 'CANCELLED' then t.held_n = 0 and d.cancel_reason is not null
           when 'EXPIRED' then t.held_n = 0 and d.end_date < $1::date
         end)`,
      [TEST_NOW.slice(0, 10)],
    );
    // CANCELLED: the takes live at the time were revoked with its reason
    await none(
      `select d.id from demand d where d.status = 'CANCELLED' and exists (
         select 1 from demand_take t where t.demand_id = d.id and t.status = 'REVOKED' and t.ended_at = d.updated_at and t.reason is distinct from d.cancel_reason)`,
    );
    // live orders are not past their last day unless a take is on them (then it is overdue)
    await none(`select id from demand where fulfilment = 'SERVICE' and status in ('POSTED','PLACED') and end_date < $1::date`, [TEST_NOW.slice(0, 10)]);
  });

  it('place with a take deadline by urgency, and record the deprecated takenBy as the first holding take', async () => {
    await none(
      `select id from demand where fulfilment = 'SERVICE' and take_deadline is distinct from
         placed_at + make_interval(hours => case urgency when 'URGENT' then 2 when 'HIGH' then 24 when 'NORMAL' then 72 else 168 end)`,
    );
    await none(
      `select d.id from demand d
       left join lateral (select * from demand_take t where t.demand_id = d.id and t.status in ${HOLDING} order by t.id limit 1) f on true
       where d.fulfilment = 'SERVICE' and (d.taken_by_account is distinct from f.account_id or d.taken_at is distinct from f.taken_at
         or d.taken_by_organization_id is distinct from f.organization_id)`,
    );
  });

  it('are taken by those who may: volunteers of the community, teams whose area holds it, units of its street', async () => {
    await none(
      `select t.id from demand_take t join demand d on d.id = t.demand_id
       left join volunteer v on v.id = t.volunteer_id
       left join volunteer_team tm on tm.id = t.team_id left join volunteer l on l.id = tm.leader_id
       left join organization o on o.id = t.organization_id
       join area g on g.id = d.area_id
       where t.area_path <> d.area_path or case t.taker_kind
         when 'VOLUNTEER' then v.status <> 'APPROVED' or v.area_id <> g.parent_id or t.account_id <> v.account_id or v.approved_at >= t.taken_at
         when 'TEAM' then tm.status <> 'ACTIVE' or d.area_path not like tm.area_path || '%' or t.account_id <> l.account_id
         when 'ORGANIZATION' then o.area_path not like substring(d.area_path from '^/[0-9]+/[0-9]+/') || '%' or t.account_id <> 'seed-unit-admin-' || o.id
       end`,
    );
  });

  it('keep each take\'s times, deadline and reasons in order', async () => {
    await none(
      `select t.id from demand_take t join demand d on d.id = t.demand_id
       where t.serve_deadline <> ((d.end_date + 1)::timestamp at time zone 'Asia/Shanghai')
          or t.taken_at <= d.placed_at or t.served_at <= t.taken_at or t.confirmed_at <= t.served_at or t.ended_at <= t.taken_at
          or greatest(t.taken_at, t.served_at, t.confirmed_at, t.ended_at, t.updated_at) > $1::timestamptz
          or (t.status in ('SERVED','CONFIRMED','DISPUTED')) <> (t.served_at is not null and t.service_note is not null)
          or (t.status = 'CONFIRMED') <> (t.confirmed_at is not null) or (t.status = 'CONFIRMED') <> (t.confirmations >= 1)
          or (t.status in ('RELEASED','REVOKED')) <> (t.ended_at is not null)
          or (t.status in ('RELEASED','REVOKED','DISPUTED') and t.reason is null)`,
      [TEST_NOW],
    );
    // the sweeper's records: an order still open past its take deadline, a take still TAKEN past its serve deadline
    await none(`select id from demand where fulfilment = 'SERVICE' and status = 'PLACED' and take_deadline < $1::timestamptz - interval '1 minute' and take_overdue_at is null`, [TEST_NOW]);
    await none(`select id from demand_take where status = 'TAKEN' and serve_deadline < $1::timestamptz - interval '1 minute' and serve_overdue_at is null`, [TEST_NOW]);
    await none(`select id from demand_take where serve_overdue_at < serve_deadline or serve_overdue_at > greatest(serve_deadline, taken_at) + interval '1 minute'`);
    await none(`select id from demand where take_overdue_at < take_deadline`);
  });

  it('record who served and for how long on every reported take: the volunteer, team members, the unit\'s people', async () => {
    await none(
      `select t.id from demand_take t
       where (t.status in ('SERVED','CONFIRMED','DISPUTED')) <> exists (select 1 from demand_take_person p where p.take_id = t.id)`,
    );
    await none(
      `select p.take_id, p.position from demand_take_person p join demand_take t on t.id = p.take_id
       where p.minutes not between 30 and 240 or case t.taker_kind
         when 'VOLUNTEER' then p.volunteer_id is distinct from t.volunteer_id
         when 'TEAM' then p.volunteer_id is null or not exists (select 1 from volunteer_team_member m where m.team_id = t.team_id and m.volunteer_id = p.volunteer_id and m.joined_at < t.taken_at)
         when 'ORGANIZATION' then p.volunteer_id is not null and not exists (select 1 from volunteer v where v.id = p.volunteer_id and v.employer_id = t.organization_id and v.status = 'APPROVED')
       end`,
    );
    await none(`select t.id from demand_take t where t.taker_kind = 'TEAM' and t.served_at is not null and (select count(*) from demand_take_person p where p.take_id = t.id) < 2`);
    const [org] = await rows<{ registered: number; staff: number }>(
      `select count(p.volunteer_id)::int as registered, (count(*) - count(p.volunteer_id))::int as staff
       from demand_take_person p join demand_take t on t.id = p.take_id where t.taker_kind = 'ORGANIZATION'`,
    );
    expect(org!.registered).toBeGreaterThan(0);
    expect(org!.staff).toBeGreaterThan(0);
  });

  it('carry histories that chain from POST to the status, with versions to match (the sweeper\'s marks bump none)', async () => {
    const chain = (table: string, key: string, parent: string, where: string) => none(
      `select x.id from ${parent} x where ${where} and (
         x.version <> (select count(*) from ${table} h where h.${key} = x.id and h.action <> 'OVERDUE')
         or x.updated_at <> (select max(h.at) from ${table} h where h.${key} = x.id and h.action <> 'OVERDUE')
         or x.status <> (select h.to_status from ${table} h where h.${key} = x.id order by h.id desc limit 1)
         or exists (select 1 from (select h.from_status, lag(h.to_status) over (order by h.id) as before, h.at, lag(h.at) over (order by h.id) as before_at
                                   from ${table} h where h.${key} = x.id) c
                    where c.from_status is distinct from c.before or c.at < c.before_at))`,
    );
    await chain('demand_history', 'demand_id', 'demand', `x.fulfilment = 'SERVICE'`);
    await chain('demand_take_history', 'take_id', 'demand_take', 'true');
    await none(`select h.id from demand_history h join demand d on d.id = h.demand_id where d.fulfilment = 'SERVICE' and h.at > $1::timestamptz`, [TEST_NOW]);
    await none(
      `select h.id from demand_history h join demand d on d.id = h.demand_id where d.fulfilment = 'SERVICE' and (
         (h.action in ('OVERDUE','EXPIRE')) <> (h.actor_id = 'SYSTEM')
         or (h.action in ('PLACE','CONFIRM','DISPUTE','REVOKE_CONFIRMATION','REVOKE_TAKE','CANCEL')) <> (h.actor_role = 'COMMUNITY_ADMIN')
         or (h.action in ('RELEASE','REVOKE_TAKE','DISPUTE','REVOKE_CONFIRMATION','CANCEL','OVERDUE')) <> (h.reason is not null))`,
    );
  });

  it('award points: a SERVICE line per confirmed person and round at the community\'s rate, reversals and adjustments', async () => {
    const rules = await rows<{ points_per_hour: number; n: number }>(`select points_per_hour, count(*)::int as n from points_rule group by 1 order by 1`);
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(rules.reduce((s, r) => s + r.n, 0)).toBeLessThan(31);
    // points = floor(minutes × rate / 60), the rate the community's rule or the default 10; where the order is
    await none(
      `select e.id from points_entry e join demand_take t on t.id = e.source_id join demand d on d.id = t.demand_id join area g on g.id = d.area_id
       left join points_rule r on r.area_id = e.area_id
       where e.kind = 'SERVICE' and (e.source_type <> 'DemandTake' or e.area_id <> g.parent_id or e.minutes <= 0
         or e.points <> floor(e.minutes * coalesce(r.points_per_hour, 10) / 60.0) or e.round not between 1 and t.confirmations
         or e.actor_role <> 'COMMUNITY_ADMIN'
         or not exists (select 1 from demand_take_person p where p.take_id = t.id and p.volunteer_id = e.volunteer_id and p.minutes = e.minutes))`,
    );
    // every volunteer who served on a confirmed take has its line for the take's last round, at the confirmation
    await none(
      `select t.id, p.volunteer_id from demand_take t join demand_take_person p on p.take_id = t.id
       where t.status = 'CONFIRMED' and p.volunteer_id is not null and not exists (
         select 1 from points_entry e where e.source_type = 'DemandTake' and e.source_id = t.id and e.volunteer_id = p.volunteer_id
           and e.kind = 'SERVICE' and e.round = t.confirmations and e.at = t.confirmed_at)`,
    );
    // a revoked confirmation reverses its round exactly; a round is confirmed again after
    await none(
      `select e.id from points_entry e where e.kind = 'REVERSAL' and (e.reason is null or not exists (
         select 1 from points_entry s where s.kind = 'SERVICE' and s.source_id = e.source_id and s.round = e.round and s.volunteer_id = e.volunteer_id
           and s.points = -e.points and s.minutes = -e.minutes and s.at < e.at)
         or not exists (select 1 from points_entry n where n.kind = 'SERVICE' and n.source_id = e.source_id and n.round = e.round + 1 and n.volunteer_id = e.volunteer_id and n.at > e.at))`,
    );
    await none(`select id from points_entry where kind = 'ADJUSTMENT' and (source_id is not null or reason is null or round <> 0 or points = 0)`);
    const kinds = await rows<{ kind: string; n: number }>(`select kind, count(*)::int as n from points_entry group by 1 order by 1`);
    expect(kinds.map((k) => k.kind)).toEqual(['ADJUSTMENT', 'REVERSAL', 'SERVICE']);
    // the ledger is written in time order
    await none(`select id from (select id, at, lag(at) over (order by id) as before from points_entry) x where at < before`);
  });

  it('are written in Chinese, as the district\'s people write them', async () => {
    const texts = await rows<{ text: string }>(
      `select title as text from demand where fulfilment = 'SERVICE' union all select description from demand where fulfilment = 'SERVICE'
       union all select cancel_reason from demand where cancel_reason is not null and fulfilment = 'SERVICE'
       union all select service_note from demand_take where service_note is not null union all select reason from demand_take where reason is not null
       union all select reason from points_entry where reason is not null`,
    );
    expect(texts.length).toBeGreaterThan(1000);
    expect(texts.filter((t) => !CJK.test(t.text) || /[{}]/.test(t.text))).toEqual([]);
  });
});
