import { monitoringPruneJob } from '@/lib/monitoring/jobs';
import { pruneMonitoringData } from '@/lib/monitoring/prune';
import { bindJob } from './define';

export const monitoringPrune = bindJob(monitoringPruneJob, async (payload) => pruneMonitoringData(payload));
