/** The JSON shapes of the assignment API as the browser receives them (type-only imports: see docs/DECISIONS.md "Contracts"). */
import 'server-only';
import type { JsonListItem, JsonResult } from '@/lib/json';
import type { getEffectiveConfiguration } from './services/get-effective-configuration';
import type { listTargetAssignments } from './services/list-assignments';
import type { previewCustomerMove } from './services/move-customer';

/** GET /api/v1/customer-accounts/[id]/effective-configuration */
export type EffectiveConfigurationView = JsonResult<typeof getEffectiveConfiguration>;
/** POST /api/v1/customer-accounts/[id]/move-preview (and /move) */
export type MovePreviewView = JsonResult<typeof previewCustomerMove>;
/** GET /api/v1/assignments?level=&targetId=: one row. */
export type AssignmentRowView = JsonListItem<typeof listTargetAssignments>;
