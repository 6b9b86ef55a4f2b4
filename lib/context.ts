import type { Permission, Role } from './auth/permissions';
import { can } from './auth/permissions';
import { ForbiddenError } from './errors';

export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** The tenant the actor belongs to (platform staff belong to the root tenant). */
  tenantId: string;
  /** Set while a super admin acts as this user. */
  impersonatorId?: string;
  /** True only for the sandbox development actor, never in production. */
  isDevelopmentActor?: boolean;
  /**
   * Set when the request is authenticated by an API key: the key's id and scopes. The actor may
   * then do only what both the role and the scopes allow.
   */
  apiKey?: { id: string; name: string; prefix: string; scopes: readonly Permission[] };
};

/** What every service receives: who acts, for which tenant, and request metadata for the audit trail. */
export type Ctx = {
  actor: Actor;
  tenant: { id: string; slug: string };
  requestId: string;
  ip?: string;
};

/** Whether the actor's role grants the permission and, for an API key, the key's scopes include it. */
export function actorCan(actor: Actor, permission: Permission): boolean {
  return can(actor.role, permission) && (!actor.apiKey || actor.apiKey.scopes.includes(permission));
}

/** The first line of every service: fails with 403 unless the actor's role (and API key scopes) grant the permission. */
export function assertPermission(ctx: Ctx, permission: Permission): void {
  if (!can(ctx.actor.role, permission)) throw new ForbiddenError(`Missing permission ${permission}`);
  if (ctx.actor.apiKey && !ctx.actor.apiKey.scopes.includes(permission)) throw new ForbiddenError(`This API key lacks the scope ${permission}`);
}
