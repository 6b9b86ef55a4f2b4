import { describe, expect, it } from 'vitest';
import { configProblems } from '@/tests/config-problems';
import { bindAddresses, deriveAppUrl, fakesInUse, parseConfig } from './config';

const problems = configProblems;

describe('core configuration', () => {
  it('runs sandbox on embedded defaults; the development actor is opt-in', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ APP_MODE: 'sandbox', ROOT_DOMAIN: 'localhost', PORT: 3000, devActor: 'none', isSandbox: true, databaseUrl: undefined });
    expect(parseConfig({ DEV_ACTOR: 'super_admin' }).devActor).toBe('super_admin');
  });

  it('derives the RLS-bound app role URL from the owner URL', () => {
    expect(deriveAppUrl('postgres://postgres:secret@db:5432/didtron', 'app pw')).toBe('postgres://didtron_app:app%20pw@db:5432/didtron');
    expect(parseConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' }).databaseAppUrl).toContain('didtron_app:');
  });

  it('refuses to start production on embedded defaults, naming each variable', () => {
    const found = problems({ APP_MODE: 'production' });
    for (const variable of ['DATABASE_URL', 'APP_DB_PASSWORD', 'ROOT_DOMAIN', 'PUBLIC_SCHEME']) {
      expect(found.some((p) => p.startsWith(variable)), `${variable} named`).toBe(true);
    }
  });

  it('refuses the development actor in production', () => {
    expect(problems({ APP_MODE: 'production', DEV_ACTOR: 'super_admin' })).toContain('DEV_ACTOR must not be set in production: the development actor bypasses sign-in');
  });

  it('refuses any external endpoint on loopback (a fake server) in production', () => {
    const found = problems({ APP_MODE: 'production', BREVO_API_URL: 'http://127.0.0.1:4590/v3' });
    expect(found.some((p) => p.startsWith('BREVO_API_URL points at a local fake server'))).toBe(true);
  });

  it('rejects malformed values with the variable name', () => {
    expect(problems({ PORT: 'eighty' })[0]).toMatch(/^PORT:/);
    expect(problems({ APP_MODE: 'staging' })[0]).toMatch(/^APP_MODE:/);
  });

  it('keeps the sandbox on loopback unless HOST widens it; production listens everywhere by default', () => {
    expect(parseConfig({})).toMatchObject({ bindHost: '127.0.0.1', bindsLoopbackOnly: true, localWebHost: '127.0.0.1' });
    expect(parseConfig({ HOST: '0.0.0.0' })).toMatchObject({ bindHost: '0.0.0.0', bindsLoopbackOnly: false, localWebHost: '127.0.0.1' });
    expect(parseConfig({ HOST: '192.168.1.20' })).toMatchObject({ bindHost: '192.168.1.20', bindsLoopbackOnly: false, localWebHost: '192.168.1.20' });
    expect(parseConfig({ HOST: '::1' }).bindsLoopbackOnly).toBe(true);
    expect(problems({ HOST: '0.0.0.0; rm -rf /' })[0]).toMatch(/^HOST:/);
    expect(problems({ HOST: '' })).toEqual([]);
    expect(parseConfig({ HOST: '' }).bindHost).toBe('127.0.0.1');
    expect(bindAddresses(undefined, false)).toEqual({ bindHost: '0.0.0.0', bindsLoopbackOnly: false, localWebHost: '127.0.0.1' });
    expect(bindAddresses('10.0.0.5', false).bindHost).toBe('10.0.0.5');
  });

  it('lists the fakes in use for the sandbox banner', () => {
    expect(fakesInUse({ BREVO_API_URL: 'http://127.0.0.1:4590/v3', R2_ENDPOINT: 'http://localhost:4568', OPENAI_BASE_URL: 'https://api.openai.com/v1' })).toEqual(['brevo', 'r2']);
  });
});
