"""Translations: one catalogue per GUI area (resources/translations/<area>_zh_CN.ts), all loaded at run time.

``python -m dialogue_planner.gui.i18n`` refreshes every catalogue from the sources with pyside6-lupdate
and builds the .qm files with pyside6-lrelease; tests/test_translations.py fails on anything left
untranslated or stale.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dialogue_planner.resources_path import resource

GUI_DIR = Path(__file__).parent
LANGUAGES = ("zh_CN",)
LANGUAGE_ENV = "DIALOGUE_PLANNER_LANG"


def areas() -> dict[str, list[Path]]:
    """Area name -> its source files: each subpackage of gui/, gui's own modules as "shell", and the
    services' messages (``msg("…")`` outside gui/) as "messages"."""
    found: dict[str, list[Path]] = {"shell": sorted(GUI_DIR.glob("*.py"))}
    for sub in sorted(p for p in GUI_DIR.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        found.setdefault(sub.name, []).extend(sorted(sub.rglob("*.py")))
    found[MESSAGES_AREA] = [messages_source()]
    return found


MESSAGES_AREA = "messages"


def message_templates() -> list[str]:
    """Every literal template of ``msg("…")`` in the package outside gui/, in order of first appearance."""
    import ast

    package = GUI_DIR.parent
    found: dict[str, None] = {}
    for path in sorted(package.rglob("*.py")):
        if GUI_DIR in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "msg"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, None)
    return list(found)


def messages_source() -> Path:
    """A Python file lupdate reads: one ``translate("messages", template)`` per template (lupdate does not
    know ``msg``), written to the temporary folder."""
    import tempfile

    from dialogue_planner.domain.messages import CONTEXT

    lines = [f"QCoreApplication.translate({CONTEXT!r}, {template!r})\n" for template in message_templates()]
    path = Path(tempfile.gettempdir()) / f"dialogue-planner-messages-{os.getpid()}.py"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def catalogue(area: str, language: str) -> Path:
    return resource("translations", f"{area}_{language}.ts")


def resolve_language(setting: str | None) -> str:
    """'en', 'zh_CN', or the system's language when the setting is 'system' or empty."""
    choice = os.environ.get(LANGUAGE_ENV) or setting or "system"
    if choice == "system":
        choice = QLocale.system().name()
    if choice.lower().startswith("zh"):
        return "zh_CN"
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load every area's catalogue and Qt's own for ``language``; English needs none."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for path in sorted(resource("translations").glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(path)):
            translators.append(translator)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def update_catalogues(*, release: bool = True, only: str | None = None) -> list[Path]:
    """Run lupdate for every area (or ``only`` that one) and language, then lrelease; returns the .ts files."""
    import subprocess

    written = []
    for area, files in areas().items():
        if only is not None and area != only:
            continue
        for language in LANGUAGES:
            ts = catalogue(area, language)
            ts.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [
                    _tool("lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    *map(str, files),
                    "-ts",
                    str(ts),
                ],
                check=True,
            )
            if release:
                subprocess.run(
                    [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
                )
            written.append(ts)
    return written


def fill_catalogue(ts: Path, translations: dict[str, str]) -> list[str]:
    """Write translations (source text -> translation) into a .ts file; returns sources still untranslated."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if source in translations:
            translation.text = translations[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished":
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str]) -> int:
    """No arguments: refresh every catalogue and build the .qm files.
    ``fill FILE.ts MAP.json``: write the translations of a JSON object {source: translation} into FILE.ts."""
    if argv[:1] == ["fill"] and len(argv) == 3:
        import json

        ts = Path(argv[1])
        missing = fill_catalogue(ts, json.loads(Path(argv[2]).read_text(encoding="utf-8")))
        for source in missing:
            print(f"untranslated: {source!r}")
        update_catalogues(only=ts.name.rsplit("_", 2)[0])
        return 1 if missing else 0
    for path in update_catalogues():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
