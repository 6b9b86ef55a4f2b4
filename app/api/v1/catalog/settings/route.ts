import { catalogSettingsRoutes } from '@/lib/catalog/http';

export const { GET, PATCH } = catalogSettingsRoutes;
