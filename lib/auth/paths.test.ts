import { describe, expect, it } from 'vitest';
import { MAX_NEXT_PATH_LENGTH, safeNextPath, withNextPath } from './paths';

/**
 * Where a browser would really go: the Location or `window.location.assign` target resolved the
 * way browsers do (WHATWG URL, which drops tabs and newlines and reads `\` as `/`).
 */
const ORIGIN = 'https://admin.didtron.example';
const landsOn = (target: string) => new URL(target, ORIGIN).origin;

/** Values an attacker would put in `?next=` (as the page receives them: percent-decoded once). */
const HOSTILE: Array<[string, string]> = [
  ['tab after the slash', '/\t/evil.example'],
  ['tab inside the second slash', '/\t\t/evil.example/x'],
  ['newline', '/\n/evil.example'],
  ['carriage return', '/\r/evil.example'],
  ['CRLF header injection', '/x\r\nSet-Cookie: a=b'],
  ['NUL', '/\u0000/evil.example'],
  ['other C0 control', '/\u0001/evil.example'],
  ['DEL', '/\u007f/evil.example'],
  ['C1 control (NEL)', '/\u0085/evil.example'],
  ['backslash', '/\\evil.example'],
  ['slash backslash slash', '/\\/evil.example'],
  ['backslash later', '/ok\\..\\..\\evil'],
  ['protocol-relative', '//evil.example/x'],
  ['triple slash', '///evil.example'],
  ['encoded slash', '/%2F%2Fevil.example'],
  ['encoded slash, lower case', '/%2f/evil.example'],
  ['encoded backslash', '/%5Cevil.example'],
  ['encoded tab', '/%09/evil.example'],
  ['encoded newline', '/%0a/evil.example'],
  ['encoded NUL', '/%00'],
  ['dot segments to a double slash', '/..//evil.example'],
  ['dot segment to a double slash', '/.//evil.example'],
  ['encoded dot segments', '/%2e%2e//evil.example'],
  ['https URL', 'https://evil.example/'],
  ['http URL', 'http://evil.example'],
  ['scheme-relative without slashes', 'https:evil.example'],
  ['javascript:', 'javascript:alert(1)'],
  ['javascript: after a space', ' javascript:alert(1)'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['userinfo', '//user:pass@evil.example/'],
  ['userinfo with a backslash', '/\\user@evil.example'],
  ['relative path', 'evil.example'],
  ['leading space', ' /settings'],
  ['malformed percent-encoding', '/%E0%A4%A'],
  ['too long', `/${'a'.repeat(MAX_NEXT_PATH_LENGTH)}`],
  ['empty', ''],
];

describe('safeNextPath', () => {
  it.each(HOSTILE)('refuses %s', (_, value) => {
    expect(safeNextPath(value)).toBeNull();
  });

  it('refuses what is not one string', () => {
    for (const value of [undefined, null, 42, ['/a', '/b'], { toString: () => '/a' }]) expect(safeNextPath(value)).toBeNull();
  });

  it.each([
    ['/', '/'],
    ['/tenants', '/tenants'],
    ['/settings/security', '/settings/security'],
    ['/tenants?q=a%20b&sort=-name#top', '/tenants?q=a%20b&sort=-name#top'],
    ['/audit?q=a%0Ab', '/audit?q=a%0Ab'],
    ['/@evil.example', '/@evil.example'],
    ['/a/./b/../c', '/a/c'],
    ['/naïve?x=日本', '/na%C3%AFve?x=%E6%97%A5%E6%9C%AC'],
    ['/users//x', '/users//x'],
  ])('keeps %s on the origin as %s', (value, expected) => {
    expect(safeNextPath(value)).toBe(expected);
  });

  it('never returns a target that leaves the origin or cannot be a Location header', () => {
    const samples = [...HOSTILE.map(([, v]) => v), '/a', '/a?b=c', '/%2e%2e/x', '/.../x', '/;//evil.example', '/?//evil.example', '/#//evil.example'];
    for (const value of samples) {
      const path = safeNextPath(value);
      if (path === null) continue;
      expect(landsOn(path), value).toBe(ORIGIN);
      expect(path, value).toMatch(/^\/(?!\/)[\x21-\x7e]*$/);
    }
  });
});

describe('withNextPath', () => {
  it('adds a safe next, drops a hostile one and a plain /', () => {
    expect(withNextPath('/sign-in', '/tenants?q=a b')).toBe('/sign-in?next=%2Ftenants%3Fq%3Da%2520b');
    expect(withNextPath('/sign-in', '/\t/evil.example')).toBe('/sign-in');
    expect(withNextPath('/auth/sign-in', '/')).toBe('/auth/sign-in');
    expect(withNextPath('/sign-in', null)).toBe('/sign-in');
  });
});
