import Link from 'next/link';
import { Button } from '@/components/ui/button';

/** The way home from a 404 (`not-found-home`); no server-only import, so client components can use it too. */
export function NotFoundHome({ href, label }: { href: string; label: string }) {
  return (
    <Button asChild>
      <Link href={href} data-testid="not-found-home">
        {label}
      </Link>
    </Button>
  );
}
