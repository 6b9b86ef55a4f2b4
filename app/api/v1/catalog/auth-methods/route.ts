import { catalogCollection } from '@/lib/catalog/http';

export const { GET, POST } = catalogCollection('auth-methods');
