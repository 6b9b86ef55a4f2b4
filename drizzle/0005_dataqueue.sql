-- DataQueue (@nicnocquee/dataqueue 1.24.0) schema: the "Up Migration" parts of the package's own
-- migrations/ folder, in its order, copied verbatim so that job_queue and job_events are exactly
-- what the library expects (its dataqueue-cli would otherwise run node-pg-migrate beside drizzle).
-- A DataQueue upgrade that adds migrations gets a new custom migration with the new parts.

-- 1751131910823_initial.sql
CREATE TABLE IF NOT EXISTS job_queue (
  id SERIAL PRIMARY KEY,
  job_type VARCHAR(255) NOT NULL,
  payload JSONB NOT NULL,
  status VARCHAR(50) DEFAULT 'pending',
  created_at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,
  locked_at TIMESTAMPTZ,
  locked_by VARCHAR(255),
  attempts INT DEFAULT 0,
  max_attempts INT DEFAULT 3,
  next_attempt_at TIMESTAMPTZ,
  priority INT DEFAULT 0,
  run_at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,
  pending_reason TEXT,
  error_history JSONB DEFAULT '[]'::jsonb
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS idx_job_queue_status ON job_queue(status);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS idx_job_queue_next_attempt ON job_queue(next_attempt_at);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS idx_job_queue_run_at ON job_queue(run_at);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS idx_job_queue_priority ON job_queue(priority);
--> statement-breakpoint
-- 1751131910825_add_timeout_seconds_to_job_queue.sql
ALTER TABLE job_queue ADD COLUMN timeout_ms INT;
--> statement-breakpoint
ALTER TABLE job_queue ADD COLUMN failure_reason VARCHAR;
--> statement-breakpoint
-- 1751186053000_add_job_events_table.sql
CREATE TABLE IF NOT EXISTS job_events (
  id SERIAL PRIMARY KEY,
  job_id INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  created_at TIMESTAMPTZ DEFAULT NOW(),
  metadata JSONB
);
--> statement-breakpoint
ALTER TABLE job_events ADD CONSTRAINT fk_job_events_job_queue FOREIGN KEY (job_id) REFERENCES job_queue(id) ON DELETE CASCADE;
--> statement-breakpoint
CREATE INDEX idx_job_events_job_id ON job_events(job_id);
--> statement-breakpoint
CREATE INDEX idx_job_events_event_type ON job_events(event_type);
--> statement-breakpoint
ALTER TABLE job_queue ADD COLUMN completed_at TIMESTAMPTZ;
--> statement-breakpoint
ALTER TABLE job_queue ADD COLUMN started_at TIMESTAMPTZ;
--> statement-breakpoint
ALTER TABLE job_queue ADD COLUMN last_retried_at TIMESTAMPTZ;
--> statement-breakpoint
ALTER TABLE job_queue ADD COLUMN last_failed_at TIMESTAMPTZ;
--> statement-breakpoint
ALTER TABLE job_queue ADD COLUMN last_cancelled_at TIMESTAMPTZ;
--> statement-breakpoint
-- 1751984773000_add_tags_to_job_queue.sql
ALTER TABLE job_queue ADD COLUMN tags TEXT[];
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS idx_job_queue_tags ON job_queue USING GIN (tags);
--> statement-breakpoint
-- 1765809419000_add_force_kill_on_timeout_to_job_queue.sql
ALTER TABLE job_queue ADD COLUMN force_kill_on_timeout BOOLEAN DEFAULT FALSE;
