#!/usr/bin/env bash
# The polling benchmark of `attache watch`: a feed of ITEMS generated communiqués (default 400) on
# this machine's HTTP server, polled by the real poller until every item is stored, then once more
# unchanged. Figures (items/s, the unchanged poll, peak heap): attache-bench/target/bench/poll.txt.
set -euo pipefail
exec "$(dirname "$0")/benchmark.sh" PollBenchmark poll.txt \
  "-Xmx3g -Dattache.bench.poll.items=${ITEMS:-400}"
