-- Customer search at scale (issue 11 item 9): trigram GIN indexes serve `ILIKE '%term%'` on
-- company, billing email and account number without a scan. The id-prefix search needs no index:
-- a hex prefix becomes a range on the uuid primary key (lib/customers/search.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_accounts_company_trgm" ON "customer_accounts" USING gin ("company" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_accounts_billing_email_trgm" ON "customer_accounts" USING gin ("billing_email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "customer_accounts_account_number_trgm" ON "customer_accounts" USING gin ("account_number" gin_trgm_ops);
