/**
 * Customer accounts, categories and groups (issue 11 items 1, 2, 9). Other domains call these
 * services, never the tables (db/schema/customers.ts). Every service takes ({ ctx, input }),
 * checks customers.read / customers.write first and runs in one transaction.
 *
 * Accounts:   createCustomerAccount, updateCustomerAccount, getCustomerAccount,
 *             listCustomerAccounts (keyset; search by company / billing email / account number /
 *             id prefix), setCustomerAccountStatus (suspend / close / reactivate with a reason)
 * Users:      listCustomerAccountUsers, inviteCustomerAccountUser (lib/users' invitation flow)
 * Hierarchy:  listCustomerCategories, getCustomerCategory, createCustomerCategory,
 *             updateCustomerCategory, deleteCustomerCategory; listCustomerGroups, createCustomerGroup,
 *             updateCustomerGroup, deleteCustomerGroup
 * Helpers:    customerAccountOf(ctx, userId) (the account a user belongs to, for other domains)
 */
export * from './schemas';
export * from './services/create-customer-account';
export * from './services/update-customer-account';
export * from './services/get-customer-account';
export * from './services/list-customer-accounts';
export * from './services/set-customer-account-status';
export * from './services/list-customer-account-users';
export * from './services/invite-customer-account-user';
export * from './services/categories';
export * from './services/groups';
export { customerScope, type CustomerScope } from './access';
export { customerSearch, idPrefixRange } from './search';
export { countries, isCountryCode, countryName } from './countries';
