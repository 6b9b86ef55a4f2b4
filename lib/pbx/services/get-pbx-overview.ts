import { effectiveValue } from '@/lib/assignments/resolve';
import { formatAssignedValue } from '@/lib/assignments/registry';
import { assertPermission, type Ctx } from '@/lib/context';
import { assertModuleEnabled } from '@/lib/portal-modules/access';
import { pbxSettings, pbxSettingType } from '@/lib/portal-modules/assignable';

/**
 * The Cloud PBX overview of the caller's account: its effective PBX settings (with the level each
 * came from) and its extensions. Extensions arrive with the PBX feature itself; until then the
 * list is empty, never invented. A 404 when the account does not see the Cloud PBX module.
 */
export async function getPbxOverview({ ctx }: { ctx: Ctx; input?: undefined }) {
  assertPermission(ctx, 'portal.use');
  const { placement, resolved } = await assertModuleEnabled(ctx, 'cloud_pbx');
  return {
    account: { id: placement.accountId, company: placement.company, accountNumber: placement.accountNumber },
    settings: pbxSettings.map((s) => {
      const hit = effectiveValue(resolved, pbxSettingType, s.key)!;
      return { key: s.key, label: s.label, description: s.description, value: (hit.value as { value: number | boolean }).value, display: formatAssignedValue(pbxSettingType, hit.value), source: { level: hit.source.level, name: hit.source.targetName } };
    }),
    extensions: [] as { id: string; number: string; name: string }[],
  };
}
