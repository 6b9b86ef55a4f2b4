import { pathParams, route } from '@/lib/http/route';
import { handleCronRequest } from '@/lib/jobs/cron';

// Public: the caller is authenticated by its QStash signature or the cron secret, not by a session.
export const POST = route({ key: 'cron.run', permission: 'public', params: pathParams('job') }, async ({ req, params }) => handleCronRequest(req, params.job));
