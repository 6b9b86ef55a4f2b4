'use client';

import * as React from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ThemeProvider } from 'next-themes';
import { Toaster } from '@/components/ui/sonner';
import { TooltipProvider } from '@/components/ui/tooltip';
import { shouldRetryQuery } from '@/lib/query-retry';
import { THEME_PROVIDER_PROPS } from '@/lib/http/theme-script';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Lists are refreshed explicitly (Refresh button, auto-refresh toggle) rather than on every focus.
        staleTime: 30_000,
        // Never a 4xx (a 404 shows at once), network errors and 5xx at most twice.
        retry: shouldRetryQuery,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: 0 },
    },
  });
}

/**
 * Client-side providers for every portal's root layout. The QueryClient lives in state so that
 * each browser session has exactly one and a server render never shares one between requests.
 * The theme script carries no nonce: the policy allows it by hash (lib/http/theme-script.ts).
 */
export function Providers({ children }: { children: React.ReactNode }) {
  const [queryClient] = React.useState(makeQueryClient);
  return (
    <ThemeProvider {...THEME_PROVIDER_PROPS}>
      <QueryClientProvider client={queryClient}>
        <TooltipProvider>
          {children}
          <Toaster />
        </TooltipProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
