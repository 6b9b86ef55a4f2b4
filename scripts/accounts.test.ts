import { describe, expect, it } from 'vitest';
import { sandboxCredentials } from '@/db/seed';
import { parseConfig } from '@/lib/config';
import { sandboxAccountLines } from './accounts';

describe('npm run accounts (and every sandbox start)', () => {
  it('lists every demo account with its sign-in page, from the seed definitions (no database needed)', () => {
    const lines = sandboxAccountLines(parseConfig({ PORT: '3100' }));
    expect(lines[0]).toBe('sandbox accounts (password "didtron-sandbox"):');
    const accounts = sandboxCredentials('localhost', 3100);
    expect(lines).toHaveLength(accounts.length + 1);
    for (const account of accounts) expect(lines.some((l) => l.includes(account.email) && l.includes(account.signInAt))).toBe(true);
    expect(lines.join('\n')).toContain('http://admin.localhost:3100/');
  });

  it('says how to create the first super admin in production, which seeds no accounts', () => {
    expect(sandboxAccountLines({ isSandbox: false, ROOT_DOMAIN: 'didtron.com', PORT: 443 })).toEqual([expect.stringContaining('npm run create-super-admin')]);
  });
});
