import { AppRouterContext, type AppRouterInstance } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImpersonationBanner } from '@/components/shell/impersonation-banner';
import { can, permissions, roles } from '@/lib/auth/permissions';
import { assignableRoles } from './assignable-roles';
import { RolesMatrix } from './roles-matrix';
import { UserStatusBadge } from './user-badges';

describe('RolesMatrix', () => {
  it('renders one row per role and one cell per permission, matching the matrix', () => {
    const html = renderToString(h(RolesMatrix));
    for (const role of roles) expect(html).toContain(`data-testid="role-row-${role}"`);
    expect(html.match(/data-testid="cell-/g)).toHaveLength(roles.length * permissions.length);
    const granted = roles.flatMap((r) => permissions.filter((p) => can(r, p)).map((p) => `cell-${r}-${p}`));
    for (const id of granted) expect(html).toMatch(new RegExp(`data-testid="${id}"[^>]*><svg[^>]*>.*?</svg><span class="sr-only">Granted</span>`));
    expect(html).toMatch(/data-testid="cell-customer_user-users.write"[^>]*><svg[^>]*>.*?<\/svg><span class="sr-only">Not granted<\/span>/);
    expect(html).toContain('scope="row"');
  });

  it('is one named, focusable region that scrolls sideways, with the role column kept in view', () => {
    const html = renderToString(h(RolesMatrix));
    expect(html.match(/tabindex="0"/gi)).toHaveLength(1); // one scroll stop, not a region around a second scroller
    expect(html).toMatch(/<div data-slot="table-container" tabindex="0" role="region" aria-label="Permission matrix" class="[^"]*overflow-x-auto/i);
    for (const role of roles) expect(html).toMatch(new RegExp(`data-testid="role-row-${role}"><th[^>]*class="[^"]*sticky left-0`));
    expect(html).toContain('users.<wbr/>impersonate');
  });
});

/** The banner refreshes through the App Router; a stand-in router lets it render outside Next. */
const router = { refresh: () => {}, push: () => {}, replace: () => {}, back: () => {}, forward: () => {}, prefetch: () => {} } as unknown as AppRouterInstance;
const inRouter = (el: ReactElement) => renderToString(h(AppRouterContext.Provider, { value: router }, el));

describe('ImpersonationBanner', () => {
  it('names the impersonated user and offers to end it', () => {
    const html = inRouter(h(ImpersonationBanner, { user: { name: 'Tess <Target>', email: 'tess@example.com' }, endsAt: '2031-03-01T10:30:00.000Z' }));
    expect(html).toContain('data-testid="impersonation-banner"');
    expect(html).toContain('role="status"');
    expect(html).toContain('Tess &lt;Target&gt;');
    expect(html).toContain('(tess@example.com)');
    expect(html).toContain('until 10:30 UTC');
    expect(html).toMatch(/data-testid="impersonation-end"[^>]*>End impersonation</);
  });

  it('offers to dismiss an impersonation that has ended', () => {
    const html = inRouter(h(ImpersonationBanner, { user: null }));
    expect(html).toContain('Your impersonation has ended.');
    expect(html).toMatch(/data-testid="impersonation-end"[^>]*>Dismiss</);
  });
});

describe('assignableRoles', () => {
  it('offers platform roles only to a super admin on the root brand', () => {
    expect(assignableRoles({ isRoot: true }, true)).toContain('super_admin');
    expect(assignableRoles({ isRoot: false }, true)).not.toContain('support');
    expect(assignableRoles({ isRoot: true }, false)).not.toContain('super_admin');
  });
});

describe('UserStatusBadge', () => {
  it('shows an invited user who has not set a password as "Invited", never "Active"', () => {
    expect(renderToString(h(UserStatusBadge, { status: 'active', invitationPending: true }))).toMatch(/>Invited<\/span>$/);
    expect(renderToString(h(UserStatusBadge, { status: 'active', invitationPending: false }))).toMatch(/>Active<\/span>$/);
    expect(renderToString(h(UserStatusBadge, { status: 'disabled', invitationPending: true }))).toMatch(/>Disabled<\/span>$/);
  });
});
