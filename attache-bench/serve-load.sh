#!/usr/bin/env bash
# The load benchmark of `attache serve`: ingests DOCUMENTS documents of the generated bench corpus
# (default 5000) through the real pipeline into a fresh embedded PostgreSQL, then measures the median
# and 99th percentile latency of the pair dashboard, the network of a year, the search page, the
# start page, the events page, the review queue, the actor page and the what's-new page (of a user
# who follows a pair, an actor and a search, everything new to them) under CLIENTS concurrent
# clients (default 8) on this machine, then those of a joint plan's page, the coordination progress
# API and the calendar feed over 50 added plans of 40 items.
# Figures: attache-bench/target/bench/serve-load.txt.
# STORE=DIR keeps the store in DIR, so that a second run skips the documents already stored.
set -euo pipefail
exec "$(dirname "$0")/benchmark.sh" ServeLoadBenchmark serve-load.txt \
  "-Xmx3g -Dattache.bench.documents=${DOCUMENTS:-5000} -Dattache.bench.clients=${CLIENTS:-8} -Dattache.bench.requests=${REQUESTS:-400} -Dattache.bench.store=${STORE:-}"
