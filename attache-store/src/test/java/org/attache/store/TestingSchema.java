package org.attache.store;

import java.util.List;

/** The schema of a store as its catalogue describes it, and its history of migrations. */
public final class TestingSchema {
  private TestingSchema() {}

  /**
   * Every column, view, index, function, trigger, constraint and type of the public schema, one
   * line each, sorted: two stores with the same lines have the same schema.
   */
  public static List<String> describe(Database database) {
    String sql =
        "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '"
            + " || is_nullable || ' ' || is_identity || ' ' || coalesce(column_default, '-')"
            + " || ' ' || coalesce(generation_expression, '-')"
            + " FROM information_schema.columns WHERE table_schema = 'public'"
            + " UNION ALL SELECT 'view ' || viewname || ': ' || definition FROM pg_views"
            + " WHERE schemaname = 'public'"
            + " UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"
            + " UNION ALL SELECT 'function ' || pg_get_functiondef(p.oid) FROM pg_proc p"
            + " JOIN pg_namespace n ON n.oid = p.pronamespace"
            + " WHERE n.nspname = 'public' AND p.prokind = 'f'"
            + " UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t"
            + " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = 'public' AND NOT t.tgisinternal"
            + " UNION ALL SELECT 'constraint ' || c.conrelid::regclass || ' ' || c.contypid::regtype"
            + " || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c"
            + " JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public'"
            + " UNION ALL SELECT 'type ' || t.typname || ' ' || t.typtype::text || ' '"
            + " || coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)"
            + " FROM pg_enum e WHERE e.enumtypid = t.oid), '-') FROM pg_type t"
            + " JOIN pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE n.nspname = 'public' AND t.typtype IN ('d', 'e')"
            + " ORDER BY 1";
    return TestingStore.rows(database, sql).stream().map(row -> row.get(0)).toList();
  }

  /** The migrations applied, in order: version, description, script and checksum. */
  public static List<List<String>> history(Database database) {
    return TestingStore.rows(
        database,
        "SELECT version, description, script, checksum::text FROM flyway_schema_history"
            + " WHERE success ORDER BY installed_rank");
  }
}
