import type { Seeder } from './load.js';

/** The projects of the seeded district. */
export const seedProjects: Seeder = async () => ({});
