#!/usr/bin/env bash
# How well stories are grouped by their text, for thresholds of the MinHash estimates: the
# development documents (../shared/gold/dev) and four near-copies of each, grouped as the store
# groups them. Figures: attache-bench/target/bench/story-threshold.txt.
set -euo pipefail
exec "$(dirname "$0")/benchmark.sh" StoryThresholdBenchmark story-threshold.txt \
  "-Xmx2g -Dattache.bench.stories=true"
