import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Real sessions only: without a cookie the pages must see an anonymous visitor.
vi.hoisted(() => {
  process.env.DEV_ACTOR = 'none';
});

/** The request the page renders for, as the proxy passes it on (next/headers reads it). */
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));

const { default: AdminSignInPage } = await import('@/app/admin/(auth)/sign-in/page');
const { default: AdminTwoFactorPage } = await import('@/app/admin/(auth)/two-factor/page');
const { default: AdminConsoleLayout } = await import('@/app/admin/(console)/layout');
const { default: TenantSignInPage } = await import('@/app/auth/[tenant]/sign-in/page');
const { default: TenantTwoFactorPage } = await import('@/app/auth/[tenant]/two-factor/page');
const { SignInForm } = await import('@/components/auth/sign-in-form');
const { signInTargets } = await import('@/components/auth/static-sign-in');
const { getSessionUser } = await import('@/lib/auth/session');
const { TwoFactorForm } = await import('@/components/auth/two-factor-form');
const { HOSTS } = await import('@/tests/support/auth');
const { portalUrl } = await import('@/lib/tenancy/portal-url');
const { createUser, signInAs } = await import('./actors');

type HostRef = (typeof HOSTS)[keyof typeof HOSTS];
type AfterSignIn = { onboarding: string | null; home: string; twoFactor: string };

/**
 * A hostile `?next=` on every page that takes one (admin and tenant sign-in and two-factor pages,
 * signed in or not) and a hostile path in the admin console's sign-in redirect: the page's
 * redirect (its Location) and the targets it hands the sign-in form (`window.location.assign`
 * after signing in) must stay on the request's origin (or go to the brand's own customer portal)
 * and hold no control character (a newline in a Location header made Next answer 500).
 */

/** As the page receives them, percent-decoded once by Next. */
const HOSTILE: Array<string | string[]> = [
  '/\t/evil.example',
  '/\t/evil.example/steal?x=1',
  '/\n/evil.example',
  '/\r/evil.example',
  '/x\r\nSet-Cookie: a=b',
  '/\u0000/evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '//evil.example',
  '///evil.example',
  '/%2F%2Fevil.example',
  '/%5Cevil.example',
  '/..//evil.example',
  'https://evil.example/',
  'https:evil.example',
  'javascript:alert(document.cookie)',
  '//user:pass@evil.example',
  `/${'a'.repeat(5000)}`,
  ['/tenants', '//evil.example'],
];

let cookies: { admin: string; acme: string; root: string };

beforeAll(async () => {
  const [staff, acmeUser, rootUser] = await Promise.all([
    createUser('didtron', 'super_admin', 'next-staff'),
    createUser('acme', 'customer_admin', 'next-acme'),
    createUser('didtron', 'customer_admin', 'next-root'),
  ]);
  const [a, b, c] = await Promise.all([signInAs(staff, HOSTS.admin), signInAs(acmeUser, HOSTS.acme), signInAs(rootUser, HOSTS.root)]);
  cookies = { admin: a.cookieHeader(), acme: b.cookieHeader(), root: c.cookieHeader() };
}, 60_000);

function visit(at: HostRef, opts: { cookie?: string; path?: string } = {}) {
  request.headers = new Headers({ host: at.host, 'x-portal': at.portal, 'x-request-id': crypto.randomUUID() });
  if (at.slug) request.headers.set('x-tenant-slug', at.slug);
  if (opts.cookie) request.headers.set('cookie', opts.cookie);
  if (opts.path) request.headers.set('x-didtron-path', opts.path);
}

type Outcome = { redirect: string } | { element: ReactElement };

/** Runs a server component: the Location of its redirect(), or the element it renders. */
async function render(page: () => Promise<ReactNode>): Promise<Outcome> {
  try {
    return { element: (await page()) as ReactElement };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT;')) return { redirect: digest.split(';')[2]! };
    throw error;
  }
}

/** The `after` prop the page gives the sign-in or two-factor form. */
function afterOf(node: ReactNode): AfterSignIn {
  const found: AfterSignIn[] = [];
  const walk = (n: ReactNode) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!isValidElement(n)) return;
    const props = n.props as { after?: AfterSignIn; children?: ReactNode; footer?: ReactNode };
    if ((n.type === SignInForm || n.type === TwoFactorForm) && props.after) found.push(props.after);
    walk(props.children);
  };
  walk(node);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Where a browser goes for this target: an origin of the request's brand, and a target a header can carry. */
function expectStaysHome(target: string, at: HostRef, what: string) {
  const origin = `http://${at.host}`;
  const allowed = [origin, new URL(portalUrl('customer', '/')).origin];
  expect(target, what).toMatch(/^[\x21-\x7e]+$/);
  expect(allowed, `${what}: ${target}`).toContain(new URL(target, origin).origin);
  const next = new URL(target, origin).searchParams.get('next');
  if (next !== null) expect(new URL(next, origin).origin, `${what}: next=${next}`).toBe(origin);
}

function expectSafe(outcome: Outcome, at: HostRef, what: string) {
  if ('redirect' in outcome) return expectStaysHome(outcome.redirect, at, `${what} redirect`);
  const after = afterOf(outcome.element);
  for (const [key, target] of Object.entries(after)) if (target !== null) expectStaysHome(target, at, `${what} after.${key}`);
}

