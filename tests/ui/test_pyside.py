"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a
method returning nothing, so a window crashed ("Fatal Python error: none_dealloc") after a few hundred
thousand paints. This fails on any release that does it again."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QFont, QImage, QPainter


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: nothing to count")
def test_methods_that_return_nothing_keep_none_alive(qtbot) -> None:
    font = QFont()
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            font.setPointSizeF(10.0)
            painter.save()
            painter.restore()
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert lost < 100, f"None lost {lost} references in 3,000 calls: this PySide6 release will crash the window"
