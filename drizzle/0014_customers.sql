CREATE SEQUENCE "public"."customer_account_number_seq" INCREMENT BY 1 MINVALUE 100001 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1;--> statement-breakpoint
CREATE TABLE "customer_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"account_number" text DEFAULT nextval('customer_account_number_seq')::text NOT NULL,
	"company" text NOT NULL,
	"billing_contact_name" text NOT NULL,
	"billing_email" text NOT NULL,
	"country" text,
	"billing_currency" text NOT NULL,
	"billing_model" text DEFAULT 'prepaid' NOT NULL,
	"credit_limit_minor" bigint,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"category_id" uuid NOT NULL,
	"group_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_accounts_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "customer_accounts_number_format" CHECK ("customer_accounts"."account_number" ~ '^[0-9]{6,12}$'),
	CONSTRAINT "customer_accounts_company_length" CHECK (char_length("customer_accounts"."company") between 1 and 200),
	CONSTRAINT "customer_accounts_contact_length" CHECK (char_length("customer_accounts"."billing_contact_name") between 1 and 200),
	CONSTRAINT "customer_accounts_email_format" CHECK ("customer_accounts"."billing_email" = lower("customer_accounts"."billing_email") and char_length("customer_accounts"."billing_email") <= 254 and "customer_accounts"."billing_email" ~ '^[^[:space:][:cntrl:]<>"@]+@[^[:space:][:cntrl:]<>"@]+\.[^[:space:][:cntrl:]<>"@]+$'),
	CONSTRAINT "customer_accounts_country_format" CHECK ("customer_accounts"."country" is null or "customer_accounts"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "customer_accounts_currency_format" CHECK ("customer_accounts"."billing_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "customer_accounts_billing_model_valid" CHECK ("customer_accounts"."billing_model" in ('prepaid', 'postpaid')),
	CONSTRAINT "customer_accounts_status_valid" CHECK ("customer_accounts"."status" in ('active', 'suspended', 'closed')),
	CONSTRAINT "customer_accounts_credit_limit" CHECK (("customer_accounts"."billing_model" = 'postpaid' and "customer_accounts"."credit_limit_minor" is not null and "customer_accounts"."credit_limit_minor" >= 0) or ("customer_accounts"."billing_model" = 'prepaid' and "customer_accounts"."credit_limit_minor" is null)),
	CONSTRAINT "customer_accounts_status_reason_length" CHECK ("customer_accounts"."status_reason" is null or char_length("customer_accounts"."status_reason") <= 500)
);
--> statement-breakpoint
CREATE TABLE "customer_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"public_description" text DEFAULT '' NOT NULL,
	"default_modules" text[] DEFAULT '{}'::text[] NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_categories_slug_format" CHECK ("customer_categories"."slug" ~ '^[a-z0-9](?:[a-z0-9_]{0,38}[a-z0-9])?$'),
	CONSTRAINT "customer_categories_name_length" CHECK (char_length("customer_categories"."name") between 1 and 100),
	CONSTRAINT "customer_categories_description_length" CHECK (char_length("customer_categories"."public_description") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "customer_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_groups_category_id_key" UNIQUE("category_id","id"),
	CONSTRAINT "customer_groups_name_length" CHECK (char_length("customer_groups"."name") between 1 and 100),
	CONSTRAINT "customer_groups_description_length" CHECK (char_length("customer_groups"."description") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "customer_account_id" uuid;--> statement-breakpoint
ALTER TABLE "customer_accounts" ADD CONSTRAINT "customer_accounts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_accounts" ADD CONSTRAINT "customer_accounts_category_fk" FOREIGN KEY ("category_id") REFERENCES "public"."customer_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_accounts" ADD CONSTRAINT "customer_accounts_group_fk" FOREIGN KEY ("category_id","group_id") REFERENCES "public"."customer_groups"("category_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_groups" ADD CONSTRAINT "customer_groups_category_id_customer_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."customer_categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "customer_accounts_tenant_number_key" ON "customer_accounts" USING btree ("tenant_id","account_number");--> statement-breakpoint
CREATE INDEX "customer_accounts_tenant_created_idx" ON "customer_accounts" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "customer_accounts_created_idx" ON "customer_accounts" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "customer_accounts_tenant_company_idx" ON "customer_accounts" USING btree ("tenant_id","company","id");--> statement-breakpoint
CREATE INDEX "customer_accounts_category_idx" ON "customer_accounts" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "customer_accounts_group_idx" ON "customer_accounts" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_categories_slug_key" ON "customer_categories" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "customer_categories_order_idx" ON "customer_categories" USING btree ("sort_order","id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_groups_category_name_key" ON "customer_groups" USING btree ("category_id",lower("name"));--> statement-breakpoint
CREATE INDEX "customer_groups_category_created_idx" ON "customer_groups" USING btree ("category_id","created_at","id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_customer_account_fk" FOREIGN KEY ("tenant_id","customer_account_id") REFERENCES "public"."customer_accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_customer_account_idx" ON "users" USING btree ("customer_account_id","created_at","id");