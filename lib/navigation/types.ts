import type { Permission } from '@/lib/auth/permissions';

/** Icon names the shell knows how to draw (lucide); data, so the registry stays serialisable. */
export const navIcons = ['building', 'globe', 'users', 'scroll', 'activity', 'briefcase', 'plug', 'server', 'phone', 'book', 'coins'] as const;
export type NavIcon = (typeof navIcons)[number];

export type NavItem = { key: string; label: string; href: string; permission: Permission };

/**
 * A primary-sidebar module. It has no route of its own: clicking it opens its first item, so there
 * are no placeholder overview pages (moduleHref()).
 */
export type NavModule = { key: string; label: string; icon: NavIcon; items: [NavItem, ...NavItem[]] };

export type PortalNav = { portal: 'admin' | 'customer' | 'carrier'; segment: string; modules: NavModule[] };

export function moduleHref(mod: NavModule): string {
  return mod.items[0].href;
}

/** The module and item that own a pathname (longest matching href wins). */
export function activeNav(nav: PortalNav, pathname: string): { mod?: NavModule; item?: NavItem } {
  let best: { mod?: NavModule; item?: NavItem } = {};
  let bestLength = -1;
  for (const mod of nav.modules) {
    for (const item of mod.items) {
      const match = pathname === item.href || pathname.startsWith(`${item.href}/`);
      if (match && item.href.length > bestLength) {
        best = { mod, item };
        bestLength = item.href.length;
      }
    }
  }
  return best;
}

/** The navigation a role may use: items it lacks the permission for, and modules left empty, are hidden. */
export function navForRole(nav: PortalNav, can: (permission: Permission) => boolean): PortalNav {
  const modules = nav.modules.flatMap((m) => {
    const items = m.items.filter((i) => can(i.permission));
    return items.length ? [{ ...m, items: items as [NavItem, ...NavItem[]] }] : [];
  });
  return { ...nav, modules };
}
