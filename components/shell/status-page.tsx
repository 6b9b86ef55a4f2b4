import type { ReactNode } from 'react';

/** Full-page message for 401 / 403 / 404, readable on any host. */
export function StatusPage({ code, title, children }: { code: number; title: string; children?: ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center p-6">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-primary">{code}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight" data-testid="status-title">
          {title}
        </h1>
        {children && <div className="mt-3 text-sm text-muted-foreground">{children}</div>}
      </div>
    </main>
  );
}
