ALTER TABLE "audit_events" ADD COLUMN "actor_kind" text DEFAULT 'user' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "actor_name" text;--> statement-breakpoint
-- The only system events so far: scripts/create-super-admin.ts wrote actor_role 'system' without a name.
UPDATE "audit_events" SET "actor_kind" = 'system', "actor_name" = 'install' WHERE "actor_role" = 'system' AND "actor_id" IS NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_valid" CHECK (("audit_events"."actor_kind" = 'user' and "audit_events"."actor_name" is null) or ("audit_events"."actor_kind" = 'system' and "audit_events"."actor_name" is not null and "audit_events"."actor_id" is null));