/** Leaf module (no imports): the customer enums, shared by the schema and the browser's forms without pulling Drizzle in. */
export const customerAccountStatuses = ['active', 'suspended', 'closed'] as const;
export type CustomerAccountStatus = (typeof customerAccountStatuses)[number];
export const billingModels = ['prepaid', 'postpaid'] as const;
export type BillingModel = (typeof billingModels)[number];
