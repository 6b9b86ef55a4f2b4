CREATE TABLE "integration_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"integration" text NOT NULL,
	"operation" text NOT NULL,
	"ok" boolean NOT NULL,
	"latency_ms" integer NOT NULL,
	"error" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "integration_calls_integration_time_idx" ON "integration_calls" USING btree ("integration","occurred_at");--> statement-breakpoint
CREATE INDEX "integration_calls_occurred_brin" ON "integration_calls" USING brin ("occurred_at");