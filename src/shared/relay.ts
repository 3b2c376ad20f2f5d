import { Field, ID, InterfaceType, Int, ObjectType, type ClassType } from 'type-graphql';

/** Rows of the read path carry their GraphQL type name, so interfaces resolve without a lookup. */
export interface Typed {
  __typename: string;
}

@InterfaceType({
  description: 'An object with an opaque global id, refetchable with `node(id:)`.',
  resolveType: (value: Typed) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; stable, never reused.' })
  id!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Where a page of a connection sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'More items follow the last edge of this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'More items precede the first edge of this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null on an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null on an empty page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A getter, so the count query runs only when the field is selected. */
  readonly totalCount: Promise<number>;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionType<T extends object>(name: string, nodeType: ClassType<T>, noun: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${noun} in a page, with the cursor that points at it.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge, for `after` / `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${noun}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${noun} items (Relay cursor connection).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages exist, and the cursors at both ends.' })
    pageInfo!: PageInfo;

    // not simple: the value is a promise-returning getter, which graphql-jit only awaits from a resolver
    @Field(() => Int, { simple: false, description: 'How many items the whole list holds; counted only when asked for.' })
    totalCount!: number;
  }
  return ConnectionType;
}
