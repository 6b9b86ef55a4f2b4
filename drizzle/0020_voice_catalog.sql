CREATE TABLE "catalog_auth_methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_auth_methods_description_len" CHECK (length(description) <= 4000),
	CONSTRAINT "catalog_auth_methods_name_len" CHECK (length(name) between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "catalog_channel_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"channels" integer NOT NULL,
	"cps" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_channel_plans_description_len" CHECK (length(description) <= 4000),
	CONSTRAINT "catalog_channel_plans_name_len" CHECK (length(name) between 1 and 120),
	CONSTRAINT "catalog_channel_plans_channels_range" CHECK ("catalog_channel_plans"."channels" between 1 and 100000),
	CONSTRAINT "catalog_channel_plans_cps_range" CHECK ("catalog_channel_plans"."cps" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "catalog_codecs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"payload_type" integer,
	"clock_rate" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_codecs_description_len" CHECK (length(description) <= 4000),
	CONSTRAINT "catalog_codecs_name_len" CHECK (length(name) between 1 and 120),
	CONSTRAINT "catalog_codecs_payload_type_range" CHECK ("catalog_codecs"."payload_type" is null or "catalog_codecs"."payload_type" between 0 and 95),
	CONSTRAINT "catalog_codecs_clock_rate_range" CHECK ("catalog_codecs"."clock_rate" between 1000 and 192000)
);
--> statement-breakpoint
CREATE TABLE "catalog_did_countries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iso_code" text NOT NULL,
	"name" text NOT NULL,
	"requirements" text DEFAULT '' NOT NULL,
	"kyc_documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_did_countries_description_len" CHECK (length(description) <= 4000),
	CONSTRAINT "catalog_did_countries_name_len" CHECK (length(name) between 1 and 120),
	CONSTRAINT "catalog_did_countries_iso_format" CHECK ("catalog_did_countries"."iso_code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "catalog_did_countries_requirements_len" CHECK (length("catalog_did_countries"."requirements") <= 4000),
	CONSTRAINT "catalog_did_countries_kyc_count" CHECK (cardinality("catalog_did_countries"."kyc_documents") <= 20)
);
--> statement-breakpoint
CREATE TABLE "catalog_did_providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_did_providers_description_len" CHECK (length(description) <= 4000),
	CONSTRAINT "catalog_did_providers_name_len" CHECK (length(name) between 1 and 120),
	CONSTRAINT "catalog_did_providers_country_count" CHECK (cardinality("catalog_did_providers"."countries") <= 250)
);
--> statement-breakpoint
CREATE TABLE "catalog_pops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"region" text NOT NULL,
	"ip_addresses" "inet"[] DEFAULT '{}'::inet[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_pops_description_len" CHECK (length(description) <= 4000),
	CONSTRAINT "catalog_pops_name_len" CHECK (length(name) between 1 and 120),
	CONSTRAINT "catalog_pops_code_format" CHECK ("catalog_pops"."code" ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'),
	CONSTRAINT "catalog_pops_ip_count" CHECK (cardinality("catalog_pops"."ip_addresses") <= 32)
);
--> statement-breakpoint
CREATE TABLE "catalog_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"trash_retention_days" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_settings_one_row" CHECK ("catalog_settings"."id"),
	CONSTRAINT "catalog_settings_retention_range" CHECK ("catalog_settings"."trash_retention_days" between 1 and 3650)
);
--> statement-breakpoint
CREATE TABLE "catalog_voice_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"rank" integer NOT NULL,
	"asr_target_bp" integer NOT NULL,
	"acd_target_seconds" integer NOT NULL,
	"pdd_target_ms" integer NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_voice_tiers_description_len" CHECK (length(description) <= 4000),
	CONSTRAINT "catalog_voice_tiers_name_len" CHECK (length(name) between 1 and 120),
	CONSTRAINT "catalog_voice_tiers_rank_range" CHECK ("catalog_voice_tiers"."rank" between 1 and 99),
	CONSTRAINT "catalog_voice_tiers_asr_range" CHECK ("catalog_voice_tiers"."asr_target_bp" between 0 and 10000),
	CONSTRAINT "catalog_voice_tiers_acd_range" CHECK ("catalog_voice_tiers"."acd_target_seconds" between 0 and 86400),
	CONSTRAINT "catalog_voice_tiers_pdd_range" CHECK ("catalog_voice_tiers"."pdd_target_ms" between 0 and 60000)
);
--> statement-breakpoint
CREATE INDEX "catalog_auth_methods_name_id_idx" ON "catalog_auth_methods" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "catalog_auth_methods_created_id_idx" ON "catalog_auth_methods" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "catalog_auth_methods_deleted_idx" ON "catalog_auth_methods" USING btree ("deleted_at","id") WHERE deleted_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_auth_methods_name_live" ON "catalog_auth_methods" USING btree ("name") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "catalog_channel_plans_name_id_idx" ON "catalog_channel_plans" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "catalog_channel_plans_created_id_idx" ON "catalog_channel_plans" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "catalog_channel_plans_deleted_idx" ON "catalog_channel_plans" USING btree ("deleted_at","id") WHERE deleted_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_channel_plans_name_live" ON "catalog_channel_plans" USING btree ("name") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "catalog_codecs_name_id_idx" ON "catalog_codecs" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "catalog_codecs_created_id_idx" ON "catalog_codecs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "catalog_codecs_deleted_idx" ON "catalog_codecs" USING btree ("deleted_at","id") WHERE deleted_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_codecs_name_live" ON "catalog_codecs" USING btree ("name") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "catalog_did_countries_name_id_idx" ON "catalog_did_countries" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "catalog_did_countries_created_id_idx" ON "catalog_did_countries" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "catalog_did_countries_deleted_idx" ON "catalog_did_countries" USING btree ("deleted_at","id") WHERE deleted_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_did_countries_iso_live" ON "catalog_did_countries" USING btree ("iso_code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "catalog_did_providers_name_id_idx" ON "catalog_did_providers" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "catalog_did_providers_created_id_idx" ON "catalog_did_providers" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "catalog_did_providers_deleted_idx" ON "catalog_did_providers" USING btree ("deleted_at","id") WHERE deleted_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_did_providers_name_live" ON "catalog_did_providers" USING btree ("name") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "catalog_pops_name_id_idx" ON "catalog_pops" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "catalog_pops_created_id_idx" ON "catalog_pops" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "catalog_pops_deleted_idx" ON "catalog_pops" USING btree ("deleted_at","id") WHERE deleted_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_pops_code_live" ON "catalog_pops" USING btree ("code") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "catalog_voice_tiers_name_id_idx" ON "catalog_voice_tiers" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "catalog_voice_tiers_created_id_idx" ON "catalog_voice_tiers" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "catalog_voice_tiers_deleted_idx" ON "catalog_voice_tiers" USING btree ("deleted_at","id") WHERE deleted_at is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_voice_tiers_rank_live" ON "catalog_voice_tiers" USING btree ("rank") WHERE deleted_at is null;