package org.attache.server;

/** A browser test class whose tests use the shared test server. */
abstract class OnSharedServer extends InBrowser {
  static final TestingServer SERVER = TestingServer.get();

  /** Opens a page of the shared server. */
  static void go(String path) {
    browser.get(SERVER.url(path));
  }
}
