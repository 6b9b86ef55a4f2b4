-- The seed service-level budgets of System Status (lib/monitoring). Reference data, so it ships
-- with the schema: every database (sandbox, tests, production) has them. ON CONFLICT keeps any
-- threshold an operator has tuned since.
INSERT INTO "slo_budgets" ("key", "label", "description", "metric", "series", "comparator", "aggregation", "warn_threshold", "critical_threshold", "unit", "window_minutes", "sustained_minutes", "sort_order") VALUES
  ('api.list.p95', 'API list p95', 'List endpoints (route keys ending in .list): 95th percentile response time over 5 minutes. Budget 120 ms; critical at twice the budget.', 'api.p95_ms', 'kind=list', 'gt', 'p95', 120, 240, 'ms', 5, 0, 10),
  ('api.detail.p95', 'API detail p95', 'Detail endpoints (route keys ending in .get): 95th percentile response time over 5 minutes. Budget 180 ms; critical at twice the budget.', 'api.p95_ms', 'kind=detail', 'gt', 'p95', 180, 360, 'ms', 5, 0, 20),
  ('db.query.p95', 'Database p95', 'Round trip of the collector''s probe queries: 95th percentile over 5 minutes. Budget 60 ms; critical at twice the budget.', 'db.latency_ms', '', 'gt', 'p95', 60, 120, 'ms', 5, 0, 30),
  ('redis.p95', 'Redis p95', 'Redis PING round trip: 95th percentile over 5 minutes. Warning above 30 ms.', 'redis.latency_ms', '', 'gt', 'p95', 30, NULL, 'ms', 5, 0, 40),
  ('r2.p95', 'R2 p95', 'Object storage probe (HeadBucket) through the integration wrapper: 95th percentile over 15 minutes. Warning above 300 ms.', 'r2.latency_ms', '', 'gt', 'p95', 300, NULL, 'ms', 15, 0, 50),
  ('jobs.stuck', 'Stuck jobs', 'Age of the oldest heartbeat of a running job: warning at 3 minutes, critical at 10 (the reclaim should have returned it to the queue after JOB_LOCK_TIMEOUT_MS).', 'jobs.stuck_max_age_minutes', '', 'gte', 'latest', 3, 10, 'min', 5, 0, 60),
  ('jobs.backlog', 'Job backlog', 'Runnable jobs waiting for a worker: warning when above 500 for 15 minutes in a row.', 'jobs.backlog', '', 'gt', 'max', 500, NULL, 'jobs', 15, 15, 70)
ON CONFLICT ("key") DO NOTHING;
