#!/usr/bin/env bash
# Speed of our trainer against the PyTorch reference on this machine, side by side.
#
#   scripts/benchmark.sh [--rounds 3] [--epochs 2] [--warmup 0] [--batch 64] [--threads 2] [--seed 42]
#                        [--data DIR] [--no-reference]
#   scripts/benchmark.sh --startup [quick|seed-mlp]
#                                         time from `mvn gan:train` to the first training step
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

if [ "${1:-}" = "--startup" ]; then
  # Needs the plugin in the local repository that verify populates (`mvn verify` installs it into
  # gan-maven-plugin/target/local-repo for the invoker tests), or GAN_REPO=~/.m2/repository after
  # `mvn install`. Other artifacts come from ~/.m2, as for the invoker tests: no network.
  repo=${GAN_REPO:-$root/gan-maven-plugin/target/local-repo}
  experiment=${2:-quick}
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
  cat > "$out/settings.xml" <<XML
<settings><profiles><profile><id>m2</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>m2</id><url>file://$HOME/.m2/repository</url></repository></repositories>
<pluginRepositories><pluginRepository><id>m2</id><url>file://$HOME/.m2/repository</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>
XML
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
