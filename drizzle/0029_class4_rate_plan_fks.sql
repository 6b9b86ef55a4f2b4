-- Class 4 plan references become foreign keys to rate_plans (issue 13). Before rate plans existed
-- the references were bare uuids (the demo seed wrote placeholders): a reference to no plan of the
-- same brand is cleared first (a service loses its rating currency with it; the seed attaches the
-- demo plans again).
UPDATE "carrier_interconnects" i SET "supplier_rate_plan_id" = NULL
  WHERE i."supplier_rate_plan_id" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM "rate_plans" p WHERE p."id" = i."supplier_rate_plan_id" AND p."tenant_id" = i."tenant_id");--> statement-breakpoint
UPDATE "carrier_services" s SET "customer_rate_plan_id" = NULL, "rate_plan_currency" = NULL
  WHERE s."customer_rate_plan_id" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM "rate_plans" p WHERE p."id" = s."customer_rate_plan_id" AND p."tenant_id" = s."tenant_id");--> statement-breakpoint
ALTER TABLE "carrier_interconnects" ADD CONSTRAINT "carrier_interconnects_supplier_plan_fk" FOREIGN KEY ("tenant_id","supplier_rate_plan_id") REFERENCES "public"."rate_plans"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_services" ADD CONSTRAINT "carrier_services_customer_plan_fk" FOREIGN KEY ("tenant_id","customer_rate_plan_id") REFERENCES "public"."rate_plans"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carrier_interconnects_supplier_plan_idx" ON "carrier_interconnects" USING btree ("supplier_rate_plan_id");--> statement-breakpoint
CREATE INDEX "carrier_services_customer_plan_idx" ON "carrier_services" USING btree ("customer_rate_plan_id");