import { notFound } from 'next/navigation';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export default async function AuthHome({ params }: { params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  return (
    <section aria-labelledby="auth-title" className="w-full max-w-md rounded-lg border border-border bg-card p-8" data-testid="auth-entry">
      <h1 id="auth-title" className="text-xl font-semibold">
        Welcome to {brand.name}
      </h1>
      <p className="mt-2 text-sm text-muted-foreground">
        Create an account or sign in to manage voice, numbers and billing. Self-service accounts are opening soon; until then contact{' '}
        {brand.supportEmail ? (
          <a className="text-primary underline" href={`mailto:${brand.supportEmail}`} data-testid="auth-support-email">
            {brand.supportEmail}
          </a>
        ) : (
          'your account manager'
        )}
        .
      </p>
    </section>
  );
}
