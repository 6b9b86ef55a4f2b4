import { connection } from 'next/server';
import { StatusPage } from '@/components/shell/status-page';

/**
 * Rendered per request (connection()): an unknown path on any host lands here, and the proxy gives
 * every host but the prerendered ones a nonce policy, which a prebuilt page could not satisfy.
 */
export default async function NotFound() {
  await connection();
  return <StatusPage code={404} title="Page not found">There is nothing at this address.</StatusPage>;
}
