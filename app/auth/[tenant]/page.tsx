import { notFound } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { Button } from '@/components/ui/button';
import { authPageContext, destinationFor } from '@/lib/auth/page-context';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';

export default async function AuthHome({ params }: { params: Promise<{ tenant: string }> }) {
  const brand = await getPublicBranding((await params).tenant);
  if (!brand) notFound();
  const ctx = await authPageContext();
  return (
    <AuthCard
      testId="auth-entry"
      title={`Welcome to ${brand.name}`}
      description="Voice termination, numbers, PBX and billing in one account."
      footer={
        <p>
          Questions? Write to{' '}
          {brand.supportEmail ? (
            <a className="text-primary underline" href={`mailto:${brand.supportEmail}`} data-testid="auth-support-email">
              {brand.supportEmail}
            </a>
          ) : (
            'your account manager'
          )}
          .
        </p>
      }
    >
      {ctx.session ? (
        <div className="space-y-3">
          <p className="text-sm" data-testid="auth-signed-in-as">
            You are signed in as <strong>{ctx.session.user.email}</strong>.
          </p>
          <Button asChild className="w-full">
            <a href={destinationFor(ctx)}>Continue</a>
          </Button>
        </div>
      ) : (
        <div className="grid gap-3">
          <Button asChild className="w-full">
            <a href={ctx.pages.signUp} data-testid="auth-sign-up-link">
              Create an account
            </a>
          </Button>
          <Button asChild variant="outline" className="w-full">
            <a href={ctx.pages.signIn} data-testid="auth-sign-in-link">
              Sign in
            </a>
          </Button>
        </div>
      )}
    </AuthCard>
  );
}
