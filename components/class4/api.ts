/**
 * The Class 4 API as the consoles call it (the admin console and the carrier portal use the same
 * /api/v1 endpoints): TanStack Query keys and URLs. Response shapes: lib/class4/views.ts.
 */
const seg = encodeURIComponent;

export const class4Keys = {
  carriers: ['carriers'] as const,
  carrier: (id: string) => ['carriers', id] as const,
  interconnects: ['interconnects'] as const,
  interconnect: (id: string) => ['interconnects', id] as const,
  services: ['carrier-services'] as const,
  service: (id: string) => ['carrier-services', id] as const,
  pops: ['class4-pops'] as const,
};

export const class4Urls = {
  carriers: '/api/v1/carriers',
  carrier: (id: string) => `/api/v1/carriers/${seg(id)}`,
  carrierUsers: (id: string) => `/api/v1/carriers/${seg(id)}/users`,
  interconnects: '/api/v1/interconnects',
  interconnectsOf: (carrierId: string) => `/api/v1/interconnects?carrier=${seg(carrierId)}`,
  interconnect: (id: string) => `/api/v1/interconnects/${seg(id)}`,
  services: '/api/v1/carrier-services',
  servicesOf: (carrierId: string) => `/api/v1/carrier-services?carrier=${seg(carrierId)}`,
  servicesOn: (interconnectId: string) => `/api/v1/carrier-services?interconnect=${seg(interconnectId)}`,
  service: (id: string) => `/api/v1/carrier-services/${seg(id)}`,
  pops: '/api/v1/catalog/pops?limit=100',
  egress: '/api/v1/interconnects?direction=egress&limit=100',
  audit: (entity: string, id: string) => `/api/admin/audit?entity=${seg(entity)}&q=${seg(id)}`,
};

/** Pages of the admin console. */
export const class4Pages = {
  carriers: '/class4/carriers',
  carrier: (id: string) => `/class4/carriers/${id}`,
  interconnect: (carrierId: string, id: string) => `/class4/carriers/${carrierId}/interconnects/${id}`,
  service: (carrierId: string, id: string) => `/class4/carriers/${carrierId}/services/${id}`,
};
