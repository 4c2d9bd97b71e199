#!/bin/sh
# Runs the mutation fuzzer of tests/fuzz.rs longer than the test suite does, in a release
# build: scripts/fuzz.sh [EXECUTIONS] [SEED (hex)]. It prints how many executions ran
# clean; a failing input is kept under target/fuzz-failures/.
set -eu
execs=${1:-100000}
seed=${2:-$(printf '%x' "$(date +%s)")}
cd "$(dirname "$0")/.."
echo "fuzz: $execs executions from seed $seed"
REDLINE_FUZZ_EXECS=$execs REDLINE_FUZZ_SEED=$seed exec cargo test --release --test fuzz -- --nocapture
