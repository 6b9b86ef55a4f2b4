-- Class 4 rules the database enforces itself (issue 12 item 3), so a write that bypasses lib/class4
-- is refused too. Every refusal carries a constraint name that lib/class4/constraints.ts maps to the
-- rule's message; trigger refusals also name the conflicting record in their DETAIL.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint

-- No two carriers' ingress CIDRs overlap on one POP (a call's source address names one carrier).
ALTER TABLE "carrier_interconnect_addresses" ADD CONSTRAINT "carrier_interconnect_addresses_no_overlap"
  EXCLUDE USING gist ("tenant_id" WITH =, "pop_id" WITH =, "network" inet_ops WITH &&, "carrier_id" WITH <>)
  WHERE ("direction" = 'ingress');--> statement-breakpoint

-- One tech prefix per ingress IP on a POP: two ingress interconnects (or two entries) whose addresses
-- overlap must differ by tech prefix, else a call cannot be told apart.
ALTER TABLE "carrier_interconnect_addresses" ADD CONSTRAINT "carrier_interconnect_addresses_tech_prefix_unique"
  EXCLUDE USING gist ("tenant_id" WITH =, "pop_id" WITH =, "network" inet_ops WITH &&, "tech_prefix" WITH =)
  WHERE ("direction" = 'ingress');--> statement-breakpoint

-- An interconnect's direction fits its carrier's type: customer = ingress only, supplier = egress only.
CREATE OR REPLACE FUNCTION class4_interconnect_direction_fits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  carrier_type text;
  carrier_name text;
BEGIN
  SELECT type, name INTO carrier_type, carrier_name FROM carriers WHERE id = NEW.carrier_id;
  IF carrier_type IS NOT NULL AND carrier_type <> 'bilateral'
     AND NOT ((carrier_type = 'customer' AND NEW.direction = 'ingress') OR (carrier_type = 'supplier' AND NEW.direction = 'egress')) THEN
    RAISE EXCEPTION 'interconnect direction % does not fit % carrier %', NEW.direction, carrier_type, carrier_name
      USING ERRCODE = '23514', CONSTRAINT = 'carrier_interconnects_direction_fits_type',
            DETAIL = format('carrier %s (%s) is a %s carrier', carrier_name, NEW.carrier_id, carrier_type);
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER carrier_interconnects_direction_fits_type BEFORE INSERT OR UPDATE OF direction, carrier_id ON carrier_interconnects
  FOR EACH ROW EXECUTE FUNCTION class4_interconnect_direction_fits();--> statement-breakpoint

-- A carrier's type cannot change under interconnects of the other direction; its currencies with a
-- balance or a service's rating plan are never removed.
CREATE OR REPLACE FUNCTION class4_carrier_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  clash record;
  gone text;
BEGIN
  IF NEW.type IS DISTINCT FROM OLD.type AND NEW.type <> 'bilateral' THEN
    SELECT id, name, direction INTO clash FROM carrier_interconnects
      WHERE carrier_id = NEW.id AND direction = CASE WHEN NEW.type = 'customer' THEN 'egress' ELSE 'ingress' END
      ORDER BY name LIMIT 1;
    IF FOUND THEN
      RAISE EXCEPTION 'carrier type % does not fit its % interconnect %', NEW.type, clash.direction, clash.name
        USING ERRCODE = '23514', CONSTRAINT = 'carriers_type_fits_interconnects',
              DETAIL = format('%s interconnect %s (%s)', clash.direction, clash.name, clash.id);
    END IF;
  END IF;
  IF NEW.currencies IS DISTINCT FROM OLD.currencies THEN
    FOR gone IN SELECT unnest(OLD.currencies) EXCEPT SELECT unnest(NEW.currencies) LOOP
      IF EXISTS (SELECT 1 FROM carrier_balances WHERE carrier_id = NEW.id AND currency = gone)
         OR EXISTS (SELECT 1 FROM carrier_services WHERE carrier_id = NEW.id AND rate_plan_currency = gone) THEN
        RAISE EXCEPTION 'currency % of carrier % is in use and cannot be removed', gone, NEW.name
          USING ERRCODE = '23514', CONSTRAINT = 'carriers_currency_kept',
                DETAIL = format('currency %s', gone);
      END IF;
    END LOOP;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER carriers_guard BEFORE UPDATE OF type, currencies ON carriers
  FOR EACH ROW EXECUTE FUNCTION class4_carrier_guard();--> statement-breakpoint

-- A service's customer rating plan is in one of its carrier's currencies.
CREATE OR REPLACE FUNCTION class4_service_plan_currency() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  IF NEW.rate_plan_currency IS NOT NULL THEN
    SELECT name, currencies INTO c FROM carriers WHERE id = NEW.carrier_id;
    IF FOUND AND NOT (NEW.rate_plan_currency = ANY (c.currencies)) THEN
      RAISE EXCEPTION 'rating plan currency % is not a currency of carrier %', NEW.rate_plan_currency, c.name
        USING ERRCODE = '23514', CONSTRAINT = 'carrier_services_plan_currency',
              DETAIL = format('carrier %s (%s) trades in %s', c.name, NEW.carrier_id, array_to_string(c.currencies, ', '));
    END IF;
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER carrier_services_plan_currency BEFORE INSERT OR UPDATE OF rate_plan_currency, carrier_id ON carrier_services
  FOR EACH ROW EXECUTE FUNCTION class4_service_plan_currency();
