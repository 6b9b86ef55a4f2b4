-- Platform SQL that drizzle-kit does not generate: tenant context helpers, the updated_at trigger,
-- host resolution for custom domains, and change notification for the host cache.

CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_is_platform() RETURNS boolean
  LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.platform', true), '') = 'on' $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
  LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
--> statement-breakpoint
-- Host resolution happens before any tenant is known, so it cannot run under tenant RLS.
-- This owner-defined function is the one narrow door: a verified, active domain -> its tenant.
CREATE OR REPLACE FUNCTION app_resolve_domain(p_domain text)
  RETURNS TABLE (tenant_id uuid, tenant_slug text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT t.id, t.slug FROM tenant_domains d JOIN tenants t ON t.id = d.tenant_id
    WHERE d.domain = lower(p_domain) AND d.status = 'verified' AND t.status = 'active'
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_resolve_slug(p_slug text)
  RETURNS TABLE (tenant_id uuid, tenant_slug text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT t.id, t.slug FROM tenants t WHERE t.slug = lower(p_slug) AND t.status = 'active'
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION notify_host_change() RETURNS trigger
  LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('host_cache', ''); RETURN NULL; END $$;
--> statement-breakpoint
CREATE TRIGGER tenant_domains_host_change AFTER INSERT OR UPDATE OR DELETE ON tenant_domains
  FOR EACH STATEMENT EXECUTE FUNCTION notify_host_change();
--> statement-breakpoint
CREATE TRIGGER tenants_host_change AFTER UPDATE OF slug, status OR DELETE ON tenants
  FOR EACH STATEMENT EXECUTE FUNCTION notify_host_change();
