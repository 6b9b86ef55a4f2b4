import type { NavModule } from '@/lib/navigation/types';

/**
 * The customer portal's module registry: each module is a navigation module plus the URL
 * prefixes its pages and /api/v1 routes live under. A module is listed here only together with
 * a real page (lib/navigation/registry.test.ts checks every href). Whether a customer sees it is
 * decided by the assignment engine (item type `portal_module`, lib/portal-modules/assignable.ts).
 *
 * Planned modules (SIP trunks, DIDs, voice termination, AI agents, SIP tester) join with their
 * pages; none is listed before it has one.
 */
export type PortalModule = NavModule & {
  description: string;
  /** Page paths (inside the portal segment) that answer 404 when the module is hidden. */
  pagePrefixes: string[];
  /** /api/v1 prefixes whose routes call assertModuleEnabled for this module. */
  apiPrefixes: string[];
};

export const portalModules = [
  {
    key: 'cloud_pbx',
    label: 'Cloud PBX',
    icon: 'phone',
    description: 'Hosted PBX: extensions, ring groups, IVR and call recording for a team.',
    items: [{ key: 'pbx-overview', label: 'Overview', href: '/pbx', permission: 'portal.use' }],
    pagePrefixes: ['/pbx'],
    apiPrefixes: ['/api/v1/pbx'],
  },
] as const satisfies readonly PortalModule[];

export type PortalModuleKey = (typeof portalModules)[number]['key'];
export const portalModuleKeys = portalModules.map((m) => m.key) as PortalModuleKey[];

export function portalModule(key: string): PortalModule | undefined {
  return (portalModules as readonly PortalModule[]).find((m) => m.key === key);
}
