"""The fields a roster file can carry, their limits, and the header aliases agencies actually use.

Headers are matched after :func:`normalise_header` (case, spacing, underscores, hyphens and full-width
forms ignored), so "E-Mail", "e_mail" and "ＥＭＡＩＬ" all name ``email``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .roster_cells import INVISIBLE  # a second byte-order mark or a zero-width mark in a header


@dataclass(frozen=True)
class RosterField:
    name: str
    label: str
    required: bool
    max_length: int
    aliases: tuple[str, ...]


# Lengths are those of the storage columns (storage/models/roster.py), so a value that passes here fits.
FIELDS: tuple[RosterField, ...] = (
    RosterField("side", "Side", True, 200, ("side", "country", "方", "国别", "国家", "方别")),
    RosterField(
        "agency",
        "Agency",
        True,
        300,
        ("agency", "organisation", "organization", "ministry", "department", "机构", "单位", "部门"),
    ),
    RosterField(
        "family_name",
        "Family name",
        True,
        120,
        ("family name", "surname", "last name", "lastname", "familyname", "姓"),
    ),
    RosterField(
        "given_name",
        "Given name",
        False,
        120,
        ("given name", "first name", "firstname", "givenname", "forename", "名"),
    ),
    RosterField(
        "native_name",
        "Native name",
        False,
        120,
        ("native name", "chinese name", "name in chinese", "中文姓名", "姓名", "中文名"),
    ),
    RosterField("title", "Title", False, 200, ("title", "position", "job title", "rank")),
    RosterField(
        "email",
        "Email",
        False,
        254,
        ("email", "e-mail", "mail", "email address", "邮箱", "电子邮件", "电子邮箱", "邮件"),
    ),
    RosterField(
        "phone",
        "Phone",
        False,
        60,
        ("phone", "telephone", "tel", "phone number", "mobile", "电话", "联系电话", "手机"),
    ),
    RosterField(
        "external_id",
        "External ID",
        False,
        80,
        ("external id", "id", "staff id", "employee id", "编号", "工号", "人员编号"),
    ),
    # Last, so that the columns of files made from the earlier template keep their places.
    RosterField(
        "title_zh",
        "Title (Chinese)",
        False,
        200,
        (
            "title zh",
            "chinese title",
            "title in chinese",
            "position (chinese)",
            "职务",
            "職務",
            "中文职务",
            "职位",
            "職位",
            "职称",
            "職稱",
        ),
    ),
)

FIELD_BY_NAME: dict[str, RosterField] = {f.name: f for f in FIELDS}
#: A text and its Chinese: a second header line may name one under the other ("职务" under "Title").
OTHER_LANGUAGE: dict[str, str] = {"title": "title_zh", "title_zh": "title"}
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
REQUIRED_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.required)

_SEPARATORS = re.compile(r"[\s_\-.:：·/]+")


def normalise_header(text: str) -> str:
    """Fold a header cell to its comparable form: NFKC, case-folded, separators removed."""
    folded = unicodedata.normalize("NFKC", str(text or "").translate(INVISIBLE)).casefold().strip()
    return _SEPARATORS.sub("", folded)


_ALIAS_INDEX: dict[str, str] = {}
for _field in FIELDS:
    for _alias in (_field.name, _field.label, *_field.aliases):
        _ALIAS_INDEX.setdefault(normalise_header(_alias), _field.name)


def field_for_header(text: str) -> str | None:
    """The field a header cell names, or None when it names none."""
    key = normalise_header(text)
    return _ALIAS_INDEX.get(key) if key else None
