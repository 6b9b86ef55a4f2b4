/**
 * The admin users API as the console calls it: TanStack Query keys and URLs in one place (invalidate
 * `userKeys.all` after a write). Response shapes: lib/users/views.ts.
 */
const seg = encodeURIComponent;

export const userKeys = {
  all: ['users'] as const,
  detail: (id: string) => ['users', id] as const,
  sessions: (id: string) => ['users', id, 'sessions'] as const,
};

export const userUrls = {
  list: '/api/admin/users',
  detail: (id: string) => `/api/admin/users/${seg(id)}`,
  sessions: (id: string) => `/api/admin/users/${seg(id)}/sessions`,
  impersonation: (id: string) => `/api/admin/users/${seg(id)}/impersonation`,
  impersonationGrant: (id: string, grantId: string) => `/api/admin/users/${seg(id)}/impersonations/${seg(grantId)}`,
  role: (id: string) => `/api/admin/users/${seg(id)}/role`,
  onboarding: (id: string) => `/api/admin/users/${seg(id)}/onboarding`,
  /** POST actions on one user: disable, enable, sign-out, invitation (resend). */
  action: (id: string, action: 'disable' | 'enable' | 'sign-out' | 'invitation') => `/api/admin/users/${seg(id)}/${action}`,
};
