import type { Selection } from './selection.js';

/**
 * How one GraphQL object type is read from one table: which columns its fields need, which of its fields
 * are to-one relations that the read path joins, and how a row becomes the object that default resolvers
 * read. Everything else about reading (filters, order, pages, scopes) belongs to the root field.
 */
export interface TypeDef<T = unknown> {
  table: string;
  /** Columns every object of the type carries (ids, keys and what scope checks need). */
  base: readonly string[];
  /** GraphQL field → the columns it needs beyond `base`. Fields not listed need none. */
  fields: Readonly<Record<string, readonly string[]>>;
  /** To-one relations the read path joins instead of resolving per row. */
  relations: Readonly<Record<string, Relation>>;
  /** Builds the object from the selected columns (absent columns are undefined). */
  build(row: Record<string, unknown>): T;
}

export interface Relation {
  target: () => TypeDef;
  /** Column of this table holding the target's id. */
  foreignKey: string;
  /** Null foreign keys are allowed (a left join). */
  optional: boolean;
}

/** A FROM clause under construction: the columns to select (positionally) and the joins. */
export class ReadQuery {
  readonly columns: string[] = [];
  readonly joins: string[] = [];
  /** The plain columns read of each alias, so a root subquery can select exactly those. */
  readonly used = new Map<string, Set<string>>();
  private aliases = 0;

  alias(): string {
    return `j${++this.aliases}`;
  }

  column(expression: string): number {
    this.columns.push(expression);
    return this.columns.length - 1;
  }
}

export type RowBuilder<T> = (row: unknown[]) => T;

/**
 * Adds to `query` the columns and joins that `selection` needs of `def` read as `alias`, and returns the
 * function that turns a result row (rowMode 'array') into the object, with joined relations nested in it.
 * The statement count stays one however many rows and nested to-one fields are asked for.
 */
export function plan<T>(
  def: TypeDef<T>,
  selection: Selection | undefined,
  alias: string,
  query: ReadQuery,
  // below a left join every join must be a left join too, or a missing parent would drop the whole row
  underOptional = false,
): RowBuilder<T> {
  const wanted = new Set(def.base);
  const nested: [string, Relation, Selection | undefined][] = [];
  for (const name of selection?.fields.keys() ?? []) {
    for (const column of def.fields[name] ?? []) wanted.add(column);
    const relation = def.relations[name];
    if (relation) {
      const sub = selection!.fields.get(name)!.selection;
      nested.push([name, relation, [...sub.values()][0]]);
      wanted.add(relation.foreignKey);
    }
  }
  query.used.set(alias, new Set([...(query.used.get(alias) ?? []), ...wanted]));
  const slots = [...wanted].map((column) => [column, query.column(`${alias}.${column}`)] as const);
  const children = nested.map(([name, relation, sub]) => {
    const target = relation.target();
    const childAlias = query.alias();
    const optional = underOptional || relation.optional;
    query.joins.push(`${optional ? 'left join' : 'join'} ${target.table} ${childAlias} on ${childAlias}.id = ${alias}.${relation.foreignKey}`);
    const idSlot = query.columns.length;
    const build = plan(target, sub, childAlias, query, optional);
    return { name, idSlot, build };
  });
  return (row) => {
    const record: Record<string, unknown> = {};
    for (const [column, index] of slots) record[column] = row[index];
    const object = def.build(record) as Record<string, unknown>;
    for (const child of children) object[child.name] = row[child.idSlot] === null ? null : child.build(row);
    return object as T;
  };
}
