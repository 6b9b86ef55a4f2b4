import { connection } from 'next/server';
import { config, fakesInUse } from '@/lib/config';

/** Shown on every portal whenever the app runs in sandbox mode or talks to a local fake server. */
export async function SandboxBanner() {
  // Read at request time: the banner must reflect the running configuration, not the build's.
  await connection();
  const fakes = fakesInUse();
  if (!config().isSandbox && fakes.length === 0) return null;
  return (
    <div role="status" data-testid="sandbox-banner" className="bg-amber-100 px-4 py-1 text-center text-xs font-medium text-amber-950 dark:bg-amber-950 dark:text-amber-100">
      Sandbox: demo data{fakes.length ? `, local fake services (${fakes.join(', ')})` : ''}. No real calls, payments or emails.
    </div>
  );
}
