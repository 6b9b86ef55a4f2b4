/**
 * Every audit entity and its actions, as typed constants: recordAudit accepts only these pairs, so
 * a new action is added here first (and the audit log's filters can list them).
 */
const catalogActions = ['create', 'update', 'delete', 'restore', 'purge'] as const;

export const auditActions = {
  user: [
    'invite',
    'invite.resent',
    'role.changed',
    'status.active',
    'status.disabled',
    'sessions.revoked',
    'impersonation.started',
    'impersonation.ended',
    'impersonation.revoked',
    'onboarding.set',
    'onboarding.company',
    'onboarding.category',
    'onboarding.currency',
    'onboarding.terms',
    'email.change',
  ],
  tenant: ['create', 'update', 'status.active', 'status.suspended'],
  tenant_domain: ['create', 'delete', 'verify', 'verify.failed', 'verify.lookup_failed', 'sandbox.dns_publish'],
  job: ['start', 'cancel', 'retry', 'demo.completed'],
  alert: ['acknowledge', 'resolve'],
  api_key: ['create', 'revoke'],
  integration: ['test_connection'],
  webhook_endpoint: ['create', 'update', 'delete', 'enable', 'disable', 'secret.rotate', 'test', 'delivery.replay'],
  customer_account: ['create', 'update', 'status.active', 'status.suspended', 'status.closed', 'user.invite', 'move'],
  customer_category: ['create', 'update', 'delete'],
  customer_group: ['create', 'update', 'delete'],
  assignment: ['assign', 'unassign'],
  // The voice catalogue (lib/catalog): one entity per kind; purge is the retention job's hard delete.
  catalog_pop: catalogActions,
  catalog_voice_tier: catalogActions,
  catalog_codec: catalogActions,
  catalog_auth_method: catalogActions,
  catalog_channel_plan: catalogActions,
  catalog_did_country: catalogActions,
  catalog_did_provider: catalogActions,
  catalog_settings: ['update'],
  // Class 4 (lib/class4): contacts and linked users are part of the carrier's update.
  carrier: ['create', 'update', 'delete', 'users.link'],
  interconnect: ['create', 'update', 'delete'],
  carrier_service: ['create', 'update', 'delete'],
  // The ConnexCS sync (lib/sync): a person retrying a push or resolving a conflict.
  sync_item: ['retry', 'resolve'],
  sync_run: ['pull'],
  // Rate plans (lib/rates): row edits of a draft are audited on the version.
  rate_plan: ['create', 'update'],
  // Routing (lib/routing): entries are audited per call (the prefixes written or deleted).
  routing_plan: ['create', 'update', 'delete', 'entries.upsert', 'entries.delete', 'check.start', 'check.completed'],
  route_group: ['create', 'update', 'delete'],
  rate_plan_version: ['create', 'publish', 'delete', 'rows.add', 'rows.update', 'rows.delete'],
  // Deck imports (lib/rates/import): the upload, the job's outcome, the operator's acceptance, the publish.
  rate_import: ['create', 'process', 'fail', 'accept_errors', 'publish'],
  // Supplier import rule sets (lib/rates/import-rules): the rules are recorded with the set.
  rate_import_rule_set: ['create', 'update', 'delete'],
} as const;

export type AuditEntity = keyof typeof auditActions;
/** The entities of the catalogue's kinds (every one takes the same actions). */
export type CatalogAuditEntity = `catalog_${'pop' | 'voice_tier' | 'codec' | 'auth_method' | 'channel_plan' | 'did_country' | 'did_provider'}`;
export type AuditAction<E extends AuditEntity = AuditEntity> = (typeof auditActions)[E][number];
export const auditEntities = Object.keys(auditActions) as AuditEntity[];
