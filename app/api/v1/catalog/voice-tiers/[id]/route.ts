import { catalogItem } from '@/lib/catalog/http';

export const { GET, PATCH, DELETE } = catalogItem('voice-tiers');
