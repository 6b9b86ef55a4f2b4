import { catalogAssignments } from '@/lib/catalog/http';

export const { GET } = catalogAssignments('channel-plans');
