CREATE TABLE "idempotency_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"principal" text NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"state" text DEFAULT 'in_progress' NOT NULL,
	"claim_token" uuid NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"response_status" integer,
	"response_body" text,
	"response_headers" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"expires_at" timestamp with time zone DEFAULT now() + interval '24 hours' NOT NULL,
	CONSTRAINT "idempotency_requests_state" CHECK ("idempotency_requests"."state" in ('in_progress', 'completed')),
	CONSTRAINT "idempotency_requests_key_length" CHECK (char_length("idempotency_requests"."key") between 1 and 255),
	CONSTRAINT "idempotency_requests_completed" CHECK (("idempotency_requests"."state" = 'completed') = ("idempotency_requests"."response_status" is not null))
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "api_key_prefix" text;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "allowed_ips" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "rate_limit_per_minute" integer DEFAULT 600 NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_requests" ADD CONSTRAINT "idempotency_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_requests_caller_key" ON "idempotency_requests" USING btree ("tenant_id","principal","key");--> statement-breakpoint
CREATE INDEX "idempotency_requests_expires_idx" ON "idempotency_requests" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_allowed_ips_count" CHECK (cardinality("api_keys"."allowed_ips") <= 50);--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_rate_limit_range" CHECK ("api_keys"."rate_limit_per_minute" between 1 and 100000);