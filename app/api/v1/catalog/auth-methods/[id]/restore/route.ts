import { catalogRestore } from '@/lib/catalog/http';

export const { POST } = catalogRestore('auth-methods');
