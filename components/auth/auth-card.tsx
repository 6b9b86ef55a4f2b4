import type { ReactNode } from 'react';

/** The frame of every auth page: one card, one h1, the form, then secondary links. */
export function AuthCard({ title, description, children, footer, testId }: { title: string; description?: ReactNode; children?: ReactNode; footer?: ReactNode; testId?: string }) {
  return (
    <section aria-labelledby="auth-title" className="w-full max-w-md rounded-lg border border-border bg-card p-8" data-testid={testId}>
      <h1 id="auth-title" className="text-xl font-semibold">
        {title}
      </h1>
      {description ? <div className="mt-2 text-sm text-muted-foreground">{description}</div> : null}
      {children ? <div className="mt-6">{children}</div> : null}
      {footer ? <div className="mt-6 space-y-1 text-sm text-muted-foreground">{footer}</div> : null}
    </section>
  );
}

/** A form-level message: errors are announced (role="alert"), confirmations politely (role="status"). */
export function FormAlert({ kind = 'error', children, testId }: { kind?: 'error' | 'success'; children: ReactNode; testId?: string }) {
  return (
    <p
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid={testId ?? (kind === 'error' ? 'form-error' : 'form-success')}
      className={kind === 'error' ? 'rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive' : 'rounded-md border border-border bg-muted px-3 py-2 text-sm'}
    >
      {children}
    </p>
  );
}
