CREATE TABLE "sync_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"direction" text DEFAULT 'push' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"external_id" text,
	"generation" integer DEFAULT 1 NOT NULL,
	"synced_generation" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"our_value" jsonb,
	"their_value" jsonb,
	"last_attempt_at" timestamp with time zone,
	"last_synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sync_items_entity_check" CHECK ("sync_items"."entity" in ('customer_account', 'carrier')),
	CONSTRAINT "sync_items_direction_check" CHECK ("sync_items"."direction" in ('push', 'pull')),
	CONSTRAINT "sync_items_status_check" CHECK ("sync_items"."status" in ('pending', 'running', 'succeeded', 'failed', 'conflict')),
	CONSTRAINT "sync_items_error_length" CHECK (char_length("sync_items"."last_error") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "sync_items" ADD CONSTRAINT "sync_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sync_items_entity_key" ON "sync_items" USING btree ("tenant_id","entity","entity_id","direction");--> statement-breakpoint
CREATE INDEX "sync_items_list_idx" ON "sync_items" USING btree ("tenant_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "sync_items_status_idx" ON "sync_items" USING btree ("tenant_id","status");