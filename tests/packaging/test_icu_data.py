"""packaging/icu_data.py: the cut-down ICU data library gives Qt the same answers as the whole one.

Qt Core calls ICU for collation (QCollator), locale-specific case mapping (QLocale::toUpper/toLower),
time-zone names and IDs (QTimeZone) and legacy encodings (QStringConverter): the probe below asks each of
these once with Qt's own data library and once with the trimmed one loaded in its place (LD_PRELOAD of a
library with the same soname), and the answers must match.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_paths import missing, packaging_script

PROBE = r"""
import json, re, sys
from PySide6.QtCore import QCollator, QCoreApplication, QDateTime, QLocale, QStringDecoder, QTimeZone

app = QCoreApplication([])
words = ["张伟", "李娜", "王芳", "Zhang", "zhang", "Émile", "Eve", "Ödön", "Øre", "apple", "Apple", "10", "9",
         "北京", "上海", "广州", "香港", "重庆", "长安", "Ångström", "ß", "ss", "İstanbul", "Ilık", "美国", "美國",
         "Straße", "a10", "a9"]
out = {}
for name in ("zh_CN", "zh_TW", "zh_HK", "en_US", "en_GB", "C"):
    collator = QCollator(QLocale(name))
    out["sort " + name] = sorted(words, key=collator.sortKey)
    collator.setNumericMode(True)
    out["numeric " + name] = sorted(words, key=collator.sortKey)
for name in ("en_US", "zh_CN", "tr_TR", "el_GR", "lt_LT"):
    locale = QLocale(name)
    out["case " + name] = [locale.toUpper(w) for w in words] + [locale.toLower(w) for w in words]
when = QDateTime.fromString("2026-01-15T12:00:00Z", "yyyy-MM-ddTHH:mm:ssZ")
names = (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName, QTimeZone.NameType.OffsetName)
for zone in ("Asia/Shanghai", "America/New_York", "Europe/Berlin", "Asia/Hong_Kong", "UTC", "Asia/Kolkata"):
    tz = QTimeZone(zone.encode())
    out["tz " + zone] = [bytes(tz.id()).decode(), tz.isValid(), tz.offsetFromUtc(when)]
    for name in ("en_US", "zh_CN"):
        out[f"tz {zone} {name}"] = [tz.displayName(when, kind, QLocale(name)) for kind in names]
out["codecs"] = sorted(n for n in QStringDecoder.availableCodecs() if re.search("gb|big5", n, re.I))
out["valid"] = [QStringDecoder(n).isValid() for n in ("GB18030", "GBK", "GB2312", "Big5", "Big5-HKSCS")]
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
print([line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][0], file=sys.stderr)
"""


@pytest.fixture(scope="module")
def icu_data():
    return packaging_script("icu_data")


@pytest.fixture(scope="module")
def qt_icu_library() -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("only the Linux wheels of PySide6 carry their own ICU")
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library of its own")
    return found[0]


def test_common_data_survives_a_round_trip(icu_data, qt_icu_library):
    _, blob = icu_data.data_symbol(qt_icu_library)
    header, items = icu_data.read_common_data(blob)
    assert len(items) > 1000 and header[12:16] == b"CmnD"
    again = icu_data.read_common_data(icu_data.write_common_data(header, items))[1]
    assert [name for name, _ in again] == [name for name, _ in items]
    assert all(copy.startswith(item) for (_, copy), (_, item) in zip(again, items, strict=True))


def test_items_kept_and_dropped(icu_data):
    kept = ["coll/root.res", "coll/zh.res", "coll/zh_Hant_TW.res", "coll/en_US_POSIX.res", "coll/ucadata.icu",
            "zone/en.res", "zone/pool.res", "zh_CN.res", "root.res", "res_index.res", "zoneinfo64.res",
            "metaZones.res", "likelySubtags.res", "supplementalData.res", "nfkc.nrm", "cnvalias.icu",
            "gb18030.cnv", "windows-950-2000.cnv"]  # fmt: skip
    dropped = ["coll/de.res", "coll/de_.res", "zone/fr.res", "fr_CA.res", "brkitr/cjdict.dict",
               "translit/root.res", "lang/en.res", "curr/zh.res", "unit/en.res", "unames.icu",
               "rfc3491.spp", "ibm-943_P15A-2003.cnv"]  # fmt: skip
    assert [name for name in kept if not icu_data.keep_item(f"icudt73l/{name}")] == []
    assert [name for name in dropped if icu_data.keep_item(f"icudt73l/{name}")] == []


def test_qt_gives_the_same_answers_with_the_trimmed_data(icu_data, qt_icu_library, tmp_path):
    for tool in ("cc", "readelf"):
        if not shutil.which(tool):
            missing(f"{tool} is not installed (Debian packages gcc, binutils)")
    trimmed = icu_data.build_library(qt_icu_library, tmp_path / qt_icu_library.name)
    assert trimmed.stat().st_size < qt_icu_library.stat().st_size / 4
    answers = {}
    for label, preload in (("whole", None), ("trimmed", trimmed)):
        env = {key: value for key, value in os.environ.items() if key != "LD_PRELOAD"}
        if preload:
            env["LD_PRELOAD"] = str(preload)
        result = subprocess.run(
            [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120, check=False
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr.strip().endswith(str(preload or qt_icu_library)), result.stderr
        answers[label] = json.loads(result.stdout)
    whole, trimmed_answers = answers["whole"], answers["trimmed"]
    assert whole["sort zh_CN"].index("北京") < whole["sort zh_CN"].index("张伟"), "pinyin order from ICU"
    assert {key for key in whole if whole[key] != trimmed_answers.get(key)} == set()
