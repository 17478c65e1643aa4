"""Key latency and memory of the real reader TUI, for bench_tui.py. Run in a terminal as

    python benchmarks/tui_probe.py OUT.json PRESSES ARTICLE [reader options...]

It runs `reader ARTICLE [options]` through `reader.cli.main`, as the console script does (real
terminal driver, real output). From the first frame, while the quotes are still being found in
the background, it presses `j` (at most PRESSES times: "j_during"); once they are found and the
app has settled, it presses `j` PRESSES times, then `n` PRESSES times (going back to the first
sentence, untimed, at the end of the article). A press is injected the way Textual's own input
thread delivers one (`driver.send_message(Key)`: the terminal read and escape parsing are left
out), and its latency is the time from then to the end of the last frame written to the
terminal because of it (the frames that follow one another with gaps under 50 ms; the
article's new selection and the side panel may come in one frame or several). The first
frame's time, the frame count and the process's CPU time over the same span are recorded too.
Also recorded: garbage-collection pauses during the presses, and the peak resident memory of
the whole process (`ru_maxrss`: interpreter, imports, analysis, the app and the presses).
Results go to OUT.json; then the app quits.

Only `App._display` (where Textual writes a frame) is wrapped, to timestamp frames.
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App

QUIET = 0.050  # no frame for this long after a press: its frames are over
GIVE_UP = 2.0  # a press with no frame within this is recorded as None
SETTLE = 0.5  # after the first frame and the workers, before the first press

frames: list[float] = []  # end times of the frames written so far
gc_pauses: list[list[Any]] = []  # [generation, seconds, started, inside a press's frames]
_gc_started = 0.0
_driving = False
_original_display = App._display


def _display(self: App[Any], screen: Any, renderable: Any) -> None:
    global _driving
    _original_display(self, screen, renderable)
    if renderable is None:
        return
    frames.append(time.perf_counter())
    if not _driving:
        _driving = True
        asyncio.get_running_loop().create_task(_drive(self))


def _on_gc(phase: str, info: dict[str, int]) -> None:
    global _gc_started
    if phase == "start":
        _gc_started = time.perf_counter()
    else:
        gc_pauses.append(
            [info["generation"], time.perf_counter() - _gc_started, _gc_started, False]
        )


def _mark_pauses(started: float, ended: float) -> None:
    """The collections that began between a key and the end of its last frame."""
    for pause in gc_pauses:
        pause[3] = pause[3] or started <= pause[2] <= ended


async def _press(
    app: App[Any], key: str, give_up: float = GIVE_UP
) -> tuple[float | None, float, int, float | None]:
    """Seconds to the last frame (None: no frame), CPU seconds of the process meanwhile, the
    number of frames, and seconds to the first frame."""
    event = events.Key(key, key)
    event.set_sender(app)
    before = len(frames)
    cpu = time.process_time()
    started = time.perf_counter()
    assert app._driver is not None
    app._driver.send_message(event)
    while True:
        await asyncio.sleep(0.002)
        now = time.perf_counter()
        drawn = len(frames) - before
        if drawn and now - frames[-1] >= QUIET:
            # the CPU of the quiet wait (a few sleeps) is left in: it is well under a ms
            _mark_pauses(started, frames[-1])
            first = frames[before] - started
            return frames[-1] - started, time.process_time() - cpu, drawn, first
        if not drawn and now - started > give_up:
            return None, time.process_time() - cpu, 0, None


def _finding_quotes(app: App[Any]) -> bool:
    """The background analysis (a worker) is still running."""
    return any(worker.group == "analysis" and not worker.is_finished for worker in app.workers)


async def _settle(app: App[Any]) -> None:
    deadline = time.perf_counter() + 300
    while len(app.workers) and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)
    await asyncio.sleep(SETTLE)


async def _press_while_finding(app: App[Any], presses: int) -> list[Any]:
    """`j` presses from the first frame until the quotes are found (the worker starts after
    the first frame; a short article may be done before the first press)."""
    await asyncio.sleep(0.1)
    found = []
    while _finding_quotes(app) and len(found) < presses:
        found.append(await _press(app, "j"))
    return found


def _stops(app: App[Any]) -> tuple[int, int]:
    """Sentences, and sentences where an attributed quote starts (where `n` can go)."""
    analysis = app.analysis  # type: ignore[attr-defined]
    starts = {min(q.sentence_ids) for q in analysis.quotes if q.attributed and q.sentence_ids}
    return len(analysis.sentences), len(starts)


async def _drive(app: App[Any]) -> None:
    out, presses = Path(sys.argv[1]), int(sys.argv[2])
    result: dict[str, Any] = {"j": [], "n": []}  # key -> [_press(...) for each press]
    try:
        gc.callbacks.append(_on_gc)
        result["j_during"] = await _press_while_finding(app, presses)
        gc.callbacks.remove(_on_gc)
        result["gc_pauses_during"] = gc_pauses[:]
        gc_pauses.clear()
        await _settle(app)
        sentences, quote_starts = _stops(app)
        result["sentences"], result["quote_starts"] = sentences, quote_starts
        gc.callbacks.append(_on_gc)
        for key, stops in (("j", sentences), ("n", quote_starts)):
            for count in range(presses):
                if count % max(1, stops - 1) == 0:
                    await _press(app, "g", give_up=0.1)  # to the top (again), untimed
                result[key].append(await _press(app, key))
        gc.callbacks.remove(_on_gc)
        result["gc_pauses"] = gc_pauses
        result["gc_frozen"] = gc.get_freeze_count()
        result["gc_tracked"] = len(gc.get_objects())  # what a full collection walks
        result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result["rss_mb"] = _rss_mb()
    except Exception as error:  # reported by the benchmark, not lost in the terminal
        result["error"] = f"{type(error).__name__}: {error}"
    out.write_text(json.dumps(result))
    app.exit()


def _rss_mb() -> float:
    fields = Path("/proc/self/statm").read_text().split()
    return int(fields[1]) * resource.getpagesize() / 2**20


def main() -> int:
    App._display = _display  # type: ignore[method-assign]
    from reader.cli import main as reader_main

    return reader_main(sys.argv[3:])


if __name__ == "__main__":
    raise SystemExit(main())
