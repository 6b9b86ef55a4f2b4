import { permissionsOf, type Permission } from '@/lib/auth/permissions';
import { actorCan, assertPermission, type Ctx } from '@/lib/context';

export type WhoAmI = {
  tenant: { id: string; slug: string };
  user: { id: string; email: string; name: string; role: string };
  /** The key this request was authenticated with, or null for a session. */
  key: { id: string; name: string; prefix: string; scopes: Permission[] } | null;
  /** What this caller may do: the role's permissions, narrowed to the key's scopes. */
  permissions: Permission[];
};

/** No data access: everything comes from the context the request was authenticated with. */
export function whoAmI({ ctx }: { ctx: Ctx }): WhoAmI {
  assertPermission(ctx, 'portal.use');
  const { actor } = ctx;
  return {
    tenant: ctx.tenant,
    user: { id: actor.userId, email: actor.email, name: actor.name, role: actor.role },
    key: actor.apiKey ? { id: actor.apiKey.id, name: actor.apiKey.name, prefix: actor.apiKey.prefix, scopes: [...actor.apiKey.scopes] } : null,
    permissions: permissionsOf(actor.role).filter((p) => actorCan(actor, p)),
  };
}
