/**
 * The Brevo tag naming the tenant an email is sent for. Every email the app sends carries one, so
 * that the sandbox mail viewer on a brand's host lists that brand's mail only (and Brevo's logs can
 * be filtered per tenant).
 */
export const tenantMailTag = (tenantSlug: string) => `tenant:${tenantSlug}`;
