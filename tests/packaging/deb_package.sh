#!/usr/bin/env bash
# "build: the .deb package installs and runs": packs a built tree with `cpack -G DEB`, checks
# the package's files and dependencies, unpacks it into an empty root, runs it from there and
# validates its desktop entry and AppStream metainfo.
#   deb_package.sh CPACK BUILD_DIR VERSION ICON_SIZE...
set -euo pipefail

cpack=$1
build_dir=$2
version=$3
shift 3
icon_sizes=("$@")
app_id=org.kartoteka.Kartoteka

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# The package, into a folder of our own (not the build tree).
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
debs=("$work"/out/kartoteka_"$version"_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || { ls -R "$work/out"; fail "no kartoteka_${version}_*.deb"; }
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Exactly these files: nothing missing, and no test, benchmark or fuzz target installed.
expected=(
    ./usr/bin/kartoteka
    ./usr/bin/kartoteka-cli
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
)
for size in "${icon_sizes[@]}"; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sort >"$work/files"
printf '%s\n' "${expected[@]}" | sort >"$work/expected"
diff -u "$work/expected" "$work/files" || fail "the package's files differ from the expected ones (-expected +package)"

# Every library the executables link comes with a dependency on its package (dpkg-shlibdeps),
# and the Qt plugins they load are there too.
root=$work/root
dpkg-deb -x "$deb" "$root"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
depends_on() { tr ',|' '\n\n' <<<"$depends" | awk '{ print $1 }' | grep -qxF "$1"; }
for package in libqt6sql6-sqlite libqt6svg6; do
    depends_on "$package" || fail "Depends lacks $package"
done
sonames=$(readelf -d "$root/usr/bin/kartoteka" "$root/usr/bin/kartoteka-cli" \
    | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
[ -n "$sonames" ] || fail "readelf found no linked libraries"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
for soname in $sonames; do
    package=$(dpkg -S "*/$multiarch/$soname" | head -n 1 | cut -d: -f1)
    [ -n "$package" ] || fail "no installed package holds $soname"
    # shlibdeps may name what the package provides (libphonenumber8-protobuf32).
    found=no
    for name in "$package" $(dpkg-query -W -f='${Provides}' "$package" | sed 's/([^)]*)//g; s/,/ /g'); do
        depends_on "$name" && found=yes
    done
    [ "$found" = yes ] || fail "Depends lacks $package (for $soname)"
done

# Installed, the executables find Qt in the system's paths: no RPATH into a build tree.
if readelf -d "$root/usr/bin/kartoteka" "$root/usr/bin/kartoteka-cli" | grep -E 'R(UN)?PATH'; then
    fail "the installed executables carry an RPATH"
fi

# The PNG icons are the sizes their folders say (width and height from the PNG header).
for size in "${icon_sizes[@]}"; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    read -r -a header < <(od -An -tu1 -j16 -N8 "$png")
    width=$(((header[0] << 24) | (header[1] << 16) | (header[2] << 8) | header[3]))
    height=$(((header[4] << 24) | (header[5] << 16) | (header[6] << 8) | header[7]))
    [ "$width" -eq "$size" ] && [ "$height" -eq "$size" ] || fail "$png is ${width}x$height"
done

# It runs from the unpacked root, in English and, from the translations inside it, in Russian
# and Chinese (a fresh HOME, so no saved language setting interferes).
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
for program in kartoteka-cli kartoteka; do
    out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 "$root/usr/bin/$program" --version) \
        || fail "$program --version failed"
    echo "$out"
    grep -qF "$version" <<<"$out" || fail "$program --version does not print $version"
done
ru=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=ru_RU.UTF-8 "$root/usr/bin/kartoteka-cli" --help)
grep -q 'из командной строки' <<<"$ru" || { echo "$ru"; fail "kartoteka-cli --help is not in Russian"; }
zh=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 "$root/usr/bin/kartoteka-cli" --help)
grep -q '命令行工具' <<<"$zh" || { echo "$zh"; fail "kartoteka-cli --help is not in Chinese"; }

# What desktops and software centres read: the entry, the metainfo, and both together with
# the icons as installed.
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
echo "the .deb package installs and runs"
