"""The Chinese of the investigation texts the briefing pack prints (issue 17): a progress report's
``note_zh``, a result's ``result_zh``; migration 0015, the services on both engines, the command line, the
Requests page (clicked), the pack in each language and ``pack_texts``."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from briefing.conftest import build_scene
from briefing.pdf_reading import flat_text
from briefing.samples import demo_pack
from PySide6.QtCore import Qt
from sqlalchemy import text

from dialogue_planner.cli import main
from dialogue_planner.domain.briefing import PackInvestigation, PackOptions
from dialogue_planner.domain.errors import ValidationError
from dialogue_planner.domain.translation import missing_chinese, pack_texts
from dialogue_planner.gui.kit.ops import wait_all
from dialogue_planner.gui.requests.page import RequestsPage
from dialogue_planner.reports import render_pack
from dialogue_planner.reports.wording import label
from dialogue_planner.services import requests as rs
from dialogue_planner.storage.database import open_database
from dialogue_planner.storage.engine import create_engine_for
from dialogue_planner.storage.migrate import run_migrations
from dialogue_planner.storage.schema import SCHEMA_HEAD

from .conftest import show_page
from .test_gui_agenda_chinese import type_chinese

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schemas" / "schema-0006.sqlite"
TODAY = date(2015, 11, 30)
MARK = "".join(label("untranslated", "zh").split())


# -- migration -------------------------------------------------------------------------------------
def test_revision_0015_adds_empty_chinese_and_keeps_every_row(tmp_path):
    copy = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, copy)
    queries = (
        "SELECT id, kind, note FROM request_update ORDER BY id",
        "SELECT id, subject, status FROM request ORDER BY id",
    )
    with sqlite3.connect(copy) as con:
        before = [con.execute(q).fetchall() for q in queries]
    assert len(before[0]) > 50 and any(u[1] == "status" for u in before[0])
    open_database(copy).dispose()
    with sqlite3.connect(copy) as con:
        assert [con.execute(q).fetchall() for q in queries] == before
        for table, column in (("request_update", "note_zh"), ("request", "result_zh")):
            assert con.execute(f"SELECT count(*) FROM {table} WHERE {column} IS NOT ''").fetchone() == (0,)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.postgres
def test_revision_0015_on_postgres(pg_url):
    from commitments.test_migration import _copy_rows

    engine = create_engine_for(pg_url)
    try:
        run_migrations(engine, "0006")
        _copy_rows(FIXTURE, engine, ["side", "dialogue", "agency", "request", "request_update"])
        run_migrations(engine, "head")
        with engine.connect() as conn:
            updates = conn.execute(text("SELECT count(*) FROM request_update WHERE note_zh = ''")).scalar()
            requests = conn.execute(text("SELECT count(*) FROM request WHERE result_zh = ''")).scalar()
    finally:
        engine.dispose()
    with sqlite3.connect(FIXTURE) as con:
        assert updates == con.execute("SELECT count(*) FROM request_update").fetchone()[0] > 50
        assert requests == con.execute("SELECT count(*) FROM request").fetchone()[0] > 20


# -- services on both engines ----------------------------------------------------------------------
def _request(ctx, subject="Botnet", **more):
    return rs.add_request(
        ctx, from_side="US", to_side="CN", kind="investigation", subject=subject,
        received_on=date(2015, 9, 26), today=TODAY, **more,
    )  # fmt: skip


def test_services_store_the_chinese_and_refuse_it_alone(any_ctx):
    ref = _request(any_ctx).reference
    rs.update_status(
        any_ctx, ref, status="progress", note="Suspects identified", note_zh=" 已查明嫌疑人 ",
        on=date(2015, 10, 20), today=TODAY,
    )  # fmt: skip
    rs.update_status(
        any_ctx, ref, status="progress", note="Devices seized", on=date(2015, 10, 21), today=TODAY
    )
    history = rs.get_request(any_ctx, ref).history
    assert [(h.note, h.note_zh) for h in history] == [
        ("Suspects identified", "已查明嫌疑人"),
        ("Devices seized", ""),
    ]
    for bad in ({"note": "", "note_zh": "只有中文"}, {"note": "x", "note_zh": "坏\x07"}):
        with pytest.raises(ValidationError):
            rs.update_status(any_ctx, ref, status="acknowledged", on=date(2015, 10, 22), today=TODAY, **bad)
    assert len(rs.get_request(any_ctx, ref).history) == 2  # nothing of a refused change is stored

    r = rs.set_result(any_ctx, ref, text="Two arrests", text_zh="两人被捕", on=date(2015, 11, 2), today=TODAY)
    assert (r.result, r.result_zh) == ("Two arrests", "两人被捕")
    assert rs.get_request(any_ctx, ref).history[-1].note_zh == "两人被捕"
    r = rs.set_result(any_ctx, ref, text_zh="两名嫌疑人被捕", today=TODAY)  # the Chinese alone corrected
    assert (r.result, r.result_zh) == ("Two arrests", "两名嫌疑人被捕")
    version = r.version
    assert rs.set_result(any_ctx, ref, text_zh="两名嫌疑人被捕", today=TODAY).version == version  # unchanged
    with pytest.raises(ValidationError, match="needs its English"):
        rs.set_result(any_ctx, ref, text="", text_zh="只有中文", today=TODAY)
    r = rs.set_result(any_ctx, ref, text="", today=TODAY)  # the English cleared: its Chinese goes with it
    assert (r.result, r.result_zh) == ("", "")

    reports = rs.investigation_reports(any_ctx, start=date(2015, 10, 1), end=date(2015, 11, 30))
    assert [(i.progress_zh, i.result_zh) for i in reports] == [(("已查明嫌疑人", ""), "")]


def test_investigation_reports_carry_the_chinese_of_a_result(ctx):
    ref = _request(ctx).reference
    rs.update_status(
        ctx, ref, status="progress", note="Ongoing", note_zh="进行中", on=date(2015, 10, 1), today=TODAY
    )
    rs.set_result(ctx, ref, text="Two arrests", text_zh="两人被捕", on=date(2015, 11, 2), today=TODAY)
    (report,) = rs.investigation_reports(ctx, start=date(2015, 10, 1), end=date(2015, 11, 30))
    assert report.progress == ((date(2015, 10, 1), "Ongoing"),) and report.progress_zh == ("进行中",)
    assert (report.result, report.result_zh) == ("Two arrests", "两人被捕")


# -- command line ----------------------------------------------------------------------------------
def test_cli_flags_and_json(ctx, db_url, capsys):
    ref = _request(ctx).reference

    def run(*args):
        return main(["--db", db_url, *args])

    assert run("requests", "update", ref, "--status", "progress", "--note", "Logs read", "--note-zh", "日志已读",
               "--date", "2015-10-20") == 0  # fmt: skip
    capsys.readouterr()
    assert (
        run(
            "requests",
            "result",
            ref,
            "--text",
            "Two arrests",
            "--text-zh",
            "两人被捕",
            "--date",
            "2015-11-02",
            "--json",
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["result_zh"] == "两人被捕"
    assert run("requests", "show", ref, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["result"], data["result_zh"]) == ("Two arrests", "两人被捕")
    assert [(h["kind"], h["note_zh"]) for h in data["history"]] == [
        ("status", "日志已读"),
        ("result", "两人被捕"),
    ]
    assert run("requests", "show", ref) == 0
    out = capsys.readouterr().out
    assert "  两人被捕\n" in out and "Logs read / 日志已读" in out
    assert run("requests", "result", ref, "--text-zh", "只有中文", "--text", "") == 1
    assert "needs its English" in capsys.readouterr().err
    assert run("requests", "update", ref, "--status", "acknowledged", "--note-zh", "只有中文") == 1
    assert run("requests", "result", ref, "--text-zh", "", "--json") == 0
    assert json.loads(capsys.readouterr().out)["result_zh"] is None


# -- the Requests page, clicked --------------------------------------------------------------------
REF = "US-2016-0001"


def _open(qtbot, gui_app):
    page = show_page(qtbot, RequestsPage(gui_app))
    assert page.select_request(rs.get_request(gui_app.ctx, REF).request.id)
    wait_all()
    return page.detail


def test_progress_report_in_both_languages_from_the_status_tab(qtbot, gui_app):
    pane = _open(qtbot, gui_app)
    pane.actions.setCurrentIndex(1)
    assert pane.status_texts.isVisible() and pane.status_note_zh.isVisible()
    pane.status.setCurrentIndex(pane.status.findData("progress"))
    pane.status_date.clear()
    qtbot.keyClicks(pane.status_date, "2016-05-02")
    qtbot.keyClicks(pane.status_note, "Suspects identified")
    assert pane.status_texts.marks["note"].text() == "●"  # the Chinese is missing
    type_chinese(pane.status_note_zh, "已查明嫌疑人")
    assert pane.status_texts.marks["note"].text() == "✓"
    qtbot.mouseClick(pane.status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rs.get_request(gui_app.ctx, REF).history != ())
    wait_all()
    (h,) = rs.get_request(gui_app.ctx, REF).history
    assert (h.kind, h.note, h.note_zh) == ("status", "Suspects identified", "已查明嫌疑人")
    assert pane.status_note.text() == "" and pane.status_note_zh.text() == ""
    assert pane.history.item(0).text().endswith(": Suspects identified / 已查明嫌疑人")


def test_result_in_both_languages_from_the_result_tab(qtbot, gui_app):
    pane = _open(qtbot, gui_app)
    pane.actions.setCurrentIndex(3)
    qtbot.keyClicks(pane.result_text, "Two arrests")
    type_chinese(pane.result_text_zh, "两人被捕")
    pane.result_date.clear()
    qtbot.keyClicks(pane.result_date, "2016-05-02")
    qtbot.mouseClick(pane.result_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rs.get_request(gui_app.ctx, REF).request.result != "")
    wait_all()
    r = rs.get_request(gui_app.ctx, REF).request
    assert (r.result, r.result_zh) == ("Two arrests", "两人被捕")
    assert "Two arrests / 两人被捕" in pane.facts.text()
    assert pane.result_texts.values() == {"result": "Two arrests", "result_zh": "两人被捕"}
    # the Chinese alone, with no English, goes to the error path and stores nothing
    pane.result_text.clear()
    qtbot.mouseClick(pane.result_button, Qt.MouseButton.LeftButton)
    wait_all()
    assert gui_app.errors.shown and "needs its English" in gui_app.errors.shown[-1][1]
    assert rs.get_request(gui_app.ctx, REF).request.result_zh == "两人被捕"


# -- the pack --------------------------------------------------------------------------------------
def _pack():
    base = demo_pack()
    done = PackInvestigation(
        "US-2016-0042", "US", "CN", "Botnet", "僵尸网络",
        progress=((date(2016, 3, 12), "Suspects identified"), (date(2016, 3, 20), "Devices imaged")),
        progress_zh=("已查明嫌疑人", ""),
        result="Two arrests", result_zh="两人被捕", result_shareable=True,
    )  # fmt: skip
    secret = PackInvestigation(
        "CN-2016-0007", "CN", "US", "Phishing", "钓鱼", result="Kept at home", result_shareable=False
    )
    return replace(base, investigations=(done, secret))


def test_pack_texts_name_the_investigation_texts():
    pack = _pack()
    where = {t.where: t for t in pack_texts(pack)}
    assert where["request US-2016-0042, progress report of 12 Mar 2016"].chinese == "已查明嫌疑人"
    assert where["request US-2016-0042, result"].chinese == "两人被捕"
    assert {t.where for t in missing_chinese(pack)} >= {
        "request US-2016-0042, progress report of 20 Mar 2016",
        "request CN-2016-0007, result",
    }
    # one copy: the result it does not print is not counted
    assert "request CN-2016-0007, result" not in {
        t.where for t in pack_texts(pack, PackOptions(language="zh"))
    }
    us_copy = PackOptions(language="zh", recipient_side="US")
    assert "request CN-2016-0007, result" in {t.where for t in pack_texts(pack, us_copy)}


def test_the_packs_print_the_chinese_or_mark_the_english():
    pack = _pack()
    zh = flat_text(render_pack(pack, PackOptions(language="zh", deterministic=True)).pdf)
    assert "已查明嫌疑人" in zh and "两人被捕" in zh and "Suspectsidentified" not in zh
    assert "Twoarrests" not in zh and "Devicesimaged" + MARK in zh
    assert "Keptathome" not in zh  # not shareable, and this copy is for no side
    bilingual = flat_text(render_pack(pack, PackOptions(language="bilingual", deterministic=True)).pdf)
    assert (
        "Suspectsidentified" in bilingual
        and "已查明嫌疑人" in bilingual
        and "Twoarrests两人被捕" in bilingual
    )
    assert "Devicesimaged" + MARK in bilingual
    english = flat_text(render_pack(pack, PackOptions(language="en", deterministic=True)).pdf)
    assert "Suspectsidentified" in english and "已查明嫌疑人" not in english and MARK not in english


def test_an_assembled_pack_carries_the_chinese(ctx):
    from dialogue_planner.services.agenda import add_standing_items
    from dialogue_planner.services.briefing import assemble_pack

    scene = build_scene(ctx)
    add_standing_items(ctx, scene.meeting)
    ref = _request(ctx, subject_zh="僵尸网络").reference
    rs.update_status(
        ctx, ref, status="progress", note="Ongoing", note_zh="进行中", on=date(2015, 10, 20), today=TODAY
    )
    rs.set_result(
        ctx, ref, text="Two arrests", text_zh="两人被捕", shareable=True, on=date(2015, 11, 2), today=TODAY
    )
    pack = assemble_pack(ctx, scene.meeting, today=TODAY)
    (i,) = next(item for item in pack.agenda if item.investigations).investigations
    assert (i.progress_zh, i.result_zh) == (("进行中",), "两人被捕")
    assert not [t for t in missing_chinese(pack) if t.label == f"request {ref}"]
