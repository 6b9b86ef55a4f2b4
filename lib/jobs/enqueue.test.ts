import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/errors';
import { enqueueJob } from './enqueue';

/** enqueueJob is typed and checked by the catalog (lib/jobs/catalog.ts), before any database access. */
describe('enqueueJob', () => {
  it("refuses a payload that fails the job type's schema, naming the field", async () => {
    const error = await enqueueJob('monitoring.prune', { metricsDays: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details).toEqual([expect.objectContaining({ path: 'payload.metricsDays' })]);
    // @ts-expect-error -- a string where the schema wants an integer is a compile error too
    await expect(enqueueJob('demo.long', { batches: 'many' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses a job type the catalog does not declare', async () => {
    // @ts-expect-error -- not a type of the catalog
    await expect(enqueueJob('billing.no-such-job', {})).rejects.toThrow('unknown job type billing.no-such-job');
  });
});
