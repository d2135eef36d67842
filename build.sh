#!/usr/bin/env bash
# Kartoteka's one entry point for a fresh Debian 12 machine:
#   bash build.sh run [ARGS...]   install what is missing, build, open the app
#   bash build.sh test            install what is missing, build, run the whole test suite
#   bash build.sh build           install what is missing, build
#   bash build.sh bench           build (Release) and run the benchmarks in tests/bench
set -euo pipefail

root=$(cd "$(dirname "$0")" && pwd)
build_dir=${KARTOTEKA_BUILD_DIR:-$root/build}
build_type=${KARTOTEKA_BUILD_TYPE:-RelWithDebInfo}

install_packages() {
    local wanted=() missing=()
    mapfile -t wanted < <(grep -v -e '^#' -e '^[[:space:]]*$' "$root/packaging/debian-packages.txt")
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    install_packages
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
    cmake --build "$build_dir" -j2
}

command=${1:-run}
shift || true
case "$command" in
    build) build ;;
    run)
        build
        exec "$build_dir/app/gui/kartoteka" "$@"
        ;;
    test)
        build
        cd "$build_dir"
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2 "$@"
        ;;
    bench)
        build_dir=$root/build-release build_type=Release build
        KARTOTEKA_BUILD_DIR=$root/build-release bash "$root/tests/bench/run.sh" "$@"
        ;;
    *)
        echo "usage: bash build.sh run|test|build|bench" >&2
        exit 2
        ;;
esac
