CREATE TABLE "cron_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_type" text NOT NULL,
	"slot" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"outcome" text NOT NULL,
	"job_id" integer,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demo_job_items" (
	"job_key" text NOT NULL,
	"item_no" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demo_job_items_pkey" PRIMARY KEY("job_key","item_no")
);
--> statement-breakpoint
CREATE TABLE "job_meta" (
	"job_id" integer PRIMARY KEY NOT NULL,
	"idempotency_key" text,
	"progress_done" integer,
	"progress_total" integer,
	"progress_message" text,
	"last_duration_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_meta_progress_sane" CHECK ("job_meta"."progress_done" is null or "job_meta"."progress_done" >= 0)
);
--> statement-breakpoint
CREATE INDEX "cron_runs_type_time_idx" ON "cron_runs" USING btree ("job_type","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "job_meta_idempotency_key" ON "job_meta" USING btree ("idempotency_key");--> statement-breakpoint
-- job_queue belongs to DataQueue (0005_dataqueue) and is not a drizzle table, so these references
-- and our query indexes on it are written here by hand.
ALTER TABLE "job_meta" ADD CONSTRAINT "job_meta_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "job_queue"("id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "cron_runs" ADD CONSTRAINT "cron_runs_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "job_queue"("id") ON DELETE SET NULL;
--> statement-breakpoint
-- The jobs list filtered by type, newest first (keyset on id).
CREATE INDEX "job_queue_type_id_idx" ON "job_queue" ("job_type", "id");
--> statement-breakpoint
-- The reclaim sweep: running jobs whose heartbeat (locked_at) is older than the lock timeout.
CREATE INDEX "job_queue_processing_locked_idx" ON "job_queue" ("locked_at") WHERE status = 'processing';
