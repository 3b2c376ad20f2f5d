import type { Seeder } from './load.js';

/** The demands of the seeded district. */
export const seedDemands: Seeder = async () => ({});
