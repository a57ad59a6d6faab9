#!/usr/bin/env bash
# bigfolder.sh: peak memory of `claims extract` on a large folder.
#
# Builds a folder of SIZE MiB of article text (copies of the seed articles
# in testdata/kursk, a thousand files per subfolder) in a temporary folder,
# runs the built binary on it as a newsroom would,
#
#     claims extract --format jsonl DIR > /dev/null
#
# under /usr/bin/time -v, and prints the size, files, claims, wall and CPU
# time, throughput and peak resident memory of each run. It fails when the
# peak is over LIMIT_MB (default 500): extract streams, so its memory must
# not grow with the folder.
#
# Usage: bench/bigfolder.sh [SIZE_MIB...]     (default: 1024)
#        LIMIT_MB=200 bench/bigfolder.sh 100 300
# Needs Go and GNU time (Debian: apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."

limit_mb=${LIMIT_MB:-500}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1024)
if [ ! -x /usr/bin/time ]; then
	echo "bigfolder.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
	exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/claims" ./cmd/claims

# one batch: a thousand-odd files, copies of the seed articles
batch="$tmp/batch"
mkdir "$batch"
seeds=(testdata/kursk/*.txt)
i=0
while [ "$(ls "$batch" | wc -l)" -lt 1000 ]; do
	for f in "${seeds[@]}"; do
		cp "$f" "$batch/$(printf %04d $i)_$(basename "$f")"
	done
	i=$((i + 1))
done
batch_bytes=$(cat "$batch"/* | wc -c)

printf '%-9s %8s %9s %9s %9s %8s %10s\n' size files claims wall cpu MB/s "peak RSS"
failed=0
for mib in "${sizes[@]}"; do
	dir="$tmp/corpus"
	rm -rf "$dir"
	mkdir "$dir"
	want=$((mib * 1024 * 1024))
	n=0
	while [ $((n * batch_bytes)) -lt "$want" ]; do
		cp -r "$batch" "$dir/$(printf %05d $n)"
		n=$((n + 1))
	done
	bytes=$((n * batch_bytes))
	files=$(find "$dir" -type f | wc -l)
	/usr/bin/time -v -o "$tmp/time.txt" "$tmp/claims" extract --format jsonl -q "$dir" | wc -l >"$tmp/claims.txt"
	claims=$(cat "$tmp/claims.txt")
	rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time.txt")
	user=$(awk -F': ' '/User time/ {print $2}' "$tmp/time.txt")
	sys=$(awk -F': ' '/System time/ {print $2}' "$tmp/time.txt")
	secs=$(awk -v w="$wall" 'BEGIN { n = split(w, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }')
	cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1fs", u + s }')
	rate=$(awk -v b="$bytes" -v s="$secs" 'BEGIN { printf "%.2f", b / 1048576 / (s > 0 ? s : 1) }')
	rss_mb=$((rss_kb / 1024))
	printf '%-9s %8d %9d %9s %9s %8s %7d MiB\n' "$((bytes / 1048576))MiB" "$files" "$claims" "$wall" "$cpu" "$rate" "$rss_mb"
	if [ "$rss_mb" -gt "$limit_mb" ]; then
		echo "bigfolder.sh: peak RSS ${rss_mb} MiB on ${mib} MiB is over the limit of ${limit_mb} MiB" >&2
		failed=1
	fi
	rm -rf "$dir"
done
printf '\nmachine: %s, %s cores, %s; %s\n' "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)" "$(nproc)" \
	"$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)" "$(go version | cut -d' ' -f3-)"
exit $failed
