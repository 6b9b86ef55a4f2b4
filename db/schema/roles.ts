/**
 * The role names: a leaf module (no imports) shared by the schema (users.role's enum and check)
 * and the permission matrix (lib/auth/permissions.ts, which re-exports them), so that db/ never
 * imports lib/auth.
 */
export const platformRoles = ['super_admin', 'support', 'billing', 'noc'] as const;
export const tenantRoles = ['tenant_admin', 'customer_admin', 'customer_user', 'carrier_user'] as const;
export const roles = [...platformRoles, ...tenantRoles] as const;
export type Role = (typeof roles)[number];
