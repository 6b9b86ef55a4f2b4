'use client';

import { Menu } from 'lucide-react';
import { useRef, useState } from 'react';
import { Button, buttonVariants } from '@/components/ui/button';
import { Sheet, SheetClose, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from '@/components/ui/sheet';

export type SiteMenuLink = { key: string; label: string; href: string };

/**
 * The marketing site's navigation below the md breakpoint, where the header's links are folded
 * away: a button opening a side sheet (a Radix dialog: focus trapped inside, Escape closes, focus
 * back on the button). Choosing a link closes it and leaves focus where the link led.
 */
export function SiteMobileMenu({ links, signInHref, signUpHref }: { links: readonly SiteMenuLink[]; signInHref: string; signUpHref: string }) {
  const [open, setOpen] = useState(false);
  // After following a link, putting focus back on the button would scroll back up to the header.
  const followedLink = useRef(false);
  const follow = () => {
    followedLink.current = true;
  };
  const linkClass = 'block rounded-md px-3 py-2 text-base font-medium hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';

  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Menu" data-testid="site-menu-button">
          <Menu className="size-5" aria-hidden />
        </Button>
      </SheetTrigger>
      <SheetContent
        side="right"
        className="w-72 max-w-[85vw] p-4"
        data-testid="site-menu"
        onCloseAutoFocus={(event) => {
          if (followedLink.current) event.preventDefault();
          followedLink.current = false;
        }}
      >
        <SheetHeader className="p-0">
          <SheetTitle>Menu</SheetTitle>
          <SheetDescription className="sr-only">Pages of the DIDTron site</SheetDescription>
        </SheetHeader>
        <nav aria-label="Main">
          <ul className="grid gap-1">
            {links.map((l) => (
              <li key={l.key}>
                <SheetClose asChild>
                  <a href={l.href} onClick={follow} className={linkClass} data-testid={`site-menu-${l.key}`}>
                    {l.label}
                  </a>
                </SheetClose>
              </li>
            ))}
          </ul>
        </nav>
        <div className="mt-auto grid gap-2 border-t border-border pt-4">
          <a href={signUpHref} className={buttonVariants({ className: 'w-full' })} data-testid="site-menu-sign-up">
            Create an account
          </a>
          <a href={signInHref} className={buttonVariants({ variant: 'outline', className: 'w-full' })} data-testid="site-menu-sign-in">
            Sign in
          </a>
        </div>
      </SheetContent>
    </Sheet>
  );
}
