#!/usr/bin/env bash
# Runs the JMH benchmarks of the extractor's hot stages. Arguments go to JMH: none runs them all,
# a regular expression picks some ("Triage"), -l lists them, -h shows JMH's options.
# Builds the module and what it depends on first when the sources are newer than the build.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/attache-bench-0.1.0-SNAPSHOT.jar"
classpath_file="$here/target/classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$classpath_file" ] \
  || [ -n "$(find "$root" -path "$root/attache-*/src/*" -newer "$jar" -print -quit)" ] \
  || [ -n "$(find "$root" -path "$root/attache-*/pom.xml" -newer "$jar" -print -quit)" ] \
  || [ -n "$(find "$root/examples" -newer "$jar" -print -quit)" ]; then
  echo "attache-bench: building (mvn package, tests skipped)..." >&2
  (cd "$root" && mvn -B -q -DskipTests -pl attache-bench -am package) >&2
fi
exec java -cp "$jar:$(cat "$classpath_file")" org.openjdk.jmh.Main "$@"
