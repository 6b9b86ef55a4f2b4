import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from './errors';
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters, parseInput, safeText } from './validation';

/** One of each kind: NUL, other C0, escape, DEL, a C1 control (NEL), and the line breaks a textarea may hold. */
const CONTROLS = { nul: '\u0000', bell: '\u0007', escape: '\u001b', del: '\u007f', nel: '\u0085' } as const;
const LINE_BREAKS = { tab: '\t', lf: '\n', cr: '\r' } as const;

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('control characters', () => {
  it.each(Object.entries(CONTROLS))('%s is refused in single-line and multi-line text', (_, c) => {
    expect(hasControlCharacters(`a${c}b`)).toBe(true);
    expect(hasControlCharacters(`a${c}b`, { multiline: true })).toBe(true);
  });

  it.each(Object.entries(LINE_BREAKS))('%s is refused in single-line text only', (_, c) => {
    expect(hasControlCharacters(`a${c}b`)).toBe(true);
    expect(hasControlCharacters(`a${c}b`, { multiline: true })).toBe(false);
  });

  it('accepts ordinary text in any script, with emoji and spaces', () => {
    for (const text of ['', 'Acme Voice', 'Zoë Ångström', '東京 オフィス', 'ok 👍', 'a\u00a0b', '50% off_']) expect(hasControlCharacters(text)).toBe(false);
  });

  it('safeText() names the field and keeps working with the usual chain', () => {
    const schema = z.object({ name: safeText().trim().min(2).max(20), note: safeText({ multiline: true }).optional() });
    expect(schema.parse({ name: '  Jane  ', note: 'line one\nline two' })).toEqual({ name: 'Jane', note: 'line one\nline two' });
    const bad = schema.safeParse({ name: 'Ja\u0000ne', note: 'x\u001b[31m' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name', CONTROL_CHARACTER_MESSAGE],
      ['note', CONTROL_CHARACTER_MESSAGE],
    ]);
  });
});

describe('parseInput: the last line', () => {
  it('refuses NUL that a schema without safeText() let through, naming the path', () => {
    expect(problemsOf(() => parseInput(z.object({ name: z.string() }), { name: 'a\u0000b' }))).toEqual([{ path: 'name', message: CONTROL_CHARACTER_MESSAGE }]);
    expect(problemsOf(() => parseInput(z.record(z.string(), z.unknown()), { tags: ['ok', 'a\u0000b'], meta: { deep: 'x\u0007' } }))).toEqual([
      { path: 'tags.1', message: CONTROL_CHARACTER_MESSAGE },
      { path: 'meta.deep', message: CONTROL_CHARACTER_MESSAGE },
    ]);
    expect(problemsOf(() => parseInput(z.record(z.string(), z.unknown()), { meta: { 'k\u0000': 1 } }))).toEqual([{ path: 'meta', message: `a key ${CONTROL_CHARACTER_MESSAGE}` }]);
    expect(problemsOf(() => parseInput(z.any(), 'a\u0000b'))).toEqual([{ path: '', message: CONTROL_CHARACTER_MESSAGE }]);
  });

  it('leaves line breaks to the schema, and non-text values alone', () => {
    const at = new Date();
    expect(parseInput(z.object({ note: z.string(), at: z.date(), n: z.number() }), { note: 'a\nb\tc', at, n: 1 })).toEqual({ note: 'a\nb\tc', at, n: 1 });
  });

  it('is a 422 naming the field', () => {
    try {
      parseInput(z.object({ name: z.string() }), { name: '\u0000' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ status: 422, code: 'invalid_input', message: `name: ${CONTROL_CHARACTER_MESSAGE}` });
    }
  });
});
