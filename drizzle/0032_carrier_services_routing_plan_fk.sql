-- A service routed by a routing plan names a routing plan of its own brand, and a plan that routes a
-- service is not deleted (issue 12). Declared here, not in db/schema/class4.ts: db/schema/routing.ts
-- imports that module. Rows written before this migration (the reference had no foreign key) are
-- checked only when none dangles; otherwise the constraint stays NOT VALID (new and changed rows are
-- still checked) rather than deleting services.
ALTER TABLE "carrier_services" ADD CONSTRAINT "carrier_services_routing_plan_fk"
  FOREIGN KEY ("tenant_id", "routing_plan_id") REFERENCES "routing_plans" ("tenant_id", "id") ON DELETE RESTRICT NOT VALID;--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM carrier_services s
     WHERE s.routing_plan_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM routing_plans p WHERE p.id = s.routing_plan_id AND p.tenant_id = s.tenant_id)
  ) THEN
    ALTER TABLE carrier_services VALIDATE CONSTRAINT carrier_services_routing_plan_fk;
  END IF;
END $$;
