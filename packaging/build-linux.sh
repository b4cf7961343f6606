#!/usr/bin/env bash
# Build the Linux release of Dialogue Planner with one command, from a clone with the project installed
# (python3 -m pip install -e '.[packaging]'):
#
#   packaging/build-linux.sh [--python PATH] [--dist DIR] [--work DIR] [--clean] [--no-archive]
#
# Result: DIR/dialogue-planner/ (default dist/), a folder that runs without Python, holding the two
# programs, desktop integration under share/ and install.sh; and next to it
# dialogue-planner-VERSION-linux-ARCH.tar.gz, the file a secretariat receives.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
CLEAN=()
ARCHIVE=1

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --python) PYTHON="$2"; shift 2 ;;
        --dist) DIST="$(realpath -m "$2")"; shift 2 ;;
        --work) WORK="$(realpath -m "$2")"; shift 2 ;;
        --clean) CLEAN=(--clean); shift ;;
        --no-archive) ARCHIVE=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "build-linux.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    esac
done

fail() { echo "build-linux.sh: $*" >&2; exit 1; }

command -v "$PYTHON" >/dev/null || fail "no Python at '$PYTHON' (use --python PATH)"
"$PYTHON" -c "import PyInstaller" 2>/dev/null \
    || fail "PyInstaller is missing: $PYTHON -m pip install -e '$ROOT[packaging]'"
# Run from the source tree so the version and modules are this checkout's, not another install's.
cd "$ROOT"
"$PYTHON" -c "import dialogue_planner, PySide6, sqlalchemy, reportlab, holidays" 2>/dev/null \
    || fail "the project's dependencies are missing: $PYTHON -m pip install -e '$ROOT[packaging]'"
VERSION="$("$PYTHON" -c 'import dialogue_planner; print(dialogue_planner.__version__)')"
ARCH="$(uname -m)"
BUNDLE="$DIST/dialogue-planner"

echo "Building Dialogue Planner $VERSION for linux-$ARCH into $BUNDLE"
started=$SECONDS
# -X no_debug_ranges: the archived modules without the column positions Python 3.11 keeps for the ^^^
# markers of tracebacks (3.5 MB; line numbers stay). See "Size" in docs/PACKAGING.md.
"$PYTHON" -X no_debug_ranges -m PyInstaller --noconfirm --log-level WARN "${CLEAN[@]}" \
    --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/dialogue-planner.spec"

# Desktop integration and the installer travel inside the folder.
APP_ID="org.dialogueplanner.DialoguePlanner"
mkdir -p "$BUNDLE/share/applications" "$BUNDLE/share/metainfo"
cp "$ROOT/packaging/linux/$APP_ID.desktop" "$BUNDLE/share/applications/"
cp "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$BUNDLE/share/metainfo/"
cp -r "$ROOT/packaging/linux/icons" "$BUNDLE/share/"
install -m 755 "$ROOT/packaging/linux/install.sh" "$BUNDLE/install.sh"
cp "$ROOT/resources/fonts/wqy-microhei.LICENSE.txt" "$BUNDLE/share/"
cp "$ROOT/resources/fonts/bitstream-vera-license.txt" "$BUNDLE/share/"

# A bundle that cannot start is not a release: ask it its version before packing it.
"$BUNDLE/dialogue-planner-cli" --version >/dev/null || fail "the bundle does not start: $BUNDLE"

if [[ $ARCHIVE == 1 ]]; then
    ARCHIVE_FILE="$DIST/dialogue-planner-$VERSION-linux-$ARCH.tar.gz"
    tar -C "$DIST" -czf "$ARCHIVE_FILE" dialogue-planner
    echo "Archive: $ARCHIVE_FILE ($(du -h "$ARCHIVE_FILE" | cut -f1))"
fi
echo "Bundle:  $BUNDLE ($(du -sh "$BUNDLE" | cut -f1) unpacked), built in $((SECONDS - started)) s"
