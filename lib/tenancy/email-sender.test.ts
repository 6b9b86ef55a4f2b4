import { describe, expect, it } from 'vitest';
import { chooseSender, senderDisplayName, type SenderTenant } from './email-sender';

const platform = { name: 'DIDTron', email: 'no-reply@didtron.com' };
const fallback = 'no-reply@notify-relay.example';
const acme: SenderTenant = { name: 'Acme Voice', isRoot: false, emailFromName: null, emailFromAddress: 'no-reply@acme.example', emailSenderVerified: true };
const choose = (tenant: SenderTenant, production = true) => chooseSender({ tenant, platform, resellerFallbackEmail: fallback, production });

describe('chooseSender', () => {
  it('sends the root brand as the platform', () => {
    expect(choose({ ...acme, name: 'DIDTron', isRoot: true })).toEqual({ name: 'DIDTron', email: 'no-reply@didtron.com', source: 'platform' });
  });

  it('sends a reseller with a verified address from that address under its own name', () => {
    expect(choose(acme)).toEqual({ name: 'Acme Voice', email: 'no-reply@acme.example', source: 'tenant' });
    expect(choose({ ...acme, emailFromName: 'Acme Support Team' }).name).toBe('Acme Support Team');
  });

  it('in production, falls back to the reseller fallback address (still under the reseller’s name) while unverified', () => {
    expect(choose({ ...acme, emailSenderVerified: false })).toEqual({ name: 'Acme Voice', email: fallback, source: 'fallback' });
    expect(choose({ ...acme, emailFromAddress: null })).toEqual({ name: 'Acme Voice', email: fallback, source: 'fallback' });
  });

  it('in the sandbox, uses the reseller’s own address even unverified (the fake provider checks nothing)', () => {
    expect(choose({ ...acme, emailSenderVerified: false }, false).email).toBe('no-reply@acme.example');
  });

  it('never puts the platform’s name on a reseller’s email', () => {
    for (const t of [acme, { ...acme, emailSenderVerified: false }, { ...acme, emailFromAddress: null }, { ...acme, name: '\u0000' }]) {
      expect(choose(t).name.toLowerCase()).not.toContain('didtron');
    }
  });

  it('ignores a stored address that is not a plain address', () => {
    expect(choose({ ...acme, emailFromAddress: 'x@y.z>\r\nBcc: victim@example.com' }).source).toBe('fallback');
  });
});

describe('senderDisplayName (hostile tenant names)', () => {
  it.each([
    ['Acme\r\nBcc: victim@example.com', 'Acme Bcc: victim@example.com'],
    ['Acme\u0000Voice', 'Acme Voice'],
    ['"Acme" <ceo@bank.example>', 'Acme ceo@bank.example'],
    ['Back\\slash', 'Back slash'],
    ['\u202EecioV emcA', 'ecioV emcA'],
    ['شركة الصوت', 'شركة الصوت'],
    ['🚀 Rocket Calls', '🚀 Rocket Calls'],
    ['  \t ', ''],
  ])('%j -> %j', (raw, clean) => {
    expect(senderDisplayName(raw)).toBe(clean);
  });

  it('cuts a very long name to 70 characters without splitting a code point', () => {
    const name = senderDisplayName('😀'.repeat(500));
    expect([...name]).toHaveLength(70);
    expect(name).toBe('😀'.repeat(70));
  });

  it('never leaves a character that could end or fold the header', () => {
    const hostile = 'A"B<C>D\\E\rF\nG\u0085H\u2028I\u2029J\u200BK\u2066L';
    expect(senderDisplayName(hostile)).not.toMatch(/["<>\\\r\n\u0085\u2028\u2029\u200B\u2066]/);
  });
});
