import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { preparedName } from '../read/statements.js';

interface KnexClient {
  acquireConnection(): Promise<pg.ClientBase>;
  releaseConnection(connection: pg.ClientBase): Promise<unknown>;
}

/**
 * Runs a fixed-shape statement (`$n` placeholders) as a named prepared statement: pg parses it once per
 * connection and PostgreSQL can reuse its plan, where `em.execute` sends and plans the text anew each time.
 * Inside `em.transactional` it runs on the transaction's own connection (nothing else uses it meanwhile);
 * outside, on a connection of the ORM's pool, given back afterwards.
 */
export async function txQuery<T extends object>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const query = { name: preparedName(text), text, values };
  const trx = em.getTransactionContext<{ client: KnexClient }>();
  if (trx) return (await (await trx.client.acquireConnection()).query<T>(query)).rows;
  const client = em.getConnection().getKnex().client as unknown as KnexClient;
  const connection = await client.acquireConnection();
  try {
    return (await connection.query<T>(query)).rows;
  } finally {
    await client.releaseConnection(connection);
  }
}
