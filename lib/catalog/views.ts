/**
 * The JSON shapes of the catalogue API, as the browser receives them (dates as ISO strings),
 * derived from the services' row types. Client code imports these with `import type`.
 */
import 'server-only';
import type { Json } from '@/lib/json';
import type { CatalogRow } from './kinds';
import type { CatalogKindKey } from './schemas';

/** GET /api/v1/catalog/<kind>/[id]: one row (also a list item, and the answer of every write). */
export type CatalogItemView<K extends CatalogKindKey = CatalogKindKey> = Json<CatalogRow<K>>;
/** Any kind's row, as the generic components handle it. */
export type AnyCatalogItemView = { [K in CatalogKindKey]: CatalogItemView<K> }[CatalogKindKey];
