import type { SyncItemView } from '@/lib/sync/views';

/** The Sync Status page's API (/api/v1/sync): TanStack Query keys and URLs. */
const seg = encodeURIComponent;
export const syncKeys = { items: ['sync-items'] as const, runs: ['sync-runs'] as const };
export const syncUrls = {
  items: '/api/v1/sync/items',
  retry: (id: string) => `/api/v1/sync/items/${seg(id)}/retry`,
  resolve: (id: string) => `/api/v1/sync/items/${seg(id)}/resolve`,
  runs: '/api/v1/sync/runs',
  pull: '/api/v1/sync/pull',
};
export const ENTITY: Record<SyncItemView['entity'], string> = { customer_account: 'Customer account', carrier: 'Carrier' };
