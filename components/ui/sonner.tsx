'use client';

import { useTheme } from 'next-themes';
import type { CSSProperties } from 'react';
import { Toaster as Sonner, type ToasterProps } from 'sonner';

/** Toasts stack above the fixed action dock (bottom right), so they never cover its buttons. */
const ABOVE_DOCK = { bottom: 'calc(var(--action-dock-height) + 1rem)', right: '1.5rem' };
const ABOVE_DOCK_MOBILE = { bottom: 'calc(var(--action-dock-height) + 1rem)', right: '1rem', left: '1rem' };

/** Mounted once in <Providers>; call `toast.success(...)` etc. from 'sonner' anywhere. */
export function Toaster(props: ToasterProps) {
  const { theme = 'system' } = useTheme();
  return (
    <Sonner
      theme={theme as ToasterProps['theme']}
      className="toaster group"
      closeButton
      offset={ABOVE_DOCK}
      mobileOffset={ABOVE_DOCK_MOBILE}
      style={
        {
          '--normal-bg': 'var(--popover)',
          '--normal-text': 'var(--popover-foreground)',
          '--normal-border': 'var(--border)',
        } as CSSProperties
      }
      {...props}
    />
  );
}
