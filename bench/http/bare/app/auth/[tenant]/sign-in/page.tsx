import { Content } from '../../../content';

/** Rendered on first visit per tenant, then served from the cache (as the app's sign-in page). */
export function generateStaticParams() {
  return [];
}

export default async function SignIn({ params }: { params: Promise<{ tenant: string }> }) {
  return <Content title={`Sign in to ${(await params).tenant}`} items={20} />;
}
