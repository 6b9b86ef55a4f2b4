CREATE TABLE "rate_import_changes" (
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"import_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"destination" text NOT NULL,
	"kind" text NOT NULL,
	"old_rate_micro" bigint,
	"new_rate_micro" bigint,
	"change_bp" bigint,
	CONSTRAINT "rate_import_changes_pkey" PRIMARY KEY("import_id","prefix"),
	CONSTRAINT "rate_import_changes_kind_valid" CHECK ("rate_import_changes"."kind" in ('new', 'removed', 'increased', 'decreased', 'unchanged'))
);
--> statement-breakpoint
CREATE TABLE "rate_import_errors" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "rate_import_errors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"import_id" uuid NOT NULL,
	"row" integer NOT NULL,
	"field" text NOT NULL,
	"value" text NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_import_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"carrier_id" uuid,
	"name" text NOT NULL,
	"options" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_import_templates_name_length" CHECK (char_length("rate_import_templates"."name") between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "rate_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"plan_id" uuid NOT NULL,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"file_name" text NOT NULL,
	"file_key" text NOT NULL,
	"file_bytes" bigint NOT NULL,
	"options" jsonb NOT NULL,
	"delimiter" text,
	"encoding" text,
	"version_id" uuid,
	"base_version_id" uuid,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"rows_staged" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"error_count" integer DEFAULT 0 NOT NULL,
	"summary" jsonb,
	"failure" text,
	"job_id" bigint,
	"errors_accepted" boolean DEFAULT false NOT NULL,
	"errors_accepted_by" uuid,
	"errors_accepted_at" timestamp with time zone,
	"created_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rate_imports_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "rate_imports_status_valid" CHECK ("rate_imports"."status" in ('uploaded', 'processing', 'ready', 'failed', 'published', 'superseded')),
	CONSTRAINT "rate_imports_file_name_length" CHECK (char_length("rate_imports"."file_name") between 1 and 255)
);
--> statement-breakpoint
ALTER TABLE "rate_import_changes" ADD CONSTRAINT "rate_import_changes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_import_changes" ADD CONSTRAINT "rate_import_changes_import_fk" FOREIGN KEY ("tenant_id","import_id") REFERENCES "public"."rate_imports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_import_errors" ADD CONSTRAINT "rate_import_errors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_import_errors" ADD CONSTRAINT "rate_import_errors_import_fk" FOREIGN KEY ("tenant_id","import_id") REFERENCES "public"."rate_imports"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_import_templates" ADD CONSTRAINT "rate_import_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_imports" ADD CONSTRAINT "rate_imports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_imports" ADD CONSTRAINT "rate_imports_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."rate_plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_import_changes_kind_idx" ON "rate_import_changes" USING btree ("import_id","kind","prefix");--> statement-breakpoint
CREATE INDEX "rate_import_changes_largest_idx" ON "rate_import_changes" USING btree ("import_id",abs("change_bp") desc nulls last);--> statement-breakpoint
CREATE INDEX "rate_import_errors_keyset" ON "rate_import_errors" USING btree ("import_id","row","id");--> statement-breakpoint
CREATE UNIQUE INDEX "rate_import_templates_name_key" ON "rate_import_templates" USING btree ("tenant_id",coalesce("carrier_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("name"));--> statement-breakpoint
CREATE INDEX "rate_imports_plan_idx" ON "rate_imports" USING btree ("plan_id","created_at");