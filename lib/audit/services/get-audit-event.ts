import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditEvents, tenants } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { auditActor, auditImpersonator, auditListColumns } from './list-audit-events';
import { auditScope } from './scope';

/** One audit event with its before and after documents. */
export async function getAuditEvent({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const run = auditScope(ctx);
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  return run(async (tx) => {
    const [event] = await tx
      .select({ ...auditListColumns, before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .innerJoin(tenants, eq(tenants.id, auditEvents.tenantId))
      .leftJoin(auditActor, eq(auditActor.id, auditEvents.actorId))
      .leftJoin(auditImpersonator, eq(auditImpersonator.id, auditEvents.impersonatorId))
      .where(eq(auditEvents.id, id));
    if (!event) throw new NotFoundError('Audit event not found');
    return event;
  });
}
