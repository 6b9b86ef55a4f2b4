/**
 * The voice catalogue's entry for other domains (the assignment engine registers these kinds as
 * assignable item types). Services take ({ ctx, input }) like every domain's.
 */
export { catalogKinds, type CatalogRow } from './kinds';
export { catalogKindKeys, type CatalogKindKey } from './schemas';
export { getCatalogItem } from './services/get-catalog-item';
export { listCatalogItems } from './services/list-catalog-items';
