import { describe, expect, it } from 'vitest';
import { configProblems, PRODUCTION_CORE } from '@/tests/config-problems';
import { parseConfig, SANDBOX_FAKES } from '@/lib/config';

const production = {
  ...PRODUCTION_CORE,
  R2_ENDPOINT: 'https://acc.r2.cloudflarestorage.com',
  R2_BUCKET: 'didtron-prod',
  R2_ACCESS_KEY_ID: 'real-access-key-id',
  R2_SECRET_ACCESS_KEY: 'real-secret-access-key',
  BREVO_API_KEY: 'xkeysib-real',
  EMAIL_FROM: 'DIDTron <no-reply@didtron.com>',
};

const problems = configProblems;

describe('integration settings in lib/config', () => {
  it('points sandbox at the local fakes by default', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      R2_ENDPOINT: SANDBOX_FAKES.r2Endpoint,
      R2_BUCKET: SANDBOX_FAKES.r2Bucket,
      R2_REGION: 'auto',
      brevoApiUrl: SANDBOX_FAKES.brevoApiUrl,
      brevoApiKey: SANDBOX_FAKES.brevoApiKey,
      emailFrom: { name: 'DIDTron', email: 'no-reply@didtron.localhost' },
    });
  });

  it('raises nothing about these settings in a complete production configuration', () => {
    // Other domains add their own required production settings; only ours are judged here.
    const ours = problems(production).filter((p) => /R2_|BREVO_|EMAIL_FROM/.test(p));
    expect(ours).toEqual([]);
  });

  it.each(['R2_ENDPOINT', 'R2_BUCKET', 'R2_ACCESS_KEY_ID', 'R2_SECRET_ACCESS_KEY', 'BREVO_API_KEY', 'EMAIL_FROM'])(
    'refuses production without %s, naming it',
    (name) => {
      expect(problems({ ...production, [name]: undefined }).join('\n')).toContain(`${name} is required in production`);
    },
  );

  it('refuses the fakes in production: loopback URLs, fake credentials, a .localhost sender', () => {
    const found = problems({
      ...production,
      R2_ENDPOINT: 'http://127.0.0.1:4568',
      BREVO_API_URL: 'http://localhost:4590/v3',
      R2_ACCESS_KEY_ID: SANDBOX_FAKES.r2AccessKey,
      BREVO_API_KEY: SANDBOX_FAKES.brevoApiKey,
      EMAIL_FROM: 'no-reply@didtron.localhost',
    }).join('\n');
    expect(found).toContain('R2_ENDPOINT points at a local fake server');
    expect(found).toContain('BREVO_API_URL points at a local fake server');
    expect(found).toContain('local fake S3 credentials');
    expect(found).toContain('BREVO_API_KEY holds the local fake key');
    expect(found).toContain('EMAIL_FROM must use a real sending domain');
  });

  it('validates bucket names and sender addresses', () => {
    expect(problems({ R2_BUCKET: 'b' }).join()).toContain('R2_BUCKET');
    expect(problems({ R2_BUCKET: 'Upper_Case' }).join()).toContain('R2_BUCKET');
    expect(problems({ EMAIL_FROM: 'nobody' }).join()).toContain('EMAIL_FROM');
    expect(parseConfig({ EMAIL_FROM: 'billing@acme.example' }).emailFrom).toEqual({ name: '', email: 'billing@acme.example' });
    expect(parseConfig({ EMAIL_FROM: '"Acme, Billing" <billing@acme.example>' }).emailFrom).toEqual({ name: 'Acme, Billing', email: 'billing@acme.example' });
  });
});
