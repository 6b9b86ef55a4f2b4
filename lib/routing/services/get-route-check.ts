import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { routingScope } from '../access';
import { idInputSchema } from '../schemas';
import { routeCheckView } from '../views';
import { loadRouteCheck } from './load';

/** One route table check: status, progress (done of total prefixes) and its counts. */
export async function getRouteCheck({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }) {
  const scope = await routingScope(ctx, 'class4.read');
  const { id } = parseInput(idInputSchema, input);
  return scope.run(async (tx) => routeCheckView(await loadRouteCheck(tx, id)));
}
