/**
 * The JSON shapes of the admin users API, as the browser receives them (dates as ISO strings).
 * Derived from the services' results with type-only imports (see lib/tenancy/views.ts).
 */
import 'server-only';
import type { JsonListItem, JsonResult } from '@/lib/json';
import type { getUser } from './services/get-user';
import type { listUserSessions } from './services/list-user-sessions';
import type { listUsers } from './services/list-users';
import type { startImpersonation } from './services/start-impersonation';

/** GET /api/admin/users: one row. */
export type UserListRow = JsonListItem<typeof listUsers>;
/** GET /api/admin/users/[id] */
export type UserDetailData = JsonResult<typeof getUser>;
/** GET /api/admin/users/[id]/sessions */
export type UserSessionsData = JsonResult<typeof listUserSessions>;
/** POST /api/admin/users/[id]/impersonation */
export type ImpersonationStartView = JsonResult<typeof startImpersonation>;

/** What the users pages know about the viewer, decided on the server and passed to the browser. */
export type UserAdminAbilities = { canWrite: boolean; canImpersonate: boolean; canChangeOnboarding: boolean; isSuperAdmin: boolean; selfId: string };
