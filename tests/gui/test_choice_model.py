"""The combo-box model of long choice lists (the agenda item's lead speaker among 8,000 delegates)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from dialogue_planner.gui.kit.choice_model import ChoiceModel


def test_the_model_passes_the_model_tester(qtmodeltester):
    model = ChoiceModel()
    model.set_choices([("No lead speaker", None), ("ZHANG Wei — CN MFA", 7), ("SMITH Anna — US DOS", 3)])
    qtmodeltester.check(model)
    model.set_choices([])
    qtmodeltester.check(model)


def test_a_combo_box_finds_shows_and_returns_the_choices(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    model = ChoiceModel(combo)
    combo.setModel(model)
    model.set_choices([("No lead speaker", None)] + [(f"Delegate {n}", n) for n in range(8000)])
    assert combo.count() == 8001
    combo.setCurrentIndex(combo.findData(4321))
    assert combo.currentText() == "Delegate 4321" and combo.currentData() == 4321
    assert combo.itemText(0) == "No lead speaker" and combo.itemData(0) is None
    model.set_choices([("No lead speaker", None), ("Delegate 4321", 4321)])
    assert combo.findData(17) == -1 and combo.count() == 2
