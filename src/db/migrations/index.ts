import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000_foundation } from './Migration20261122000000_foundation.js';
import { Migration20261122010000_read_path } from './Migration20261122010000_read_path.js';
import { Migration20261122020000_agreements } from './Migration20261122020000_agreements.js';
import { Migration20261122030000_demands } from './Migration20261122030000_demands.js';
import { Migration20261122040000_projects } from './Migration20261122040000_projects.js';
import { Migration20261122050000_matching } from './Migration20261122050000_matching.js';
import { Migration20261122060000_matcher } from './Migration20261122060000_matcher.js';
import { Migration20261122070000_match_risk } from './Migration20261122070000_match_risk.js';
import { Migration20261122080000_matching_indexes } from './Migration20261122080000_matching_indexes.js';
import { Migration20261122090000_matching_reach } from './Migration20261122090000_matching_reach.js';
import { Migration20261122100000_matcher_fresh } from './Migration20261122100000_matcher_fresh.js';
import { Migration20261122110000_demand_history_matching } from './Migration20261122110000_demand_history_matching.js';
import { Migration20261122120000_matching_probes } from './Migration20261122120000_matching_probes.js';
import { Migration20261122130000_event_watermark } from './Migration20261122130000_event_watermark.js';
import { Migration20261202000000_history_at } from './Migration20261202000000_history_at.js';
import { Migration20261202010000_area_admin } from './Migration20261202010000_area_admin.js';
import { Migration20261202110000_area_moves } from './Migration20261202110000_area_moves.js';
import { Migration20261202120000_area_boundary } from './Migration20261202120000_area_boundary.js';
import { Migration20261202140000_import_run } from './Migration20261202140000_import_run.js';
import { Migration20261202160000_service_orders } from './Migration20261202160000_service_orders.js';
import { Migration20261202150000_volunteers } from './Migration20261202150000_volunteers.js';

/** Every migration in order; a new one is appended here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261122000000_foundation', class: Migration20261122000000_foundation },
  { name: 'Migration20261122010000_read_path', class: Migration20261122010000_read_path },
  { name: 'Migration20261122020000_agreements', class: Migration20261122020000_agreements },
  { name: 'Migration20261122030000_demands', class: Migration20261122030000_demands },
  { name: 'Migration20261122040000_projects', class: Migration20261122040000_projects },
  { name: 'Migration20261122050000_matching', class: Migration20261122050000_matching },
  { name: 'Migration20261122060000_matcher', class: Migration20261122060000_matcher },
  { name: 'Migration20261122070000_match_risk', class: Migration20261122070000_match_risk },
  { name: 'Migration20261122080000_matching_indexes', class: Migration20261122080000_matching_indexes },
  { name: 'Migration20261122090000_matching_reach', class: Migration20261122090000_matching_reach },
  { name: 'Migration20261122100000_matcher_fresh', class: Migration20261122100000_matcher_fresh },
  { name: 'Migration20261122110000_demand_history_matching', class: Migration20261122110000_demand_history_matching },
  { name: 'Migration20261122120000_matching_probes', class: Migration20261122120000_matching_probes },
  { name: 'Migration20261122130000_event_watermark', class: Migration20261122130000_event_watermark },
  { name: 'Migration20261202000000_history_at', class: Migration20261202000000_history_at },
  { name: 'Migration20261202010000_area_admin', class: Migration20261202010000_area_admin },
  { name: 'Migration20261202110000_area_moves', class: Migration20261202110000_area_moves },
  { name: 'Migration20261202120000_area_boundary', class: Migration20261202120000_area_boundary },
  { name: 'Migration20261202140000_import_run', class: Migration20261202140000_import_run },
  { name: 'Migration20261202150000_volunteers', class: Migration20261202150000_volunteers },
  { name: 'Migration20261202160000_service_orders', class: Migration20261202160000_service_orders },
];
