/** The API keys API as the portal calls it (response shapes: lib/api-keys/views.ts). */
export const apiKeyKeys = { all: ['api-keys'] as const };

export const apiKeyUrls = {
  list: '/api/v1/keys',
  detail: (id: string) => `/api/v1/keys/${encodeURIComponent(id)}`,
};
