import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { POST as cancelRoute } from '@/app/api/admin/jobs/[id]/cancel/route';
import { GET as progressRoute } from '@/app/api/admin/jobs/[id]/progress/route';
import { POST as retryRoute } from '@/app/api/admin/jobs/[id]/retry/route';
import { GET as getRoute } from '@/app/api/admin/jobs/[id]/route';
import { POST as demoRoute } from '@/app/api/admin/jobs/demo/route';
import { GET as listRoute } from '@/app/api/admin/jobs/route';
import { GET as schedulesRoute } from '@/app/api/admin/jobs/schedules/route';
import { closeDb } from '@/db/client';
import type { JobDetail, JobListItem, JobProgressView, ScheduleItem } from './types';

/**
 * The admin jobs API as the app serves it: the exported route handlers, called with the headers the
 * proxy sets (x-portal), as the sandbox development actor (a super admin).
 */
function request(path: string, init: { method?: string; body?: unknown; portal?: string } = {}): NextRequest {
  // A page of the admin host sends its Origin; route() refuses writes without it.
  const headers = new Headers({ 'x-portal': init.portal ?? 'admin', origin: 'http://admin.localhost:3000' });
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return new NextRequest(`http://admin.localhost:3000${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
}

const params = <P>(p: P) => ({ params: Promise.resolve(p) });

afterAll(async () => {
  await closeDb();
});

describe('admin jobs API', () => {
  it('starts a demo job, shows it in the list, its detail and progress, then cancels and retries it', async () => {
    const created = await demoRoute(request('/api/admin/jobs/demo', { method: 'POST', body: { batches: 4, delayMs: 0 } }), params({}));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };

    const list = await listRoute(request(`/api/admin/jobs?q=${id}&type=demo.long`), params({}));
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: JobListItem[]; pageInfo: unknown };
    expect(body.items.map((j) => j.id)).toContain(id);
    expect(body.pageInfo).toMatchObject({ limit: 25 });

    const detail = (await (await getRoute(request(`/api/admin/jobs/${id}`), params({ id: String(id) }))).json()) as JobDetail;
    expect(detail).toMatchObject({ id, type: 'demo.long', status: 'pending', payload: { batches: 4, itemsPerBatch: 10, delayMs: 0 } });

    const progress = await progressRoute(request(`/api/admin/jobs/${id}/progress`), params({ id: String(id) }));
    expect(progress.headers.get('cache-control')).toBe('no-store');
    expect((await progress.json()) as JobProgressView).toMatchObject({ id, status: 'pending', finished: false });

    expect((await cancelRoute(request(`/api/admin/jobs/${id}/cancel`, { method: 'POST' }), params({ id: String(id) }))).status).toBe(200);
    const again = await cancelRoute(request(`/api/admin/jobs/${id}/cancel`, { method: 'POST' }), params({ id: String(id) }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'conflict' } });
    expect((await retryRoute(request(`/api/admin/jobs/${id}/retry`, { method: 'POST' }), params({ id: String(id) }))).status).toBe(200);
    await cancelRoute(request(`/api/admin/jobs/${id}/cancel`, { method: 'POST' }), params({ id: String(id) }));
  });

  it('answers errors in JSON: 422 naming the field, 404 for an unknown job, 404 off the admin host', async () => {
    const bad = await demoRoute(request('/api/admin/jobs/demo', { method: 'POST', body: { batches: 5000 } }), params({}));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input', details: [{ path: 'batches' }] } });
    const notJson = await demoRoute(request('/api/admin/jobs/demo', { method: 'POST', body: '{' }), params({}));
    expect(notJson.status).toBe(422);
    expect((await getRoute(request('/api/admin/jobs/999999999'), params({ id: '999999999' }))).status).toBe(404);
    expect((await getRoute(request('/api/admin/jobs/abc'), params({ id: 'abc' }))).status).toBe(422);
    expect((await listRoute(request('/api/admin/jobs?status=exploded'), params({}))).status).toBe(422);
    expect((await listRoute(request('/api/admin/jobs', { portal: 'customer' }), params({}))).status).toBe(404);
  });

  it('lists the schedules with their endpoints and next runs', async () => {
    const res = await schedulesRoute(request('/api/admin/jobs/schedules'), params({}));
    const { items } = (await res.json()) as { items: ScheduleItem[] };
    expect(items.map((s) => s.type)).toEqual([
      'maintenance.reclaim-stuck',
      'maintenance.redis-sweep',
      'maintenance.prune-integration-calls',
      'maintenance.prune-jobs',
      'maintenance.purge-idempotency',
      'monitoring.collect',
      'monitoring.evaluate',
      'monitoring.prune',
      'catalog.purge-trash',
      'sync.pull',
    ]);
    expect(items[0]).toMatchObject({ schedule: '* * * * *', endpoint: 'http://localhost:3000/api/cron/maintenance.reclaim-stuck' });
  });
});
