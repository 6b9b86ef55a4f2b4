CREATE TABLE "sync_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text DEFAULT 'pull' NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"examined" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"conflicts" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "sync_runs_kind_check" CHECK ("sync_runs"."kind" in ('pull')),
	CONSTRAINT "sync_runs_status_check" CHECK ("sync_runs"."status" in ('running', 'succeeded', 'failed')),
	CONSTRAINT "sync_runs_error_length" CHECK (char_length("sync_runs"."error") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "sync_items" ADD COLUMN "base_value" jsonb;--> statement-breakpoint
ALTER TABLE "sync_items" ADD COLUMN "conflict_kind" text;--> statement-breakpoint
CREATE INDEX "sync_runs_started_idx" ON "sync_runs" USING btree ("started_at","id");--> statement-breakpoint
ALTER TABLE "sync_items" ADD CONSTRAINT "sync_items_conflict_kind_check" CHECK ("sync_items"."conflict_kind" is null or "sync_items"."conflict_kind" in ('changed_remotely', 'changed_on_both_sides', 'deleted_remotely'));