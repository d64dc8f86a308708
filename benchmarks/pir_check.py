"""Time the PIR data guard on a synthetic 20,000-row population list (CSV and .xlsx)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROWS = 20_000


def main() -> int:
    """Write a synthetic list with identifiers under neutral headings, check it, print the time."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from inspection_desktop.documents.pir_file_check import check_pir_file
    from tests import pir_synthetic as synth

    headings, rows = synth.disguised_population(ROWS)
    with tempfile.TemporaryDirectory() as folder:
        csv_path = synth.write_csv(Path(folder) / "population.csv", headings, rows, delimiter=";")
        xlsx_path = synth.write_xlsx(Path(folder) / "population.xlsx", headings, list(rows))
        for path in (csv_path, xlsx_path):
            check_pir_file(path, today=synth.TODAY)  # warm up imports and the name list
            timings = []
            for _ in range(3):
                start = time.perf_counter()
                result = check_pir_file(path, today=synth.TODAY)
                timings.append(time.perf_counter() - start)
            flagged = ", ".join(v.heading for v in result.flagged)
            print(
                f"{path.suffix}: {ROWS:,} rows x {len(headings)} columns checked in "
                f"{min(timings) * 1000:.0f} ms (best of 3); flagged: {flagged}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
