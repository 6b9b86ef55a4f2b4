import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SECURITY_SETTINGS_PATH } from '@/lib/auth/paths';
import { portalUrl } from '@/lib/tenancy/portal-url';

/**
 * Security settings moved into the customer portal (its frame, header and navigation). This path
 * stays for links made before (bookmarks, earlier emails): /auth/settings/security on a portal host
 * and /settings/security on pbx.<root>, which has no portal and hands over to switch.pbx.<root>
 * (both share the session cookie). The query (an email change's outcome) goes along.
 */
export default async function SecuritySettingsMoved({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) for (const v of [value ?? []].flat()) query.append(key, v);
  const target = query.size ? `${SECURITY_SETTINGS_PATH}?${query}` : SECURITY_SETTINGS_PATH;
  redirect((await headers()).get('x-portal') === 'signup' ? portalUrl('customer', target) : target);
}
