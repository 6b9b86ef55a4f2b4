import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { renderCtx } from '@/lib/http/page-context';
import { moduleAccessOf, type ModuleAccess } from './access';
import type { PortalModuleKey } from './modules';

/** The signed-in user's module access, once per server render (the layout's menu and the page share it). */
export const renderModuleAccess = cache(async (): Promise<ModuleAccess> => {
  try {
    return await moduleAccessOf(await renderCtx());
  } catch {
    // Not signed in (or refused by the context): no customer module.
    return { placement: null, enabled: new Set(), resolved: new Map() };
  }
});

/** For a module's pages: the 404 page unless the account sees the module (exactly like a page that does not exist). */
export async function requireModulePage(key: PortalModuleKey) {
  const access = await renderModuleAccess();
  if (!access.placement || !access.enabled.has(key)) notFound();
  return access;
}
