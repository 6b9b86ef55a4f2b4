'use client';

import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { brandCssVars } from '@/components/theme/brand';
import { Button } from '@/components/ui/button';
import { Tooltip, TooltipContent, TooltipTrigger } from '@/components/ui/tooltip';
import { activeNav, moduleHref, type PortalNav } from '@/lib/navigation/types';
import { cn } from '@/lib/utils';
import { brandLogoSrc, PLATFORM_BRAND } from './brand-metadata';
import { GlobalHeader, type ShellUser } from './global-header';
import { NavIcon } from './nav-icon';

export type ShellBrand = { name: string; logoUrl: string | null; primaryColor?: string; accentColor?: string; tenantHost: boolean };

const COLLAPSE_KEY = 'didtron.sidebar.collapsed';

/**
 * The VitalPBX-style frame shared by every portal: primary icon sidebar (modules) -> secondary
 * sidebar (the active module's pages) -> content, under a global header.
 */
export function PortalShell({ nav, brand, user, banner, children }: { nav: PortalNav; brand: ShellBrand; user: ShellUser | null; banner?: ReactNode; children: ReactNode }) {
  const pathname = usePathname();
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    // Restored after mount so that server and client render the same markup first.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCollapsed(window.localStorage.getItem(COLLAPSE_KEY) === '1');
  }, []);
  const toggle = () => {
    setCollapsed((c) => {
      window.localStorage.setItem(COLLAPSE_KEY, c ? '0' : '1');
      return !c;
    });
  };
  const { mod: activeModule, item: activeItem } = activeNav(nav, pathname);
  // Reseller colours, adapted for contrast in light and dark mode.
  const brandStyle: CSSProperties | undefined = brand.tenantHost && brand.primaryColor ? brandCssVars(brand.primaryColor, brand.accentColor) : undefined;

  return (
    <div data-portal={nav.portal} data-brand={brandStyle ? '' : undefined} style={brandStyle} className="flex h-dvh flex-col overflow-hidden">
      {banner}
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2">
        Skip to content
      </a>
      <div className="flex min-h-0 flex-1">
        <nav aria-label="Modules" data-testid="primary-sidebar" className="flex w-14 shrink-0 flex-col items-center gap-1 border-r border-border bg-sidebar py-3">
          <Link href={nav.modules[0] ? moduleHref(nav.modules[0]) : '/'} className="mb-3 block" data-testid="brand-home" aria-label={`${brand.name} home`}>
            {/* eslint-disable-next-line @next/next/no-img-element -- tenant logos are arbitrary URLs */}
            <img src={brandLogoSrc({ name: brand.name, logoUrl: brand.logoUrl, primaryColor: brand.primaryColor ?? PLATFORM_BRAND.primaryColor })} alt="" width={32} height={32} className="size-8 rounded-md" />
          </Link>
          {nav.modules.map((m) => {
            const active = m.key === activeModule?.key;
            return (
              <Tooltip key={m.key}>
                <TooltipTrigger asChild>
                  <Link
                    href={moduleHref(m)}
                    aria-label={m.label}
                    aria-current={active ? 'page' : undefined}
                    data-testid={`module-${m.key}`}
                    className={cn(
                      'flex size-10 items-center justify-center rounded-md text-sidebar-foreground/80 hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                      active && 'bg-sidebar-accent text-primary',
                    )}
                  >
                    <NavIcon name={m.icon} className="size-5" />
                  </Link>
                </TooltipTrigger>
                <TooltipContent side="right">{m.label}</TooltipContent>
              </Tooltip>
            );
          })}
        </nav>
        {activeModule && (
          <nav
            aria-label={activeModule.label}
            data-testid="secondary-sidebar"
            data-collapsed={collapsed}
            className={cn('shrink-0 border-r border-border bg-sidebar/60 transition-[width]', collapsed ? 'w-0 overflow-hidden' : 'w-52')}
          >
            <div className="px-4 pb-2 pt-4 text-xs font-semibold uppercase tracking-wide text-muted-foreground">{activeModule.label}</div>
            <ul className="space-y-0.5 px-2">
              {activeModule.items.map((item) => (
                <li key={item.key}>
                  <Link
                    href={item.href}
                    aria-current={item.key === activeItem?.key ? 'page' : undefined}
                    data-testid={`nav-${item.key}`}
                    className={cn(
                      'block rounded-md px-3 py-1.5 text-sm hover:bg-sidebar-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                      item.key === activeItem?.key ? 'bg-sidebar-accent font-medium text-foreground' : 'text-muted-foreground',
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="flex min-w-0 flex-1 flex-col">
          <GlobalHeader
            nav={nav}
            brandName={brand.name}
            user={user}
            sidebarToggle={
              activeModule ? (
                <Button variant="ghost" size="icon" onClick={toggle} aria-label={collapsed ? 'Expand sidebar' : 'Collapse sidebar'} aria-expanded={!collapsed} data-testid="sidebar-toggle">
                  {collapsed ? <PanelLeftOpen className="size-4" /> : <PanelLeftClose className="size-4" />}
                </Button>
              ) : null
            }
          />
          <main id="main" className="min-h-0 flex-1 overflow-y-auto pb-16">
            {children}
          </main>
        </div>
      </div>
    </div>
  );
}
