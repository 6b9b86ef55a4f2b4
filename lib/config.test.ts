import { describe, expect, it } from 'vitest';
import { configProblems, PRODUCTION_CORE } from '@/tests/config-problems';
import { bindAddresses, deriveAppUrl, fakesInUse, parseConfig, SANDBOX_FAKES } from './config';

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
    expect(fakesInUse({ DNS_RESOLVER: '127.0.0.1:4553', R2_ENDPOINT: 'http://localhost:4568' })).toEqual(['dns', 'r2']);
    expect(fakesInUse({ DNS_RESOLVER: '1.1.1.1' })).toEqual([]);
    expect(fakesInUse({ DNS_RESOLVER: 'not an address' })).toEqual([]);
  });
});

describe('DNS resolver for custom-domain verification', () => {
  it('uses the fake DNS server in sandbox and the system resolvers in production by default', () => {
    expect(parseConfig({}).dnsServers).toEqual([SANDBOX_FAKES.dnsResolver]);
    expect(parseConfig({ DNS_RESOLVER: 'system' }).dnsServers).toBeNull();
    expect(problems({ ...PRODUCTION_CORE }).filter((p) => p.startsWith('DNS_RESOLVER'))).toEqual([]);
  });

  it('takes IP addresses with optional ports, as node:dns setServers does', () => {
    expect(parseConfig({ DNS_RESOLVER: ' 1.1.1.1, 8.8.8.8:53 ,[2606:4700:4700::1111]:53,2001:4860:4860::8888' }).dnsServers).toEqual([
      '1.1.1.1',
      '8.8.8.8:53',
      '[2606:4700:4700::1111]:53',
      '2001:4860:4860::8888',
    ]);
    for (const bad of ['dns.google', '1.1.1.1:0', '1.1.1.1:70000', '300.1.1.1', '[::1', ',', '1.1.1.1:53:53', 'system,1.1.1.1']) {
      expect(problems({ DNS_RESOLVER: bad })[0], bad).toMatch(/^DNS_RESOLVER: expected/);
    }
  });

  it('refuses a loopback DNS_RESOLVER in production, in any spelling, and accepts real resolvers', () => {
    for (const local of ['127.0.0.1:4553', '127.0.0.53', '[::1]:4553', '::1', '0:0:0:0:0:0:0:1', '[::ffff:127.0.0.1]:53', '0.0.0.0', '1.1.1.1,127.0.0.1:4553']) {
      const found = problems({ ...PRODUCTION_CORE, DNS_RESOLVER: local });
      expect(found.some((p) => p.startsWith('DNS_RESOLVER names a local DNS server')), local).toBe(true);
    }
    expect(problems({ ...PRODUCTION_CORE, DNS_RESOLVER: '1.1.1.1,[2606:4700:4700::1111]:53' }).filter((p) => p.startsWith('DNS_RESOLVER'))).toEqual([]);
  });
});
