import type { Seeder } from './load.js';

/** The agreements of the seeded district. */
export const seedAgreements: Seeder = async () => ({});
