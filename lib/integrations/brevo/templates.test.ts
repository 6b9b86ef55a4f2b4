import { describe, expect, it } from 'vitest';
import { escapeHtml, passwordResetEmail, verificationEmail, welcomeEmail, type EmailBranding } from './templates';

const acme: EmailBranding = { brandName: 'Acme Voice', primaryColor: '#B45309', logoUrl: 'https://cdn.acme.example/logo.png', supportEmail: 'help@acme.example' };
const link = 'https://pbx.acme.example/verify?token=t0k&next=/portal';

describe('email templates', () => {
  it('escapes every interpolated value in the HTML part', () => {
    const evil: EmailBranding = { brandName: 'Evil <img src=x onerror=alert(1)> & "Co"', primaryColor: '#123456', supportEmail: 'help@evil.example' };
    const email = verificationEmail({ branding: evil, recipientName: '<script>alert(1)</script>', link });
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<img src=x');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.html).toContain('Evil &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;');
    // The subject and text are plain text: no HTML escaping, but no line breaks either.
    expect(email.subject).toBe('Verify your email address for Evil <img src=x onerror=alert(1)> & "Co"');
    expect(email.text).toContain('Hi <script>alert(1)</script>,');
  });

  it('keeps a brand colour only when it is #RRGGBB (it lands in style attributes)', () => {
    const injected = verificationEmail({ branding: { ...acme, primaryColor: 'red;background:url(javascript:alert(1))' }, link });
    expect(injected.html).not.toContain('javascript:');
    expect(injected.html).toContain('background:#2563EB');
    expect(verificationEmail({ branding: acme, link }).html).toContain('background:#B45309');
  });

  it('picks readable button text for light and dark brand colours', () => {
    expect(verificationEmail({ branding: { ...acme, primaryColor: '#FDE047' }, link }).html).toContain('color:#111827;text-decoration:none');
    expect(verificationEmail({ branding: { ...acme, primaryColor: '#1E3A8A' }, link }).html).toContain('color:#FFFFFF;text-decoration:none');
  });

  it('refuses non-http(s) action links', () => {
    expect(() => verificationEmail({ branding: acme, link: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => passwordResetEmail({ branding: acme, link: '/relative/path' })).toThrow(/absolute/);
  });

  it('uses an absolute logo URL and falls back to the brand name otherwise', () => {
    expect(verificationEmail({ branding: acme, link }).html).toContain('<img src="https://cdn.acme.example/logo.png" alt="Acme Voice"');
    const relative = verificationEmail({ branding: { ...acme, logoUrl: '/brand/acme.svg' }, link }).html;
    expect(relative).not.toContain('<img');
    expect(relative).toContain('>Acme Voice</span>');
  });

  it('puts the link, expiry and support address in both parts', () => {
    const email = passwordResetEmail({ branding: acme, recipientName: 'Jane', link, expiresInMinutes: 60 });
    expect(email.subject).toBe('Reset your Acme Voice password');
    expect(email.html).toContain(`href="${escapeHtml(link)}"`);
    expect(email.html).toContain('This link expires in 1 hour.');
    expect(email.html).toContain('mailto:help@acme.example');
    expect(email.text).toContain(`Choose a new password: ${link}`);
    expect(email.text).toContain('This link expires in 1 hour.');
    expect(email.text).toContain('Questions? Write to help@acme.example');
    expect(email.text).not.toMatch(/<[a-z]/i);
  });

  it('leaves out an invalid support address', () => {
    const email = welcomeEmail({ branding: { ...acme, supportEmail: '"><script>@x' }, recipientName: 'Jane' });
    expect(email.html).not.toContain('mailto:');
    expect(email.text).not.toContain('Questions?');
  });

  it('renders the welcome email with and without a sign-in link', () => {
    const withLink = welcomeEmail({ branding: acme, recipientName: 'Jane', loginUrl: 'https://switch.pbx.acme.example/' });
    expect(withLink.subject).toBe('Welcome to Acme Voice');
    expect(withLink.html).toContain('href="https://switch.pbx.acme.example/"');
    expect(withLink.text).toContain('Sign in: https://switch.pbx.acme.example/');
    expect(welcomeEmail({ branding: acme }).html).not.toContain('Sign in</a>');
  });
});
