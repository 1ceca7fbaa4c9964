package org.attache.store.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The roles of an embedded server and who owns what in its databases. Every statement here runs as
 * the superuser.
 *
 * <ul>
 *   <li>{@value #APPLICATION} signs in for the application and its migrations: no superuser, no
 *       role or database making. It owns every object of a database's {@code public} schema but the
 *       audit trail, and may create objects there; it does not own the schema itself (the database
 *       and so its {@code public} schema belong to the superuser), so it cannot drop what it does
 *       not own.
 *   <li>{@value #AUDIT} cannot sign in. It owns the audit trail, {@code review_log}, with its
 *       append-only triggers and their function: the application may read it and add to it, and
 *       nothing else, so it can neither change nor drop a row, a trigger or the table.
 * </ul>
 */
final class Roles {
  /** The role of the application. */
  static final String APPLICATION = "attache";

  /** The role that owns the audit trail. */
  static final String AUDIT = "attache_audit";

  private static final String ATTRIBUTES =
      " NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";

  /**
   * Every object of the {@code public} schema that does not belong to {@value #APPLICATION}: its
   * tables, views, sequences (not those of identity columns, which follow their table), functions
   * and types; the audit trail's table and function only when asked. Each row is the statement that
   * gives it to {@value #APPLICATION}.
   */
  private static final String NOT_OWNED =
      "SELECT format('ALTER %s %s OWNER TO "
          + APPLICATION
          + "',"
          + "   CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'"
          + "     WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,"
          + "   c.oid::regclass)"
          + "  FROM pg_class c"
          + " WHERE c.relnamespace = 'public'::regnamespace"
          + "   AND c.relowner <> '"
          + APPLICATION
          + "'::regrole"
          + "   AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"
          + "   AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d"
          + "     WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid"
          + "       AND d.deptype IN ('a', 'i')))"
          + "   AND (? OR c.relname <> 'review_log')"
          + " UNION ALL "
          + "SELECT format('ALTER %s %s OWNER TO "
          + APPLICATION
          + "',"
          + "   CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE'"
          + "     ELSE 'FUNCTION' END,"
          + "   p.oid::regprocedure)"
          + "  FROM pg_proc p"
          + " WHERE p.pronamespace = 'public'::regnamespace"
          + "   AND p.proowner <> '"
          + APPLICATION
          + "'::regrole"
          + "   AND (? OR p.proname <> 'refuse_review_log_change')"
          + " UNION ALL "
          + "SELECT format('ALTER %s %s OWNER TO "
          + APPLICATION
          + "',"
          + "   CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.oid::regtype)"
          + "  FROM pg_type t"
          + " WHERE t.typnamespace = 'public'::regnamespace"
          + "   AND t.typowner <> '"
          + APPLICATION
          + "'::regrole"
          + "   AND (t.typtype IN ('d', 'e', 'r', 'm')"
          + "     OR (t.typtype = 'c'"
          + "       AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))";

  private Roles() {}

  /**
   * Makes the two roles where they are missing, and gives the superuser and the application their
   * passwords. The passwords reach the server as SCRAM verifiers computed here, never in clear.
   */
  static void create(Connection superuser, Credentials credentials) throws SQLException {
    for (String role : new String[] {APPLICATION, AUDIT}) {
      if (!exists(superuser, role)) {
        execute(superuser, "CREATE ROLE " + role);
      }
    }
    execute(superuser, "ALTER ROLE " + APPLICATION + " LOGIN" + ATTRIBUTES);
    execute(superuser, "ALTER ROLE " + AUDIT + " NOLOGIN" + ATTRIBUTES);
    PGConnection pg = superuser.unwrap(PGConnection.class);
    pg.alterUserPassword("postgres", credentials.superuser().toCharArray(), "scram-sha-256");
    pg.alterUserPassword(APPLICATION, credentials.application().toCharArray(), "scram-sha-256");
  }

  /**
   * Lets the application into a database and gives it every object of the {@code public} schema
   * that it does not own: all of them in a database made by an earlier version, where the superuser
   * owned everything.
   *
   * @param withAuditTrail whether the audit trail goes to the application too, for migrations that
   *     change it
   */
  static void admit(Connection superuser, String database, boolean withAuditTrail)
      throws SQLException {
    execute(superuser, "GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + APPLICATION);
    execute(superuser, "GRANT USAGE, CREATE ON SCHEMA public TO " + APPLICATION);
    try (PreparedStatement select = superuser.prepareStatement(NOT_OWNED)) {
      select.setBoolean(1, withAuditTrail);
      select.setBoolean(2, withAuditTrail);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          execute(superuser, rows.getString(1));
        }
      }
    }
  }

  /**
   * Gives the audit trail to {@value #AUDIT}, leaving the application the right to read it, add to
   * it and maintain it (analyse, vacuum), once the migrations have made it.
   */
  static void sealAuditTrail(Connection superuser) throws SQLException {
    // Sealed already, or not made yet: nothing to do, and no lock taken on the table.
    try (Statement statement = superuser.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT t.oid IS NULL OR (pg_get_userbyid(t.relowner) = '"
                    + AUDIT
                    + "' AND pg_get_userbyid(f.proowner) = '"
                    + AUDIT
                    + "')"
                    + " FROM (SELECT to_regclass('public.review_log') AS oid) r"
                    + " LEFT JOIN pg_class t ON t.oid = r.oid"
                    + " LEFT JOIN pg_proc f"
                    + " ON f.oid = to_regprocedure('public.refuse_review_log_change()')")) {
      rows.next();
      if (rows.getBoolean(1)) {
        return;
      }
    }
    execute(superuser, "ALTER TABLE public.review_log OWNER TO " + AUDIT);
    execute(superuser, "ALTER FUNCTION public.refuse_review_log_change() OWNER TO " + AUDIT);
    execute(superuser, "REVOKE ALL ON public.review_log FROM " + APPLICATION);
    execute(superuser, "GRANT SELECT, INSERT, MAINTAIN ON public.review_log TO " + APPLICATION);
  }

  private static boolean exists(Connection connection, String role) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
      select.setString(1, role);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
