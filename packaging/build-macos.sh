#!/usr/bin/env bash
# Build the macOS release of Dialogue Planner with one command, on a Mac, from a clone with the project
# installed (python3 -m pip install -e '.[packaging]'):
#
#   packaging/build-macos.sh [--python PATH] [--dist DIR] [--work DIR] [--clean]
#
# Result: DIR/Dialogue Planner.app (default dist/) and DIR/DialoguePlanner-VERSION-macos-ARCH.dmg.
# Signing and notarisation happen when these are set (docs/PACKAGING.md explains how to get them):
#   DIALOGUE_PLANNER_CODESIGN_IDENTITY  "Developer ID Application: Name (TEAMID)"; PyInstaller signs the
#                                       app with the hardened runtime and packaging/macos/entitlements.plist
#   DIALOGUE_PLANNER_NOTARY_PROFILE     a keychain profile made with 'xcrun notarytool store-credentials'
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
CLEAN=()

while [[ $# -gt 0 ]]; do
    case "$1" in
        --python) PYTHON="$2"; shift 2 ;;
        --dist) DIST="$2"; shift 2 ;;
        --work) WORK="$2"; shift 2 ;;
        --clean) CLEAN=(--clean); shift ;;
        -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-macos.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

fail() { echo "build-macos.sh: $*" >&2; exit 1; }

[[ "$(uname -s)" == Darwin ]] || fail "this builds the macOS app and must run on macOS"
"$PYTHON" -c "import PyInstaller" 2>/dev/null \
    || fail "PyInstaller is missing: $PYTHON -m pip install -e '$ROOT[packaging]'"
cd "$ROOT"
VERSION="$("$PYTHON" -c 'import dialogue_planner; print(dialogue_planner.__version__)')"
APP="$DIST/Dialogue Planner.app"
DMG="$DIST/DialoguePlanner-$VERSION-macos-$(uname -m).dmg"

echo "Building Dialogue Planner $VERSION for macOS into $APP"
started=$SECONDS
# -X no_debug_ranges: no column positions in the archived modules (see "Size" in docs/PACKAGING.md).
"$PYTHON" -X no_debug_ranges -m PyInstaller --noconfirm --log-level WARN "${CLEAN[@]}" \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/dialogue-planner.spec"

"$APP/Contents/MacOS/dialogue-planner" --version >/dev/null || fail "the app does not start: $APP"
if [[ -n "${DIALOGUE_PLANNER_CODESIGN_IDENTITY:-}" ]]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

rm -f "$DMG"
hdiutil create -volname "Dialogue Planner" -srcfolder "$APP" -ov -format UDZO "$DMG" >/dev/null
if [[ -n "${DIALOGUE_PLANNER_CODESIGN_IDENTITY:-}" ]]; then
    codesign --sign "$DIALOGUE_PLANNER_CODESIGN_IDENTITY" --timestamp "$DMG"
fi
if [[ -n "${DIALOGUE_PLANNER_NOTARY_PROFILE:-}" ]]; then
    [[ -n "${DIALOGUE_PLANNER_CODESIGN_IDENTITY:-}" ]] || fail "notarisation needs a signed app: set DIALOGUE_PLANNER_CODESIGN_IDENTITY"
    xcrun notarytool submit "$DMG" --keychain-profile "$DIALOGUE_PLANNER_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi
echo "Disk image: $DMG"
echo "App:        $APP ($(du -sh "$APP" | cut -f1)), built in $((SECONDS - started)) s"
