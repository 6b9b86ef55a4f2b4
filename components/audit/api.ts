/** The audit API as the console calls it: TanStack Query keys and URLs. Response shapes: lib/audit/views.ts. */
const seg = encodeURIComponent;

export const auditKeys = {
  all: ['audit'] as const,
  /** Everything done by, as, or to one user. */
  user: (userId: string) => ['audit', 'user', userId] as const,
  event: (id: string | null | undefined) => ['audit', 'event', id] as const,
};

export const auditUrls = {
  list: '/api/admin/audit',
  forUser: (userId: string) => `/api/admin/audit?user=${seg(userId)}`,
  event: (id: string) => `/api/admin/audit/${seg(id)}`,
};
