import { buttonVariants } from '@/components/ui/button';
import { LogIn } from 'lucide-react';

/**
 * The sign-in entry of a portal whose features (or identity) are not available yet. It states the
 * situation plainly instead of showing demo data.
 */
export function SignInEntry({ brandName, signInHref, note }: { brandName: string; signInHref: string | null; note?: string }) {
  return (
    <div className="flex h-full items-center justify-center p-6">
      <section aria-labelledby="sign-in-entry-title" className="w-full max-w-md rounded-lg border border-border bg-card p-8 text-center" data-testid="sign-in-entry">
        <LogIn className="mx-auto size-8 text-primary" aria-hidden />
        <h1 id="sign-in-entry-title" className="mt-4 text-xl font-semibold">
          Sign in to {brandName}
        </h1>
        <p className="mt-2 text-sm text-muted-foreground">{note ?? 'Use your account to reach this portal.'}</p>
        {signInHref && (
          <a
            href={signInHref}
            data-testid="sign-in-link"
            className={buttonVariants({ size: 'lg', className: 'mt-6' })}
          >
            Sign in
          </a>
        )}
      </section>
    </div>
  );
}
