'use client';

import { Search } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { Input } from '@/components/ui/input';
import { useTypedBeforeHydration } from '@/components/ui/use-typed-before-hydration';
import { NotificationsBell } from '@/components/monitoring/notifications-bell';
import { PlatformStatus } from '@/components/shell/platform-status';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { can, roles, type Role } from '@/lib/auth/permissions';
import type { PortalNav } from '@/lib/navigation/types';

/** The signed-in user as the shell shows it; the links are where this host serves them. */
export type ShellUser = { name: string; email: string; role: string; isDevelopmentActor?: boolean; securityHref?: string; apiKeysHref?: string; signInHref?: string };

async function signOut(everywhere: boolean, signInHref: string) {
  // Loaded on demand: pages without a session never ship the auth client.
  const { authClient } = await import('@/lib/auth/client');
  if (everywhere) await authClient.revokeSessions();
  await authClient.signOut();
  window.location.assign(signInHref);
}

function NavSearch({ nav }: { nav: PortalNav }) {
  const router = useRouter();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(inputRef, q, (typed, focused) => {
    setQ(typed);
    setOpen(focused);
  });
  const results = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const all = nav.modules.flatMap((m) => m.items.map((i) => ({ ...i, module: m.label })));
    return needle ? all.filter((i) => `${i.module} ${i.label}`.toLowerCase().includes(needle)).slice(0, 8) : [];
  }, [q, nav]);
  return (
    <div className="relative w-full max-w-sm">
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <Input
        ref={inputRef}
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) {
            router.push(results[0].href);
            setOpen(false);
            setQ('');
          }
          if (e.key === 'Escape') setOpen(false);
        }}
        placeholder="Search pages…"
        aria-label="Search pages"
        data-testid="global-search"
        className="h-8 pl-8"
      />
      {open && q && (
        <ul role="listbox" aria-label="Search results" className="absolute z-40 mt-1 w-full rounded-md border border-border bg-popover p-1 text-sm shadow-md">
          {results.length === 0 && <li className="px-2 py-1.5 text-muted-foreground">No matching pages</li>}
          {results.map((r) => (
            <li key={r.href} role="option" aria-selected={false}>
              <button
                type="button"
                className="w-full rounded px-2 py-1.5 text-left hover:bg-accent"
                data-testid={`search-result-${r.key}`}
                onClick={() => {
                  router.push(r.href);
                  setOpen(false);
                  setQ('');
                }}
              >
                {r.label} <span className="text-muted-foreground">· {r.module}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function GlobalHeader({ nav, brandName, user, sidebarToggle }: { nav: PortalNav; brandName: string; user: ShellUser | null; sidebarToggle: ReactNode }) {
  // Staff who may open System Status get its alerts, its named status and a link to it.
  const seesSystemStatus = nav.portal === 'admin' && !!user && (roles as readonly string[]).includes(user.role) && can(user.role as Role, 'system.read');
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-border px-3">
      {sidebarToggle}
      <span className="hidden text-sm font-semibold md:inline">{brandName}</span>
      <div className="flex flex-1 justify-center">{nav.modules.length > 0 && <NavSearch nav={nav} />}</div>
      <PlatformStatus staff={seesSystemStatus} />
      <NotificationsBell enabled={seesSystemStatus} />
      <ThemeToggle />
      {user && (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" size="sm" data-testid="user-menu" aria-label={`Account: ${user.name}`}>
              <span className="flex size-6 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground" aria-hidden>
                {user.name.slice(0, 1)}
              </span>
              <span className="hidden max-w-32 truncate md:inline">{user.name}</span>
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end" className="w-60">
            <DropdownMenuLabel>
              <span className="block truncate">{user.name}</span>
              <span className="block truncate text-xs font-normal text-muted-foreground">{user.email}</span>
            </DropdownMenuLabel>
            <DropdownMenuSeparator />
            <DropdownMenuItem disabled data-testid="user-role">
              Role: {user.role.replace('_', ' ')}
            </DropdownMenuItem>
            {user.isDevelopmentActor && (
              <DropdownMenuItem disabled data-testid="user-dev-actor">
                Sandbox development actor
              </DropdownMenuItem>
            )}
            {user.securityHref && (
              <DropdownMenuItem asChild data-testid="user-security">
                <a href={user.securityHref}>Security settings</a>
              </DropdownMenuItem>
            )}
            {user.apiKeysHref && (
              <DropdownMenuItem asChild data-testid="user-api-keys">
                <a href={user.apiKeysHref}>API keys</a>
              </DropdownMenuItem>
            )}
            {user.signInHref && (
              <>
                <DropdownMenuSeparator />
                <DropdownMenuItem onSelect={() => void signOut(false, user.signInHref!)} data-testid="user-sign-out">
                  Sign out
                </DropdownMenuItem>
                <DropdownMenuItem onSelect={() => void signOut(true, user.signInHref!)} data-testid="user-sign-out-everywhere">
                  Sign out of all devices
                </DropdownMenuItem>
              </>
            )}
          </DropdownMenuContent>
        </DropdownMenu>
      )}
    </header>
  );
}
