CREATE TABLE "rate_import_rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_import_rule_sets_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "rate_import_rule_sets_name_length" CHECK (char_length("rate_import_rule_sets"."name") between 1 and 120),
	CONSTRAINT "rate_import_rule_sets_description_length" CHECK (char_length("rate_import_rule_sets"."description") <= 4000)
);
--> statement-breakpoint
CREATE TABLE "rate_import_rules" (
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"action" text DEFAULT 'none' NOT NULL,
	"threshold" integer,
	"allowed" integer[],
	CONSTRAINT "rate_import_rules_pkey" PRIMARY KEY("rule_set_id","rule"),
	CONSTRAINT "rate_import_rules_rule_valid" CHECK ("rate_import_rules"."rule" in ('increase_notice', 'decrease_notice', 'new_notice', 'max_increase', 'max_decrease', 'initial_increments', 'subsequent_increments')),
	CONSTRAINT "rate_import_rules_action_valid" CHECK ("rate_import_rules"."action" in ('none', 'alert', 'reject', 'block')),
	CONSTRAINT "rate_import_rules_threshold_fits" CHECK (case when "rate_import_rules"."rule" in ('initial_increments', 'subsequent_increments') then "rate_import_rules"."threshold" is null and "rate_import_rules"."allowed" is not null and cardinality("rate_import_rules"."allowed") between 1 and 20 and 1 <= all("rate_import_rules"."allowed") and 3600 >= all("rate_import_rules"."allowed")
        when "rate_import_rules"."rule" in ('increase_notice', 'decrease_notice', 'new_notice') then "rate_import_rules"."allowed" is null and "rate_import_rules"."threshold" between 0 and 365
        else "rate_import_rules"."allowed" is null and "rate_import_rules"."threshold" between 1 and 1000000 end)
);
--> statement-breakpoint
CREATE TABLE "rate_import_breaches" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rate_import_breaches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"prefix" text NOT NULL,
	"rule" text NOT NULL,
	"action" text NOT NULL,
	"detail" text NOT NULL,
	CONSTRAINT "rate_import_breaches_rule_valid" CHECK ("rate_import_breaches"."rule" in ('increase_notice', 'decrease_notice', 'new_notice', 'max_increase', 'max_decrease', 'initial_increments', 'subsequent_increments')),
	CONSTRAINT "rate_import_breaches_action_valid" CHECK ("rate_import_breaches"."action" in ('alert', 'reject', 'block'))
);
--> statement-breakpoint
ALTER TABLE "rate_plans" ADD COLUMN "import_rule_set_id" uuid;--> statement-breakpoint
ALTER TABLE "rate_import_rule_sets" ADD CONSTRAINT "rate_import_rule_sets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_import_rules" ADD CONSTRAINT "rate_import_rules_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_import_rules" ADD CONSTRAINT "rate_import_rules_set_fk" FOREIGN KEY ("tenant_id","rule_set_id") REFERENCES "public"."rate_import_rule_sets"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_import_breaches" ADD CONSTRAINT "rate_import_breaches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_import_breaches" ADD CONSTRAINT "rate_import_breaches_import_fk" FOREIGN KEY ("tenant_id","import_id") REFERENCES "public"."rate_imports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rate_import_rule_sets_tenant_name_key" ON "rate_import_rule_sets" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE INDEX "rate_import_rule_sets_name_idx" ON "rate_import_rule_sets" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "rate_import_breaches_keyset" ON "rate_import_breaches" USING btree ("import_id","row","id");--> statement-breakpoint
CREATE INDEX "rate_import_breaches_action_idx" ON "rate_import_breaches" USING btree ("import_id","action","row","id");--> statement-breakpoint
ALTER TABLE "rate_plans" ADD CONSTRAINT "rate_plans_import_rule_set_fk" FOREIGN KEY ("tenant_id","import_rule_set_id") REFERENCES "public"."rate_import_rule_sets"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_plans_import_rule_set_idx" ON "rate_plans" USING btree ("import_rule_set_id");--> statement-breakpoint
ALTER TABLE "rate_plans" ADD CONSTRAINT "rate_plans_import_rules_buy_only" CHECK ("rate_plans"."import_rule_set_id" is null or "rate_plans"."kind" = 'buy');