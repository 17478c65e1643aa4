"""Runs `reader ARGS...` exactly as the console script does, and notes what it has imported by
the time its text is on screen. For bench_startup.py; run in a terminal as

    python -X importtime benchmarks/startup_probe.py OUT.json ARGS... 2> importtime.log

Textual draws on /dev/tty instead of standard error, so that fd 2 keeps only the import-time
log. When the benchmark sees the text on screen it sends SIGUSR1: the probe then writes a marker
line into the log and the names in `sys.modules` (and its own clock) to OUT.json. Nothing of
reader or Textual is patched.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType

STARTED = time.perf_counter()
MARKER = "import time: -- text on screen --"


def _mark(_signum: int, _frame: FrameType | None) -> None:
    os.write(2, (MARKER + "\n").encode())
    seconds = time.perf_counter() - STARTED
    data = {"modules": sorted(sys.modules), "seconds_since_probe_start": seconds}
    Path(sys.argv[1]).write_text(json.dumps(data))


def main() -> int:
    signal.signal(signal.SIGUSR1, _mark)
    tty = open("/dev/tty", "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the app)
    sys.stderr = sys.__stderr__ = tty
    from reader.cli import main as reader_main

    return reader_main(sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
