import { badInput } from './errors.js';
import { parseGlobalId } from './global-id.js';

/** Trims and checks a required text field: not blank, at most `max` characters. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw badInput(field, `"${field}" must not be blank.`);
  if (text.length > max) throw badInput(field, `"${field}" must be at most ${max} characters.`);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > max) throw badInput(field, `"${field}" must be at most ${max} characters.`);
  return text;
}

/** Decodes a global id of one of the expected types, or throws BAD_USER_INPUT naming the field. */
export function idOf(globalId: string, types: readonly string[], field: string): string {
  const id = parseGlobalId(globalId, types);
  if (id === null) throw badInput(field, `"${field}" is not a valid ${types.join(' or ')} id.`);
  return id;
}

export function phone(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 32);
  if (text && !/^[0-9+\-() ]{5,32}$/.test(text)) throw badInput(field, `"${field}" is not a phone number.`);
  return text || null;
}

export function positiveVersion(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1) throw badInput(field, `"${field}" must be a positive whole number.`);
  return value;
}
