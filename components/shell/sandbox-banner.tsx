import { config, fakesInUse } from '@/lib/config';

/**
 * Shown on every portal whenever the app runs in sandbox mode or talks to a local fake server. On
 * prerendered pages (marketing, docs) it is rendered at build time: scripts/start.ts rebuilds when
 * the configuration the pages show differs from the build's (scripts/launcher/build-config.ts).
 */
export function SandboxBanner() {
  const fakes = fakesInUse();
  if (!config().isSandbox && fakes.length === 0) return null;
  return (
    <div role="status" data-testid="sandbox-banner" className="bg-amber-100 px-4 py-1 text-center text-xs font-medium text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      Sandbox: demo data{fakes.length ? `, local fake services (${fakes.join(', ')})` : ''}. No real calls, payments or emails.
    </div>
  );
}
