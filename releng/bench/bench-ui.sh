#!/bin/sh
# Workbench start-up benchmark: starts the product under Xvfb with a fresh workspace RUNS times and prints
#   - window: until a RegioNet window is visible (polled with xdotool),
#   - usable: until the window is open, the NRW example project exists, aachen.regio is open in the editor and the
#     UI thread is idle again (written by the product's StartupTimer when -Dregionet.bench.ready is set),
#   - RSS of the workbench JVM 10 s after that (example open, first analysis done) and its peak (VmHWM),
#   - baseline of the same run: the same JVM and OSGi framework starting a headless application (check --help).
# Usage: bench-ui.sh PRODUCT_DIR [RUNS]      Needs: Xvfb, xdotool.
set -u
PRODUCT=${1:?usage: bench-ui.sh PRODUCT_DIR [RUNS]}
RUNS=${2:-3}
SETTLE_S=${REGIONET_BENCH_SETTLE:-10}
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
	JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
	export JAVA_HOME
fi
for tool in Xvfb xdotool; do
	command -v $tool >/dev/null 2>&1 || { echo "bench-ui: $tool is missing (apt-get install xvfb xdotool)" >&2; exit 2; }
done
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
export DISPLAY=":$display"

work=$(mktemp -d "${TMPDIR:-/tmp}/regionet-bench-ui.XXXXXX")
results="$work/results"
: >"$results"
# Baseline: JVM + OSGi + a headless application of the same product, to exit.
base_total=0
for i in $(seq 1 "$RUNS"); do
	start=$(now_ms)
	"$PRODUCT/regionet" check --help >/dev/null 2>&1
	echo $(( $(now_ms) - start )) >>"$work/baseline"
done
baseline=$(median <"$work/baseline")

for i in $(seq 1 "$RUNS"); do
	ws="$work/ws$i"
	ready="$work/ready$i"
	start=$(now_ms)
	REGIONET_WORKSPACE="$ws" REGIONET_VM_ARGS="-Xmx2g -Dregionet.bench.ready=$ready" \
		"$PRODUCT/regionet" >"$work/log$i" 2>&1 &
	pid=$!
	window=""
	deadline=$((start + 120000))
	while [ ! -s "$ready" ] && [ "$(now_ms)" -lt $deadline ] && kill -0 $pid 2>/dev/null; do
		if [ -z "$window" ] && xdotool search --onlyvisible --name RegioNet >/dev/null 2>&1; then
			window=$(( $(now_ms) - start ))
		fi
		sleep 0.05
	done
	if [ ! -s "$ready" ]; then
		echo "run $i: no usable window within 120 s; log: $work/log$i" >&2
		kill $pid 2>/dev/null
		continue
	fi
	usable=$(( $(cat "$ready") - start ))
	sleep "$SETTLE_S"
	rss=$(awk '/^VmRSS/ {print int($2/1024)}' /proc/$pid/status)
	hwm=$(awk '/^VmHWM/ {print int($2/1024)}' /proc/$pid/status)
	printf 'run %d: window %5d ms, usable %5d ms, RSS %4d MB (peak %4d MB)\n' "$i" "${window:-0}" "$usable" "$rss" "$hwm"
	echo "$usable $rss $hwm ${window:-0}" >>"$results"
	kill $pid 2>/dev/null
	for _ in $(seq 1 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
	kill -9 $pid 2>/dev/null
done
[ -s "$results" ] || exit 1
usable=$(cut -d' ' -f1 "$results" | median)
rss=$(cut -d' ' -f2 "$results" | median)
hwm=$(cut -d' ' -f3 "$results" | median)
window=$(cut -d' ' -f4 "$results" | median)
echo
echo "median of $(wc -l <"$results") runs (fresh workspace each):"
printf '  baseline: headless start to exit (check --help)   %5d ms\n' "$baseline"
printf '  first window visible                               %5d ms  (%.1f× baseline)\n' "$window" "$(echo "$window / $baseline" | bc -l)"
printf '  usable (example project shown, editor open, idle) %5d ms  (%.1f× baseline)  target < 3000 ms: %s\n' \
	"$usable" "$(echo "$usable / $baseline" | bc -l)" "$([ "$usable" -lt 3000 ] && echo met || echo MISSED)"
printf '  RSS %d s after usable                             %5d MB  (peak %d MB)  target < 400 MB: %s\n' \
	"$SETTLE_S" "$rss" "$hwm" "$([ "$rss" -lt 400 ] && echo met || echo MISSED)"
rm -rf "$work"
