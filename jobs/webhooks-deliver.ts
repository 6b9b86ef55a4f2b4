import { deliverWebhookAttempt } from '@/lib/webhooks/deliver';
import { webhooksDeliverJob } from '@/lib/webhooks/jobs';
import { bindJob } from './define';

export const webhooksDeliver = bindJob(webhooksDeliverJob, async (payload) => deliverWebhookAttempt(payload));
