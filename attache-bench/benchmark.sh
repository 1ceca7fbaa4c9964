#!/usr/bin/env bash
# Runs one benchmark test of this module through Maven (building what it needs), then prints its
# figures. Used by the scripts beside it.
#   benchmark.sh CLASS FIGURES JVM_ARGUMENTS
# CLASS: the benchmark's test class; FIGURES: its file under attache-bench/target/bench;
# JVM_ARGUMENTS: the heap and the benchmark's -Dattache.bench.* settings.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl attache-bench -am \
  -Dtest="$1" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.argLine="$3" \
  verify
cat "attache-bench/target/bench/$2"
