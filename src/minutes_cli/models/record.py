"""The record: one per document, the toolkit's public interface.

Field names follow ``contract/RECORD.md``; they are fixed. Adding optional
fields is allowed, renaming or removing one needs a new ``SCHEMA_VERSION``.
Unknown values are ``None``, lists default to ``[]`` and every key is always
present in the serialized form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

if TYPE_CHECKING:
    from pydantic import BaseModel, ConfigDict, Field
else:  # pydantic's, or the plain stand-in `minutes validate` uses
    from minutes_cli.models.base import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

ConclusionKind = Literal["task", "decision", "information", "event"]
SignatureRole = Literal["recorded_by", "reviewed_by", "verified_by", "approved_by"]
EntityType = Literal[
    "date",
    "time",
    "money",
    "percent",
    "email",
    "phone",
    "url",
    "abbreviation",
    "registration_number",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Loc(_Model):
    """Where a value stands: 1-based lines of the normalized text (``minutes text``)."""

    line: int = Field(ge=1)
    end_line: int = Field(ge=1)


class Mention(_Model):
    text: str
    loc: Loc


class Source(_Model):
    path: str
    sha256: str
    media_type: str
    encoding: str | None = None
    profile: str = "generic"
    parser_version: str


class RecordWarning(_Model):
    """An uncertain decision, with a stable code (see ``minutes_cli.warnings``)."""

    code: str
    message: str
    loc: Loc | None = None


class Furniture(_Model):
    text: str
    loc: Loc | None = None


class Unassigned(_Model):
    text: str
    loc: Loc


class Entity(_Model):
    type: EntityType
    text: str
    value: str | float | int | None = None
    loc: Loc


class Redaction(_Model):
    text: str
    loc: Loc


class Person(_Model):
    name: str
    degrees: list[str] = []
    roles: list[str] = []
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None
    mentions: list[Mention] = []


class Organisation(_Model):
    name: str
    abbreviation: str | None = None
    mentions: list[Mention] = []


class _Deferred(_Model):
    """Models only strategy and project records use: built on first use, so that
    minutes (and ``minutes validate``) do not pay for them at start-up."""

    model_config = ConfigDict(defer_build=True)


class _RecordBase(_Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    people: list[Person] = []
    organisations: list[Organisation] = []
    entities: list[Entity] = []
    furniture: list[Furniture] = []
    unassigned: list[Unassigned] = []
    warnings: list[RecordWarning] = []


# --- minutes -----------------------------------------------------------------


class Attendance(_Model):
    note: str | None = None
    present: list[str] = []
    excused: list[str] = []
    guests: list[str] = []


class HeaderDetail(_Model):
    """A labelled header line no other field takes ("Stavba: …", "Investor: …")."""

    label: str
    value: str
    loc: Loc


class Meeting(_Model):
    title: str | None = None
    body: str | None = None
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    attendance: Attendance = Attendance()
    details: list[HeaderDetail] = []  # optional, additive: other labelled header lines


class AgendaPoint(_Model):
    number: str | None = None
    title: str
    loc: Loc


class Speaker(_Model):
    name: str | None = None
    redacted: bool = False


class Report(_Model):
    organisation: str
    speaker: Speaker = Speaker()
    text: str
    loc: Loc


class Item(_Model):
    number: str | None = None
    title: str
    text: str = ""
    loc: Loc
    reports: list[Report] = []


class Vote(_Model):
    for_: int | None = Field(default=None, alias="for")
    against: int | None = None
    abstain: int | None = None
    not_voting: int | None = None
    absent: int | None = None
    result: Literal["adopted", "rejected"] | None = None


class Conclusion(_Model):
    number: str | None = None
    text: str
    kind: ConclusionKind = "information"
    vote: Vote | None = None
    item: str | None = None
    loc: Loc


class ActionItem(_Model):
    who: str | None = None
    what: str
    due: str | None = None
    origin: Literal["conclusions", "items"]
    loc: Loc


class Event(_Model):
    date: str | None = None
    time: str | None = None
    what: str
    place: str | None = None
    loc: Loc


class Signature(_Model):
    role: SignatureRole
    name: str | None = None
    degrees: list[str] = []
    date: str | None = None
    place: str | None = None
    loc: Loc | None = None


class Attachment(_Model):
    label: str | None = None
    title: str | None = None
    loc: Loc
    # The record file an annex of a known kind was split into (`minutes parse --split`).
    file: str | None = None


class MinutesRecord(_RecordBase):
    kind: Literal["minutes"] = "minutes"
    meeting: Meeting = Meeting()
    agenda: list[AgendaPoint] = []
    items: list[Item] = []
    conclusions: list[Conclusion] = []
    action_items: list[ActionItem] = []
    events: list[Event] = []
    signatures: list[Signature] = []
    attachments: list[Attachment] = []
    redactions: list[Redaction] = []


# --- strategy ----------------------------------------------------------------


class Period(_Deferred):
    start: int | None = None
    end: int | None = None


class StrategyDocument(_Deferred):
    title: str | None = None
    period: Period = Period()
    city: str | None = None


class Cost(_Deferred):
    amount: float | None = None
    currency: str | None = None
    note: str | None = None


class Activity(_Deferred):
    code: str
    title: str
    text: str = ""
    indicators: list[str] = []
    implementers: list[str] = []
    deadline: str | None = None
    funding_sources: list[str] = []
    costs: list[Cost] = []
    loc: Loc | None = None


class Measure(_Deferred):
    code: str
    title: str
    text: str = ""
    activities: list[Activity] = []
    loc: Loc | None = None


class Priority(_Deferred):
    code: str
    title: str
    text: str = ""
    measures: list[Measure] = []
    loc: Loc | None = None


class StrategyRecord(_RecordBase):
    model_config = ConfigDict(defer_build=True)
    kind: Literal["strategy"] = "strategy"
    document: StrategyDocument = Field(default_factory=StrategyDocument)
    priorities: list[Priority] = []


# --- project -----------------------------------------------------------------


class DatePeriod(_Deferred):
    start: str | None = None
    end: str | None = None


class BudgetPart(_Deferred):
    source: str
    amount: float | None = None
    share_percent: float | None = None


class Budget(_Deferred):
    total: float | None = None
    currency: str | None = None
    parts: list[BudgetPart] = []


class KeyActivity(_Deferred):
    code: str
    title: str
    text: str = ""


class Contact(_Deferred):
    name: str
    degrees: list[str] = []
    role: str | None = None
    organisation: str | None = None
    phones: list[str] = []
    email: str | None = None


class ProjectSection(_Deferred):
    """A described part of a project card with no field of its own ("Inovativnost projektu")."""

    title: str
    text: str = ""
    loc: Loc


class Project(_Deferred):
    title: str | None = None
    registration_number: str | None = None
    programme: str | None = None
    period: DatePeriod = DatePeriod()
    budget: Budget = Budget()
    goals: list[str] = []
    key_activities: list[KeyActivity] = []
    contacts: list[Contact] = []
    sections: list[ProjectSection] = []  # optional, added in 1.0.x: other headed sections


class ProjectRecord(_RecordBase):
    model_config = ConfigDict(defer_build=True)
    kind: Literal["project"] = "project"
    project: Project = Field(default_factory=Project)


# --- unknown -----------------------------------------------------------------


class UnknownRecord(_RecordBase):
    kind: Literal["unknown"] = "unknown"


Record = Annotated[
    MinutesRecord | StrategyRecord | ProjectRecord | UnknownRecord,
    Field(discriminator="kind"),
]

RECORD_TYPES: dict[str, type[_RecordBase]] = {
    "minutes": MinutesRecord,
    "strategy": StrategyRecord,
    "project": ProjectRecord,
    "unknown": UnknownRecord,
}
