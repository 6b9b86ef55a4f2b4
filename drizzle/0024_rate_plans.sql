CREATE TABLE "rate_plan_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"version_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"destination" text NOT NULL,
	"rate_micro" bigint NOT NULL,
	"connection_fee_micro" bigint DEFAULT 0 NOT NULL,
	"initial_increment" integer DEFAULT 60 NOT NULL,
	"subsequent_increment" integer DEFAULT 60 NOT NULL,
	"minimum_charge_micro" bigint DEFAULT 0 NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"effective_to" timestamp with time zone,
	"blocked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_plan_rows_version_prefix_from_key" UNIQUE("version_id","prefix","effective_from"),
	CONSTRAINT "rate_plan_rows_prefix_format" CHECK ("rate_plan_rows"."prefix" ~ '^[0-9]{1,15}$'),
	CONSTRAINT "rate_plan_rows_destination_length" CHECK (char_length("rate_plan_rows"."destination") between 1 and 200),
	CONSTRAINT "rate_plan_rows_money_range" CHECK ("rate_plan_rows"."rate_micro" between 0 and 1000000000000 and "rate_plan_rows"."connection_fee_micro" between 0 and 1000000000000 and "rate_plan_rows"."minimum_charge_micro" between 0 and 1000000000000),
	CONSTRAINT "rate_plan_rows_increments" CHECK ("rate_plan_rows"."initial_increment" between 1 and 3600 and "rate_plan_rows"."subsequent_increment" between 1 and 3600),
	CONSTRAINT "rate_plan_rows_effective_order" CHECK ("rate_plan_rows"."effective_to" is null or "rate_plan_rows"."effective_from" < "rate_plan_rows"."effective_to")
);
--> statement-breakpoint
CREATE TABLE "rate_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_plan_versions_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "rate_plan_versions_status_valid" CHECK ("rate_plan_versions"."status" in ('draft', 'published', 'superseded')),
	CONSTRAINT "rate_plan_versions_number_range" CHECK ("rate_plan_versions"."number" between 1 and 1000000),
	CONSTRAINT "rate_plan_versions_published_at" CHECK (("rate_plan_versions"."status" = 'draft') = ("rate_plan_versions"."published_at" is null)),
	CONSTRAINT "rate_plan_versions_notes_length" CHECK (char_length("rate_plan_versions"."notes") <= 4000)
);
--> statement-breakpoint
CREATE TABLE "rate_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"currency" text NOT NULL,
	"precision" integer DEFAULT 4 NOT NULL,
	"rounding" text DEFAULT 'up' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_plans_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "rate_plans_name_length" CHECK (char_length("rate_plans"."name") between 1 and 120),
	CONSTRAINT "rate_plans_kind_valid" CHECK ("rate_plans"."kind" in ('sell', 'buy')),
	CONSTRAINT "rate_plans_currency_format" CHECK ("rate_plans"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "rate_plans_precision_range" CHECK ("rate_plans"."precision" between 0 and 6),
	CONSTRAINT "rate_plans_rounding_valid" CHECK ("rate_plans"."rounding" in ('up', 'down', 'half_up', 'half_even')),
	CONSTRAINT "rate_plans_description_length" CHECK (char_length("rate_plans"."description") <= 4000)
);
--> statement-breakpoint
ALTER TABLE "rate_plan_rows" ADD CONSTRAINT "rate_plan_rows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_plan_rows" ADD CONSTRAINT "rate_plan_rows_version_fk" FOREIGN KEY ("tenant_id","version_id") REFERENCES "public"."rate_plan_versions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_plan_versions" ADD CONSTRAINT "rate_plan_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_plan_versions" ADD CONSTRAINT "rate_plan_versions_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."rate_plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_plans" ADD CONSTRAINT "rate_plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_plan_rows_prefix_idx" ON "rate_plan_rows" USING btree ("version_id","prefix" text_pattern_ops,"effective_from");--> statement-breakpoint
CREATE INDEX "rate_plan_rows_destination_trgm" ON "rate_plan_rows" USING gin (lower("destination") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "rate_plan_versions_plan_number_key" ON "rate_plan_versions" USING btree ("plan_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "rate_plan_versions_one_draft" ON "rate_plan_versions" USING btree ("plan_id") WHERE status = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "rate_plan_versions_one_published" ON "rate_plan_versions" USING btree ("plan_id") WHERE status = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "rate_plans_tenant_name_key" ON "rate_plans" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE INDEX "rate_plans_name_idx" ON "rate_plans" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "rate_plans_created_idx" ON "rate_plans" USING btree ("created_at","id");