"""reader against frogmouth (a Textual Markdown browser) on the same Markdown, timed the same way.

frogmouth pins an old Textual, so it gets its own venv, created once under benchmarks/.cache/
(git-ignored). Both programs open the 5 MB article as Markdown (`# title`, then the paragraphs
of bench_analysis.py's article) in tmux at 120x40, and are timed from the moment tmux is asked
to start them to the first screen capture (polled every 5 ms) showing the article's first
words. The sample column (articles/water-pact.md) runs first and warms both up. Peak RSS is
the program's VmHWM at that moment. reader runs with --offline, as in bench_tui.py.

frogmouth takes tens of seconds on 5 MB, so there it runs BENCH_FROGMOUTH_RUNS times (default
1); otherwise each program runs BENCH_RUNS times (default 3). Target: reader the faster on 5 MB
(the sample's figures are for reference). If frogmouth cannot be
installed or started, this says so in one line and exits 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench_tui import big_article
from benchlib import (
    CACHE,
    ROOT,
    VENV_BIN,
    Paint,
    Tmux,
    first_paints,
    machine_line,
    runs,
    show_failure,
    summary,
    terminal,
    tmux_available,
)

FROGMOUTH = "frogmouth==0.9.2"
VENV = CACHE / "frogmouth-venv"
SAMPLE = ROOT / "articles" / "water-pact.md"
SAMPLE_WORDS = "The first thing Joaqu"
BIG_WORDS = "About 2,300 dockworkers walked off"
TIMEOUT = 180.0


def frogmouth() -> Path | None:
    """The frogmouth executable, installing it first if needed; None if that fails."""
    executable, stamp = VENV / "bin" / "frogmouth", VENV / ".installed"
    if stamp.exists() and executable.exists():
        return executable
    print(f"installing {FROGMOUTH} into {VENV.relative_to(ROOT)} (once)...", flush=True)
    try:
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(VENV)], check=True)
        pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        subprocess.run(
            [*pip, "--retries", "1", "--timeout", "30", FROGMOUTH],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=600,
        )
    except (OSError, subprocess.SubprocessError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        lines = [line for line in detail.splitlines() if "ERROR" in line] or [str(error)]
        print(f"bench_frogmouth: skipped, frogmouth could not be installed: {lines[-1]}")
        return None
    stamp.touch()
    return executable


def main() -> int:
    print(machine_line())
    if not tmux_available():
        print("bench_frogmouth: skipped, tmux is not installed")
        return 0
    executable = frogmouth()
    if executable is None:
        return 0
    big = big_article(".md")
    reader_runs, frog_runs = runs(3), max(1, int(os.environ.get("BENCH_FROGMOUTH_RUNS", "1")))
    with terminal() as (tmux, _env, _tmp):
        sample = measure(tmux, executable, SAMPLE, SAMPLE_WORDS, reader_runs, reader_runs, True)
        if sample["frogmouth"][-1].seconds is None:
            show_failure("frogmouth " + SAMPLE.name, sample["frogmouth"])
            print("bench_frogmouth: skipped, frogmouth did not start")
            return 0
        large = measure(tmux, executable, big, BIG_WORDS, reader_runs, frog_runs, False)
    print("\nlaunch -> first words on screen, medians")
    report(f"sample {SAMPLE.name} ({reader_runs} runs each; for reference)", sample, False)
    report(f"5 MB .md (reader {reader_runs} runs, frogmouth {frog_runs})", large, True)
    return 0


def measure(
    tmux: Tmux,
    executable: Path,
    article: Path,
    words: str,
    reader_runs: int,
    frog_runs: int,
    warm_up: bool,
) -> dict[str, list[Paint]]:
    reader = [str(VENV_BIN / "reader"), "--offline", str(article)]
    frog = [str(executable), str(article)]
    results = first_paints(tmux, {"reader": (reader, [words])}, reader_runs, TIMEOUT, warm_up)
    results |= first_paints(tmux, {"frogmouth": (frog, [words])}, frog_runs, TIMEOUT, warm_up)
    return results


def report(label: str, results: dict[str, list[Paint]], target: bool) -> None:
    print(f"  {label}")
    seconds = {}
    for program, paints in results.items():
        median, rss = summary(paints)
        if median is None:
            show_failure(program, paints)
            continue
        seconds[program] = median
        each = ", ".join(f"{p.seconds:.2f}" for p in paints if p.seconds is not None)
        print(f"    {program:<10} {median:7.2f} s   peak RSS {rss or 0:5.0f} MB   (runs: {each} s)")
    if len(seconds) == 2:
        ratio = seconds["frogmouth"] / seconds["reader"]
        verdict = "met" if seconds["reader"] < seconds["frogmouth"] else "MISSED"
        goal = f"   (target: reader the faster: {verdict})" if target else ""
        print(f"    frogmouth / reader: {ratio:.1f}x{goal}")


if __name__ == "__main__":
    sys.exit(main())
