#!/usr/bin/env bash
# bench/run.sh: throughput and peak memory of `claims extract` against a peer
# (compromise, JavaScript NLP with its numbers plugin), measured side by side
# in one run on one corpus built from testdata/kursk.
#
#   bash bench/run.sh [COPIES]      # default 200 copies of each seed article (1,000 files)
#
# It builds the claims binary, installs compromise from npm into a temporary
# folder (nothing is installed in the repository), and prints one line per
# tool: files, megabytes, median seconds, MB/s, largest peak RSS, then the
# ratio of claims' throughput to compromise's. Needs go, node, npm and
# GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (apt-get install time)" >&2
  exit 2
fi

# the corpus: every seed article copied $copies times
mkdir -p "$work/corpus"
for i in $(seq 1 "$copies"); do
  for f in testdata/kursk/*.txt; do
    cp "$f" "$work/corpus/$(basename "$f" .txt)_$i.txt"
  done
done
files=$(find "$work/corpus" -type f | wc -l)
bytes=$(cat "$work/corpus"/* | wc -c)

go build -o "$work/claims" ./cmd/claims

# the peer
mkdir -p "$work/peer"
(cd "$work/peer" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund compromise@14 compromise-numbers@1 >/dev/null 2>&1)
cat > "$work/peer/peer.mjs" <<'JS'
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import numbers from 'compromise-numbers';
nlp.plugin(numbers);
const dir = process.argv[2];
let n = 0;
for (const f of fs.readdirSync(dir).sort()) {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  const doc = nlp(text);
  n += doc.numbers().json().length + doc.percentages().json().length + doc.money().json().length;
}
console.log(n);
JS

# measure NAME RUNS COMMAND...: runs the command RUNS times and prints the
# median wall time (the machine is shared, so single runs are noisy) and
# the largest peak RSS.
measure() {
  local name=$1 runs=$2; shift 2
  : > "$work/times"; : > "$work/rsss"
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f '%M' -o "$work/rss" "$@" > "$work/out" 2>/dev/null
    end=$(date +%s.%N)
    awk -v s="$start" -v e="$end" 'BEGIN { print e - s }' >> "$work/times"
    cat "$work/rss" >> "$work/rsss"
  done
  local t r
  t=$(sort -n "$work/times" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
  r=$(sort -n "$work/rsss" | tail -1)
  awk -v n="$name" -v f="$files" -v b="$bytes" -v t="$t" -v r="$r" -v k="$runs" \
    'BEGIN { printf "%-22s files %6d  MB %6.2f  seconds %7.2f  MB/s %7.2f  peak RSS %6.1f MB  (median of %d)\n", n, f, b/1e6, t, b/1e6/t, r/1024, k }'
  echo "$t" > "$work/last"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3), node $(node --version)"
measure "claims extract -j $(nproc)" 7 "$work/claims" extract --format jsonl -j "$(nproc)" "$work/corpus"
claims_t=$(cat "$work/last")
measure "claims extract -j 1" 5 "$work/claims" extract --format jsonl -j 1 "$work/corpus"
measure "compromise (numbers)" 3 node "$work/peer/peer.mjs" "$work/corpus"
peer_t=$(cat "$work/last")
awk -v a="$claims_t" -v b="$peer_t" 'BEGIN { printf "claims -j %d is %.0f times compromise\n", '"$(nproc)"', b / a }'
