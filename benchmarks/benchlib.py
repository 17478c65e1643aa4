"""Shared by the terminal benchmarks: the machine line, a clean child environment, and a tmux
server driven in control mode, so that launching a program and reading its screen costs no
fork of a tmux client (polling stays cheap and the same for every program measured).

A "first paint" is measured from the moment tmux is asked to start the program to the first
`capture-pane` that shows a given phrase, polled every POLL seconds.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "benchmarks"
CACHE = HERE / ".cache"  # git-ignored: byte-code, the frogmouth venv, generated articles
VENV_BIN = Path(sys.executable).parent
WIDTH, HEIGHT = 120, 40
POLL = 0.005
SETTLING = "finding quotes"  # on reader's screen until the quotes are found (ui/background.py)


def runs(default: int) -> int:
    return max(1, int(os.environ.get("BENCH_RUNS", str(default))))


def machine_line() -> str:
    """Cores, Python, and the load average when the benchmark starts: on 2 cores, another busy
    process slows every figure; a load near 0 means the figures are the machine's own."""
    load = os.getloadavg()[0]
    return (
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}; terminal {WIDTH}x{HEIGHT} (tmux); "
        f"load average {load:.1f} at the start"
    )


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def child_env(home: Path) -> dict[str, str]:
    """The environment programs under test run in: user dirs in a temporary folder (no real
    notes or caches are read or written) and byte-code written to a git-ignored cache, as an
    installed program's would be (this sandbox sets PYTHONDONTWRITEBYTECODE, which would make
    every launch of `reader` recompile its sources)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TMUX", "TEXTUAL"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pyc")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.split("_")[1].lower())
    env["HOME"] = str(home)
    env["COLORTERM"] = "truecolor"
    return env


def tmux_available() -> bool:
    return shutil.which("tmux") is not None


@dataclass
class Paint:
    seconds: float | None  # when every phrase was on screen; None: not before the timeout
    peak_rss_mb: float | None  # VmHWM of the program at that moment
    screen: str
    seen: dict[str, float]  # when each phrase first appeared


class Tmux:
    """One private tmux server (its own socket) and a control-mode client on it."""

    def __init__(self, env: dict[str, str]) -> None:
        self.socket = f"reader-bench-{os.getpid()}"
        self.env = env
        base = ["tmux", "-L", self.socket, "-f", "/dev/null"]
        keeper = ["new-session", "-d", "-s", "keeper", "-x", str(WIDTH), "-y", str(HEIGHT)]
        subprocess.run([*base, *keeper, "exec sleep 100000"], env=env, check=True)
        for option in ("status off", "remain-on-exit on", "history-limit 0"):
            subprocess.run([*base, "set", "-g", *option.split()], env=env, check=True)
        self.client = subprocess.Popen(
            [*base, "-C", "attach", "-t", "keeper"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.sessions = 0
        self.path = Path("".join(self.command("display -p '#{socket_path}'")))

    def command(self, line: str) -> list[str]:
        """Run a tmux command through the control client and return its output lines."""
        assert self.client.stdin is not None and self.client.stdout is not None
        self.client.stdin.write(line + "\n")
        self.client.stdin.flush()
        out: list[str] = []
        inside = False
        for raw in self.client.stdout:
            text = raw.rstrip("\n")
            if not inside:
                fields = text.split(" ")
                inside = fields[0] == "%begin" and fields[-1] == "1"
            elif text.startswith(("%end ", "%error ")):
                if text.startswith("%error"):
                    raise RuntimeError(f"tmux: {line}: {' '.join(out)}")
                return out
            else:
                out.append(text)
        raise RuntimeError("tmux control client ended")

    def start(
        self, argv: Sequence[str], cwd: Path = ROOT, stderr: Path | None = None
    ) -> tuple[str, float]:
        """Start `argv` in a new session; returns the session name and the start time."""
        self.sessions += 1
        name = f"run{self.sessions}"
        shell = "exec " + " ".join(_quote(a) for a in argv)
        if stderr is not None:
            shell += " 2> " + _quote(str(stderr))
        size = f"-x {WIDTH} -y {HEIGHT}"
        started = time.perf_counter()
        self.command(f"new-session -d -s {name} {size} -c {_quote(str(cwd))} {_quote(shell)}")
        return name, started

    def screen(self, name: str) -> str:
        return "\n".join(self.command(f"capture-pane -p -t {name}"))

    def pane(self, name: str, field: str) -> str:
        return "".join(self.command(f"display -p -t {name} '#{{{field}}}'"))

    def wait_for(self, name: str, started: float, phrases: Sequence[str], timeout: float) -> Paint:
        """Poll the screen until it has shown every phrase (or the program dies, or time runs
        out)."""
        pid = int(self.pane(name, "pane_pid"))
        seen: dict[str, float] = {}
        while True:
            screen = self.screen(name)
            now = time.perf_counter()
            for phrase in phrases:
                if phrase not in seen and phrase in screen:
                    seen[phrase] = now - started
            if len(seen) == len(phrases):
                return Paint(now - started, _peak_rss_mb(pid), screen, seen)
            if now - started > timeout or self.pane(name, "pane_dead") == "1":
                return Paint(None, None, screen, seen)
            time.sleep(POLL)

    def wait_gone(self, name: str, phrase: str, timeout: float) -> None:
        """Poll the screen until `phrase` is no longer on it (or time runs out)."""
        deadline = time.perf_counter() + timeout
        while phrase in self.screen(name) and time.perf_counter() < deadline:
            time.sleep(POLL)

    def stop(self, name: str) -> None:
        """End the session and wait until its program has gone (no overlap with the next)."""
        pid = int(self.pane(name, "pane_pid") or 0)
        self.command(f"kill-session -t {name}")
        deadline = time.perf_counter() + 10
        while pid and time.perf_counter() < deadline and Path(f"/proc/{pid}").exists():
            time.sleep(0.01)

    def close(self) -> None:
        subprocess.run(
            ["tmux", "-L", self.socket, "kill-server"], env=self.env, stderr=subprocess.DEVNULL
        )
        self.client.wait(timeout=10)
        self.path.unlink(missing_ok=True)


def _quote(text: str) -> str:
    if "\n" in text:
        raise ValueError("a control-mode command is one line")
    return "'" + text.replace("'", "'\\''") + "'"


def _peak_rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


@contextmanager
def terminal() -> Iterator[tuple[Tmux, dict[str, str], Path]]:
    """A private tmux server, the child environment, and a scratch folder."""
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        env = child_env(Path(tmp))
        tmux = Tmux(env)
        try:
            yield tmux, env, Path(tmp)
        finally:
            tmux.close()


def first_paints(
    tmux: Tmux,
    programs: dict[str, tuple[list[str], Sequence[str]]],
    count: int,
    timeout: float = 60.0,
    warm_up: bool = True,
) -> dict[str, list[Paint]]:
    """Each program (argv, phrases) `count` times, interleaved, after one untimed warm-up run
    each, left to run as a first run would until its quotes are found: it writes the byte-code
    and reader's compiled patterns, so the timed runs start as every later start does. A run
    that never shows its phrase is recorded with `seconds=None`; the program is not tried
    again."""
    results: dict[str, list[Paint]] = {label: [] for label in programs}
    failed: set[str] = set()
    for round_ in range(-1 if warm_up else 0, count):
        for label, (argv, phrases) in programs.items():
            if label in failed:
                continue
            name, started = tmux.start(argv)
            paint = tmux.wait_for(name, started, phrases, timeout)
            if round_ < 0:  # as a first run goes on: until the quotes are found and kept
                tmux.wait_gone(name, SETTLING, timeout)
            tmux.stop(name)
            if paint.seconds is None:
                failed.add(label)
            if round_ >= 0 or paint.seconds is None:
                results[label].append(paint)
    return results


def summary(paints: list[Paint]) -> tuple[float | None, float | None]:
    """Median seconds (to every phrase) and median peak RSS (MB), None if any run failed."""
    seconds = [p.seconds for p in paints if p.seconds is not None]
    rss = [p.peak_rss_mb for p in paints if p.peak_rss_mb is not None]
    if not seconds or len(seconds) < len(paints):
        return None, None
    return median(seconds), (median(rss) if rss else None)


def seen_median(paints: list[Paint], phrase: str) -> float | None:
    """Median time to one phrase, over the runs that showed it."""
    times = [p.seen[phrase] for p in paints if phrase in p.seen]
    return median(times) if times else None


def show_failure(label: str, paints: list[Paint]) -> None:
    screen = paints[-1].screen.strip() if paints else ""
    lines = [line for line in screen.splitlines() if line.strip()][-12:]
    print(f"  {label}: never showed its text; last screen:")
    for line in lines:
        print(f"    | {line[:110]}")
