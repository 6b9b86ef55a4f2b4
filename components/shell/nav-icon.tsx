import { Activity, Book, Briefcase, Building2, Coins, Globe, Phone, Plug, ScrollText, Server, Users, type LucideIcon } from 'lucide-react';
import type { NavIcon as NavIconName } from '@/lib/navigation/types';

const icons: Record<NavIconName, LucideIcon> = {
  building: Building2,
  globe: Globe,
  users: Users,
  scroll: ScrollText,
  activity: Activity,
  briefcase: Briefcase,
  plug: Plug,
  server: Server,
  phone: Phone,
  book: Book,
  coins: Coins,
};

export function NavIcon({ name, className }: { name: NavIconName; className?: string }) {
  const Icon = icons[name];
  return <Icon className={className} aria-hidden />;
}
