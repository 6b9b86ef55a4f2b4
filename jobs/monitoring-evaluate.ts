import { evaluateAlerts } from '@/lib/monitoring/evaluator';
import { monitoringEvaluateJob } from '@/lib/monitoring/jobs';
import { bindJob } from './define';

export const monitoringEvaluate = bindJob(monitoringEvaluateJob, async (payload) => evaluateAlerts({ at: payload.at ? new Date(payload.at) : undefined }));
