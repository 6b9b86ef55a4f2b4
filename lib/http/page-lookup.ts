import { notFound } from 'next/navigation';
import { NotFoundError, ValidationError } from '@/lib/errors';

/**
 * For detail pages: runs the service that loads the record on the server, so an unknown id (the
 * service's NotFoundError) or a malformed one (its ValidationError) answers HTTP 404 with the
 * not-found page instead of a 200 shell whose client query then fails. Other errors propagate.
 */
export async function loadOrNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ValidationError) notFound();
    throw error;
  }
}
