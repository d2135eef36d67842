#!/bin/sh
# Builds the libFuzzer targets with clang in their own build folder and runs the CSV reader
# target for N seconds (default 60): tests/fuzz/run.sh [SECONDS]
set -eu
seconds="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${KARTOTEKA_FUZZ_BUILD_DIR:-$root/build-fuzz}"

if ! command -v clang++ >/dev/null 2>&1 || ! ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update
    $sudo_cmd apt-get install -y clang libclang-rt-14-dev
fi

# The whole project is instrumented (ASan must see kartoteka_core too); tests are not needed.
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fsanitize=fuzzer-no-link" \
    -DCMAKE_COMPILE_WARNING_AS_ERROR=OFF -DKARTOTEKA_FUZZ=ON
cmake --build "$build" --target csv_reader_fuzz

# New inputs go to a scratch corpus so the checked-in one stays small.
work="$build/fuzz-corpus-csv"
mkdir -p "$work"
cd "$build"
exec "$build/tests/fuzz/csv_reader_fuzz" "$work" "$here/corpus/csv" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
