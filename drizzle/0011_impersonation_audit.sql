CREATE TABLE "impersonation_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"target_user_id" uuid NOT NULL,
	"impersonator_tenant_id" uuid NOT NULL,
	"impersonator_id" uuid NOT NULL,
	"reason" text,
	"token_hash" text,
	"token_expires_at" timestamp with time zone NOT NULL,
	"session_hash" text,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impersonation_grants_end_reason_valid" CHECK ("impersonation_grants"."end_reason" is null or "impersonation_grants"."end_reason" in ('ended', 'revoked', 'user_disabled', 'signed_out'))
);
--> statement-breakpoint
ALTER TABLE "impersonation_grants" ADD CONSTRAINT "impersonation_grants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_grants" ADD CONSTRAINT "impersonation_grants_target_fk" FOREIGN KEY ("tenant_id","target_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_grants" ADD CONSTRAINT "impersonation_grants_impersonator_fk" FOREIGN KEY ("impersonator_tenant_id","impersonator_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "impersonation_grants_token_key" ON "impersonation_grants" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "impersonation_grants_session_key" ON "impersonation_grants" USING btree ("session_hash");--> statement-breakpoint
CREATE INDEX "impersonation_grants_target_idx" ON "impersonation_grants" USING btree ("tenant_id","target_user_id");--> statement-breakpoint
CREATE INDEX "impersonation_grants_impersonator_idx" ON "impersonation_grants" USING btree ("impersonator_id");--> statement-breakpoint
CREATE INDEX "audit_events_time_idx" ON "audit_events" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","occurred_at");