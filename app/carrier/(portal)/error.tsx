'use client';

import { ErrorState } from '@/components/ui/error-state';

/** A page of the carrier portal failed to load: say so and offer to try again. */
export default function CarrierError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorState title="This page could not be loaded" message="Try again in a moment. If it keeps failing, contact support." onRetry={reset} />;
}
