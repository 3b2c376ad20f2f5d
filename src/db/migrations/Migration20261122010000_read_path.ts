import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes of the read path: Chinese text search by any part (unigrams and bigrams in a GIN-indexed array,
 * core PostgreSQL only, so that PostgreSQL 15 services without extensions work too), a GiST index on the
 * location for `near`, and keys for the stable orders.
 */
export class Migration20261122010000_read_path extends Migration {
  override up(): void {
    this.addSql(`
      -- every character and every pair of neighbouring characters, lower-cased, blanks dropped: a search for
      -- any substring of one or two characters is an index lookup, a longer one needs all of its bigrams
      create function sharehub_grams(t text) returns text[] language sql immutable parallel safe as $$
        select coalesce(array_agg(distinct g), '{}') from (
          select substr(lower(t), i, 1) as g from generate_series(1, char_length(t)) as i
          union all
          select substr(lower(t), i, 2) from generate_series(1, char_length(t) - 1) as i
        ) as grams where g !~ '\\s'
      $$;

      alter table resource add column search_grams text[]
        generated always as (sharehub_grams(title || ' ' || address)) stored;
      create index resource_search_grams_idx on resource using gin (search_grams);
      create index resource_location_idx on resource using gist (point(lng, lat));
      create index resource_title_idx on resource ((title collate "C"), id);
      create index resource_newest_idx on resource ((coalesce(published_at, created_at)) desc, id desc);
    `);
  }
}
