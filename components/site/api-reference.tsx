'use client';

import { ApiReferenceReact } from '@scalar/api-reference-react';
import '@scalar/api-reference-react/style.css';
import { useTheme } from 'next-themes';
import { useMemo } from 'react';

/**
 * The interactive reference of /api/v1 (Scalar), reading the document the API serves on this very
 * host (same origin: the docs' Content-Security-Policy allows nothing else). Offline by
 * configuration: no web fonts, telemetry, sharing or Scalar's request proxy; it follows the site's
 * theme instead of offering its own toggle.
 */
export function ApiReference({ specUrl }: { specUrl: string }) {
  const { resolvedTheme } = useTheme();
  const configuration = useMemo(
    () => ({
      url: specUrl,
      withDefaultFonts: false,
      telemetry: false,
      showDeveloperTools: 'never' as const,
      documentDownloadType: 'json' as const,
      hideDarkModeToggle: true,
      forceDarkModeState: resolvedTheme === 'dark' ? ('dark' as const) : ('light' as const),
      darkMode: resolvedTheme === 'dark',
      defaultOpenAllTags: true,
      metaData: { title: 'API reference' },
    }),
    [specUrl, resolvedTheme],
  );
  return (
    <div data-testid="api-reference" className="min-h-[60vh]">
      <ApiReferenceReact configuration={configuration} />
    </div>
  );
}
