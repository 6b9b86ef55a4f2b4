// Runs before each test file (vitest setupFiles). A test that sends mail without starting its own
// fake Brevo (tests/support/auth.ts startAuthTestEnv) would otherwise post it to the sandbox default,
// 127.0.0.1:4590: on a shared machine that is another running instance's fake, and the mail then
// shows up in that instance's /dev/mail (an e2e run once failed on a logo link of port 3000 there).
// Each test file therefore gets a private fake Brevo on a free port unless its env names one.
import { afterAll } from 'vitest';
import { startFakeBrevo } from '@/fakes/brevo/server';
import { SANDBOX_FAKES } from '@/lib/config';

if (!process.env.BREVO_API_URL) {
  const brevo = await startFakeBrevo({ port: 0, apiKeys: [SANDBOX_FAKES.brevoApiKey] });
  process.env.BREVO_API_URL = brevo.apiUrl;
  afterAll(() => brevo.close());
}
