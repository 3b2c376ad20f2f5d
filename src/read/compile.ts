import { toGlobalId } from '../shared/global-id.js';
import type { Selection } from './selection.js';

/** A row as read: column name → value (a column the statement did not select is absent). */
export type Row = Record<string, unknown>;

/** One property of a read object: the columns it comes from and how. */
export interface Prop {
  columns: readonly string[];
  read(row: Row): unknown;
}

/** A property that is one column as it is. */
export function column(name: string): Prop {
  return { columns: [name], read: (row) => row[name] };
}

/** A bigint id column as the string row id the objects carry (null stays null). */
export function idColumn(name: string): Prop {
  return { columns: [name], read: (row) => (row[name] === null ? null : String(row[name])) };
}

/** A point from two columns; null when either is null. */
export function point(lat: string, lng: string): Prop {
  return { columns: [lat, lng], read: (row) => (row[lat] == null || row[lng] == null ? null : { lat: row[lat], lng: row[lng] }) };
}

/**
 * How one GraphQL object type is read from one table, each column declared once: the properties of the
 * objects and the columns each comes from, which of its fields are to-one relations that the read path
 * joins, and the class whose prototype the objects get (so type-graphql's field resolvers take them as they
 * are). Everything else about reading (filters, order, pages, scopes) belongs to the root field.
 */
export interface TypeDef<T = unknown> {
  /** The GraphQL type: `__typename` and the type of the global `id`. */
  typename: string;
  table: string;
  prototype: object;
  /** Properties every object carries (besides `id` and `rowId`, from the `id` column): keys, what scope checks need. */
  base: Readonly<Record<string, Prop>>;
  /** Properties read only when a selected field needs them; a field needs the property of its own name. */
  props: Readonly<Record<string, Prop>>;
  /** Fields served from properties of other names (a field resolver computes them). */
  serves?: Readonly<Record<string, readonly string[]>>;
  /** To-one relations the read path joins instead of resolving per row. */
  relations: Readonly<Record<string, Relation>>;
  /** Phantom: the type of the objects built. */
  readonly __type?: T;
}

export interface Relation {
  target: () => TypeDef;
  /** Column of this table holding the target's id. */
  foreignKey: string;
  /** Null foreign keys are allowed (a left join). */
  optional: boolean;
}

/** The properties of `def` that `fields` (selected GraphQL fields) need. */
function propsFor(def: TypeDef, fields: Iterable<string>): Set<string> {
  const props = new Set<string>();
  for (const field of fields) {
    for (const name of def.serves?.[field] ?? [field]) if (def.props[name]) props.add(name);
  }
  return props;
}

/** Every column `def` declares, `id` first (the planner reads a joined object's presence from its first column). */
function columnsOf(def: TypeDef, props: Iterable<string>): string[] {
  const columns = new Set(['id']);
  for (const prop of Object.values(def.base)) for (const c of prop.columns) columns.add(c);
  for (const name of props) for (const c of def.props[name].columns) columns.add(c);
  return [...columns];
}

/** The function that makes an object of `def` from a row holding (at least) the columns of `props`. */
function builderOf<T>(def: TypeDef<T>, props: Iterable<string>): (row: Row) => T {
  const reads = [...Object.entries(def.base), ...[...props].map((name) => [name, def.props[name]] as const)];
  const { typename, prototype } = def;
  return (row) => {
    const object = Object.create(prototype) as Record<string, unknown>;
    object.__typename = typename;
    object.id = toGlobalId(typename, row.id as string);
    object.rowId = String(row.id);
    for (const [name, prop] of reads) object[name] = prop.read(row);
    return object as T;
  };
}

/** Every column of `def`, qualified by `alias`, for a statement that reads whole objects (`select ${…} from`). */
export function selectAll(def: TypeDef, alias: string): string {
  return columnsOf(def, Object.keys(def.props))
    .map((c) => `${alias}.${c}`)
    .join(', ');
}

/** Makes whole objects of `def` from rows read with `selectAll`. */
export function readAll<T>(def: TypeDef<T>): (row: Row) => T {
  return builderOf(def, Object.keys(def.props));
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
  const nested: [string, Relation, Selection | undefined][] = [];
  for (const name of selection?.fields.keys() ?? []) {
    const relation = def.relations[name];
    if (relation) {
      const sub = selection!.fields.get(name)!.selection;
      nested.push([name, relation, [...sub.values()][0]]);
    }
  }
  const props = propsFor(def, selection?.fields.keys() ?? []);
  const wanted = new Set([...columnsOf(def, props), ...nested.map(([, relation]) => relation.foreignKey)]);
  const build = builderOf(def, props);
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
    const record: Row = {};
    for (const [column, index] of slots) record[column] = row[index];
    const object = build(record) as Record<string, unknown>;
    for (const child of children) object[child.name] = row[child.idSlot] === null ? null : child.build(row);
    return object as T;
  };
}
