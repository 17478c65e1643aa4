"""Run a coroutine from synchronous code (the CLI) without waiting on stuck threads at exit.

`asyncio.run` waits for the loop's default executor when it closes, and the event loop resolves
host names there (`getaddrinfo` in a thread). A resolver that never answers would then keep the
process alive past every deadline. Here each executor job gets a daemon thread instead: a job
that outlives its deadline is abandoned, not waited for.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")


class DaemonExecutor(ThreadPoolExecutor):
    """One daemon thread per job; `shutdown` never waits. (A ThreadPoolExecutor only because
    the event loop accepts nothing else as its default executor; its pool is never used.)"""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as err:  # handed to whoever awaits the future
                future.set_exception(err)
            else:
                future.set_result(result)

        threading.Thread(target=run, name="reader-executor", daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass  # the jobs' threads are daemons: nothing to wait for


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(coroutine)`, with executor jobs on daemon threads."""
    with asyncio.Runner() as runner:
        runner.get_loop().set_default_executor(DaemonExecutor())
        return runner.run(coroutine)
