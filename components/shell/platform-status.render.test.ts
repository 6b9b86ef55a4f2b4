import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { overallStatus } from '@/lib/monitoring/overall-status';
import type { PlatformStatus as PublicStatus, SystemStatus } from '@/lib/monitoring/types';
import { GlobalHeader } from './global-header';
import { PlatformStatus, publicStatusText, staffStatusText } from './platform-status';

function render(staff: boolean, data: { system?: Partial<SystemStatus>; level?: PublicStatus }) {
  const client = new QueryClient();
  if (data.system) client.setQueryData(['system', 'status'], data.system);
  if (data.level) client.setQueryData(['platform-status'], data.level);
  return renderToString(h(QueryClientProvider, { client }, h(PlatformStatus, { staff })));
}

/** The whole header as a portal renders it; the database probe (/api/health) answers "ok". */
function renderHeader(portal: 'admin' | 'customer', role: string, data: { system?: Partial<SystemStatus>; level?: PublicStatus }) {
  const client = new QueryClient();
  client.setQueryData(['health'], { status: 'ok' });
  if (data.system) client.setQueryData(['system', 'status'], data.system);
  if (data.level) client.setQueryData(['platform-status'], data.level);
  const user = { name: 'Sam', email: 'sam@example.com', role };
  return renderToString(h(QueryClientProvider, { client }, h(GlobalHeader, { nav: { portal, segment: portal, modules: [] }, brandName: 'DIDTron', user, sidebarToggle: null })));
}

const openWarning = overallStatus({
  alerts: { critical: 0, warning: 1, worst: { title: 'API list p95', severity: 'warning' } },
  modules: [{ label: 'Tenants', health: 'ok' }],
  collectorStale: false,
});

describe('global header', () => {
  it('with an open warning alert does not say "All systems operational" to staff or to customers', () => {
    const staff = renderHeader('admin', 'noc', { system: { overall: openWarning }, level: { level: 'warning' } });
    expect(staff).not.toContain('All systems operational');
    expect(staff).toContain('Warning: API list p95');
    expect(staff).toContain('href="/system"');
    const customer = renderHeader('customer', 'customer_user', { system: { overall: openWarning }, level: { level: 'warning' } });
    expect(customer).not.toContain('All systems operational');
    expect(customer).toContain('Some services degraded');
    expect(customer).not.toContain('System Status');
    // Billing staff cannot open System Status: the plain level, no link.
    const billing = renderHeader('admin', 'billing', { system: { overall: openWarning }, level: { level: 'warning' } });
    expect(billing).toContain('Some services degraded');
    expect(billing).not.toContain('href="/system"');
  });
});

describe('header platform status', () => {
  it('with an open warning alert, staff see the alert and a link to System Status, never "All systems operational"', () => {
    const html = render(true, { system: { overall: openWarning } });
    expect(html).not.toContain('All systems operational');
    expect(html).toContain('Warning: API list p95');
    expect(html).toContain('href="/system"');
    expect(html).toContain('data-level="warning"');
  });

  it('customers see the same level in plain words, with no link and no page they cannot open', () => {
    const html = render(false, { level: { level: 'warning' } });
    expect(html).toContain('Some services degraded');
    expect(html).not.toContain('All systems operational');
    expect(html).not.toContain('href=');
    expect(html).not.toContain('System Status');
  });

  it('says it is checking until it knows, instead of claiming anything', () => {
    const html = render(false, {});
    expect(html).toContain('Checking status');
    expect(html).toContain('data-level="unknown"');
  });

  it('words every state', () => {
    expect(staffStatusText({ level: 'ok', cause: null, issues: 0, stale: false })).toEqual({ label: 'All systems operational', tone: 'ok' });
    expect(staffStatusText({ level: 'ok', cause: null, issues: 0, stale: true })).toEqual({ label: 'Metrics not current', tone: 'unknown' });
    expect(staffStatusText({ level: 'critical', cause: { kind: 'module', level: 'critical', title: 'Jobs' }, issues: 3, stale: false })).toEqual({ label: 'Critical: Jobs module (+2 more)', tone: 'critical' });
    expect(publicStatusText('critical')).toEqual({ label: 'Service disruption', tone: 'critical' });
    expect(publicStatusText('ok')).toEqual({ label: 'All systems operational', tone: 'ok' });
  });
});
