CREATE TABLE "route_check_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"check_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"kind" text NOT NULL,
	"detail" text NOT NULL,
	"candidates" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "route_check_findings_key" UNIQUE("check_id","prefix","kind"),
	CONSTRAINT "route_check_findings_kind_valid" CHECK ("route_check_findings"."kind" in ('no_route', 'negative_margin', 'single_supplier'))
);
--> statement-breakpoint
CREATE TABLE "route_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"plan_id" uuid NOT NULL,
	"customer_rate_plan_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"last_prefix" text,
	"no_route" integer DEFAULT 0 NOT NULL,
	"negative_margin" integer DEFAULT 0 NOT NULL,
	"single_supplier" integer DEFAULT 0 NOT NULL,
	"job_id" bigint,
	"error" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "route_checks_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "route_checks_status_valid" CHECK ("route_checks"."status" in ('queued', 'running', 'succeeded', 'failed')),
	CONSTRAINT "route_checks_progress" CHECK ("route_checks"."done" between 0 and "route_checks"."total")
);
--> statement-breakpoint
CREATE TABLE "route_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"plan_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"method" text NOT NULL,
	"group_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "route_entries_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "route_entries_plan_prefix_key" UNIQUE("plan_id","prefix"),
	CONSTRAINT "route_entries_prefix_format" CHECK ("route_entries"."prefix" ~ '^[0-9]{1,15}$'),
	CONSTRAINT "route_entries_method_valid" CHECK ("route_entries"."method" in ('ordered', 'weighted', 'lcr'))
);
--> statement-breakpoint
CREATE TABLE "route_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "route_groups_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "route_groups_plan_id_key" UNIQUE("plan_id","id"),
	CONSTRAINT "route_groups_name_length" CHECK (char_length("route_groups"."name") between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "route_suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"entry_id" uuid,
	"group_id" uuid,
	"position" integer NOT NULL,
	"interconnect_id" uuid NOT NULL,
	"interconnect_direction" text DEFAULT 'egress' NOT NULL,
	"weight" integer DEFAULT 100 NOT NULL,
	"quality_tier" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "route_suppliers_one_owner" CHECK (num_nonnulls("route_suppliers"."entry_id", "route_suppliers"."group_id") = 1),
	CONSTRAINT "route_suppliers_direction_egress" CHECK ("route_suppliers"."interconnect_direction" = 'egress'),
	CONSTRAINT "route_suppliers_position_range" CHECK ("route_suppliers"."position" between 0 and 1000),
	CONSTRAINT "route_suppliers_weight_range" CHECK ("route_suppliers"."weight" between 0 and 1000),
	CONSTRAINT "route_suppliers_quality_tier_range" CHECK ("route_suppliers"."quality_tier" between 1 and 9)
);
--> statement-breakpoint
CREATE TABLE "routing_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"margin_floor_micro" bigint DEFAULT 0 NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "routing_plans_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "routing_plans_name_length" CHECK (char_length("routing_plans"."name") between 1 and 120),
	CONSTRAINT "routing_plans_status_valid" CHECK ("routing_plans"."status" in ('draft', 'active')),
	CONSTRAINT "routing_plans_margin_floor_range" CHECK (abs("routing_plans"."margin_floor_micro") <= 1000000000000),
	CONSTRAINT "routing_plans_description_length" CHECK (char_length("routing_plans"."description") <= 4000)
);
--> statement-breakpoint
ALTER TABLE "route_check_findings" ADD CONSTRAINT "route_check_findings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_check_findings" ADD CONSTRAINT "route_check_findings_check_fk" FOREIGN KEY ("tenant_id","check_id") REFERENCES "public"."route_checks"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_checks" ADD CONSTRAINT "route_checks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_checks" ADD CONSTRAINT "route_checks_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."routing_plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_entries" ADD CONSTRAINT "route_entries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_entries" ADD CONSTRAINT "route_entries_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."routing_plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_entries" ADD CONSTRAINT "route_entries_group_fk" FOREIGN KEY ("plan_id","group_id") REFERENCES "public"."route_groups"("plan_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_groups" ADD CONSTRAINT "route_groups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_groups" ADD CONSTRAINT "route_groups_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."routing_plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_suppliers" ADD CONSTRAINT "route_suppliers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_suppliers" ADD CONSTRAINT "route_suppliers_entry_fk" FOREIGN KEY ("tenant_id","entry_id") REFERENCES "public"."route_entries"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_suppliers" ADD CONSTRAINT "route_suppliers_group_fk" FOREIGN KEY ("tenant_id","group_id") REFERENCES "public"."route_groups"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "route_suppliers" ADD CONSTRAINT "route_suppliers_egress_interconnect" FOREIGN KEY ("tenant_id","interconnect_id","interconnect_direction") REFERENCES "public"."carrier_interconnects"("tenant_id","id","direction") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "routing_plans" ADD CONSTRAINT "routing_plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "route_check_findings_kind_idx" ON "route_check_findings" USING btree ("check_id","kind","prefix","id");--> statement-breakpoint
CREATE INDEX "route_checks_plan_idx" ON "route_checks" USING btree ("plan_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "route_checks_one_running" ON "route_checks" USING btree ("plan_id") WHERE status in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "route_entries_prefix_idx" ON "route_entries" USING btree ("plan_id","prefix" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "route_entries_group_idx" ON "route_entries" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "route_groups_plan_name_key" ON "route_groups" USING btree ("plan_id",lower("name"));--> statement-breakpoint
CREATE INDEX "route_groups_name_idx" ON "route_groups" USING btree ("plan_id","name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "route_suppliers_entry_position_key" ON "route_suppliers" USING btree ("entry_id","position") WHERE entry_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "route_suppliers_group_position_key" ON "route_suppliers" USING btree ("group_id","position") WHERE group_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "route_suppliers_entry_interconnect_key" ON "route_suppliers" USING btree ("entry_id","interconnect_id") WHERE entry_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "route_suppliers_group_interconnect_key" ON "route_suppliers" USING btree ("group_id","interconnect_id") WHERE group_id is not null;--> statement-breakpoint
CREATE INDEX "route_suppliers_interconnect_idx" ON "route_suppliers" USING btree ("interconnect_id");--> statement-breakpoint
CREATE UNIQUE INDEX "routing_plans_tenant_name_key" ON "routing_plans" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE INDEX "routing_plans_name_idx" ON "routing_plans" USING btree ("name","id");