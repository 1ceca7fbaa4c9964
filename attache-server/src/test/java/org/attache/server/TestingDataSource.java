package org.attache.server;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections to a real PostgreSQL by JDBC URL, until the test makes it refuse them as a database
 * that is shutting down does.
 */
final class TestingDataSource implements DataSource {
  /** What PostgreSQL says to a client while it shuts down. */
  static final String REFUSAL = "FATAL: the database system is shutting down";

  private final String jdbcUrl;
  private volatile boolean down;

  TestingDataSource(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  void goDown() {
    down = true;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (down) {
      throw new SQLException(REFUSAL, "57P03");
    }
    return DriverManager.getConnection(jdbcUrl);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("No parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("Not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
