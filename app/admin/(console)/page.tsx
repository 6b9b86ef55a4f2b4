import { redirect } from 'next/navigation';
import { adminNav } from '@/lib/navigation/admin';
import { moduleHref } from '@/lib/navigation/types';

// No overview page: the portal opens on its first module's first page.
export default function AdminHome() {
  redirect(moduleHref(adminNav.modules[0]!));
}
