/**
 * The catalogue API as the admin console calls it (the /api/v1 routes, with the session): query
 * keys and URLs in one place. Response shapes: lib/catalog/views.ts.
 */
import type { CatalogKindKey } from '@/lib/catalog/schemas';

const seg = encodeURIComponent;

export const catalogKeys = {
  all: ['catalog'] as const,
  kind: (kind: CatalogKindKey) => ['catalog', kind] as const,
  detail: (kind: CatalogKindKey, id: string) => ['catalog', kind, 'item', id] as const,
  trash: (kind: CatalogKindKey) => ['catalog', kind, 'trash'] as const,
  settings: ['catalog', 'settings'] as const,
};

export const catalogUrls = {
  list: (kind: CatalogKindKey) => `/api/v1/catalog/${kind}`,
  item: (kind: CatalogKindKey, id: string) => `/api/v1/catalog/${kind}/${seg(id)}`,
  restore: (kind: CatalogKindKey, id: string) => `/api/v1/catalog/${kind}/${seg(id)}/restore`,
  trash: (kind: CatalogKindKey) => `/api/v1/catalog/${kind}/trash`,
  assignments: (kind: CatalogKindKey, id: string) => `/api/v1/catalog/${kind}/${seg(id)}/assignments`,
  settings: '/api/v1/catalog/settings',
  /** The audit events of one item (the audit list filtered by entity and id). */
  audit: (entity: string, id: string) => `/api/admin/audit?entity=${seg(entity)}&q=${seg(id)}`,
};

/** Admin portal pages. */
export const catalogPages = {
  list: (kind: CatalogKindKey) => `/catalog/${kind}`,
  item: (kind: CatalogKindKey, id: string) => `/catalog/${kind}/${seg(id)}`,
  trash: '/catalog/trash',
};
