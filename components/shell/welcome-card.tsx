import { CheckCircle2 } from 'lucide-react';

/** The signed-in home of a portal whose modules have not shipped yet: says so, shows no demo data. */
export function WelcomeCard({ brandName, userName, securityHref }: { brandName: string; userName: string; securityHref: string }) {
  return (
    <div className="flex h-full items-center justify-center p-6">
      <section aria-labelledby="welcome-title" className="w-full max-w-lg rounded-lg border border-border bg-card p-8" data-testid="portal-welcome">
        <CheckCircle2 className="size-8 text-primary" aria-hidden />
        <h1 id="welcome-title" className="mt-4 text-xl font-semibold">
          Welcome to {brandName}, {userName}
        </h1>
        <p className="mt-2 text-sm text-muted-foreground">
          Your account is active. Trunks, numbers, PBX, AI agents and billing appear here as each module opens for your account.
        </p>
        <a href={securityHref} className="mt-4 inline-block text-sm font-medium text-primary underline underline-offset-4 hover:decoration-2" data-testid="welcome-security">
          Review your security settings (two-factor authentication)
        </a>
      </section>
    </div>
  );
}
