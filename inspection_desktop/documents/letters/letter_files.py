"""Writing a run of letters: one file per recipient and a combined file, all or nothing.

Every file is made in a hidden folder beside the letters first and moved into place only when
the whole run has been made, so a cancelled or failed run leaves no partial file behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from inspection_desktop.documents.common.atomic_write import write_bytes_atomically
from inspection_desktop.domain.dates import long_date
from inspection_desktop.domain.letters.addressing import file_stem
from inspection_desktop.errors import UserFacingError
from inspection_desktop.usecases.letters.merge_run import LetterJob, ProducedFile

FORMATS = ("pdf", "docx")

Progress = Callable[[int, int, str], None]
"""Called with (steps done, steps in all, what is being made)."""


class LettersCancelled(Exception):
    """The co-ordinator cancelled the run; nothing was written."""


@dataclass(frozen=True)
class WrittenRun:
    """What a run wrote: each recipient's files and the combined files."""

    files: tuple[ProducedFile, ...]
    combined: tuple[Path, ...]


def combined_paths(combined: Path | None, formats: Sequence[str]) -> list[Path]:
    """The combined file for each format: the name given, with each format's suffix."""
    if combined is None:
        return []
    if len(formats) == 1 and combined.suffix.lower() == f".{formats[0]}":
        return [combined]
    return [combined.with_suffix(f".{fmt}") for fmt in formats]


def write_run(
    job: LetterJob,
    out_dir: Path,
    formats: Sequence[str] = ("pdf",),
    *,
    combined: Path | None = None,
    cover: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> WrittenRun:
    """Write every letter of the job in each format, and the combined file if asked."""
    from inspection_desktop.documents.letters.letter_docx import join_docx, render_letter_docx
    from inspection_desktop.documents.letters.letter_pdf import (
        join_pdfs,
        render_cover,
        render_letter,
    )

    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown or not formats:
        raise UserFacingError(f"Letters can be made as PDF or Word (docx), not {unknown}.")
    out_dir = out_dir.resolve()
    if out_dir == Path(out_dir.anchor):
        raise UserFacingError(
            f"Choose a folder for the letters, not the top of the drive ({out_dir})."
        )
    targets = [target.resolve() for target in combined_paths(combined, formats)]
    for target in targets:
        if not (target.parent.is_dir() or target.parent == out_dir) or target.is_dir():
            raise UserFacingError(
                f"Cannot write the joined file {target}: give a file name in a folder that exists."
            )
    total = len(job.letters) * len(formats) + len(targets)
    done = 0

    def step(message: str) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise LettersCancelled()
        if progress is not None:
            progress(done, total, message)
        done += 1

    renderers = {"pdf": render_letter, "docx": render_letter_docx}
    made_folder = _make_folder(out_dir)
    try:
        staging = _staging_folder(out_dir, job.run_id)
    except UserFacingError:
        if made_folder:
            with contextlib.suppress(OSError):
                out_dir.rmdir()
        raise
    made: list[tuple[ProducedFile, Path]] = []
    parts: dict[str, list[bytes]] = {fmt: [] for fmt in formats}
    try:
        for number, letter in enumerate(job.letters, start=1):
            stem = file_stem(number, letter.recipient.name, job.template.key)
            for fmt in formats:
                step(f"Letter {number} of {len(job.letters)}: {letter.recipient.name}")
                data = renderers[fmt](letter, job.run)
                parts[fmt].append(data)
                staged = staging / f"{stem}.{fmt}"
                staged.write_bytes(data)
                final = out_dir / staged.name
                made.append((ProducedFile(letter.recipient, final, fmt, letter.subject), staged))
        joined: list[tuple[Path, bytes]] = []
        for target in targets:
            fmt = target.suffix.lower().lstrip(".")
            step(f"Joining the letters into {target.name}")
            if fmt == "pdf":
                pieces = parts["pdf"]
                if cover:
                    when = long_date(job.letters[0].date)
                    pieces = [render_cover(job.run, len(job.letters), when), *pieces]
                title = f"{job.template.title}: {len(job.letters)} letters"
                joined.append((target, join_pdfs(pieces, title=title, author=job.run.partnership)))
            else:
                joined.append((target, join_docx(parts["docx"])))
        if cancelled is not None and cancelled():
            raise LettersCancelled()
        for produced, staged in made:
            os.replace(staged, produced.path)
        for target, data in joined:
            write_bytes_atomically(target, data)
    except OSError as exc:
        raise UserFacingError(
            f"The letters could not be written in {out_dir}: {exc.strerror or exc}. "
            "Close any letter open in Word or a PDF viewer, check there is space, and try again."
        ) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if made_folder:  # a folder made for a run that wrote nothing goes too
            with contextlib.suppress(OSError):
                out_dir.rmdir()
        raise
    shutil.rmtree(staging, ignore_errors=True)
    if progress is not None:
        progress(total, total, "Done")
    return WrittenRun(tuple(produced for produced, _ in made), tuple(targets))


def _make_folder(out_dir: Path) -> bool:
    """Make the letters' folder if only it is missing; True if it was made here."""
    if out_dir.is_dir():
        return False
    if not out_dir.parent.is_dir() or out_dir.exists():
        raise UserFacingError(f"The folder {out_dir} does not exist. Choose another folder.")
    try:
        out_dir.mkdir()
    except OSError as exc:
        raise UserFacingError(
            f"Cannot make the folder {out_dir}: {exc.strerror or exc}. Choose another folder."
        ) from exc
    return True


def _staging_folder(out_dir: Path, run_id: str) -> Path:
    staging = out_dir / f".letters-{run_id[:12]}.partial"
    try:
        staging.mkdir()
    except OSError as exc:
        with contextlib.suppress(OSError):
            staging.rmdir()
        raise UserFacingError(
            f"Cannot write letters in {out_dir}: {exc.strerror or exc}. "
            "Choose a folder you can write to."
        ) from exc
    return staging
