-- The categories' default module sets (the portal module registry owns the keys: lib/portal-modules/modules.ts).
-- SIP Trunk customers bring their own PBX; Enterprise, Call Center and Individual get the Cloud PBX.
UPDATE "customer_categories" SET "default_modules" = ARRAY['cloud_pbx'] WHERE "slug" IN ('enterprise', 'call_center', 'individual') AND "default_modules" = '{}';--> statement-breakpoint
-- Seeded once as category-level assignments (the engine's truth; groups and customers override them).
-- On a fresh install the root tenant does not exist yet: db/seed.ts seeds them when it creates it.
INSERT INTO "assignments" ("tenant_id", "item_type", "item_key", "level", "target_id", "value")
SELECT t."id", 'portal_module', m.key, 'category', c."id", '{"enabled": true}'::jsonb
FROM "customer_categories" c CROSS JOIN LATERAL unnest(c."default_modules") AS m(key) JOIN "tenants" t ON t."is_root"
ON CONFLICT DO NOTHING;
