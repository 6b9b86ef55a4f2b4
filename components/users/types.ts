/** Shapes of the admin users API as the browser receives them (dates as ISO strings). */
export type UserListRow = {
  id: string;
  tenantId: string;
  tenantSlug: string;
  tenantName: string;
  name: string;
  email: string;
  role: string;
  status: 'active' | 'disabled';
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  onboardingState: string;
  /** No password set yet: the invitation is still open (shown as "Invited"). */
  invitationPending: boolean;
  createdAt: string;
  updatedAt: string;
};

export type UserDetailData = Omit<UserListRow, 'tenantSlug' | 'tenantName'> & {
  tenant: { id: string; slug: string; name: string; isRoot: boolean; status: string };
  companyName: string | null;
  customerCategory: string | null;
  billingCurrency: string | null;
  termsAcceptedAt: string | null;
};

export type TenantOption = { id: string; name: string; isRoot: boolean };

/** What the page knows about the viewer, decided on the server. */
export type UserAdminAbilities = { canWrite: boolean; canImpersonate: boolean; canChangeOnboarding: boolean; isSuperAdmin: boolean; selfId: string };
