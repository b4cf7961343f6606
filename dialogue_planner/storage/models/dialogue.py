"""The dialogue (mechanism), its two sides, and what the secretariat configures for it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, UTCDateTime, Versioned


class Side(Versioned, Timestamped, Base):
    """One party to a dialogue (US, CN); shared by every dialogue the two countries hold."""

    __tablename__ = "side"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    time_zone: Mapped[str] = mapped_column(String(64))
    paper_size: Mapped[str] = mapped_column(String(16), default="a4")
    # ISO country code whose public holidays (``holidays`` package) make the side's working days.
    holiday_country: Mapped[str] = mapped_column(String(8), default="")
    # The language of a briefing pack issued to this side's delegates ("" = the side's default: zh for a
    # side whose holidays are China's, else en), and the side's secretariat as the contact sheet and the
    # PDF's Author name it (migration 0012).
    pack_language: Mapped[str] = mapped_column(String(16), default="", server_default="")
    secretariat_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    secretariat_name_zh: Mapped[str] = mapped_column(String(200), default="", server_default="")
    secretariat_phone: Mapped[str] = mapped_column(String(64), default="", server_default="")
    secretariat_email: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Dialogue(Versioned, Timestamped, Base):
    """A standing bilateral mechanism: its sides, cadence and first-meeting deadline."""

    __tablename__ = "dialogue"

    id: Mapped[int] = mapped_column(primary_key=True)
    # What a user types to name the dialogue (``--dialogue CODE``): unique, upper case, no spaces.
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name_en: Mapped[str] = mapped_column(String(400), unique=True)
    name_zh: Mapped[str] = mapped_column(String(400), default="")
    short_name: Mapped[str] = mapped_column(String(80), default="")
    side_a_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    side_b_id: Mapped[int] = mapped_column(ForeignKey("side.id", ondelete="RESTRICT"))
    meetings_per_year: Mapped[int] = mapped_column(Integer, default=2)
    first_meeting_deadline: Mapped[date | None] = mapped_column(Date)
    established_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("dialogue.id", ondelete="SET NULL"))
    # Scheduling preferences (proposals): travel days before a meeting, minimum spacing between
    # meetings, preferred position in the window (start, middle, end), usual meeting length in days.
    travel_days: Mapped[int] = mapped_column(Integer, default=1)
    min_spacing_days: Mapped[int] = mapped_column(Integer, default=120)
    preferred_position: Mapped[str] = mapped_column(String(16), default="middle")
    meeting_length_days: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Commitments due within this many days count as due soon (Overview, pack).
    commitment_due_soon_days: Mapped[int] = mapped_column(Integer, default=14)

    side_a: Mapped[Side] = relationship(foreign_keys=[side_a_id], lazy="joined")
    side_b: Mapped[Side] = relationship(foreign_keys=[side_b_id], lazy="joined")


class DialogueCadence(Base):
    """From ``from_on`` on, the dialogue meets ``meetings_per_year`` times a year (until the next row). The
    dialogue's own ``meetings_per_year`` is the cadence before the first row."""

    __tablename__ = "dialogue_cadence"
    __table_args__ = (UniqueConstraint("dialogue_id", "from_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="CASCADE"), index=True)
    from_on: Mapped[date] = mapped_column(Date)
    meetings_per_year: Mapped[int] = mapped_column(Integer)


class DialogueChoice(Base):
    """The dialogue a login last chose to work on (``dialogues use``, the window's switcher): the default
    for that login's next session, and for a login that never chose, the most recent choice of anyone."""

    __tablename__ = "dialogue_choice"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(128), unique=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="CASCADE"), index=True)
    chosen_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Blackout(Versioned, Timestamped, Base):
    """A period the secretariat rules out for meetings (summits, elections)."""

    __tablename__ = "blackout"

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="CASCADE"), index=True)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(400))
    # Empty: applies to both sides; else the side code whose calendar it blocks.
    side_code: Mapped[str] = mapped_column(String(8), default="")


class StandingItem(Versioned, Timestamped, Base):
    """An agenda item the dialogue puts on every meeting (e.g. the review of timeliness)."""

    __tablename__ = "standing_item"
    __table_args__ = (UniqueConstraint("dialogue_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(400))
    title_zh: Mapped[str] = mapped_column(String(400), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TimelinessStandard(Versioned, Timestamped, Base):
    """Days allowed to acknowledge and to respond to a request of one kind."""

    __tablename__ = "timeliness_standard"
    __table_args__ = (UniqueConstraint("dialogue_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogue.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    acknowledge_days: Mapped[int] = mapped_column(Integer, default=7)
    response_days: Mapped[int] = mapped_column(Integer, default=30)
    # "calendar" or "working" (working days of the responding side).
    day_basis: Mapped[str] = mapped_column(String(16), default="calendar")
