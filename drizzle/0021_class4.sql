CREATE TABLE "carrier_balances" (
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"customer_balance_minor" bigint DEFAULT 0 NOT NULL,
	"supplier_balance_minor" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carrier_balances_pkey" PRIMARY KEY("carrier_id","currency"),
	CONSTRAINT "carrier_balances_currency_format" CHECK ("carrier_balances"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "carrier_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carrier_contacts_kind_valid" CHECK ("carrier_contacts"."kind" in ('commercial', 'technical', 'billing', 'noc')),
	CONSTRAINT "carrier_contacts_name_length" CHECK (char_length("carrier_contacts"."name") between 1 and 200),
	CONSTRAINT "carrier_contacts_email_format" CHECK ("carrier_contacts"."email" is null or (char_length("carrier_contacts"."email") <= 254 and "carrier_contacts"."email" ~ '^[^[:space:][:cntrl:]<>"@]+@[^[:space:][:cntrl:]<>"@]+\.[^[:space:][:cntrl:]<>"@]+$')),
	CONSTRAINT "carrier_contacts_phone_format" CHECK ("carrier_contacts"."phone" is null or "carrier_contacts"."phone" ~ '^\+?[0-9 ()-]{3,32}$')
);
--> statement-breakpoint
CREATE TABLE "carrier_interconnect_addresses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"interconnect_id" uuid NOT NULL,
	"carrier_id" uuid NOT NULL,
	"pop_id" uuid NOT NULL,
	"tech_prefix" text NOT NULL,
	"direction" text NOT NULL,
	"network" "cidr" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carrier_interconnects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"name" text NOT NULL,
	"direction" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"pop_id" uuid NOT NULL,
	"tech_prefix" text DEFAULT '' NOT NULL,
	"max_cps" integer,
	"max_channels" integer,
	"number_format" text DEFAULT 'e164' NOT NULL,
	"default_country_code" text,
	"national_prefix" text,
	"codecs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"media_mode" text DEFAULT 'proxy' NOT NULL,
	"dtmf_mode" text DEFAULT 'rfc2833' NOT NULL,
	"t38" boolean DEFAULT false NOT NULL,
	"rtp_timeout_seconds" integer DEFAULT 300 NOT NULL,
	"transport" text DEFAULT 'udp' NOT NULL,
	"sip_port" integer DEFAULT 5060 NOT NULL,
	"options_ping" boolean DEFAULT true NOT NULL,
	"session_timer_seconds" integer,
	"supplier_rate_plan_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carrier_interconnects_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "carrier_interconnects_carrier_key" UNIQUE("id","carrier_id"),
	CONSTRAINT "carrier_interconnects_direction_key" UNIQUE("tenant_id","id","direction"),
	CONSTRAINT "carrier_interconnects_address_key" UNIQUE("id","carrier_id","pop_id","tech_prefix","direction"),
	CONSTRAINT "carrier_interconnects_name_length" CHECK (char_length("carrier_interconnects"."name") between 1 and 120),
	CONSTRAINT "carrier_interconnects_direction_valid" CHECK ("carrier_interconnects"."direction" in ('ingress', 'egress')),
	CONSTRAINT "carrier_interconnects_status_valid" CHECK ("carrier_interconnects"."status" in ('active', 'disabled')),
	CONSTRAINT "carrier_interconnects_tech_prefix_format" CHECK ("carrier_interconnects"."tech_prefix" ~ '^[0-9#*]{0,10}$'),
	CONSTRAINT "carrier_interconnects_capacity_range" CHECK (coalesce("carrier_interconnects"."max_channels", 1) between 1 and 1000000 and coalesce("carrier_interconnects"."max_cps", 1) between 1 and 100000),
	CONSTRAINT "carrier_interconnects_number_format_valid" CHECK ("carrier_interconnects"."number_format" in ('e164_plus', 'e164', 'international_00')),
	CONSTRAINT "carrier_interconnects_country_code_format" CHECK ("carrier_interconnects"."default_country_code" is null or "carrier_interconnects"."default_country_code" ~ '^[1-9][0-9]{0,2}$'),
	CONSTRAINT "carrier_interconnects_national_prefix_format" CHECK ("carrier_interconnects"."national_prefix" is null or "carrier_interconnects"."national_prefix" ~ '^[0-9]{1,3}$'),
	CONSTRAINT "carrier_interconnects_codecs_shape" CHECK (jsonb_typeof("carrier_interconnects"."codecs") = 'array' and jsonb_array_length("carrier_interconnects"."codecs") <= 16),
	CONSTRAINT "carrier_interconnects_media_mode_valid" CHECK ("carrier_interconnects"."media_mode" in ('proxy', 'bypass')),
	CONSTRAINT "carrier_interconnects_dtmf_mode_valid" CHECK ("carrier_interconnects"."dtmf_mode" in ('rfc2833', 'inband', 'sip_info')),
	CONSTRAINT "carrier_interconnects_transport_valid" CHECK ("carrier_interconnects"."transport" in ('udp', 'tcp', 'tls')),
	CONSTRAINT "carrier_interconnects_rtp_timeout_range" CHECK ("carrier_interconnects"."rtp_timeout_seconds" between 10 and 7200),
	CONSTRAINT "carrier_interconnects_sip_port_range" CHECK ("carrier_interconnects"."sip_port" between 1 and 65535),
	CONSTRAINT "carrier_interconnects_session_timer_range" CHECK ("carrier_interconnects"."session_timer_seconds" is null or "carrier_interconnects"."session_timer_seconds" between 90 and 86400),
	CONSTRAINT "carrier_interconnects_supplier_plan_egress" CHECK ("carrier_interconnects"."supplier_rate_plan_id" is null or "carrier_interconnects"."direction" = 'egress'),
	CONSTRAINT "carrier_interconnects_notes_length" CHECK (char_length("carrier_interconnects"."notes") <= 4000)
);
--> statement-breakpoint
CREATE TABLE "carrier_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"carrier_id" uuid NOT NULL,
	"interconnect_id" uuid NOT NULL,
	"interconnect_direction" text DEFAULT 'ingress' NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"customer_rate_plan_id" uuid,
	"rate_plan_currency" text,
	"routing_method" text NOT NULL,
	"route_interconnect_id" uuid,
	"route_interconnect_direction" text DEFAULT 'egress' NOT NULL,
	"routing_plan_id" uuid,
	"time_class" text DEFAULT 'all_week' NOT NULL,
	"max_channels" integer,
	"max_cps" integer,
	"origin_prefixes" text[] DEFAULT '{}'::text[] NOT NULL,
	"destination_prefixes" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_digits" integer,
	"max_digits" integer,
	"blocked_origin_prefixes" text[] DEFAULT '{}'::text[] NOT NULL,
	"blocked_destination_prefixes" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carrier_services_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "carrier_services_interconnect_direction_ingress" CHECK ("carrier_services"."interconnect_direction" = 'ingress'),
	CONSTRAINT "carrier_services_route_direction_egress" CHECK ("carrier_services"."route_interconnect_direction" = 'egress'),
	CONSTRAINT "carrier_services_name_length" CHECK (char_length("carrier_services"."name") between 1 and 120),
	CONSTRAINT "carrier_services_status_valid" CHECK ("carrier_services"."status" in ('active', 'disabled')),
	CONSTRAINT "carrier_services_plan_pair" CHECK (("carrier_services"."customer_rate_plan_id" is null) = ("carrier_services"."rate_plan_currency" is null) and ("carrier_services"."rate_plan_currency" is null or "carrier_services"."rate_plan_currency" ~ '^[A-Z]{3}$')),
	CONSTRAINT "carrier_services_routing_method_valid" CHECK ("carrier_services"."routing_method" in ('interconnect', 'routing_plan')),
	CONSTRAINT "carrier_services_routing_target" CHECK (("carrier_services"."routing_method" = 'interconnect' and "carrier_services"."route_interconnect_id" is not null and "carrier_services"."routing_plan_id" is null) or ("carrier_services"."routing_method" = 'routing_plan' and "carrier_services"."routing_plan_id" is not null and "carrier_services"."route_interconnect_id" is null)),
	CONSTRAINT "carrier_services_time_class_valid" CHECK ("carrier_services"."time_class" in ('all_week', 'weekdays', 'weekends', 'peak', 'off_peak')),
	CONSTRAINT "carrier_services_capacity_range" CHECK (coalesce("carrier_services"."max_channels", 1) between 1 and 1000000 and coalesce("carrier_services"."max_cps", 1) between 1 and 100000),
	CONSTRAINT "carrier_services_digits_range" CHECK (coalesce("carrier_services"."min_digits", 1) between 1 and 32 and coalesce("carrier_services"."max_digits", 32) between 1 and 32 and coalesce("carrier_services"."min_digits", 1) <= coalesce("carrier_services"."max_digits", 32)),
	CONSTRAINT "carrier_services_prefix_lists" CHECK (cardinality("carrier_services"."origin_prefixes") <= 200 and cardinality("carrier_services"."destination_prefixes") <= 200 and cardinality("carrier_services"."blocked_origin_prefixes") <= 200 and cardinality("carrier_services"."blocked_destination_prefixes") <= 200),
	CONSTRAINT "carrier_services_notes_length" CHECK (char_length("carrier_services"."notes") <= 4000)
);
--> statement-breakpoint
CREATE TABLE "carrier_users" (
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"user_id" uuid PRIMARY KEY NOT NULL,
	"carrier_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carriers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid DEFAULT app_current_tenant() NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"primary_currency" text NOT NULL,
	"currencies" text[] NOT NULL,
	"credit_limit_minor" bigint,
	"supplier_credit_limit_minor" bigint,
	"low_balance_alert_minor" bigint,
	"exposure_alert_minor" bigint,
	"exposure_limit_minor" bigint,
	"max_channels" integer,
	"max_cps" integer,
	"customer_account_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carriers_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "carriers_name_length" CHECK (char_length("carriers"."name") between 1 and 200),
	CONSTRAINT "carriers_code_format" CHECK ("carriers"."code" ~ '^[A-Z0-9][A-Z0-9_-]{0,15}$'),
	CONSTRAINT "carriers_type_valid" CHECK ("carriers"."type" in ('customer', 'supplier', 'bilateral')),
	CONSTRAINT "carriers_status_valid" CHECK ("carriers"."status" in ('active', 'suspended')),
	CONSTRAINT "carriers_primary_currency_format" CHECK ("carriers"."primary_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "carriers_currencies_valid" CHECK (cardinality("carriers"."currencies") between 1 and 4 and "carriers"."currencies"[1] = "carriers"."primary_currency" and array_to_string("carriers"."currencies", ',') ~ '^[A-Z]{3}(,[A-Z]{3})*$'),
	CONSTRAINT "carriers_credit_range" CHECK (coalesce("carriers"."credit_limit_minor", 0) between 0 and 1000000000000000 and coalesce("carriers"."supplier_credit_limit_minor", 0) between 0 and 1000000000000000),
	CONSTRAINT "carriers_alert_range" CHECK (coalesce(abs("carriers"."low_balance_alert_minor"), 0) <= 1000000000000000 and coalesce(abs("carriers"."exposure_alert_minor"), 0) <= 1000000000000000 and coalesce(abs("carriers"."exposure_limit_minor"), 0) <= 1000000000000000),
	CONSTRAINT "carriers_capacity_range" CHECK (coalesce("carriers"."max_channels", 1) between 1 and 1000000 and coalesce("carriers"."max_cps", 1) between 1 and 100000),
	CONSTRAINT "carriers_notes_length" CHECK (char_length("carriers"."notes") <= 4000)
);
--> statement-breakpoint
ALTER TABLE "carrier_balances" ADD CONSTRAINT "carrier_balances_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_balances" ADD CONSTRAINT "carrier_balances_carrier_fk" FOREIGN KEY ("tenant_id","carrier_id") REFERENCES "public"."carriers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_contacts" ADD CONSTRAINT "carrier_contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_contacts" ADD CONSTRAINT "carrier_contacts_carrier_fk" FOREIGN KEY ("tenant_id","carrier_id") REFERENCES "public"."carriers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_interconnect_addresses" ADD CONSTRAINT "carrier_interconnect_addresses_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_interconnect_addresses" ADD CONSTRAINT "carrier_interconnect_addresses_interconnect_fk" FOREIGN KEY ("interconnect_id","carrier_id","pop_id","tech_prefix","direction") REFERENCES "public"."carrier_interconnects"("id","carrier_id","pop_id","tech_prefix","direction") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "carrier_interconnect_addresses" ADD CONSTRAINT "carrier_interconnect_addresses_tenant_fk" FOREIGN KEY ("tenant_id","interconnect_id") REFERENCES "public"."carrier_interconnects"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_interconnects" ADD CONSTRAINT "carrier_interconnects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_interconnects" ADD CONSTRAINT "carrier_interconnects_pop_id_catalog_pops_id_fk" FOREIGN KEY ("pop_id") REFERENCES "public"."catalog_pops"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_interconnects" ADD CONSTRAINT "carrier_interconnects_carrier_fk" FOREIGN KEY ("tenant_id","carrier_id") REFERENCES "public"."carriers"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_services" ADD CONSTRAINT "carrier_services_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_services" ADD CONSTRAINT "carrier_services_carrier_fk" FOREIGN KEY ("tenant_id","carrier_id") REFERENCES "public"."carriers"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_services" ADD CONSTRAINT "carrier_services_same_carrier" FOREIGN KEY ("interconnect_id","carrier_id") REFERENCES "public"."carrier_interconnects"("id","carrier_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_services" ADD CONSTRAINT "carrier_services_ingress_interconnect" FOREIGN KEY ("tenant_id","interconnect_id","interconnect_direction") REFERENCES "public"."carrier_interconnects"("tenant_id","id","direction") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_services" ADD CONSTRAINT "carrier_services_route_egress" FOREIGN KEY ("tenant_id","route_interconnect_id","route_interconnect_direction") REFERENCES "public"."carrier_interconnects"("tenant_id","id","direction") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_users" ADD CONSTRAINT "carrier_users_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_users" ADD CONSTRAINT "carrier_users_carrier_fk" FOREIGN KEY ("tenant_id","carrier_id") REFERENCES "public"."carriers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_users" ADD CONSTRAINT "carrier_users_user_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carriers" ADD CONSTRAINT "carriers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carriers" ADD CONSTRAINT "carriers_customer_account_fk" FOREIGN KEY ("tenant_id","customer_account_id") REFERENCES "public"."customer_accounts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carrier_contacts_carrier_idx" ON "carrier_contacts" USING btree ("carrier_id","kind","id");--> statement-breakpoint
CREATE INDEX "carrier_interconnect_addresses_interconnect_idx" ON "carrier_interconnect_addresses" USING btree ("interconnect_id","network");--> statement-breakpoint
CREATE UNIQUE INDEX "carrier_interconnects_carrier_name_key" ON "carrier_interconnects" USING btree ("carrier_id",lower("name"));--> statement-breakpoint
CREATE INDEX "carrier_interconnects_carrier_idx" ON "carrier_interconnects" USING btree ("carrier_id","direction","name","id");--> statement-breakpoint
CREATE INDEX "carrier_interconnects_tenant_idx" ON "carrier_interconnects" USING btree ("tenant_id","name","id");--> statement-breakpoint
CREATE INDEX "carrier_interconnects_pop_idx" ON "carrier_interconnects" USING btree ("pop_id");--> statement-breakpoint
CREATE UNIQUE INDEX "carrier_services_interconnect_name_key" ON "carrier_services" USING btree ("interconnect_id",lower("name"));--> statement-breakpoint
CREATE INDEX "carrier_services_carrier_idx" ON "carrier_services" USING btree ("carrier_id","name","id");--> statement-breakpoint
CREATE INDEX "carrier_services_interconnect_idx" ON "carrier_services" USING btree ("interconnect_id","name","id");--> statement-breakpoint
CREATE INDEX "carrier_services_route_idx" ON "carrier_services" USING btree ("route_interconnect_id");--> statement-breakpoint
CREATE INDEX "carrier_users_carrier_idx" ON "carrier_users" USING btree ("carrier_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "carriers_tenant_code_key" ON "carriers" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "carriers_tenant_name_key" ON "carriers" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "carriers_customer_account_key" ON "carriers" USING btree ("tenant_id","customer_account_id");--> statement-breakpoint
CREATE INDEX "carriers_tenant_name_idx" ON "carriers" USING btree ("tenant_id","name","id");--> statement-breakpoint
CREATE INDEX "carriers_name_idx" ON "carriers" USING btree ("name","id");