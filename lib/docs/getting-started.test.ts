import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerCategories } from '@/db/schema';
import { CUSTOMER_CATEGORY_OPTIONS } from '@/components/auth/onboarding-wizard';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/create-auth';
import { VERIFICATION_EXPIRES_SECONDS } from '@/lib/auth/emails';
import { authPages } from '@/lib/auth/paths';
import { customerNav } from '@/lib/navigation/customer';

const doc = fs.readFileSync(path.join(process.cwd(), 'content/docs/getting-started.md'), 'utf8');
const page = (route: string) => fs.existsSync(path.join(process.cwd(), 'app', route, 'page.tsx'));

/** Getting started promises only what exists: each claim is checked against the code that keeps it. */
describe('docs: getting started', () => {
  it('names the sign-up, verification and onboarding as the product has them', () => {
    expect(page('auth/[tenant]/sign-up')).toBe(true);
    expect(doc).toContain(`\`${authPages('customer').signUp}\``);
    expect(doc).toContain(`at least ${MIN_PASSWORD_LENGTH} characters`);
    expect(doc).toContain(`valid\nfor ${VERIFICATION_EXPIRES_SECONDS / 3600} hours`);
    expect(CUSTOMER_CATEGORY_OPTIONS.map((c) => c.value)).toEqual([...customerCategories]);
    const labels = CUSTOMER_CATEGORY_OPTIONS.map((c) => c.label);
    expect(doc).toContain(`${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`);
  });

  it('sends the reader to security settings that exist in the portal', () => {
    expect(page('portal/[tenant]/settings/security')).toBe(true);
    expect(fs.readFileSync(path.join(process.cwd(), 'components/auth/security-settings.tsx'), 'utf8')).toContain('<TotpQrCode');
    expect(doc).toMatch(/scan the QR code/);
  });

  it('gives no instructions for modules the customer portal does not have yet', () => {
    const instructions = doc.slice(0, doc.indexOf('## What is not open yet'));
    if (customerNav.modules.length === 0) {
      expect(instructions).not.toMatch(/top[ -]?up|minimum|create a sip trunk|send calls|rated individually/i);
      expect(doc).toContain('## What is not open yet');
    }
  });
});
