import type { ReactNode } from 'react';

/**
 * Full-page message for 401 / 403 / 404, readable on any host. Inside a portal's frame (which has
 * its own <main>) pass `inFrame` so it renders as a section, not a second main landmark.
 */
export function StatusPage({ code, title, children, action, inFrame = false }: { code: number; title: string; children?: ReactNode; action?: ReactNode; inFrame?: boolean }) {
  const Tag = inFrame ? 'section' : 'main';
  return (
    <Tag id={inFrame ? undefined : 'main'} aria-labelledby="status-title" data-testid={`status-${code}`} className={inFrame ? 'flex flex-1 items-center justify-center px-6 py-16' : 'flex min-h-dvh items-center justify-center p-6'}>
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-primary">{code}</p>
        <h1 id="status-title" className="mt-2 text-2xl font-semibold tracking-tight" data-testid="status-title">
          {title}
        </h1>
        {children && <div className="mt-3 text-sm text-muted-foreground">{children}</div>}
        {action && <div className="mt-6 flex justify-center">{action}</div>}
      </div>
    </Tag>
  );
}
