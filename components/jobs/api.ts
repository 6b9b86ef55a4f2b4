/** The jobs API as the console calls it: TanStack Query keys and URLs. Response shapes: lib/jobs/types.ts. */
export const jobKeys = {
  all: ['jobs'] as const,
  schedules: ['jobs', 'schedules'] as const,
  detail: (id: number) => ['jobs', id, 'detail'] as const,
  progress: (id: number, url: string) => ['jobs', id, 'progress', url] as const,
};

export const jobUrls = {
  list: '/api/admin/jobs',
  schedules: '/api/admin/jobs/schedules',
  demo: '/api/admin/jobs/demo',
  detail: (id: number) => `/api/admin/jobs/${id}`,
  progress: (id: number) => `/api/admin/jobs/${id}/progress`,
  action: (id: number, action: 'retry' | 'cancel') => `/api/admin/jobs/${id}/${action}`,
};
