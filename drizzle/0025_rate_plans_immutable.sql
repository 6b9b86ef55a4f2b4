-- A published (or superseded) rate plan version is immutable (issue 13 item 1), enforced here as
-- well as by lib/rates, so a write that bypasses the services is refused too. Refusals carry the
-- constraint name `rate_plan_versions_immutable` (lib/rates/constraints.ts maps it to the message).
-- Deletes that cascade from a deleted plan or tenant pass: the parent row is already gone.

-- Rows: insert, update and delete only in a draft version.
CREATE OR REPLACE FUNCTION rate_plan_rows_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_status text;
  v_id uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
BEGIN
  SELECT status INTO v_status FROM rate_plan_versions WHERE id = v_id;
  IF v_status IS NOT NULL AND v_status <> 'draft' THEN
    RAISE EXCEPTION 'rate plan version % is % and cannot change', v_id, v_status
      USING ERRCODE = '23514', CONSTRAINT = 'rate_plan_versions_immutable', DETAIL = format('version %s is %s', v_id, v_status);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.version_id <> OLD.version_id THEN
    SELECT status INTO v_status FROM rate_plan_versions WHERE id = OLD.version_id;
    IF v_status IS NOT NULL AND v_status <> 'draft' THEN
      RAISE EXCEPTION 'rate plan version % is % and cannot change', OLD.version_id, v_status
        USING ERRCODE = '23514', CONSTRAINT = 'rate_plan_versions_immutable', DETAIL = format('version %s is %s', OLD.version_id, v_status);
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;--> statement-breakpoint
CREATE TRIGGER rate_plan_rows_immutable BEFORE INSERT OR UPDATE OR DELETE ON rate_plan_rows
  FOR EACH ROW EXECUTE FUNCTION rate_plan_rows_guard();--> statement-breakpoint

-- Versions: a published version may only become superseded (once); a superseded one never changes;
-- neither is deleted while its plan exists. A draft may be published or deleted.
CREATE OR REPLACE FUNCTION rate_plan_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' AND EXISTS (SELECT 1 FROM rate_plans WHERE id = OLD.plan_id) THEN
      RAISE EXCEPTION 'rate plan version % is % and cannot be deleted', OLD.id, OLD.status
        USING ERRCODE = '23514', CONSTRAINT = 'rate_plan_versions_immutable', DETAIL = format('version %s is %s', OLD.id, OLD.status);
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN
    IF NEW.status = 'superseded' THEN
      RAISE EXCEPTION 'a draft is published before it is superseded'
        USING ERRCODE = '23514', CONSTRAINT = 'rate_plan_versions_immutable', DETAIL = format('version %s is a draft', OLD.id);
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.status = 'published' AND NEW.status = 'superseded'
     AND NEW.plan_id = OLD.plan_id AND NEW.tenant_id = OLD.tenant_id AND NEW.number = OLD.number AND NEW.notes = OLD.notes
     AND NEW.published_at = OLD.published_at AND NEW.published_by IS NOT DISTINCT FROM OLD.published_by THEN
    RETURN NEW;
  END IF;
  IF NEW IS NOT DISTINCT FROM OLD THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'rate plan version % is % and cannot change', OLD.id, OLD.status
    USING ERRCODE = '23514', CONSTRAINT = 'rate_plan_versions_immutable', DETAIL = format('version %s is %s', OLD.id, OLD.status);
END $$;--> statement-breakpoint
CREATE TRIGGER rate_plan_versions_immutable BEFORE UPDATE OR DELETE ON rate_plan_versions
  FOR EACH ROW EXECUTE FUNCTION rate_plan_versions_guard();
--> statement-breakpoint
-- One rate per prefix at any instant within a version: effective ranges of a prefix never overlap.
ALTER TABLE "rate_plan_rows" ADD CONSTRAINT "rate_plan_rows_no_overlap"
  EXCLUDE USING gist ("version_id" WITH =, "prefix" WITH =, tstzrange("effective_from", "effective_to") WITH &&);
