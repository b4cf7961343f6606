"""A page that scrolls vertically only shows all of its content's width: nothing is cut on the right at
the smallest screen the window supports (1024x700), in English and in Chinese."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_page_cuts_its_content_at_1024_by_700(open_window, qtbot, language):
    window = open_window(language)
    cut = []
    for page_id in window.page_ids():
        page = window.page(page_id)
        qtbot.waitUntil(lambda page=page: page.isVisible())
        qtbot.wait(50)  # the page's layout settles after it is shown
        for area in page.findChildren(QScrollArea):
            if (
                not area.isVisible()
                or area.widget() is None
                or area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            ):
                continue
            needs = area.widget().minimumSizeHint().width()
            if needs > area.viewport().width():
                cut.append(
                    f"{page_id}: {area.objectName() or type(area).__name__} needs {needs} px, "
                    f"shows {area.viewport().width()}"
                )
    assert cut == []
