"""A state machine over the services: random adds, resolves, closes, cancels, postpones and moves never
lose or duplicate an item, and every chain keeps its origin."""

import contextlib
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select

from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.services import agenda
from dialogue_planner.services.context import ServiceContext
from dialogue_planner.services.setup import initialise
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.models import AgendaItem, Meeting

from .conftest import add_meeting, set_meeting_status

ORIGIN = date(2015, 12, 1)


_TEMPLATE = tempfile.TemporaryDirectory()


def _template() -> Path:
    """A migrated, initialised database made once and copied per example (migrating each time is slow)."""
    path = Path(_TEMPLATE.name) / "template.sqlite"
    if not path.exists():
        db = open_database(f"sqlite:///{path}")
        initialise(ServiceContext.connect(db))
        db.dispose()
    return path


class AgendaMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self):
        self.folder = tempfile.TemporaryDirectory()
        copy = Path(self.folder.name) / "m.sqlite"
        shutil.copyfile(_template(), copy)
        self.db = open_database(f"sqlite:///{copy}")
        self.ctx = ServiceContext.connect(self.db)
        self.meetings = 0
        for _ in range(3):
            self._plan()
        self.added = 0

    def teardown(self):
        if hasattr(self, "db"):
            self.db.dispose()
            self.folder.cleanup()

    def _plan(self):
        self.meetings += 1
        add_meeting(self.ctx, self.meetings, ORIGIN + timedelta(days=180 * (self.meetings - 1)))

    def _open_numbers(self):
        return [m.number for m in agenda.agenda_meetings(self.ctx) if m.is_open]

    @rule()
    def plan_meeting(self):
        self._plan()

    @rule(data=st.data())
    def add(self, data):
        numbers = self._open_numbers()
        if numbers:
            agenda.add_item(self.ctx, meeting=data.draw(st.sampled_from(numbers)), title=f"Item {self.added}")
            self.added += 1

    def _items(self):
        with self.ctx.read() as s:
            # Standing items recur by themselves at each close; the machine follows the others.
            return s.execute(
                select(
                    AgendaItem.id,
                    AgendaItem.meeting_id,
                    AgendaItem.status,
                    AgendaItem.title,
                    AgendaItem.carried_from_id,
                    AgendaItem.first_raised_meeting_id,
                    AgendaItem.times_carried,
                ).where(AgendaItem.source != "standing")
            ).all()

    @rule(data=st.data(), how=st.sampled_from(["resolve", "withdraw", "discussed"]))
    def settle(self, data, how):
        live = [i.id for i in self._items() if i.status in ("open", "discussed")]
        if not live:
            return
        item_id = data.draw(st.sampled_from(live))
        try:
            if how == "resolve":
                agenda.resolve_item(self.ctx, item_id, "Agreed")
            elif how == "withdraw":
                agenda.withdraw_item(self.ctx, item_id, "No longer needed")
            else:
                agenda.set_item_status(self.ctx, item_id, "discussed")
        except ValidationError:
            pass

    @rule(data=st.data())
    def close(self, data):
        numbers = self._open_numbers()
        if not numbers:
            return
        number = data.draw(st.sampled_from(numbers))
        try:
            agenda.close_meeting(self.ctx, number, today=date(2030, 1, 1))
        except ValidationError:
            return
        assert agenda.close_meeting(self.ctx, number).already_closed

    @rule(data=st.data(), status=st.sampled_from(["cancelled", "postponed"]))
    def call_off(self, data, status):
        numbers = [n for n in self._open_numbers()]
        if numbers:
            with contextlib.suppress(ValidationError):
                set_meeting_status(self.ctx, data.draw(st.sampled_from(numbers)), status)

    @rule(data=st.data())
    def move(self, data):
        items = [i.id for i in self._items()]
        numbers = self._open_numbers()
        if items and numbers:
            with contextlib.suppress(ValidationError):
                agenda.move_item(
                    self.ctx, data.draw(st.sampled_from(items)), data.draw(st.sampled_from(numbers))
                )

    @invariant()
    def nothing_lost_or_duplicated(self):
        if not hasattr(self, "ctx"):
            return
        items = self._items()
        with self.ctx.read() as s:
            closed = set(s.scalars(select(Meeting.id).where(Meeting.closed_at.is_not(None))))
        continuation = {}
        for i in items:
            if i.carried_from_id is not None:
                assert i.carried_from_id not in continuation, "carried twice"
                continuation[i.carried_from_id] = i.id
        for i in items:
            assert (i.status == "carried") == (i.id in continuation)
            if i.status in ("open", "discussed"):
                assert i.meeting_id not in closed, "an unresolved item was left on a closed meeting"
        ends = [i for i in items if i.status != "carried"]
        assert len(ends) == self.added  # one live or settled end per item ever added

    @invariant()
    def chains_keep_their_origin(self):
        if not hasattr(self, "ctx"):
            return
        by_id = {i.id: i for i in self._items()}
        for i in by_id.values():
            root, depth = i, 0
            while root.carried_from_id is not None:
                root = by_id[root.carried_from_id]
                depth += 1
            assert i.first_raised_meeting_id == root.first_raised_meeting_id
            assert i.times_carried == depth
            assert i.title == root.title


AgendaMachine.TestCase.settings = settings(
    max_examples=20, stateful_step_count=12, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestAgendaMachine = AgendaMachine.TestCase
