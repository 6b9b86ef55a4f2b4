-- Customer search at scale (issue 11 item 9): trigram GIN indexes serve `ILIKE '%term%'` on
-- company, billing email and account number without a scan. The id-prefix search needs no index:
-- a hex prefix becomes a range on the uuid primary key (lib/customers/search.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_accounts_company_trgm" ON "customer_accounts" USING gin ("company" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_accounts_billing_email_trgm" ON "customer_accounts" USING gin ("billing_email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_accounts_account_number_trgm" ON "customer_accounts" USING gin ("account_number" gin_trgm_ops);--> statement-breakpoint
-- Under row-level security PostgreSQL uses a query's condition as an index condition only when its
-- function is LEAKPROOF (else it must run after the policy, row by row): without this, every search
-- by the app role is a sequential scan. ILIKE (texticlike) can only "leak" through an error about a
-- malformed pattern, and our threat model for RLS is bugs in our queries, not arbitrary SQL
-- (DECISIONS 2026-11-21 "Database and tenancy"). Marking it needs a superuser: where the migrator
-- is not one, the search still works, as a scan, and a notice says so.
DO $$
BEGIN
  ALTER FUNCTION texticlike(text, text) LEAKPROOF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'customer search: ILIKE could not be marked LEAKPROOF (not a superuser); searches under RLS will scan';
END $$;
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
