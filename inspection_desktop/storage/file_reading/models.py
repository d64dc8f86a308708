"""Tables for file reading: bases, rooms, days, readers, logins, pairs, the sample. Change only
with a migration."""

# No ``from __future__ import annotations`` here: pydantic would read every annotation back
# from its text, which costs some 7 % of declaring the tables at start-up.

import datetime as dt

from sqlmodel import Field, SQLModel, UniqueConstraint


class ReadingBaseRecord(SQLModel, table=True):
    """A place where case files are read on site."""

    __tablename__ = "reading_base"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    venue: str
    address: str = ""
    access: str = ""
    printers: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    # The login process for each agency's system, as notes the reader sheets print.
    ict_process: str = ""
    position: int = 0


class ReadingRoomRecord(SQLModel, table=True):
    """A room at a base, with the desks readers can sit at."""

    __tablename__ = "reading_room"

    id: int | None = Field(default=None, primary_key=True)
    base_id: int = Field(foreign_key="reading_base.id", index=True, ondelete="CASCADE")
    name: str
    desks: int
    position: int = 0


class ReadingDayRecord(SQLModel, table=True):
    """A day the base is available for reading, with its hours."""

    __tablename__ = "reading_day"

    id: int | None = Field(default=None, primary_key=True)
    base_id: int = Field(foreign_key="reading_base.id", index=True, ondelete="CASCADE")
    day: dt.date
    opens: dt.time
    closes: dt.time


class FileReaderRecord(SQLModel, table=True):
    """What file reading keeps about a reader from the register (the register keeps the rest)."""

    __tablename__ = "file_reader"
    __table_args__ = (UniqueConstraint("inspection_id", "contact_id"),)

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    contact_id: int = Field(foreign_key="contact.id", index=True, ondelete="CASCADE")
    agency: str = ""
    service: str = ""
    team: str = ""
    # ISO dates separated by commas; empty means every reading day.
    days: str = ""
    # One a line.
    conflict_teams: str = ""
    conflict_records: str = ""
    agreement_signed: bool = False


class ReaderLoginRecord(SQLModel, table=True):
    """Where one reader's login to one agency system has got."""

    __tablename__ = "reader_login"
    __table_args__ = (UniqueConstraint("inspection_id", "contact_id", "system"),)

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    contact_id: int = Field(foreign_key="contact.id", index=True, ondelete="CASCADE")
    system: str
    status: str


class ReadingPairRecord(SQLModel, table=True):
    """Readers who read together."""

    __tablename__ = "reading_pair"

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    position: int = 0


class ReadingPairMemberRecord(SQLModel, table=True):
    """One reader of a pair."""

    __tablename__ = "reading_pair_member"

    id: int | None = Field(default=None, primary_key=True)
    pair_id: int = Field(foreign_key="reading_pair.id", index=True, ondelete="CASCADE")
    contact_id: int = Field(foreign_key="contact.id", index=True, ondelete="CASCADE")
    position: int = 0


class SampleRecordRecord(SQLModel, table=True):
    """One case record of the sample, by its local reference only, with where it is read."""

    __tablename__ = "sample_record"
    __table_args__ = (UniqueConstraint("inspection_id", "reference"),)

    id: int | None = Field(default=None, primary_key=True)
    inspection_id: int = Field(foreign_key="inspection.id", index=True, ondelete="CASCADE")
    reference: str
    team: str = ""
    service: str = ""
    child_protection: bool = False
    sibling_group: str = ""
    status: str = "not_started"
    # Only the date a concern was passed on: never anything about the child.
    concern_passed_on: dt.date | None = None
    pair_id: int | None = Field(
        default=None, foreign_key="reading_pair.id", index=True, ondelete="SET NULL"
    )
    room_id: int | None = Field(
        default=None, foreign_key="reading_room.id", index=True, ondelete="SET NULL"
    )
    day: dt.date | None = None
    by_hand: bool = False
    unplaced_rule: str = ""
    unplaced_reason: str = ""
    position: int = 0
