-- Customer search at scale (issue 11 item 9): trigram GIN indexes serve `ILIKE '%term%'` on
-- company, billing email and account number without a scan. The id-prefix search needs no index:
-- a hex prefix becomes a range on the uuid primary key (lib/customers/search.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_accounts_company_trgm" ON "customer_accounts" USING gin ("company" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_accounts_billing_email_trgm" ON "customer_accounts" USING gin ("billing_email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_accounts_account_number_trgm" ON "customer_accounts" USING gin ("account_number" gin_trgm_ops);
--> statement-breakpoint
-- The four public categories (DOMAIN.md): reference data every install needs, since the onboarding's
-- category choice names one by slug. Editable afterwards; default_modules is filled by the
-- assignment engine's migration (the portal module registry owns the keys).
INSERT INTO "customer_categories" ("slug", "name", "public_description", "sort_order") VALUES
  ('sip_trunk', 'SIP Trunk', 'Wholesale and business SIP trunking: bring your PBX or switch, connect over IP or credentials, and pay per minute at carrier-grade quality.', 10),
  ('enterprise', 'Enterprise', 'Voice for companies with several sites and teams: numbers in many countries, cloud PBX, call recording and consolidated billing.', 20),
  ('call_center', 'Call Center', 'High-volume inbound and outbound calling: many channels and calls per second, quality tiers with ASR/ACD targets, and real-time reporting.', 30),
  ('individual', 'Individual', 'For freelancers and small offices: a phone number, a softphone and pay-as-you-go calling, set up in minutes.', 40)
ON CONFLICT ("slug") DO NOTHING;
