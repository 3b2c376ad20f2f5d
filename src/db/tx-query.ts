import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { preparedName } from './statements.js';

interface KnexClient {
  acquireConnection(): Promise<pg.ClientBase>;
  releaseConnection(connection: pg.ClientBase): Promise<unknown>;
}

/**
 * A statement runner with `$n` placeholders, on one connection. `prepare` makes it a named prepared
 * statement: pg parses it once per connection and PostgreSQL can reuse its plan (for fixed shapes run
 * often); without it the statement is planned for its values each time. The matching code runs through it
 * both inside the ORM's transaction (`sqlOf`) and on a pooled client of its own (`sqlOn`).
 */
export type Sql = <T extends object>(text: string, values: unknown[], options?: { prepare?: boolean }) => Promise<T[]>;

const queryOf = (text: string, values: unknown[], prepare: boolean | undefined): pg.QueryConfig =>
  prepare ? { name: preparedName(text), text, values } : { text, values };

/** `Sql` on a client holding a connection (the lean paths' pooled client). */
export function sqlOn(client: pg.ClientBase): Sql {
  return async <T extends object>(text: string, values: unknown[], options?: { prepare?: boolean }) =>
    (await client.query<T>(queryOf(text, values, options?.prepare))).rows;
}

/**
 * `Sql` through an EntityManager: inside `em.transactional` on the transaction's own connection (nothing
 * else uses it meanwhile), outside on a connection of the ORM's pool, given back afterwards.
 */
export function sqlOf(em: EntityManager): Sql {
  return async <T extends object>(text: string, values: unknown[], options?: { prepare?: boolean }) => {
    const query = queryOf(text, values, options?.prepare);
    const trx = em.getTransactionContext<{ client: KnexClient }>();
    if (trx) return (await (await trx.client.acquireConnection()).query<T>(query)).rows;
    const client = em.getConnection().getKnex().client as unknown as KnexClient;
    const connection = await client.acquireConnection();
    try {
      return (await connection.query<T>(query)).rows;
    } finally {
      await client.releaseConnection(connection);
    }
  };
}

/**
 * A PostgreSQL array literal of enum values or ids (no quoting needed): knex would spread a JS array
 * into a list of bindings.
 */
export function pgArray(values: readonly string[]): string {
  return `{${values.join(',')}}`;
}
