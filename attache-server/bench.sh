#!/usr/bin/env bash
# The load benchmark of `attache serve`: ingests DOCUMENTS generated documents (default 5000)
# through the real pipeline into a fresh embedded PostgreSQL, then measures the median and 99th
# percentile latency of the pair dashboard and the network of a year under CLIENTS concurrent
# clients (default 8) on this machine, then those of a joint plan's page, the coordination progress
# API and the calendar feed over 50 added plans of 40 items.
# Figures: attache-server/target/bench/serve-load.txt.
# STORE=DIR keeps the store in DIR, so that a second run skips the documents already stored.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl attache-server -am -Dattache.spark.skipJobJar=true \
  -Dtest=ServeLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.argLine="-Xmx3g -Dattache.bench.documents=${DOCUMENTS:-5000} -Dattache.bench.clients=${CLIENTS:-8} -Dattache.bench.requests=${REQUESTS:-400} -Dattache.bench.store=${STORE:-}" \
  verify
cat attache-server/target/bench/serve-load.txt
