#!/usr/bin/env bash
# Install Dialogue Planner from this unpacked folder, for everyone or for you alone.
#
#   sudo ./install.sh              for every user: /opt/dialogue-planner, /usr/local/bin, /usr/local/share
#   ./install.sh --user            for you alone: ~/.local/opt/dialogue-planner, ~/.local/bin, ~/.local/share
#   sudo ./install.sh --uninstall  (or ./install.sh --user --uninstall) removes the program again
#
# Uninstalling never touches what users made: databases, backups, logs (~/.local/share/dialogue-planner)
# and settings (~/.config/DialoguePlanner) stay where they are.
set -euo pipefail

APP_ID="org.dialogueplanner.DialoguePlanner"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCOPE=system
ACTION=install

for arg in "$@"; do
    case "$arg" in
        --user) SCOPE=user ;;
        --uninstall) ACTION=uninstall ;;
        -h|--help) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    esac
done

if [[ $SCOPE == system ]]; then
    [[ $(id -u) == 0 ]] || { echo "install.sh: installing for every user needs root: sudo $0 (or use --user)" >&2; exit 1; }
    PREFIX=/opt/dialogue-planner
    BIN=/usr/local/bin
    SHARE=/usr/local/share
else
    PREFIX="$HOME/.local/opt/dialogue-planner"
    BIN="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

refresh_caches() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

icon_files() { (cd "$HERE/share/icons" && find hicolor -type f); }

if [[ $ACTION == uninstall ]]; then
    rm -f "$BIN/dialogue-planner" "$BIN/dialogue-planner-cli"
    rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    rm -rf "$PREFIX"
    refresh_caches
    echo "Dialogue Planner removed. Databases, backups and settings of its users were left in place."
    exit 0
fi

[[ -x "$HERE/dialogue-planner" && -d "$HERE/_internal" ]] || { echo "install.sh: run it from the unpacked dialogue-planner folder" >&2; exit 1; }
if [[ "$HERE" != "$PREFIX" ]]; then
    rm -rf "$PREFIX.new"
    mkdir -p "$(dirname "$PREFIX")"
    cp -a "$HERE" "$PREFIX.new"
    rm -rf "$PREFIX"
    mv "$PREFIX.new" "$PREFIX"
fi

mkdir -p "$BIN" "$SHARE/applications" "$SHARE/metainfo"
ln -sf "$PREFIX/dialogue-planner" "$BIN/dialogue-planner"
ln -sf "$PREFIX/dialogue-planner-cli" "$BIN/dialogue-planner-cli"
# The menu entry names the program by its full path: ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=.*|Exec=$PREFIX/dialogue-planner|" -e "s|^TryExec=.*|TryExec=$PREFIX/dialogue-planner|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
while IFS= read -r icon; do
    mkdir -p "$SHARE/icons/$(dirname "$icon")"
    cp "$HERE/share/icons/$icon" "$SHARE/icons/$icon"
done < <(icon_files)
refresh_caches
echo "Dialogue Planner installed in $PREFIX; start it from the applications menu or with 'dialogue-planner'."
