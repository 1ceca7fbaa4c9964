#!/usr/bin/env bash
# The benchmark of the submission queue: on a fresh embedded PostgreSQL with the standard
# extractor, submits a document of BYTES bytes (default 1048576, the largest taken) and a
# communiqué of 90 characters right after it, and reports how long each took to be stored.
# Figures: attache-server/target/bench/submit-queue.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl attache-server -am -Dattache.spark.skipJobJar=true \
  -Dtest=SubmitQueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.argLine="-Xmx3g -Dattache.bench.submit.bytes=${BYTES:-1048576}" \
  verify
cat attache-server/target/bench/submit-queue.txt
