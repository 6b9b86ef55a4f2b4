'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

/**
 * Shown on every page of the customer portal while a super admin acts as a customer (or when the
 * impersonation has ended but its cookie remains). Ending clears the cookie and renders the portal
 * again from the server, now without the impersonated user.
 */
export function ImpersonationBanner({ user, endsAt }: { user: { name: string; email: string } | null; endsAt?: string }) {
  const router = useRouter();
  const [ending, setEnding] = useState(false);
  const end = async () => {
    setEnding(true);
    try {
      await fetch('/api/impersonation/end', { method: 'POST', credentials: 'same-origin' });
    } finally {
      router.refresh();
      setEnding(false);
    }
  };
  return (
    <div role="status" data-testid="impersonation-banner" className="flex flex-wrap items-center justify-center gap-x-3 gap-y-1 bg-red-700 px-4 py-1.5 text-center text-sm font-medium text-white">
      {user ? (
        <span>
          You are acting as <strong data-testid="impersonation-user">{user.name}</strong> {`(${user.email})`}
          {endsAt ? <span className="font-normal">{` until ${new Date(endsAt).toISOString().slice(11, 16)} UTC`}</span> : null} —
        </span>
      ) : (
        <span>Your impersonation has ended.</span>
      )}
      <Button
        size="sm"
        variant="outline"
        onClick={() => void end()}
        disabled={ending}
        className="h-7 border-white bg-transparent text-white hover:bg-white hover:text-red-800 focus-visible:ring-white"
        data-testid="impersonation-end"
      >
        {user ? 'End impersonation' : 'Dismiss'}
      </Button>
    </div>
  );
}