const searchParams = (next: string | string[]) => Promise.resolve({ next });

/**
 * The tenant sign-in page is prerendered (lib/http/prerendered.ts): its `?next=` and signed-in
 * redirect run in the browser (components/auth/static-sign-in.tsx). This does what the browser does
 * for the current request: the form with the targets it computes, or, with a live session, the
 * redirect it makes (as a NEXT_REDIRECT, like the server page used to).
 */
async function tenantSignIn(at: HostRef, next: string | string[]): Promise<ReactNode> {
  await TenantSignInPage({ params: Promise.resolve({ tenant: at.slug! }) });
  const search = `?${new URLSearchParams((Array.isArray(next) ? next : [next]).map((n) => ['next', n])).toString()}`;
  const targets = signInTargets({ pathname: at.portal === 'signup' ? '/sign-in' : '/auth/sign-in', search }, portalUrl('customer', '/'));
  const session = await getSessionUser(request.headers);
  if (session) throw Object.assign(new Error('redirect'), { digest: `NEXT_REDIRECT;replace;${targets.signedIn(session.user.onboardingState ?? undefined)};307;` });
  return createElement(SignInForm, { after: targets.after, forgotPasswordPath: 'forgot-password' });
}

describe('hostile ?next= on the sign-in and two-factor pages', () => {
  const cases: Array<{ name: string; at: HostRef; cookie: () => string; page: (next: string | string[]) => Promise<ReactNode> }> = [
    { name: 'admin sign-in', at: HOSTS.admin, cookie: () => cookies.admin, page: (next) => AdminSignInPage({ searchParams: searchParams(next) }) },
    { name: 'admin two-factor', at: HOSTS.admin, cookie: () => cookies.admin, page: (next) => AdminTwoFactorPage({ searchParams: searchParams(next) }) },
    {
      name: 'reseller sign-in',
      at: HOSTS.acme,
      cookie: () => cookies.acme,
      page: (next) => tenantSignIn(HOSTS.acme, next),
    },
    { name: 'reseller two-factor', at: HOSTS.acme, cookie: () => cookies.acme, page: (next) => TenantTwoFactorPage({ searchParams: searchParams(next) }) },
    {
      name: 'root brand sign-in (pbx.)',
      at: HOSTS.root,
      cookie: () => cookies.root,
      page: (next) => tenantSignIn(HOSTS.root, next),
    },
    { name: 'root brand two-factor (pbx.)', at: HOSTS.root, cookie: () => cookies.root, page: (next) => TenantTwoFactorPage({ searchParams: searchParams(next) }) },
  ];

  for (const c of cases) {
    it(`${c.name}: signed out, the form's targets stay on the origin`, async () => {
      for (const next of HOSTILE) {
        visit(c.at);
        expectSafe(await render(() => c.page(next)), c.at, `${c.name} ${JSON.stringify(next).slice(0, 60)}`);
      }
    }, 120_000);

    it(`${c.name}: signed in, the redirect stays on the origin`, async () => {
      for (const next of HOSTILE) {
        visit(c.at, { cookie: c.cookie() });
        const outcome = await render(() => c.page(next));
        expect('redirect' in outcome, c.name).toBe(true);
        expectSafe(outcome, c.at, `${c.name} ${JSON.stringify(next).slice(0, 60)}`);
      }
    }, 120_000);
  }

  it('a safe next still comes back, through the two-factor step too', async () => {
    visit(HOSTS.admin);
    const after = afterOf(((await render(() => AdminSignInPage({ searchParams: searchParams('/tenants?q=a b') }))) as { element: ReactElement }).element);
    expect(after).toEqual({ onboarding: null, home: '/tenants?q=a%20b', twoFactor: '/two-factor?next=%2Ftenants%3Fq%3Da%2520b' });
    visit(HOSTS.admin, { cookie: cookies.admin });
    expect(await render(() => AdminSignInPage({ searchParams: searchParams('/users') }))).toEqual({ redirect: '/users' });
    visit(HOSTS.acme);
    const tenant = afterOf(((await render(() => tenantSignIn(HOSTS.acme, '/keys'))) as { element: ReactElement }).element);
    expect(tenant).toMatchObject({ home: '/keys', twoFactor: '/auth/two-factor?next=%2Fkeys' });
  });
});

describe('the admin console sends a signed-out visitor to sign in', () => {
  it('with the path it asked for, when that path is safe', async () => {
    visit(HOSTS.admin, { path: '/tenants?status=active' });
    expect(await render(() => AdminConsoleLayout({ children: null }))).toEqual({ redirect: '/sign-in?next=%2Ftenants%3Fstatus%3Dactive' });
  });

  it.each(['/\t/evil.example', '//evil.example', '/\\evil.example', '/%2F%2Fevil.example', '/'])('without it otherwise (%j)', async (path) => {
    visit(HOSTS.admin, { path });
    expect(await render(() => AdminConsoleLayout({ children: null }))).toEqual({ redirect: '/sign-in' });
  });
});
