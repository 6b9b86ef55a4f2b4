import { describe, expect, it } from 'vitest';
import { authHomeHref } from './auth-not-found';

describe('authHomeHref', () => {
  it('is /auth under /auth (tenant hosts) and / elsewhere (pbx.<root>, before hydration)', () => {
    for (const path of ['/auth', '/auth/', '/auth/no-such-page', '/auth/a/b']) expect(authHomeHref(path), path).toBe('/auth');
    for (const path of [null, '/', '/no-such-page', '/authx', '/authors/x', '/sign-in']) expect(authHomeHref(path), String(path)).toBe('/');
  });
});
