"""Start-up: `reader articles/harbour-strike.txt` against a bare Textual app, and what reader
imports before its first screen.

Both programs are started in the same run, interleaved, in tmux at 120x40, and timed from the
moment tmux is asked to start them to the first screen capture (polled every 5 ms) showing the
article's title, and then its first words. The bare app (benchmarks/bare_app.py) shows the same
file in one Static. Target: reader / bare <= 1.3 (text on screen). Medians of BENCH_RUNS runs
(default 5), each program warmed up once first.

Then one probed run (`python -X importtime`, benchmarks/startup_probe.py) lists the imports made
before the text was on screen, grouped by package, and which optional heavy libraries are among
them; and `reader quotes` is checked for Textual (it must not import it).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from benchlib import (
    HERE,
    ROOT,
    VENV_BIN,
    Tmux,
    child_env,
    first_paints,
    machine_line,
    median,
    ms,
    runs,
    seen_median,
    show_failure,
    summary,
    terminal,
    tmux_available,
)

ARTICLE = "articles/harbour-strike.txt"
TITLE = "Dockers walk out at Port Calloway"
FIRST_WORDS = "About 2,300 dockworkers walked off"
TARGET = 1.3
# Libraries the first screen of a .txt article does not need (fetching, HTML, fuzzy matching).
OPTIONAL = (
    "httpx",
    "httpcore",
    "anyio",
    "h11",
    "hishel",
    "lxml",
    "trafilatura",
    "courlan",
    "htmldate",
    "justext",
    "dateparser",
    "rapidfuzz",
    "charset_normalizer",
    "markdown_it",
    "mdit_py_plugins",
    "yaml",
    "sqlite3",
    "sentencex",
    "platformdirs",
)


def main() -> int:
    print(machine_line())
    if not tmux_available():
        print("bench_startup: skipped, tmux is not installed")
        return 0
    count = runs(5)
    with terminal() as (tmux, _env, tmp):
        reader = [str(VENV_BIN / "reader"), ARTICLE]
        bare = [str(VENV_BIN / "python"), str(HERE / "bare_app.py"), ARTICLE]
        paints = first_paints(
            tmux,
            {"reader": (reader, [TITLE, FIRST_WORDS]), "bare": (bare, [TITLE, FIRST_WORDS])},
            count,
        )
        print(f"\nstart-up: launch -> on screen in tmux, median of {count} runs\n")
        for label, argv in (("reader", reader), ("bare", bare)):
            report_paints(label, argv, paints[label])
        reader_s, _ = summary(paints["reader"])
        bare_s, _ = summary(paints["bare"])
        if reader_s is not None and bare_s:
            verdict = "met" if reader_s / bare_s <= TARGET else "MISSED"
            print(
                f"\nratio reader / bare Textual app (text on screen): {reader_s / bare_s:.2f}  "
                f"(target <= {TARGET}: {verdict}; reader needs {ms(reader_s - bare_s)} more)"
            )
        print()
        probed = profile_imports(tmux, tmp)
    if probed is not None:
        breakdown(probed[1], probed[0])
    print()
    check_quotes(count)
    return 0


def report_paints(label: str, argv: list[str], paints: list) -> None:
    shown = " ".join(Path(a).name if a.startswith("/") else a for a in argv)
    seconds, rss = summary(paints)
    if seconds is None:
        show_failure(shown, paints)
        return
    title = seen_median(paints, TITLE) or 0.0
    each = ", ".join(f"{p.seconds:.2f}" for p in paints if p.seconds is not None)
    print(
        f"  {shown:<52} title {ms(title):>7}  text {ms(seconds):>7}  "
        f"peak RSS {rss or 0:.0f} MB   (runs: {each} s)"
    )


# -- what is imported before the first screen ------------------------------------------------


def profile_imports(tmux: Tmux, tmp: Path) -> tuple[list[tuple[str, float, float]], float] | None:
    log, out = tmp / "importtime.log", tmp / "modules.json"
    probe = [str(VENV_BIN / "python"), "-X", "importtime", str(HERE / "startup_probe.py")]
    name, started = tmux.start([*probe, str(out), ARTICLE], stderr=log)
    paint = tmux.wait_for(name, started, [FIRST_WORDS], timeout=60)
    if paint.seconds is None:
        tmux.stop(name)
        print("import profile: the probed run never showed its text")
        return None
    os.kill(int(tmux.pane(name, "pane_pid")), signal.SIGUSR1)
    deadline = time.perf_counter() + 5
    while not out.exists() and time.perf_counter() < deadline:
        time.sleep(0.01)
    tmux.stop(name)
    probed = json.loads(out.read_text())
    entries = parse_importtime(log.read_text().split("-- text on screen --")[0])
    heading = f"imports of `reader {ARTICLE}` until its text is on screen"
    report_imports(entries, probed["modules"], heading)
    return entries, probed["seconds_since_probe_start"]


def breakdown(probe_s: float, entries: list[tuple[str, float, float]]) -> None:
    """Where the probed run's time to text went, roughly: its imports (-X importtime makes
    them a little slower), loading and splitting the article (timed here, in-process, imports
    done; the quotes are found after the first paint), and the rest. Counted from the probe's
    first line, so without interpreter start."""
    from reader.core.load import load_path
    from reader.core.pipeline import prepare

    times = []
    for _ in range(6):
        started = time.perf_counter()
        prepare(load_path(str(ROOT / ARTICLE)))
        times.append(time.perf_counter() - started)
    analysis = median(times[1:])
    own = sum(t for module, t, _ in entries if module.startswith("reader"))
    other = sum(t for _, t, _ in entries) - own
    rest = probe_s - own - other - analysis
    print(
        f"\nwhere the probed run's {ms(probe_s)} to text went, roughly: reader's own imports "
        f"{ms(own)}, other imports {ms(other)}, loading and splitting the article "
        f"{ms(analysis)}, the rest "
        f"(Textual start-up, mounting, layout, paint; imports in other threads overlap) "
        f"{ms(rest)}"
    )


def parse_importtime(text: str) -> list[tuple[str, float, float]]:
    """(module, self seconds, cumulative seconds) from `-X importtime` lines."""
    entries = []
    for line in text.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        fields = line[len("import time:") :].split("|")
        if not fields[0].strip().isdigit():
            continue
        entries.append((fields[2].strip(), int(fields[0]) / 1e6, int(fields[1]) / 1e6))
    return entries


def group_of(module: str) -> str:
    top = module.split(".")[0]
    if top == "reader":
        return ".".join(module.split(".")[:3])
    if top.lstrip("_") in sys.stdlib_module_names or top in sys.builtin_module_names:
        return "(standard library)"
    return top


def report_imports(
    entries: list[tuple[str, float, float]], modules: list[str], heading: str
) -> None:
    total = sum(self_time for _, self_time, _ in entries)
    print(f"{heading}:")
    print(f"  {len(modules)} modules in sys.modules, {ms(total)} of import time (-X importtime)")
    groups: dict[str, float] = defaultdict(float)
    for module, self_time, _ in entries:
        groups[group_of(module)] += self_time
    heaviest = sorted(groups.items(), key=lambda kv: -kv[1])[:10]
    print("  heaviest packages (sum of self times):")
    for group, seconds in heaviest:
        print(f"    {group:<34} {ms(seconds):>7}")
    own = sorted((e for e in entries if e[0].startswith("reader")), key=lambda e: -e[1])[:6]
    print("  heaviest reader modules (self time, i.e. its own top-level code):")
    for module, self_time, _ in own:
        print(f"    {module:<34} {ms(self_time):>7}")
    loaded = {m.split(".")[0] for m in modules}
    cumulative = {module: total for module, _, total in reversed(entries)}
    present = [
        (lib, cumulative.get(lib, groups.get(lib, 0.0))) for lib in OPTIONAL if lib in loaded
    ]
    absent = [lib for lib in OPTIONAL if lib not in loaded]
    print(
        "  optional libraries loaded (cumulative, with what they import): "
        + (", ".join(f"{lib} {ms(t)}" for lib, t in present) or "none")
    )
    print("  not loaded: " + (", ".join(absent) or "none"))


# -- reader quotes ---------------------------------------------------------------------------


def check_quotes(count: int) -> None:
    """`reader quotes ARTICLE --json`: its imports (Textual must not be one) and its time."""
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        env = child_env(Path(tmp))
        entries, times = _run_quotes(env, count)
    textual = [m for m, _, _ in entries if m.split(".")[0] in ("textual", "rich")]
    print(f"reader quotes {ARTICLE} --json: median {ms(median(times))} wall, {count} runs")
    verdict = "no (as required)" if not textual else f"YES ({len(textual)} textual/rich modules)"
    print(f"  imports Textual: {verdict}")
    report_imports(entries, [m for m, _, _ in entries], "  imports of `reader quotes`")


def _run_quotes(
    env: dict[str, str], count: int
) -> tuple[list[tuple[str, float, float]], list[float]]:
    command = [str(VENV_BIN / "reader"), "quotes", ARTICLE, "--json"]
    profiled = subprocess.run(
        [str(VENV_BIN / "python"), "-X", "importtime", "-m", "reader", *command[1:]],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    times = []
    for _ in range(count):
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return parse_importtime(profiled.stderr), times


if __name__ == "__main__":
    sys.exit(main())
