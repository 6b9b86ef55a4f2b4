import * as React from 'react';
import { Inbox, type LucideIcon } from 'lucide-react';
import { cn } from '@/lib/utils';

export type EmptyStateProps = Omit<React.ComponentProps<'div'>, 'title'> & {
  title: React.ReactNode;
  description?: React.ReactNode;
  icon?: LucideIcon;
  /** Usually one primary Button ("Add customer") or a link to the next step. */
  action?: React.ReactNode;
  /** Compact variant for use inside tables and cards. */
  size?: 'default' | 'sm';
};

/** What a list or panel shows when there is nothing to show: say why, and offer the next step. */
export function EmptyState({ title, description, icon: Icon = Inbox, action, size = 'default', className, ...props }: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      data-testid="empty-state"
      className={cn('flex flex-col items-center justify-center gap-2 text-center', size === 'default' ? 'px-6 py-12' : 'px-4 py-8', className)}
      {...props}
    >
      <div className="flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground" aria-hidden>
        <Icon className="size-5" />
      </div>
      <p className="text-sm font-medium text-foreground">{title}</p>
      {description ? <p className="max-w-sm text-sm text-muted-foreground">{description}</p> : null}
      {action ? <div className="mt-2 flex items-center gap-2">{action}</div> : null}
    </div>
  );
}
