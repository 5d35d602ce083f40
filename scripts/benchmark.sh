#!/usr/bin/env bash
# Speed of our trainer against the PyTorch reference on this machine, side by side.
#
#   scripts/benchmark.sh [--rounds 3] [--epochs 2] [--warmup 0] [--batch 64] [--threads 2] [--seed 42]
#                        [--data DIR] [--no-reference]
#   scripts/benchmark.sh --startup [quick|seed-mlp]
#                                         time from `mvn gan:train` to the first training step
#   scripts/benchmark.sh --quality [epochs] [threads]
#                                         cost of the quality metrics against a training epoch
#
# Alternates: each round the reference (Debian's /usr/bin/python3 with python3-torch,
# OPENBLAS_NUM_THREADS=1) trains --epochs epochs, then our trainer its next --epochs epochs in one
# long-lived JVM. Prints seconds per epoch of each (min/median/max), their ratio, the fraction of
# the engine's matrix-multiply throughput on the recipe's shapes that our epochs achieve, and
# resident sizes (VmRSS/VmHWM from /proc). Without python3-torch it prints our figures alone.
# --warmup N trains N untimed epochs first (the JVM's first epochs are slower: JIT, first touch of
# the Java heap) and then also leaves out each reference process's first epoch.
# Needs the full dataset (apt-get install dataset-fashion-mnist, or --data DIR). Not a test: it
# takes minutes and its figures depend on the machine and on what else runs on it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
reference=${GAN_REFERENCE:-$root/../shared/reference/seed_gan.py}
python=${GAN_PYTHON:-/usr/bin/python3}

# The --startup and --quality modes run `mvn gan:train` as users do. They need the plugin in the
# local repository that verify populates (`mvn verify` installs it into
# gan-maven-plugin/target/local-repo for the invoker tests), or GAN_REPO=~/.m2/repository after
# `mvn install`. Other artifacts come from ~/.m2, as for the invoker tests: no network.
offline_settings() {
  cat > "$1" <<XML
<settings><profiles><profile><id>m2</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>m2</id><url>file://$HOME/.m2/repository</url></repository></repositories>
<pluginRepositories><pluginRepository><id>m2</id><url>file://$HOME/.m2/repository</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>
XML
}
repo=${GAN_REPO:-$root/gan-maven-plugin/target/local-repo}

if [ "${1:-}" = "--quality" ]; then
  # The seed recipe on the full set with a measurement after every epoch; timings.csv has each
  # epoch's training seconds and quality_seconds side by side, so their ratio is measured in one
  # process under the same load. Epoch 1 is left out of the median (JIT, first touch).
  epochs=${2:-10}
  threads=${3:-2}
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  offline_settings "$out/settings.xml"
  cd "$root/experiments"
  mvn -q -s "$out/settings.xml" -Dmaven.repo.local="$repo" gan:train -Pseed-mlp \
    -Dgan.epochs="$epochs" -Dgan.metricInterval=1 -Dgan.threads="$threads" \
    -Dgan.outputDirectory="$out/runs" -Dgan.archiveDirectory="$out/archive" > "$out/log" 2>&1 \
    || { cat "$out/log" >&2; exit 1; }
  awk -F, 'NR > 1 && $4 != "" {
      printf "epoch %3d: training %.3f s, quality %.3f s, %.1f%%\n", $1, $2, $4, 100 * $4 / $2
      if ($1 > 1) { ratio[++n] = $4 / $2; train[n] = $2; quality[n] = $4 }
    }
    function median(a, n,   i, j, t) {
      for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    END {
      if (n == 0) { print "no measured epoch after the first" > "/dev/stderr"; exit 1 }
      printf "median of epochs 2-%d: training %.3f s, quality %.3f s, quality/training %.1f%%\n",
        n + 1, median(train, n), median(quality, n), 100 * median(ratio, n)
    }' "$out/runs/seed-mlp/seed-42/timings.csv"
  exit 0
fi

if [ "${1:-}" = "--startup" ]; then
  experiment=${2:-quick}
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  offline_settings "$out/settings.xml"
  cd "$root/experiments"
  # A first build resolves the plugin and its dependencies into the repository; time the second.
  mvn -q -s "$out/settings.xml" -Dmaven.repo.local="$repo" gan:train -P"$experiment" -Dgan.epochs=1 \
    -Dgan.outputDirectory="$out/warm" > "$out/warm.log" 2>&1 || { cat "$out/warm.log" >&2; exit 1; }
  start=$(date +%s.%N)
  # The "Training ... on N images" line is logged just before the first step.
  mvn -s "$out/settings.xml" -Dmaven.repo.local="$repo" gan:train -P"$experiment" -Dgan.epochs=1 \
    -Dgan.outputDirectory="$out/timed" \
    | while IFS= read -r line; do
        case "$line" in
          *"Training $experiment"*) date +%s.%N > "$out/first-step"; echo "$line" >&2 ;;
        esac
      done
  [ -f "$out/first-step" ] || { echo "no 'Training $experiment' line in the build's output" >&2; exit 1; }
  awk -v a="$start" -v b="$(cat "$out/first-step")" \
    'BEGIN { printf "Time from mvn gan:train to the first training step: %.2f s\n", b - a }'
  exit 0
fi

cd "$root"
mvn -q -o -pl gan-maven-plugin test-compile dependency:build-classpath \
  -Dmdep.outputFile="$root/gan-maven-plugin/target/benchmark.classpath" >&2
classpath="$root/gan-maven-plugin/target/test-classes:$root/gan-maven-plugin/target/classes:$(cat "$root/gan-maven-plugin/target/benchmark.classpath")"
exec java -Xmx1g -cp "$classpath" io.github.gandjl.bench.Benchmark \
  --python "$python" --reference "$reference" "$@"
