import { collectMetrics } from '@/lib/monitoring/collector';
import { monitoringCollectJob } from '@/lib/monitoring/jobs';
import { bindJob } from './define';

export const monitoringCollect = bindJob(monitoringCollectJob, async (payload) => collectMetrics({ at: payload.at ? new Date(payload.at) : undefined }));
