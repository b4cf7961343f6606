"""What "nothing is cut off" means on a laid-out window, as a list of the widgets that break it."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSplitterHandle,
    QWidget,
)

TOLERANCE = 1  # rounding of fractional scaling


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:40]!r}" if text else name


def inside(outer: QRect, inner: QRect) -> bool:
    return (
        inner.left() >= outer.left() - TOLERANCE
        and inner.top() >= outer.top() - TOLERANCE
        and inner.right() <= outer.right() + TOLERANCE
        and inner.bottom() <= outer.bottom() + TOLERANCE
    )


def scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's viewport: what lies outside the visible part is reached by scrolling."""
    parent = widget.parentWidget()
    return (
        parent is not None
        and isinstance(parent.parentWidget(), QAbstractScrollArea)
        and parent is parent.parentWidget().viewport()
    )


def cut_off(root: QWidget) -> list[str]:
    """Visible widgets under ``root`` that lie outside their parent's area, or that are smaller than they
    need to show their text (labels, buttons, combo boxes, fields), or that were squeezed to nothing."""
    problems: list[str] = []

    def walk(widget: QWidget) -> None:
        for child in widget.findChildren(QWidget, options=_direct()):
            if not child.isVisible() or child.isWindow():
                continue
            check(child)
            # A view's cells scroll; its internals, and a spin box's field, are Qt's (the box itself is checked).
            if not isinstance(child, (QAbstractItemView, QAbstractSpinBox)):
                walk(child)

    def check(widget: QWidget) -> None:
        parent = widget.parentWidget()
        if not scrolled(widget) and not inside(parent.rect(), widget.geometry()):
            problems.append(
                f"{describe(widget)} at {_rect(widget.geometry())} lies outside "
                f"{describe(parent)} {parent.width()}x{parent.height()}"
            )
        if isinstance(widget, QSplitterHandle):
            return
        if widget.width() <= 0 or widget.height() <= 0:
            problems.append(f"{describe(widget)} is squeezed to {widget.width()}x{widget.height()}")
            return
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)):
            need = widget.minimumSizeHint()
            if isinstance(widget, QLabel) and widget.wordWrap():
                need.setHeight(widget.heightForWidth(widget.width()))
                need.setWidth(0)
            if widget.width() < need.width() - TOLERANCE or widget.height() < need.height() - TOLERANCE:
                problems.append(
                    f"{describe(widget)} is {widget.width()}x{widget.height()} but needs "
                    f"{need.width()}x{need.height()}"
                )

    walk(root)
    return problems


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _rect(r: QRect) -> str:
    return f"{r.x()},{r.y()} {r.width()}x{r.height()}"
