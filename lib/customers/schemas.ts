import { z } from 'zod';
import { billingModels, customerAccountStatuses } from '@/db/schema/customers';
import { isBillingCurrency } from '@/lib/billing/currencies';
import { safeText } from '@/lib/validation';
import { isCountryCode } from './countries';

/** Shared by the services, the API contracts and the admin forms, so all report the same field problems. */

/** Credit limits are minor units in a bigint; JSON numbers stay exact up to 2^53 - 1. */
export const MAX_CREDIT_LIMIT_MINOR = 1_000_000_000_000_00;

const company = safeText().trim().min(1, 'enter the company name').max(200, 'must be at most 200 characters');
const contactName = safeText().trim().min(1, 'enter the billing contact’s name').max(200, 'must be at most 200 characters');
const email = z.string().trim().toLowerCase().max(254, 'must be at most 254 characters').pipe(z.email({ error: 'enter a valid email address' }));
const country = z
  .string({ error: 'choose a country' })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: 'choose a country (ISO 3166-1 alpha-2, e.g. GB)' });
const currency = z
  .string({ error: 'choose a billing currency' })
  .trim()
  .toUpperCase()
  .refine(isBillingCurrency, { error: 'choose a billing currency (ISO 4217, e.g. EUR)' });
const creditLimitMinor = z
  .number({ error: 'enter the credit limit in minor units (a whole number)' })
  .int('must be a whole number of minor units')
  .min(0, 'must be zero or more')
  .max(MAX_CREDIT_LIMIT_MINOR, 'is too large');

const accountFields = {
  company,
  billingContactName: contactName,
  billingEmail: email,
  country,
  billingCurrency: currency,
  billingModel: z.enum(billingModels, { error: 'choose prepaid or postpaid' }),
  creditLimitMinor: creditLimitMinor.nullable().optional(),
  categoryId: z.uuid({ error: 'choose a category' }),
  groupId: z.uuid({ error: 'choose a group' }).nullable().optional(),
};

/** Postpaid needs a credit limit; prepaid has none (the database checks the same). */
function creditLimitRule(v: { billingModel?: string; creditLimitMinor?: number | null }, ctx: z.RefinementCtx) {
  if (v.billingModel === 'postpaid' && (v.creditLimitMinor === undefined || v.creditLimitMinor === null))
    ctx.addIssue({ code: 'custom', path: ['creditLimitMinor'], message: 'a postpaid account needs a credit limit' });
  if (v.billingModel === 'prepaid' && v.creditLimitMinor !== undefined && v.creditLimitMinor !== null)
    ctx.addIssue({ code: 'custom', path: ['creditLimitMinor'], message: 'a prepaid account has no credit limit' });
}

export const createCustomerAccountSchema = z
  .object({
    /** Platform staff choose the brand; a tenant admin's accounts land in its own. */
    tenantId: z.uuid({ error: 'choose a brand' }).optional(),
    ...accountFields,
  })
  .superRefine(creditLimitRule);
export type CreateCustomerAccountInput = z.input<typeof createCustomerAccountSchema>;

/** Every field optional; the credit-limit rule is checked against the merged row in the service. */
export const updateCustomerAccountSchema = z.object({
  id: z.uuid({ error: 'must be a customer account id' }),
  company: company.optional(),
  billingContactName: contactName.optional(),
  billingEmail: email.optional(),
  country: country.optional(),
  billingCurrency: currency.optional(),
  billingModel: accountFields.billingModel.optional(),
  creditLimitMinor: creditLimitMinor.nullable().optional(),
  categoryId: accountFields.categoryId.optional(),
  groupId: accountFields.groupId,
});
export type UpdateCustomerAccountInput = z.input<typeof updateCustomerAccountSchema>;
export const updateCustomerAccountBodySchema = updateCustomerAccountSchema.omit({ id: true });

export const STATUS_REASON_MIN = 5;
export const setCustomerAccountStatusSchema = z.object({
  id: z.uuid({ error: 'must be a customer account id' }),
  status: z.enum(customerAccountStatuses, { error: 'choose active, suspended or closed' }),
  reason: safeText({ multiline: true }).trim().min(STATUS_REASON_MIN, `give a reason (at least ${STATUS_REASON_MIN} characters)`).max(500, 'must be at most 500 characters'),
});
export type SetCustomerAccountStatusInput = z.input<typeof setCustomerAccountStatusSchema>;
export const setCustomerAccountStatusBodySchema = setCustomerAccountStatusSchema.omit({ id: true });

