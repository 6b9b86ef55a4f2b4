-- The Postgres-backed Redis port holds only disposable data (sessions, rate-limit windows, locks,
-- job progress, caches): UNLOGGED skips the WAL for its constant small writes, and a crash empties
-- it, as a Redis without persistence would. Drizzle's schema cannot express UNLOGGED.
ALTER TABLE "redis_kv" SET UNLOGGED;
