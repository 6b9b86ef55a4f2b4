import { z } from 'zod';
import { safeText } from '@/lib/validation';

/** Tenant branding rules, shared by the services and the browser forms (no server imports here). */

export const hex = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #2563EB');
const assetUrl = safeText()
  .trim()
  .refine((v) => v.startsWith('/') || /^https:\/\//.test(v), 'must be an https:// URL or a path starting with /')
  .max(500);

/** An optional field a form leaves empty: '' is stored as null. */
function blankAsNull<T extends z.ZodType<string | null>>(schema: T) {
  return z.union([z.literal('').transform(() => null), schema]).nullable().optional();
}

export const RESERVED_SLUGS = ['www', 'pbx', 'switch', 'carrier', 'admin', 'docs', 'api', 'app', 'mail', 'static', 'cdn', 'status'] as const;

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, 'use 1-40 lowercase letters, digits or dashes, not starting or ending with a dash')
  .refine((s) => !(RESERVED_SLUGS as readonly string[]).includes(s), 'this name is reserved for a portal');

export const brandingSchema = z.object({
  name: safeText().trim().min(2, 'must be at least 2 characters').max(120),
  primaryColor: hex,
  accentColor: hex,
  logoUrl: blankAsNull(assetUrl),
  faviconUrl: blankAsNull(assetUrl),
  supportEmail: blankAsNull(z.email('must be an email address')),
  /** The From of the tenant's emails: a display name and an address (empty: its brand name, the platform's address). */
  emailFromName: blankAsNull(
    safeText()
      .trim()
      .min(1)
      .max(70, 'must be at most 70 characters')
      .refine((v) => !/["<>\\]/.test(v), 'must not contain quotes, angle brackets or backslashes'),
  ),
  emailFromAddress: blankAsNull(z.email('must be an email address').max(254).toLowerCase()),
  /** The address is authenticated (SPF/DKIM) at the mail provider; production uses it only then. */
  emailSenderVerified: z.boolean().optional(),
});

export const createTenantSchema = brandingSchema.extend({ slug: slugSchema });
export type CreateTenantInput = z.input<typeof createTenantSchema>;

export const updateTenantSchema = brandingSchema.partial().extend({ id: z.uuid() });
export type UpdateTenantInput = z.input<typeof updateTenantSchema>;

