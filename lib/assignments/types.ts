/**
 * Every assignable type, registered by its domain on import. One line per domain: the engine
 * itself does not change when a domain adds a type.
 */
import '@/lib/portal-modules/assignable';
import '@/lib/catalog/assignable';
import '@/lib/rates/assignable';
