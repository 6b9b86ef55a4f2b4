CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"item_type" text NOT NULL,
	"item_key" text NOT NULL,
	"level" text NOT NULL,
	"target_id" uuid,
	"value" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_item_target_key" UNIQUE NULLS NOT DISTINCT("item_type","item_key","level","target_id"),
	CONSTRAINT "assignments_level_valid" CHECK ("assignments"."level" in ('all', 'category', 'group', 'customer')),
	CONSTRAINT "assignments_target_matches_level" CHECK (("assignments"."level" = 'all') = ("assignments"."target_id" is null)),
	CONSTRAINT "assignments_item_type_format" CHECK ("assignments"."item_type" ~ '^[a-z][a-z0-9_]{0,62}$'),
	CONSTRAINT "assignments_item_key_length" CHECK (char_length("assignments"."item_key") between 1 and 200),
	CONSTRAINT "assignments_value_size" CHECK (pg_column_size("assignments"."value") <= 8192)
);
--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_level_target_idx" ON "assignments" USING btree ("level","target_id");