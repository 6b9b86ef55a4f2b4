import { catalogAssignments } from '@/lib/catalog/http';

export const { GET } = catalogAssignments('did-countries');
