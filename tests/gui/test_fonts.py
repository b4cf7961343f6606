"""The interface draws Latin text in the platform's UI font and Chinese in the shipped CJK font: "…" is an
ellipsis on the baseline, quotes and middle dots have their Latin width, and Chinese never shows as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF, QTextLayout
from PySide6.QtWidgets import QLabel

LATIN = "Close meeting and carry over… “Resolve” · AT&T"
CHINESE = "中美打击网络犯罪及相关事项高级别联合对话：结转议程"


def fonts_drawing(text: str, font) -> list[tuple[str, str]]:
    """(family, raw font) of each run of glyphs that lays out ``text`` in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = []
    for run in layout.glyphRuns():
        runs.append((run.rawFont().familyName(), run.rawFont()))
    return runs


def test_latin_text_is_drawn_in_the_platform_font_and_chinese_in_the_shipped_one(open_window, qapp, tmp_path):
    window = open_window("zh_CN")
    cjk = qapp.property("cjkFamilies")
    assert cjk and qapp.font().families()[0] not in cjk  # the platform's family first, ours behind it
    label = window.findChild(QLabel, "pageTitle")
    for font in (qapp.font(), label.font(), window.navigation.font()):
        latin = [family for family, _raw in fonts_drawing(LATIN, font)]
        assert latin and not set(latin) & set(cjk), latin
        chinese = fonts_drawing(CHINESE, font)
        assert chinese and all(family in cjk for family, _raw in chinese)
        assert all(raw.supportsCharacter(ord(ch)) for _family, raw in chinese for ch in CHINESE)
    # Quotes and middle dots have their Latin width, not a Chinese character's.
    metrics = QFontMetricsF(qapp.font())
    for mark in "·“”":
        assert metrics.horizontalAdvance(mark) < 0.7 * metrics.horizontalAdvance("中"), mark
    window.grab().save(str(tmp_path / "overview-zh_CN.png"))  # to look at: Chinese drawn, not boxes


def test_the_font_is_registered_once(qapp):
    from dialogue_planner.gui.shell.fonts import register_cjk_font

    first = register_cjk_font(qapp)
    families = qapp.font().families()
    assert register_cjk_font(qapp) == first and qapp.font().families() == families
