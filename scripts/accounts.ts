/**
 * `npm run accounts`: the sandbox demo accounts (one per role on DIDTron and on the demo reseller)
 * and where each signs in. The launcher prints the same list on every sandbox start. They are the
 * seed's fixed definitions, so the list needs no database; an account you changed in the app (its
 * password, its address) keeps your change.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { sandboxCredentials } from '../db/seed';
import { parseConfig, type Config } from '../lib/config';

export function sandboxAccountLines(cfg: Pick<Config, 'isSandbox' | 'ROOT_DOMAIN' | 'PORT'>): string[] {
  if (!cfg.isSandbox) return ['production seeds no demo accounts: create the first super admin with `npm run create-super-admin -- --email <address> --name "<name>"`'];
  const accounts = sandboxCredentials(cfg.ROOT_DOMAIN, cfg.PORT);
  return [
    `sandbox accounts (password "${accounts[0]!.password}"):`,
    ...accounts.map((c) => `  ${c.tenant.padEnd(8)} ${c.role.padEnd(15)} ${c.email.padEnd(34)} ${c.signInAt}`),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  // Production needs no complete configuration to say it has no demo accounts.
  const production = process.env.APP_MODE === 'production';
  const cfg = production ? { isSandbox: false, ROOT_DOMAIN: '', PORT: 0 } : parseConfig(process.env);
  console.log(sandboxAccountLines(cfg).join('\n'));
}
