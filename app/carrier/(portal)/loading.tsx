import { Skeleton } from '@/components/ui/skeleton';

/** While the carrier's profile loads: the page's shape, announced as busy. */
export default function CarrierLoading() {
  return (
    <div className="grid max-w-5xl gap-4 p-6 lg:grid-cols-2" aria-busy="true" aria-label="Loading" role="status" data-testid="carrier-loading">
      <Skeleton className="h-40" />
      <Skeleton className="h-40" />
      <Skeleton className="h-32 lg:col-span-2" />
    </div>
  );
}
