"""The ``pir-check`` command: look for personal identifiers in a PIR population list."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from inspection_desktop.cli.context import CliContext, SubParsers
from inspection_desktop.cli.parser import name_text, output_file, text_encoding

EXIT_CLEAN = 0
EXIT_FLAGGED = 3
_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "bar": "|"}


def register(subparsers: SubParsers) -> None:
    """Add ``pir-check`` to the parser."""
    parser = subparsers.add_parser(
        "pir-check",
        help="check a PIR population list for personal identifiers",
        description="Check a PIR population list (CSV or .xlsx) for names, dates of birth, "
        "CHI numbers and other personal identifiers. Exit 0: none found; 3: columns flagged; "
        "2: the file could not be read.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the CSV or .xlsx file")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--out",
        type=output_file,
        metavar="MINIMISED_FILE",
        help="write a copy without the flagged columns (.csv or .xlsx) and a removal record",
    )
    parser.add_argument(
        "--encoding",
        type=text_encoding,
        help="text encoding, e.g. utf-8 or cp1252 (default: detect)",
    )
    parser.add_argument(
        "--delimiter",
        choices=sorted(_DELIMITER_NAMES),
        help="CSV separator (default: detect)",
    )
    parser.add_argument(
        "--sheet", type=name_text, help="workbook sheet, by name or number (default: the first)"
    )
    parser.add_argument(
        "--record",
        action="store_true",
        help="keep the result with the inspection, for the week-7 PIR item's done rule",
    )
    parser.add_argument("--inspection", type=int, metavar="ID", help="with --record")
    parser.set_defaults(handler=run_pir_check)


def run_pir_check(args: argparse.Namespace, ctx: CliContext) -> int:
    """Check the file, report flagged columns, optionally write the minimised copy."""
    from inspection_desktop.documents.common.tabular_reader import ReadOptions
    from inspection_desktop.documents.pir.pir_file_check import check_pir_file
    from inspection_desktop.documents.pir.pir_minimise import write_minimised

    options = ReadOptions(
        encoding=args.encoding,
        delimiter=_DELIMITER_NAMES[args.delimiter] if args.delimiter else None,
        sheet=args.sheet,
    )
    result = check_pir_file(args.file, options)
    written = None
    if args.out is not None:
        keep = [v.heading for v in result.verdicts if not v.flagged]
        written = write_minimised(result.table, result.verdicts, keep, args.out)
    if args.record:
        _record(args, ctx, result.flagged, written.path if written else None)
    if args.format == "json":
        report = {
            "file": str(args.file),
            "read_as": result.table.description,
            "rows": len(result.table.rows),
            "columns": [
                {"column": v.heading, "verdict": v.status.value, "reason": v.reason}
                for v in result.verdicts
            ],
            "flagged": [
                {
                    "column": v.heading,
                    "reason": v.reason,
                    "kinds": [f.kind.value for f in v.findings],
                }
                for v in result.flagged
            ],
            "minimised_file": str(written.path) if written else None,
            "removal_record": str(written.record_path) if written else None,
        }
        print(json.dumps(report, ensure_ascii=False, indent=2), file=ctx.out)
    else:
        table = result.table
        print(
            f"{args.file.name}: {len(table.rows)} rows, {len(table.headings)} columns "
            f"({table.description})",
            file=ctx.out,
        )
        if result.flagged:
            print(f"{len(result.flagged)} column(s) hold personal identifiers:", file=ctx.out)
            for verdict in result.flagged:
                print(f"  {verdict.heading}: {verdict.reason}", file=ctx.out)
        else:
            print("No personal identifiers found.", file=ctx.out)
        if written is not None:
            print(f"Minimised list written to {written.path}", file=ctx.out)
            print(f"Removal record written to {written.record_path}", file=ctx.out)
    return EXIT_FLAGGED if result.flagged else EXIT_CLEAN


def _record(
    args: argparse.Namespace, ctx: CliContext, flagged: Sequence[Any], minimised: Path | None
) -> None:
    """Keep the run with the inspection: what would be sent still flagged, or nothing."""
    from inspection_desktop.domain.pir.outcome import PirGuardOutcome

    inspection_id = ctx.inspection_id(args)
    still_flagged = () if minimised else tuple(verdict.heading for verdict in flagged)
    outcome = PirGuardOutcome(args.file, still_flagged, minimised)
    ctx.services().pir_checks.record(inspection_id, outcome)
