import type { Metadata } from 'next';
import { ApiReference } from '@/components/site/api-reference';

export const metadata: Metadata = { title: 'API reference' };

/** docs.<root>/api: the reference of /api/v1, generated from the routes (lib/openapi). */
export default function ApiReferencePage() {
  return (
    <>
      <h1 className="sr-only">API reference</h1>
      <ApiReference specUrl="/api/v1/openapi.json" />
    </>
  );
}
