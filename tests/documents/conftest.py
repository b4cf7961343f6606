"""Fixtures of the documents tests: the briefing tests' small dialogue with an agenda item, a request, a
commitment and an activity to attach documents to, and PDFs made on the spot."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from briefing.conftest import Scene, build_scene
from journeys.user_seat import dialogs  # noqa: F401  (the fixture, for the GUI tests here)


@dataclass
class Records:
    scene: Scene
    item: int
    request: int
    reference: str
    commitment: int
    activity: int

    @property
    def ctx(self):
        return self.scene.ctx


def make_pdf(*pages: str) -> bytes:
    """A small PDF with one line of text per page."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    for text in pages:
        c.drawString(72, 720, text)
        c.showPage()
    c.save()
    return buffer.getvalue()


def build_records(ctx) -> Records:
    from dialogue_planner.services.activities import add_activity
    from dialogue_planner.services.agenda import add_item
    from dialogue_planner.services.commitments import add_commitment
    from dialogue_planner.services.requests import add_request

    scene = build_scene(ctx)
    item = add_item(ctx, meeting=scene.meeting, title="Cooperation on botnets")
    request = add_request(
        ctx,
        from_side="CN",
        to_side="US",
        kind="information",
        subject="Subscriber records",
        received_on=date(2015, 10, 5),
        today=date(2015, 10, 6),
    )
    commitment = add_commitment(
        ctx, scene.meeting, text="Share contacts", owner="US", due_on=date(2016, 3, 1)
    )
    activity = add_activity(ctx, kind="hotline-test", start=date(2016, 2, 1))
    return Records(scene, item.id, request.id, request.reference, commitment.id, activity.id)


@pytest.fixture
def records(ctx) -> Records:
    return build_records(ctx)


@pytest.fixture
def any_records(any_ctx) -> Records:
    return build_records(any_ctx)
