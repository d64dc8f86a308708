"""Write the Scottish bank holidays the app keeps: ``python packaging/bank_holidays.py``.

Run it after upgrading the ``holidays`` package (a test says when the kept table and the
package disagree).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from inspection_desktop.domain.plan.bank_holidays import TABLE_FILE, table_text  # noqa: E402


def main() -> int:
    """Write the table into resources/."""
    target = REPO_ROOT.joinpath("resources", *TABLE_FILE)
    target.write_text(table_text(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
