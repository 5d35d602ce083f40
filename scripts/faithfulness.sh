#!/usr/bin/env bash
# Side-by-side loss trajectories of the original recipe: the PyTorch reference script and our
# `seed-mlp` experiment, each for the same seeds, on the full Fashion-MNIST training set.
#
#   scripts/faithfulness.sh [epochs] [seeds...]      (defaults: 5 epochs, seeds 1..8)
#
# Needs: `mvn install` done; the full dataset (apt-get install dataset-fashion-mnist); the
# reference's Python (apt-get install python3-torch libopenblas0-pthread). Prints a Markdown
# table: per epoch, the reference's min..max over the seeds and ours, and whether ours lies inside.
# With GAN_FAITHFULNESS_DIR set, results are kept there and runs already done are not repeated.
set -euo pipefail
# Passive OpenMP waiting: on a busy machine spinning threads slow libtorch (and torch) many times
# over; it changes timing only, never results.
export OMP_WAIT_POLICY=PASSIVE
root=$(cd "$(dirname "$0")/.." && pwd)
epochs=${1:-5}
shift || true
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(1 2 3 4 5 6 7 8)
data=${GAN_DATA:-/usr/share/datasets/fashion-mnist}
reference=${GAN_REFERENCE:-$root/../shared/reference/seed_gan.py}
if [ -n "${GAN_FAITHFULNESS_DIR:-}" ]; then
  out=$GAN_FAITHFULNESS_DIR
  mkdir -p "$out"
else
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi

for seed in "${seeds[@]}"; do
  if [ ! -s "$out/ref-$seed.csv" ]; then
    echo "seed $seed: reference" >&2
    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$reference" --data "$data" --epochs "$epochs" \
      --threads 2 --seed "$seed" > "$out/ref-$seed.csv.part"
    mv "$out/ref-$seed.csv.part" "$out/ref-$seed.csv"
  fi
  [ -s "$out/ours-$seed.csv" ] && continue
  echo "seed $seed: gan:train" >&2
  (cd "$root/experiments" && mvn -q gan:train -Pseed-mlp -Dgan.epochs="$epochs" \
    -Dgan.seed="$seed" -Dgan.threads=2 -Dgan.dataDirectory="$data" \
    -Dgan.outputDirectory="$out/ours" > "$out/ours-$seed.log" 2>&1) \
    || { cat "$out/ours-$seed.log" >&2; exit 1; }
  cp "$out/ours/seed-mlp/seed-$seed/losses.csv" "$out/ours-$seed.csv"
done

/usr/bin/python3 - "$out" "$epochs" "${seeds[@]}" <<'PY'
import csv, sys
out, epochs, seeds = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def load(path, g, d):
    with open(path) as f:
        return {int(r["epoch"]): (float(r[g]), float(r[d])) for r in csv.DictReader(f)}
ref = {s: load(f"{out}/ref-{s}.csv", "loss_g", "loss_d") for s in seeds}
ours = {s: load(f"{out}/ours-{s}.csv", "loss_g", "loss_d") for s in seeds}
print(f"Seeds {', '.join(seeds)}; {epochs} epochs; batch 64; 2 threads.\n")
print("| epoch | loss | reference min..max | ours min..max | reference mean | ours mean | our mean inside | our seeds inside |")
print("|---|---|---|---|---|---|---|---|")
inside_all = 0; total = 0
for e in range(1, epochs + 1):
    for i, name in enumerate(["G", "D"]):
        r = [ref[s][e][i] for s in seeds]; o = [ours[s][e][i] for s in seeds]
        inside = sum(min(r) <= v <= max(r) for v in o)
        inside_all += inside; total += len(o)
        mean = sum(o) / len(o)
        mean_inside = "yes" if min(r) <= mean <= max(r) else "no"
        print(f"| {e} | {name} | {min(r):.3f}..{max(r):.3f} | {min(o):.3f}..{max(o):.3f} | "
              f"{sum(r)/len(r):.3f} | {mean:.3f} | {mean_inside} | {inside}/{len(o)} |")
print(f"\n{inside_all} of {total} of our per-seed values lie inside the reference's range.")
PY
