/**
 * The customer API as the consoles call it (the admin console and a reseller's customer portal use
 * the same /api/v1 endpoints): TanStack Query keys and URLs. Response shapes: lib/customers/views.ts.
 */
const seg = encodeURIComponent;

export const customerKeys = {
  all: ['customer-accounts'] as const,
  detail: (id: string) => ['customer-accounts', id] as const,
  users: (id: string) => ['customer-accounts', id, 'users'] as const,
  categories: ['customer-categories'] as const,
  groups: ['customer-groups'] as const,
};

export const customerUrls = {
  list: '/api/v1/customer-accounts',
  detail: (id: string) => `/api/v1/customer-accounts/${seg(id)}`,
  status: (id: string) => `/api/v1/customer-accounts/${seg(id)}/status`,
  users: (id: string) => `/api/v1/customer-accounts/${seg(id)}/users`,
  categories: '/api/v1/customer-categories',
  category: (id: string) => `/api/v1/customer-categories/${seg(id)}`,
  groups: '/api/v1/customer-groups',
  groupsOf: (categoryId: string) => `/api/v1/customer-groups?category=${seg(categoryId)}&limit=100`,
  group: (id: string) => `/api/v1/customer-groups/${seg(id)}`,
  audit: (id: string) => `/api/admin/audit?entity=customer_account&q=${seg(id)}`,
};
