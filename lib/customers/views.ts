/** Response shapes of the customer endpoints (dates as ISO strings), for the browser: import as types only. */
import 'server-only';
import type { BillingModel, CustomerAccountStatus } from '@/db/schema/customer-values';

export type CustomerAccountView = {
  id: string;
  tenantId: string;
  tenantSlug: string;
  tenantName: string;
  accountNumber: string;
  company: string;
  billingContactName: string;
  billingEmail: string;
  country: string | null;
  billingCurrency: string;
  billingModel: BillingModel;
  creditLimitMinor: number | null;
  status: CustomerAccountStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  categoryId: string;
  categoryName: string;
  groupId: string | null;
  groupName: string | null;
  createdAt: string;
  updatedAt: string;
};

export type CustomerCategoryView = { id: string; slug: string; name: string; publicDescription: string; defaultModules: string[]; sortOrder: number; createdAt: string; updatedAt: string };
export type CustomerGroupView = { id: string; categoryId: string; categoryName: string; name: string; description: string; createdAt: string; updatedAt: string };
export type CustomerAccountUserView = { id: string; name: string; email: string; role: string; status: string; invitationPending: boolean; createdAt: string };
