import { notFound } from 'next/navigation';

/** Any address this portal has no page for: its own not-found.tsx answers 404 inside the portal's frame. */
export default function Missing() {
  notFound();
}
