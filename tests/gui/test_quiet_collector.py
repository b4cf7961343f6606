"""The GUI process's collector policy (gui/kit/collector.py, issue 19): what survives is frozen once the
operations and tasks are idle, never while a call or task is in flight, and handed back to the collector
after a while so that cycles frozen alive are freed in the end. No timing is asserted: the timer is fired
by hand and the clock moved by hand."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from dialogue_planner.gui.kit import collector as collector_module
from dialogue_planner.gui.kit.collector import QuietCollector
from dialogue_planner.gui.kit.ops import Ops
from dialogue_planner.gui.kit.tasks import TaskRunner


@pytest.fixture
def quiet(qapp):
    ops, tasks = Ops(lambda *a, **k: None), TaskRunner(lambda *a, **k: None)
    gc.unfreeze()
    made = QuietCollector(ops, tasks)
    made.timer.stop()
    made.frozen_at_start = gc.get_freeze_count()
    gc.unfreeze()
    yield made
    ops.wait_idle()
    tasks.wait()
    gc.unfreeze()


def test_the_start_is_frozen_at_once(quiet):
    assert quiet.frozen_at_start > 0


def test_idle_freezes_what_survives(quiet):
    survivor = [object() for _ in range(10)]
    assert gc.get_freeze_count() == 0
    quiet.freeze()
    assert gc.get_freeze_count() > 0
    del survivor


def test_no_freeze_while_a_call_or_a_task_is_in_flight(quiet):
    release = threading.Event()
    quiet.ops.run(release.wait)
    quiet.freeze()
    assert gc.get_freeze_count() == 0
    release.set()
    quiet.ops.wait_idle()
    assert quiet.timer.isActive()  # the end of the call starts the wait for idle again

    release.clear()
    quiet.tasks.run("work", lambda _progress: release.wait())
    quiet.freeze()
    assert gc.get_freeze_count() == 0
    release.set()
    quiet.tasks.wait()


def test_after_a_while_the_frozen_objects_go_back_to_the_collector(quiet, monkeypatch):
    quiet.freeze()
    assert gc.get_freeze_count() > 0
    later = quiet.since + collector_module.UNFREEZE_AFTER + 1
    monkeypatch.setattr(collector_module.time, "monotonic", lambda: later)
    quiet.freeze()
    assert gc.get_freeze_count() == 0
    assert quiet.since == later
    quiet.freeze()  # and the next idle freezes again
    assert gc.get_freeze_count() > 0


def test_a_cycle_frozen_alive_is_freed_once_unfrozen(quiet):
    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    quiet.freeze()
    del a, b
    gc.collect()
    assert gone() is not None  # frozen: the collector does not look at it
    gc.unfreeze()
    gc.collect()
    assert gone() is None


def test_collection_deferred_holds_the_collector_off_and_gives_it_back_even_after_an_error():
    from dialogue_planner.gui.kit.collector import collection_deferred

    assert gc.isenabled()
    with collection_deferred():
        assert not gc.isenabled()
        with collection_deferred():  # nested: the outer block gives it back
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collection_deferred():
        raise ValueError("the render failed")
    assert gc.isenabled()


def test_collection_deferred_keep_freezes_what_the_block_made():
    from dialogue_planner.gui.kit.collector import collection_deferred

    gc.unfreeze()
    try:
        with collection_deferred(keep=True):
            rows = [[n] for n in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() > 0
        assert not any(o is rows for o in gc.get_objects())  # frozen: out of the collector's walks
    finally:
        gc.unfreeze()


def test_the_page_imports_freeze_what_they_make_and_give_the_collector_back_even_after_a_failure(
    monkeypatch, tmp_path
):
    """``import_pages`` (the warm-up, off the GUI thread) freezes the modules' objects; a module that fails
    to import leaves the collector running as before."""
    from dialogue_planner.gui.shell import pages

    (tmp_path / "warmup_probe_ok.py").write_text("made = [object() for _ in range(10)]\n")
    (tmp_path / "warmup_probe_bad.py").write_text("raise ImportError('broken on purpose')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    gc.unfreeze()
    monkeypatch.setattr(pages, "AFTER_PAGES", ())
    monkeypatch.setattr(pages, "PAGES", [pages.PageEntry("probe", "overview", "warmup_probe_ok:X")])
    pages.import_pages()
    assert gc.isenabled() and gc.get_freeze_count() > 0
    gc.unfreeze()
    monkeypatch.setattr(pages, "PAGES", [pages.PageEntry("probe", "overview", "warmup_probe_bad:X")])
    with pytest.raises(ImportError, match="broken on purpose"):
        pages.import_pages()
    assert gc.isenabled()
