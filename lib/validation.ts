import { z } from 'zod';
import { ValidationError, type FieldProblem } from './errors';

/**
 * Control characters (Unicode category Cc: C0, DEL and C1). PostgreSQL cannot store NUL in text or
 * jsonb at all (the query fails), and the others are invisible, end lines in logs and terminals, or
 * let a value look like something else. Single-line text refuses all of them; multi-line text
 * (a reason, a description typed in a textarea) keeps tab, line feed and carriage return.
 */
const SINGLE_LINE = /^\P{Cc}*$/u;
const MULTI_LINE = /^(?:[\t\n\r]|\P{Cc})*$/u;
export const CONTROL_CHARACTER_MESSAGE = 'must not contain control characters';

/** True when the text holds a control character not allowed in a field of that kind. */
export function hasControlCharacters(text: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return !(multiline ? MULTI_LINE : SINGLE_LINE).test(text);
}

/**
 * The string schema every free-text input starts from: `safeText().trim().min(2).max(200)`. It
 * refuses control characters with a problem naming the field (a 422), instead of letting NUL reach
 * PostgreSQL (a 500). `{ multiline: true }` for textarea fields.
 */
export function safeText({ multiline = false }: { multiline?: boolean } = {}) {
  return z.string().regex(multiline ? MULTI_LINE : SINGLE_LINE, { error: CONTROL_CHARACTER_MESSAGE });
}

const MAX_DEPTH = 32;

type TextRule = { multiline: boolean; skip?: ReadonlySet<string> };

/**
 * Every string (and object key) of a value, at any depth, that holds a control character the rule
 * does not allow; `skip` names fields left alone (secrets that are hashed, never stored as text).
 */
export function controlCharacterProblems(value: unknown, rule: TextRule): FieldProblem[] {
  const out: FieldProblem[] = [];
  collect(value, rule, [], out, 0);
  return out;
}

function collect(value: unknown, rule: TextRule, path: string[], out: FieldProblem[], depth: number): void {
  if (typeof value === 'string') {
    if (hasControlCharacters(value, rule)) out.push({ path: path.join('.'), message: CONTROL_CHARACTER_MESSAGE });
    return;
  }
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, rule, [...path, String(i)], out, depth + 1));
    return;
  }
  // Plain data only: Dates, Buffers and class instances are not text a client sent.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return;
  for (const [key, item] of Object.entries(value)) {
    if (hasControlCharacters(key)) out.push({ path: path.join('.'), message: `a key ${CONTROL_CHARACTER_MESSAGE}` });
    else if (!rule.skip?.has(key)) collect(item, rule, [...path, key], out, depth + 1);
  }
}

declare const PARSED: unique symbol;

/**
 * Input that parseInput() already produced with schema `S` (route() parses a request body once and
 * hands this to the service). A service typed `input: InputOf<typeof schema>` accepts it and its own
 * parseInput(schema, input) returns it as is; any other value is parsed as before, so services stay
 * callable from anywhere with validation.
 */
export type Parsed<S extends z.ZodType> = z.output<S> & { readonly [PARSED]: S };
/** What a service whose schema is `S` accepts: raw input, or input route() parsed with `S`. */
export type InputOf<S extends z.ZodType> = z.input<S> | Parsed<S>;

/** Objects parseInput() returned, with the schema that produced them (identity, not shape: a copy is parsed again). */
const parsedBy = new WeakMap<object, z.ZodType>();

/** Parses service input; failures become a ValidationError naming every bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): Parsed<T> {
  if (typeof input === 'object' && input !== null && parsedBy.get(input) === schema) return input as Parsed<T>;
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  // The last line behind safeText(): a schema that forgot it (z.string(), z.record(z.string(),
  // z.unknown()), z.any()) still cannot hand NUL or an escape sequence to SQL. Multi-line rule,
  // since only the schema knows which fields are single-line.
  const problems = controlCharacterProblems(result.data, { multiline: true });
  if (problems.length) throw new ValidationError(problems);
  if (typeof result.data === 'object' && result.data !== null) parsedBy.set(result.data, schema);
  return result.data as Parsed<T>;
}
