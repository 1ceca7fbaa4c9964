package org.attache.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the test JVM: two threads, bound to the loopback address, no UI.
 * Spark stops it when the JVM exits.
 */
final class TestingSpark {
  private static SparkSession session;

  private TestingSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("attache-spark-tests")
              .master("local[2]")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .getOrCreate();
    }
    return session;
  }
}
