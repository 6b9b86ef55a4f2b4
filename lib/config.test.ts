import { describe, expect, it } from 'vitest';
import { configProblems } from '@/tests/config-problems';
import { deriveAppUrl, fakesInUse, parseConfig } from './config';

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

  it('lists the fakes in use for the sandbox banner', () => {
    expect(fakesInUse({ BREVO_API_URL: 'http://127.0.0.1:4590/v3', R2_ENDPOINT: 'http://localhost:4568', OPENAI_BASE_URL: 'https://api.openai.com/v1' })).toEqual(['brevo', 'r2']);
  });
});
