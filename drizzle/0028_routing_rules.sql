-- Routing refuses an egress interconnect without a supplier rating plan (issue 12 item 4, margin
-- enforcement): lib/routing checks it first, this trigger refuses a write that bypasses it. The
-- refusal carries the constraint name `routing_suppliers_supplier_plan` (lib/routing/constraints.ts
-- maps it to the rule's message) and names the interconnect in its DETAIL.
CREATE OR REPLACE FUNCTION route_suppliers_supplier_plan() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ic record;
BEGIN
  SELECT name, direction, supplier_rate_plan_id INTO ic FROM carrier_interconnects WHERE id = NEW.interconnect_id;
  -- An ingress interconnect is refused by the foreign key route_suppliers_egress_interconnect.
  IF FOUND AND ic.direction = 'egress' AND ic.supplier_rate_plan_id IS NULL THEN
    RAISE EXCEPTION 'egress interconnect % has no supplier rating plan', ic.name
      USING ERRCODE = '23514', CONSTRAINT = 'routing_suppliers_supplier_plan',
            DETAIL = format('interconnect %s (%s) has no supplier rating plan', ic.name, NEW.interconnect_id);
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER route_suppliers_supplier_plan BEFORE INSERT OR UPDATE OF interconnect_id ON route_suppliers
  FOR EACH ROW EXECUTE FUNCTION route_suppliers_supplier_plan();
