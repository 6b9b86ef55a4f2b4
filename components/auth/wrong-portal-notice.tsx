import { DoorOpen } from 'lucide-react';
import { buttonVariants } from '@/components/ui/button';
import type { PortalRefusal } from '@/lib/auth/portal-access';

/**
 * What a session of another portal's account sees on this portal (one made before a role change;
 * sign-in refuses such accounts outright): why, and a link to its own portal. The user menu still
 * offers sign-out.
 */
export function WrongPortalNotice({ refusal }: { refusal: Pick<PortalRefusal, 'message' | 'portalName' | 'portalUrl'> }) {
  return (
    <div className="flex h-full items-center justify-center p-6">
      <section aria-labelledby="wrong-portal-title" className="w-full max-w-md rounded-lg border border-border bg-card p-8 text-center" data-testid="wrong-portal-page">
        <DoorOpen className="mx-auto size-8 text-primary" aria-hidden />
        <h1 id="wrong-portal-title" className="mt-4 text-xl font-semibold">
          Not your portal
        </h1>
        <p className="mt-2 text-sm text-muted-foreground" data-testid="wrong-portal">
          {refusal.message}
        </p>
        <a href={refusal.portalUrl} className={buttonVariants({ size: 'lg', className: 'mt-6' })} data-testid="wrong-portal-link">
          Go to {refusal.portalName}
        </a>
      </section>
    </div>
  );
}
