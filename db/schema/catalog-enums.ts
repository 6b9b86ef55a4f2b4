/** The voice catalogue's enumerations: a leaf module, imported by the schema and the browser-safe zod rules. */
export const popStatuses = ['active', 'maintenance', 'disabled'] as const;
export const popRegions = ['europe', 'north_america', 'south_america', 'asia_pacific', 'middle_east', 'africa'] as const;
export const authMethodKinds = ['ip', 'credentials'] as const;
export const didProviderStatuses = ['active', 'inactive'] as const;
