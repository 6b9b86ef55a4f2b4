/**
 * The names of the external systems: a leaf module (no imports), so that the call wrapper, the
 * registry and the adapters can all name an integration without importing each other in a circle
 * (wrapper -> registry -> adapters -> wrapper). The registry (registry.ts) must define every name.
 */
export const integrationNames = ['r2', 'brevo', 'connexcs'] as const;

export type IntegrationName = (typeof integrationNames)[number];
