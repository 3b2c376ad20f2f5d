import { GraphQLError } from 'graphql';
import { Field, ObjectType } from 'type-graphql';

/**
 * Thrown errors, for what the caller cannot fix by retrying against other state: malformed input,
 * missing sign-in, missing rights, ids that do not resolve. Stored-state failures go to `userErrors`.
 */
export function badInput(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function unauthenticated(message = 'Sign in to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'You may not do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Unknown ids and ids the caller may not see answer alike, so existence never leaks. */
export function notFound(field: string, what = 'object'): GraphQLError {
  return new GraphQLError(`No ${what} with that id.`, { extensions: { code: 'NOT_FOUND', field } });
}

@ObjectType({ simpleResolvers: true, description: 'A problem with a mutation that depends on stored state; nothing was changed.' })
export class UserError {
  @Field({ description: 'Stable machine-readable code, SCREAMING_SNAKE_CASE, e.g. VERSION_CONFLICT.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Path of the input field the problem is about, if any.' })
  field!: string | null;

  @Field({ description: 'Human-readable explanation.' })
  message!: string;
}

export function userError(code: string, message: string, field: string | null = null): UserError {
  return { code, message, field };
}

/** What a service returns for an expected failure, instead of throwing. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: UserError[]): Outcome<T> => ({ ok: false, errors });
