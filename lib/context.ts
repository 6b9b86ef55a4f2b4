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
};

/** What every service receives: who acts, for which tenant, and request metadata for the audit trail. */
export type Ctx = {
  actor: Actor;
  tenant: { id: string; slug: string };
  requestId: string;
  ip?: string;
};

/** The first line of every service: fails with 403 unless the actor's role grants the permission. */
export function assertPermission(ctx: Ctx, permission: Permission): void {
  if (!can(ctx.actor.role, permission)) throw new ForbiddenError(`Missing permission ${permission}`);
}
