import * as fs from 'node:fs';
import * as path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * The workbench's tables. Lists and fields are rows, not code, so a provisioning tool can create lists on an
 * empty site at run time exactly as it would against SharePoint Online. Item field values live in one JSON
 * column keyed by the property names SharePoint's REST answers use (`Title`, `RoutineKey`, `ResponsibleServiceId`).
 */
const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS lists (
  num                INTEGER PRIMARY KEY AUTOINCREMENT,
  id                 TEXT NOT NULL UNIQUE,
  site               TEXT NOT NULL DEFAULT '/sites/tryggebarn',
  title              TEXT NOT NULL COLLATE NOCASE,
  url                TEXT NOT NULL,
  entity_type_name   TEXT NOT NULL,
  description        TEXT NOT NULL DEFAULT '',
  base_template      INTEGER NOT NULL DEFAULT 100,
  enable_versioning  INTEGER NOT NULL DEFAULT 0,
  enable_moderation  INTEGER NOT NULL DEFAULT 0,
  staff_access       TEXT NOT NULL DEFAULT 'read',
  created            TEXT NOT NULL,
  last_item_modified TEXT NOT NULL,
  last_item_deleted  TEXT NOT NULL,
  next_item_id       INTEGER NOT NULL DEFAULT 1,
  version            INTEGER NOT NULL DEFAULT 1,
  read_security      INTEGER NOT NULL DEFAULT 1,
  write_security     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (site, title)
);
CREATE TABLE IF NOT EXISTS fields (
  list_num       INTEGER NOT NULL REFERENCES lists(num) ON DELETE CASCADE,
  id             TEXT NOT NULL,
  internal_name  TEXT NOT NULL COLLATE NOCASE,
  title          TEXT NOT NULL,
  type           TEXT NOT NULL,
  required       INTEGER NOT NULL DEFAULT 0,
  indexed        INTEGER NOT NULL DEFAULT 0,
  unique_values  INTEGER NOT NULL DEFAULT 0,
  built_in       INTEGER NOT NULL DEFAULT 0,
  read_only      INTEGER NOT NULL DEFAULT 0,
  hidden         INTEGER NOT NULL DEFAULT 0,
  props          TEXT NOT NULL DEFAULT '{}',
  position       INTEGER NOT NULL,
  PRIMARY KEY (list_num, internal_name)
);
CREATE TABLE IF NOT EXISTS items (
  list_num   INTEGER NOT NULL REFERENCES lists(num) ON DELETE CASCADE,
  id         INTEGER NOT NULL,
  guid       TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1,
  created    TEXT NOT NULL,
  modified   TEXT NOT NULL,
  author_id  INTEGER NOT NULL,
  editor_id  INTEGER NOT NULL,
  data       TEXT NOT NULL,
  PRIMARY KEY (list_num, id)
);
CREATE TABLE IF NOT EXISTS events (
  id              TEXT PRIMARY KEY,
  organizer_oid   TEXT NOT NULL,
  transaction_id  TEXT,
  seeded          INTEGER NOT NULL DEFAULT 0,
  start_utc       TEXT NOT NULL,
  end_utc         TEXT NOT NULL,
  series_end_utc  TEXT,
  is_recurring    INTEGER NOT NULL DEFAULT 0,
  created         TEXT NOT NULL,
  resource        TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS events_transaction ON events(organizer_oid, transaction_id) WHERE transaction_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS calendar_entries (
  owner_oid  TEXT NOT NULL,
  event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  show_as    TEXT NOT NULL,
  PRIMARY KEY (owner_oid, event_id)
);
CREATE INDEX IF NOT EXISTS calendar_entries_event ON calendar_entries(event_id);
CREATE INDEX IF NOT EXISTS events_window ON events(start_utc, end_utc);
CREATE TABLE IF NOT EXISTS sites (
  path               TEXT PRIMARY KEY COLLATE NOCASE,
  title              TEXT NOT NULL,
  next_principal_id  INTEGER NOT NULL
);
-- Users, SharePoint groups and claims (e.g. "Everyone except external users") of a site collection; they
-- share one id sequence, as in SharePoint. principal_type: 1 user, 4 security group / claim, 8 SharePoint group.
CREATE TABLE IF NOT EXISTS principals (
  site            TEXT NOT NULL COLLATE NOCASE,
  id              INTEGER NOT NULL,
  principal_type  INTEGER NOT NULL,
  login_name      TEXT NOT NULL,
  title           TEXT NOT NULL,
  email           TEXT NOT NULL DEFAULT '',
  description     TEXT NOT NULL DEFAULT '',
  owner_id        INTEGER,
  is_site_admin   INTEGER NOT NULL DEFAULT 0,
  -- 1 for a claim every signed-in user of the tenant holds ("Everyone except external users").
  everyone        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (site, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS principals_login ON principals(site, login_name COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS group_members (
  site       TEXT NOT NULL COLLATE NOCASE,
  group_id   INTEGER NOT NULL,
  member_id  INTEGER NOT NULL,
  PRIMARY KEY (site, group_id, member_id)
);
-- scope: 'web', 'list:<num>' or 'item:<num>:<id>'. A list or item scope has its own assignments only when it
-- is in unique_scopes; otherwise it inherits from its parent. The web always has its own.
CREATE TABLE IF NOT EXISTS role_assignments (
  site          TEXT NOT NULL COLLATE NOCASE,
  scope         TEXT NOT NULL,
  principal_id  INTEGER NOT NULL,
  role_def_id   INTEGER NOT NULL,
  PRIMARY KEY (site, scope, principal_id, role_def_id)
);
CREATE TABLE IF NOT EXISTS unique_scopes (
  site   TEXT NOT NULL COLLATE NOCASE,
  scope  TEXT NOT NULL,
  PRIMARY KEY (site, scope)
);
-- Tenant properties (storage entities) of the tenant app catalog. value_kind 'site-url' stores a
-- server-relative site path that is answered as an absolute URL built from the request's origin.
CREATE TABLE IF NOT EXISTS storage_entities (
  key          TEXT PRIMARY KEY COLLATE NOCASE,
  value        TEXT NOT NULL,
  value_kind   TEXT NOT NULL DEFAULT 'text',
  comment      TEXT,
  description  TEXT
);
`;

/**
 * Bumped when a table changes shape, or when the seeded lists gain fields the product selects (3: the …Nn columns
 * of list schema 2): an older database is wiped and seeded again at start.
 */
const SCHEMA_VERSION = '4-own-service-column';

/**
 * SharePoint compares and sorts text without regard to case for every letter (its SQL collation), where
 * SQLite's NOCASE only folds ASCII: "NÅR" must find "når". Text columns are compared through this function,
 * and indexes on text columns are built on it, so they serve those comparisons.
 */
export const TEXT_FOLD_FUNCTION = 'sp_lower';

function registerFunctions(db: DatabaseSync): void {
  db.function(TEXT_FOLD_FUNCTION, { deterministic: true }, (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value) as never);
}

/** Opens (creating if needed) the workbench database in a data directory. */
export function openDatabase(dataDir: string): DatabaseSync {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(path.join(dataDir, 'workbench.sqlite'));
  registerFunctions(db);
  // WAL lets `npx tsx workbench/server/reseed.ts` run beside a running server without "database is locked".
  db.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
  const version = hasMeta ? (db.prepare("SELECT value FROM meta WHERE key = 'schemaVersion'").get() as { value: string } | undefined)?.value : undefined;
  if (hasMeta && version !== SCHEMA_VERSION) wipeDatabase(db);
  else db.exec(SCHEMA_SQL);
  writeMeta(db, 'schemaVersion', SCHEMA_VERSION);
  return db;
}

/** Drops every table and index (including the per-field indexes created at run time) and creates them anew. */
export function wipeDatabase(db: DatabaseSync): void {
  const objects = db
    .prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table','index') AND name NOT LIKE 'sqlite_%'")
    .all() as { type: string; name: string }[];
  db.exec('PRAGMA foreign_keys = OFF;');
  for (const o of objects.filter((x) => x.type === 'index')) db.exec(`DROP INDEX IF EXISTS "${o.name}"`);
  for (const o of objects.filter((x) => x.type === 'table')) db.exec(`DROP TABLE IF EXISTS "${o.name}"`);
  db.exec('PRAGMA foreign_keys = ON;');
  db.exec(SCHEMA_SQL);
  writeMeta(db, 'schemaVersion', SCHEMA_VERSION);
}

/** Runs `work` in one transaction, so a seed or a bulk insert is all-or-nothing and fast. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}

export function readMeta(db: DatabaseSync, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: DatabaseSync, key: string, value: string): void {
  db.prepare('INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