export const idSchema = z.object({ id: z.uuid({ error: 'must be an id' }) });

export const inviteCustomerAccountUserSchema = z.object({
  accountId: z.uuid({ error: 'must be a customer account id' }),
  name: safeText().trim().min(2, 'enter the person’s name').max(200),
  email,
  role: z.enum(['customer_admin', 'customer_user'], { error: 'choose customer admin or customer user' }),
});
export type InviteCustomerAccountUserInput = z.input<typeof inviteCustomerAccountUserSchema>;
export const inviteCustomerAccountUserBodySchema = inviteCustomerAccountUserSchema.omit({ accountId: true });

const slug = z
  .string({ error: 'enter a slug' })
  .trim()
  .regex(/^[a-z0-9](?:[a-z0-9_]{0,38}[a-z0-9])?$/, 'use 1-40 lowercase letters, digits and underscores');
const moduleKey = z.string().trim().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'a module key is lowercase letters, digits, dots, dashes');

export const createCustomerCategorySchema = z.object({
  slug,
  name: safeText().trim().min(1, 'enter a name').max(100, 'must be at most 100 characters'),
  publicDescription: safeText({ multiline: true }).trim().max(2000, 'must be at most 2000 characters').default(''),
  defaultModules: z.array(moduleKey).max(100, 'at most 100 modules').default([]),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
});
export type CreateCustomerCategoryInput = z.input<typeof createCustomerCategorySchema>;
export const updateCustomerCategorySchema = z.object({
  id: z.uuid({ error: 'must be a category id' }),
  name: createCustomerCategorySchema.shape.name.optional(),
  publicDescription: safeText({ multiline: true }).trim().max(2000, 'must be at most 2000 characters').optional(),
  defaultModules: z.array(moduleKey).max(100, 'at most 100 modules').optional(),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});
export type UpdateCustomerCategoryInput = z.input<typeof updateCustomerCategorySchema>;
export const updateCustomerCategoryBodySchema = updateCustomerCategorySchema.omit({ id: true });

export const createCustomerGroupSchema = z.object({
  categoryId: z.uuid({ error: 'choose a category' }),
  name: safeText().trim().min(1, 'enter a name').max(100, 'must be at most 100 characters'),
  description: safeText({ multiline: true }).trim().max(2000, 'must be at most 2000 characters').default(''),
});
export type CreateCustomerGroupInput = z.input<typeof createCustomerGroupSchema>;
export const updateCustomerGroupSchema = z.object({
  id: z.uuid({ error: 'must be a group id' }),
  name: createCustomerGroupSchema.shape.name.optional(),
  description: safeText({ multiline: true }).trim().max(2000, 'must be at most 2000 characters').optional(),
});
export type UpdateCustomerGroupInput = z.input<typeof updateCustomerGroupSchema>;
export const updateCustomerGroupBodySchema = updateCustomerGroupSchema.omit({ id: true });

/** API responses (documentation and OpenAPI; not enforced). */
export const customerAccountResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  accountNumber: z.string(),
  company: z.string(),
  billingContactName: z.string(),
  billingEmail: z.string(),
  country: z.string(),
  billingCurrency: z.string(),
  billingModel: z.enum(billingModels),
  creditLimitMinor: z.number().int().nullable(),
  status: z.enum(customerAccountStatuses),
  statusReason: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
  categoryId: z.uuid(),
  groupId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const pageInfo = z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number().int() });
export const customerAccountPageResponse = z.object({
  items: z.array(customerAccountResponse.extend({ tenantSlug: z.string(), categoryName: z.string(), groupName: z.string().nullable() })),
  pageInfo,
});
export const customerCategoryResponse = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  publicDescription: z.string(),
  defaultModules: z.array(z.string()),
  sortOrder: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const customerGroupResponse = z.object({ id: z.uuid(), categoryId: z.uuid(), name: z.string(), description: z.string(), createdAt: z.string(), updatedAt: z.string() });
export const customerAccountUserResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  status: z.string(),
  invitationPending: z.boolean(),
  createdAt: z.string(),
});
export const customerAccountListQuery = z.object({
  q: z.string().optional().meta({ description: 'Company, billing email, account number (contains) or id prefix (hex, at least 4 characters)' }),
  status: z.enum(customerAccountStatuses).optional(),
  category: z.uuid().optional(),
  group: z.uuid().optional(),
  tenant: z.uuid().optional(),
  sort: z.string().optional(),
  cursor: z.string().optional(),
  limit: z.string().optional(),
});
