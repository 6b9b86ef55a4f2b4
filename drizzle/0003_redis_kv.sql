CREATE TABLE "redis_kv" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"value" text,
	"fields" jsonb,
	"expires_at" timestamp with time zone,
	CONSTRAINT "redis_kv_kind_shape" CHECK (("redis_kv"."kind" = 'string' and "redis_kv"."value" is not null and "redis_kv"."fields" is null) or ("redis_kv"."kind" = 'hash' and "redis_kv"."fields" is not null and "redis_kv"."value" is null))
);
--> statement-breakpoint
CREATE INDEX "redis_kv_expires_idx" ON "redis_kv" USING btree ("expires_at") WHERE "redis_kv"."expires_at" is not null;