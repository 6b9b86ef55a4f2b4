CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"title" text NOT NULL,
	"message" text NOT NULL,
	"metric" text NOT NULL,
	"series" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"value" double precision NOT NULL,
	"threshold" double precision NOT NULL,
	"window_minutes" integer NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"emailed_severity" text,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_latency_minute" (
	"minute" timestamp with time zone NOT NULL,
	"endpoint" text NOT NULL,
	"kind" text NOT NULL,
	"requests" integer NOT NULL,
	"client_errors" integer DEFAULT 0 NOT NULL,
	"server_errors" integer DEFAULT 0 NOT NULL,
	"total_ms" double precision NOT NULL,
	"max_ms" double precision NOT NULL,
	"buckets" integer[] NOT NULL,
	CONSTRAINT "api_latency_minute_pkey" PRIMARY KEY("minute","endpoint","kind")
);
--> statement-breakpoint
CREATE TABLE "metric_snapshots" (
	"metric" text NOT NULL,
	"series" text DEFAULT '' NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	"labels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"collected_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "metric_snapshots_pkey" PRIMARY KEY("metric","series","minute")
);
--> statement-breakpoint
CREATE TABLE "notification_reads" (
	"tenant_id" uuid NOT NULL,
	"notification_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_reads_pkey" PRIMARY KEY("notification_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid,
	"audience_roles" text[],
	"severity" text DEFAULT 'info' NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"href" text,
	"source_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_audience" CHECK ("notifications"."user_id" is not null or "notifications"."audience_roles" is not null)
);
--> statement-breakpoint
CREATE TABLE "slo_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"metric" text NOT NULL,
	"series" text DEFAULT '' NOT NULL,
	"comparator" text NOT NULL,
	"aggregation" text NOT NULL,
	"warn_threshold" double precision,
	"critical_threshold" double precision,
	"unit" text NOT NULL,
	"window_minutes" integer NOT NULL,
	"sustained_minutes" integer DEFAULT 0 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "slo_budgets_threshold" CHECK ("slo_budgets"."warn_threshold" is not null or "slo_budgets"."critical_threshold" is not null),
	CONSTRAINT "slo_budgets_window" CHECK ("slo_budgets"."window_minutes" between 1 and 1440 and "slo_budgets"."sustained_minutes" between 0 and "slo_budgets"."window_minutes")
);
--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_one_active_per_key" ON "alerts" USING btree ("key") WHERE "alerts"."status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "alerts_last_seen_idx" ON "alerts" USING btree ("last_seen_at","id");--> statement-breakpoint
CREATE INDEX "alerts_status_last_seen_idx" ON "alerts" USING btree ("status","last_seen_at","id");--> statement-breakpoint
CREATE INDEX "api_latency_minute_kind_idx" ON "api_latency_minute" USING btree ("kind","minute");--> statement-breakpoint
CREATE INDEX "metric_snapshots_minute_brin" ON "metric_snapshots" USING brin ("minute");--> statement-breakpoint
CREATE INDEX "notification_reads_user_idx" ON "notification_reads" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_source_key" ON "notifications" USING btree ("tenant_id","source_key");--> statement-breakpoint
CREATE INDEX "notifications_tenant_time_idx" ON "notifications" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "slo_budgets_key" ON "slo_budgets" USING btree ("key");