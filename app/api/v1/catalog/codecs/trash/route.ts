import { catalogTrash } from '@/lib/catalog/http';

export const { GET } = catalogTrash('codecs');
