import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

export const tenantStatuses = ['active', 'suspended'] as const;
export const domainStatuses = ['pending', 'verified', 'failed'] as const;

/** A brand: the root brand (DIDTron) and every white-label reseller. */
export const tenants = pgTable(
  'tenants',
  {
    id: id(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: tenantStatuses }).notNull().default('active'),
    isRoot: boolean('is_root').notNull().default(false),
    logoUrl: text('logo_url'),
    faviconUrl: text('favicon_url'),
    primaryColor: text('primary_color').notNull().default('#2563EB'),
    accentColor: text('accent_color').notNull().default('#0EA5E9'),
    supportEmail: text('support_email'),
    /** The From of the tenant's emails (display name, address); null: the tenant's name, the platform's address. */
    emailFromName: text('email_from_name'),
    emailFromAddress: text('email_from_address'),
    /** The address is authenticated (SPF/DKIM) at the mail provider; production sends from it only then. */
    emailSenderVerified: boolean('email_sender_verified').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('tenants_slug_key').on(t.slug),
    // Exactly one root brand.
    uniqueIndex('tenants_one_root').on(t.isRoot).where(sql`${t.isRoot}`),
    index('tenants_created_id_idx').on(t.createdAt, t.id),
    index('tenants_name_id_idx').on(t.name, t.id),
    check('tenants_slug_format', sql`${t.slug} ~ '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$'`),
    check('tenants_primary_color_hex', sql`${t.primaryColor} ~ '^#[0-9A-Fa-f]{6}$'`),
    check('tenants_accent_color_hex', sql`${t.accentColor} ~ '^#[0-9A-Fa-f]{6}$'`),
    check('tenants_email_from_name_safe', sql`${t.emailFromName} is null or (length(${t.emailFromName}) between 1 and 70 and ${t.emailFromName} !~ '[[:cntrl:]<>"\\\\]')`),
    check('tenants_email_from_address_format', sql`${t.emailFromAddress} is null or (length(${t.emailFromAddress}) <= 254 and ${t.emailFromAddress} ~ '^[^[:space:][:cntrl:]<>"@]+@[^[:space:][:cntrl:]<>"@]+\\.[^[:space:][:cntrl:]<>"@]+$')`),
  ],
);

/** Custom domains of a tenant; a verified one serves the tenant's customer portal and sign-up. */
export const tenantDomains = pgTable(
  'tenant_domains',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    domain: text('domain').notNull(),
    verificationToken: text('verification_token').notNull(),
    status: text('status', { enum: domainStatuses }).notNull().default('pending'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('tenant_domains_domain_key').on(t.domain),
    index('tenant_domains_tenant_idx').on(t.tenantId, t.createdAt),
    check('tenant_domains_domain_lower', sql`${t.domain} = lower(${t.domain})`),
  ],
);

export type Tenant = typeof tenants.$inferSelect;
export type TenantDomain = typeof tenantDomains.$inferSelect;
