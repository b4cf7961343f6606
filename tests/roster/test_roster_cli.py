"""The roster commands end to end: JSON fields, exit statuses, nothing changed on invalid input."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from dialogue_planner.cli import main

from .helpers import csv_data

ROWS = [
    ["CN", "MPS", "Zhang", "Wei", "张伟", "Director", "zw@mps.example", "+86 10 1", "CN-1"],
    ["US", "FBI", "Lee", "Tom", "", "=cmd()", "tl@fbi.example", "", ""],
]


@pytest.fixture
def run(db_url, capsys):
    assert main(["--db", db_url, "init"]) == 0
    capsys.readouterr()

    def invoke(*args):
        code = main(["--db", db_url, *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_import_json_has_the_public_fields(run, tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(csv_data(ROWS))
    code, out, err = run("roster", "import", path, "--json")
    data = json.loads(out)
    assert code == 0 and err == ""
    assert {k: data[k] for k in ("ok", "created", "updated", "unchanged", "deactivated", "errors")} == {
        "ok": True,
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "deactivated": 0,
        "errors": [],
    }
    code, out, _ = run("roster", "import", path, "--json")
    assert json.loads(out)["unchanged"] == 2


def test_invalid_rows_exit_1_and_change_nothing(run, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_data(ROWS + [["CN", "MPX", "Wu", "", "", "", "", "", ""]]))
    code, out, _ = run("roster", "import", path, "--json")
    data = json.loads(out)
    assert code == 1 and data["ok"] is False and data["created"] == 0
    assert data["errors"] == [
        {
            "row": 4,
            "column": "Agency",
            "message": "Unknown agency 'MPX' on side CN; did you mean MPS (Ministry of Public Security)?",
        }
    ]
    code, out, _ = run("delegates", "list", "--json")
    assert json.loads(out) == []
    code, out, err = run("roster", "import", path)
    assert code == 1 and "Unknown agency 'MPX'" in out and "nothing was imported" in err
    code, out, err = run("roster", "import", path, "--skip-invalid")
    assert code == 0 and "2 new" in out and "1 invalid row(s) skipped" in out and "MPX" in err


def test_file_errors_exit_1_with_one_line(run, tmp_path):
    code, out, err = run("roster", "import", tmp_path / "missing.csv")
    assert (code, out) == (1, "") and err.strip() == f"error: There is no file {tmp_path / 'missing.csv'}."
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, out, _ = run("roster", "import", empty, "--json")
    assert code == 1 and json.loads(out)["errors"] == [
        {"row": 0, "column": "", "message": "empty.csv: The file is empty."}
    ]


def test_dry_run_and_replace_and_undo(run, tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(csv_data(ROWS))
    code, out, _ = run("roster", "import", path, "--dry-run")
    assert code == 0 and out.startswith("Would import r.csv: 2 new")
    assert json.loads(run("delegates", "list", "--json")[1]) == []
    run("roster", "import", path)
    only_zhang = tmp_path / "mps.csv"
    only_zhang.write_bytes(csv_data([ROWS[0]]))
    code, out, _ = run("roster", "import", only_zhang, "--mode", "replace", "--agency", "DOJ")
    assert code == 1  # Zhang is not of DOJ
    fbi_empty = tmp_path / "fbi.csv"
    fbi_empty.write_bytes(csv_data([["US", "DOJ", "Barr", "", "", "", "", "", ""]]))
    code, out, _ = run("roster", "import", fbi_empty, "--mode", "replace", "--agency", "US:DOJ", "--json")
    assert code == 0 and json.loads(out)["deactivated"] == 1 and json.loads(out)["created"] == 1
    lee = next(d for d in json.loads(run("delegates", "list", "--json")[1]) if d["family_name"] == "Lee")
    assert lee["active"] is False
    code, out, _ = run("roster", "undo")
    assert code == 0 and "1 delegate(s) removed, 1 restored" in out
    code, out, _ = run("roster", "imports", "--json")
    assert [i["undone_by"] != "" for i in json.loads(out)] == [True, False]


def test_export_csv_and_xlsx_neutralise_formulas(run, tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(csv_data(ROWS))
    run("roster", "import", path)
    code, out, _ = run("roster", "export", tmp_path / "out.csv")
    assert code == 0 and "Exported 2 delegate(s)" in out
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[1][:5] == ["CN", "MPS", "Zhang", "Wei", "张伟"] and rows[1][7] == "'+86 10 1"
    assert rows[2][5] == "'=cmd()"
    run("roster", "export", tmp_path / "out.xlsx")
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet["F3"].value == "'=cmd()" and sheet["F3"].data_type == "s"
    code, _, err = run("roster", "export", tmp_path / "out.pdf")
    assert code == 1 and "must end in .csv or .xlsx" in err


def test_agencies_and_delegates_lists(run, tmp_path):
    code, out, _ = run("agencies", "list", "--json")
    agencies = json.loads(out)
    assert {(a["side"], a["acronym"]) for a in agencies} >= {
        ("US", "DHS"),
        ("US", "DOJ"),
        ("US", "FBI"),
        ("US", "IC"),
        ("CN", "MPS"),
        ("CN", "MSS"),
        ("CN", "MOJ"),
        ("CN", "SIIO"),
    }
    assert next(a for a in agencies if a["acronym"] == "FBI")["parent"] == "DOJ"
    code, out, _ = run("agencies", "list")
    assert "公安部" in out and "  FBI" in out
    code, out, _ = run(
        "delegates", "add", "--agency", "MPS", "--family-name", "Zhang", "--native-name", "张伟"
    )
    assert code == 0 and "ZHANG (张伟)" in out
    code, out, _ = run("delegates", "list", "--search", "张", "--json")
    [zhang] = json.loads(out)
    assert zhang["agency"] == "MPS" and zhang["active"] is True
    assert run("delegates", "deactivate", zhang["id"])[0] == 0
    assert json.loads(run("delegates", "list", "--active-only", "--json")[1]) == []
    code, _, err = run("delegates", "deactivate", zhang["id"])
    assert code == 1 and "already inactive" in err
    assert run("delegates", "reactivate", zhang["id"])[0] == 0
    code, out, _ = run("delegates", "history", zhang["id"], "--json")
    assert [e["action"] for e in json.loads(out)] == [
        "delegate.reactivate",
        "delegate.deactivate",
        "delegate.add",
    ]
    code, _, err = run("delegates", "add", "--agency", "XYZ", "--family-name", "A")
    assert code == 1 and "No agency with acronym 'XYZ'" in err
    code, _, err = run("delegates", "history", "999")
    assert code == 1 and "No delegate with id 999" in err


def test_import_with_a_saved_mapping(run, tmp_path, db_url):
    from dialogue_planner.services.context import ServiceContext
    from dialogue_planner.services.roster_import import save_mapping
    from dialogue_planner.storage.database import open_database

    db = open_database(db_url)
    save_mapping(ServiceContext.connect(db), "Odd", {"agency": "Org", "family_name": "Surname"}, header_row=2)
    db.dispose()
    path = tmp_path / "odd.csv"
    path.write_bytes(b"Personnel list\r\nSide,Org,Surname\r\nCN,MPS,Zhang\r\n")
    code, _, err = run("roster", "import", path)
    assert code == 1 and "Missing required column: agency" in err
    code, out, _ = run("roster", "import", path, "--mapping", "Odd", "--json")
    assert code == 0 and json.loads(out)["created"] == 1
    code, _, err = run("roster", "import", path, "--mapping", "Nope")
    assert code == 1 and "No saved mapping 'Nope' (Odd)" in err
