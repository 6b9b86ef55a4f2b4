/** The assignment API as the admin console calls it: query keys and URLs in one place. Shapes: lib/assignments/views.ts. */
const seg = encodeURIComponent;

export const assignmentKeys = {
  all: ['assignments'] as const,
  target: (level: string, targetId: string | null) => ['assignments', 'target', level, targetId ?? 'all'] as const,
  effective: (accountId: string) => ['assignments', 'effective', accountId] as const,
};

export const assignmentUrls = {
  assignments: '/api/v1/assignments',
  target: (level: string, targetId: string | null) => `/api/v1/assignments?level=${seg(level)}${targetId ? `&targetId=${seg(targetId)}` : ''}`,
  effective: (accountId: string) => `/api/v1/customer-accounts/${seg(accountId)}/effective-configuration`,
  unassign: (a: { itemType: string; itemKey: string; level: string; targetId: string | null }) =>
    `/api/v1/assignments?${new URLSearchParams({ itemType: a.itemType, itemKey: a.itemKey, level: a.level, ...(a.targetId ? { targetId: a.targetId } : {}) }).toString()}`,
  movePreview: (accountId: string) => `/api/v1/customer-accounts/${seg(accountId)}/move-preview`,
  move: (accountId: string) => `/api/v1/customer-accounts/${seg(accountId)}/move`,
};

/** Admin links to a value's source. */
export const sourceHref = (level: string, targetId: string | null, accountId: string) =>
  level === 'customer' ? `/customers/${seg(accountId)}/configuration` : level === 'category' || level === 'group' ? `/assignments#${level}-${seg(targetId ?? '')}` : level === 'all' ? '/assignments#all' : null;

export const levelLabels: Record<string, string> = { customer: 'Customer', group: 'Group', category: 'Category', all: 'All customers', default: 'Default' };
