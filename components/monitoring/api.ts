/**
 * System Status, alerts, integrations and notifications as the console calls them: TanStack Query
 * keys and URLs (invalidate `systemKeys.all` after an alert changes). Response shapes: lib/monitoring/types.ts.
 */
const seg = encodeURIComponent;

export const systemKeys = {
  all: ['system'] as const,
  /** Shared by System Status and the header's platform status, so the two never disagree. */
  status: ['system', 'status'] as const,
  series: (range: string) => ['system', 'series', range] as const,
  activeAlerts: ['system', 'alerts', 'active'] as const,
  alertList: ['system', 'alerts', 'list'] as const,
};
export const integrationKeys = { all: ['integrations'] as const };
export const notificationKeys = { all: ['notifications'] as const };
/** The public level every portal header shows to non-staff. */
export const platformStatusKeys = { all: ['platform-status'] as const };

export const monitoringUrls = {
  systemStatus: '/api/admin/system/status',
  series: (range: string, lines: readonly string[]) => `/api/admin/system/series?range=${seg(range)}&${lines.map((l) => `line=${seg(l)}`).join('&')}`,
  alerts: '/api/admin/system/alerts',
  activeAlerts: '/api/admin/system/alerts?status=active&limit=20',
  alertAction: (id: string, action: 'acknowledge' | 'resolve') => `/api/admin/system/alerts/${seg(id)}/${action}`,
  integrations: '/api/admin/integrations',
  integrationTest: (key: string) => `/api/admin/integrations/${seg(key)}/test`,
  notifications: (limit: number) => `/api/admin/notifications?limit=${limit}`,
  notificationsRead: '/api/admin/notifications/read',
  publicStatus: '/api/status',
};
