#!/usr/bin/env bash
# Builds the .deb from this build (cpack -G DEB), checks its metadata, its desktop entry and
# AppStream file with their validators, unpacks it with dpkg -x into a throw-away folder and
# runs the installed programs from there: ogi --version, ogi init on a temp register, and
# the desktop once offscreen. Usage: package_test.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state
mkdir -p "$HOME"
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/deb" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB"; }
deb=$(ls "$work"/deb/ogi-desk_*_amd64.deb) || fail "no ogi-desk_<version>_amd64.deb"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6sql6-sqlite fonts-noto-cjk libqt6widgets6 libpoco; do
    [[ $depends == *"$needed"* ]] || fail "Depends lacks $needed"
done

dpkg -x "$deb" "$work/root"
root=$work/root/usr
for file in bin/ogi bin/ogi-desk share/applications/cn.ogidesk.OgiDesk.desktop \
    share/metainfo/cn.ogidesk.OgiDesk.metainfo.xml share/icons/hicolor/scalable/apps/cn.ogidesk.OgiDesk.svg \
    share/icons/hicolor/48x48/apps/cn.ogidesk.OgiDesk.png share/icons/hicolor/256x256/apps/cn.ogidesk.OgiDesk.png \
    share/ogi-desk/calendar/holidays-cn.csv share/ogi-desk/templates/reply_disclose.html; do
    [ -s "$root/$file" ] || fail "not in the package: /usr/$file"
done
file "$root/share/icons/hicolor/48x48/apps/cn.ogidesk.OgiDesk.png" | grep -q "48 x 48" || fail "48x48 icon size"
grep -q '^Name\[zh_CN\]=' "$root/share/applications/cn.ogidesk.OgiDesk.desktop" || fail "Name[zh_CN]"
grep -q '^Comment\[zh_CN\]=' "$root/share/applications/cn.ogidesk.OgiDesk.desktop" || fail "Comment[zh_CN]"

desktop-file-validate "$root/share/applications/cn.ogidesk.OgiDesk.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/share/metainfo/cn.ogidesk.OgiDesk.metainfo.xml" || fail "appstreamcli validate"

"$root/bin/ogi" --version | grep -q "^ogi [0-9]" || fail "ogi --version"
export OGI_PASSWORD=package-test-pw1
"$root/bin/ogi" --db "$work/office.ogi" init --admin admin >/dev/null || fail "ogi init"
"$root/bin/ogi" --db "$work/office.ogi" verify >/dev/null || fail "ogi verify"
QT_QPA_PLATFORM=offscreen timeout 60 "$root/bin/ogi-desk" --db "$work/office.ogi" --user admin --quit-after-start \
    || fail "ogi-desk --quit-after-start"
grep -q "admin signed in" "$XDG_STATE_HOME/ogi-desk/ogi-desk.log" || fail "no sign-in in the log"
