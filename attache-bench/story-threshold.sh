#!/usr/bin/env bash
# How well stories are grouped by their text, for thresholds of the MinHash estimates: the
# development documents (../shared/gold/dev) and four near-copies of each, grouped as the store
# groups them. Figures: attache-bench/target/bench/story-threshold.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl attache-bench -am \
  -Dtest=StoryThresholdBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.argLine="-Xmx2g -Dattache.bench.stories=true" \
  verify
cat attache-bench/target/bench/story-threshold.txt
