"""Worker processes that die with their parent and give each document a time budget.

A CPU-bound regex cannot be interrupted inside its thread, so the budget is kept from outside:
each worker writes, in a little shared memory, which item of its chunk it is on and since when;
a dispatcher thread in the parent kills a worker whose item runs over the budget, starts a
fresh one, and sends the chunk again with that item replaced by an error naming it. A worker
that dies for any other reason (out of memory, a signal) costs only its current item the same
way. A busy worker is sent its next chunk ahead (when it is short), so it never waits for the
parent between chunks.

Workers exit when the parent dies: on Linux the kernel sends them SIGKILL (PR_SET_PDEATHSIG),
and every worker also checks its parent once a second while it waits for work. They are
started by a fork server (a clean single-threaded process), so a threaded parent such as the
web server can start them safely.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import wait
from multiprocessing.reduction import ForkingPickler
from typing import Any, Callable, Iterable

PR_SET_PDEATHSIG = 1
# "pid:path" of the owner's main script, for the fork server to run once (tollbook.warm)
FORK_SERVER_MAIN = "_TOLLBOOK_FORK_SERVER_MAIN"
# A worker's next chunk is sent while it works on one when pickled it is at most this long:
# well within what the pipe holds (~180 KB), so sending it never waits for the worker.
AHEAD_BYTES = 64 * 1024


def die_with_parent() -> None:
    """Ask the kernel to SIGKILL this process when its parent dies (Linux; elsewhere a no-op)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _orphaned(ppid: int, owner: int) -> bool:
    """Whether this worker's parent (the fork server) or the pool's owner has gone."""
    if os.getppid() != ppid:
        return True
    try:
        os.kill(owner, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass
    return False


def _worker(conn, slot, owner: int, env: dict) -> None:
    """Run chunks sent by the pool's owner: ``(fn, items)`` -> the list of ``fn(item)``."""
    die_with_parent()
    # The fork server was started with the environment of its time: take the owner's now
    # (TOLLBOOK_ALIASES and the like are read by extraction).
    os.environ.clear()
    os.environ.update(env)
    warm = sys.modules.get("tollbook.warm")
    if warm is not None:  # the fork server ran a document with its own settings: are they ours?
        warm.settle()
    ppid = os.getppid()
    if _orphaned(ppid, owner):  # the owner died before prctl took effect
        os._exit(0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the owner's to handle
    while True:
        try:
            ready = conn.poll(1.0)
        except (EOFError, OSError):
            return
        if not ready:
            if _orphaned(ppid, owner):
                os._exit(0)
            continue
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        fn, items = msg
        out = []
        for i, item in enumerate(items):
            slot[0], slot[1] = i, time.monotonic()
            out.append(item.result if isinstance(item, _Done) else fn(item))
        slot[1] = 0.0
        conn.send(out)


def offer_main() -> None:
    """Name this process's main script to the fork server it is about to start, which runs
    it once (:mod:`tollbook.warm`) so that the workers it forks do not each run it again.

    A worker started from a fork server runs its owner's main script as it starts, unless the
    fork server has run it already (so that functions defined there can be sent to workers).
    multiprocessing means the fork server to do so, but Python 3.11's never learns the path.
    Measured: a script that imports the store and SQLAlchemy cost each worker ~0.4 s of CPU,
    for every pool. Only when this process has no other thread (setting the environment is
    not safe beside them); otherwise the workers run the script as before."""
    owner = f"{os.getpid()}:"
    if os.environ.get(FORK_SERVER_MAIN, "").startswith(owner) or threading.active_count() > 1:
        return
    from multiprocessing import spawn

    path = spawn.get_preparation_data("main").get("init_main_from_path")
    if path:
        os.environ[FORK_SERVER_MAIN] = owner + path


@dataclass
class _Task:
    fn: Callable
    items: list
    future: Future
    retries: int = 0
    data: Any = None  # (fn, items) pickled, once: a long chunk waits for an idle worker


class _Slot:
    def __init__(self, ctx) -> None:
        self.shared = ctx.RawArray("d", 2)
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker, args=(child, self.shared, os.getpid(), dict(os.environ)),
                                   daemon=True)
        self.process.start()
        child.close()
        # the chunk the worker is on, and the one sent ahead to be ready when it is done
        self.tasks: deque[_Task] = deque()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """``jobs`` worker processes; :meth:`submit` runs ``fn`` on each item of a list in one of
    them and returns a Future of the results. ``on_timeout(item, message)`` is the result that
    stands for an item that ran over ``budget`` seconds (or killed its worker)."""

    def __init__(self, jobs: int, budget: float, on_timeout: Callable[[Any, str], Any]) -> None:
        methods = multiprocessing.get_all_start_methods()
        self.ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            # (patterns compiled and lexicons loaded there once: workers start warm)
            self.ctx.set_forkserver_preload(["tollbook.warm"])
            offer_main()
        self.budget = budget
        self.on_timeout = on_timeout
        self.queue: deque[_Task] = deque()
        self.lock = threading.Lock()
        self.wake_r, self.wake_w = os.pipe()
        self.closed = False
        self.slots = [_Slot(self.ctx) for _ in range(max(jobs, 1))]
        self.thread = threading.Thread(target=self._dispatch, name="tollbook-workers", daemon=True)
        self.thread.start()

    def submit(self, fn: Callable, items: Iterable) -> Future:
        fut: Future = Future()
        with self.lock:
            if self.closed:
                raise RuntimeError("worker pool is closed")
            self.queue.append(_Task(fn, list(items), fut))
        os.write(self.wake_w, b"x")
        return fut

    def close(self) -> None:
        with self.lock:
            self.closed = True
        os.write(self.wake_w, b"x")
        self.thread.join(30)
        for s in self.slots:
            try:
                s.conn.send(None)
            except OSError:
                pass
        for s in self.slots:
            s.process.join(2)
            s.kill()
        os.close(self.wake_r)
        os.close(self.wake_w)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the dispatcher thread ------------------------------------------------------------

    def _dispatch(self) -> None:
        while True:
            with self.lock:
                if self.closed:
                    for t in self.queue:
                        t.future.cancel()
                    for s in self.slots:
                        for t in s.tasks:
                            t.future.cancel()
                    return
                # idle workers first: a chunk sent ahead must not wait behind a busy worker
                # while another has nothing to do
                for ahead in (1, 2):
                    for s in self.slots:
                        while self.queue and len(s.tasks) < ahead:
                            if not self._send(s, self.queue[0]):
                                break
            busy = [s for s in self.slots if s.tasks]
            timeout = 1.0
            now = time.monotonic()
            for s in busy:
                started = s.shared[1]
                if started:
                    timeout = min(timeout, max(started + self.budget - now, 0) + 0.01)
            ready = wait([self.wake_r] + [s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
            if self.wake_r in ready:
                os.read(self.wake_r, 4096)
            now = time.monotonic()
            for s in busy:
                if s.conn in ready:
                    try:
                        out = s.conn.recv()
                    except (EOFError, OSError):
                        self._replace(s, "the worker process stopped")
                        continue
                    s.tasks.popleft().future.set_result(out)
                elif s.process.sentinel in ready or not s.process.is_alive():
                    self._replace(s, f"the worker process stopped (exit code {s.process.exitcode})")
                elif s.shared[1] and now - s.shared[1] > self.budget:
                    self._replace(s, f"took longer than {self.budget:g} s (TOLLBOOK_DOCUMENT_SECONDS); stopped")

    def _send(self, s: _Slot, task: _Task) -> bool:
        """Send the queue's first task to the worker of ``s``: to an idle worker always, to a
        busy one (its next chunk, ready when it is done: it need not wait for this thread)
        only when it is short enough to be sent without waiting. Whether it was taken."""
        if task.data is None:
            try:
                task.data = ForkingPickler.dumps((task.fn, task.items))
            except Exception as e:  # an item that cannot be pickled
                self.queue.popleft()
                task.future.set_exception(e)
                return True
        data = task.data
        if s.tasks and len(data) > AHEAD_BYTES:
            return False
        self.queue.popleft()
        if not s.tasks:
            s.shared[1] = 0.0
        s.tasks.append(task)
        task.data = None  # (sent: a replaced worker's task is pickled again, as it then is)
        try:
            s.conn.send_bytes(data)
        except OSError:  # the worker has died: its sentinel says so, and _replace queues this again
            pass
        return True

    def _replace(self, s: _Slot, message: str) -> None:
        """Kill the worker of ``s``, start another, and queue its tasks again (first) with the
        item it was on replaced by the timeout result."""
        index, started = int(s.shared[0]), s.shared[1]
        tasks = list(s.tasks)
        s.kill()
        i = self.slots.index(s)
        self.slots[i] = _Slot(self.ctx)
        if not tasks:
            return
        task = tasks[0]  # the one it was on (results come back in the order sent)
        for later in reversed(tasks[1:]):  # sent ahead, not started: again as they were
            self.queue.appendleft(later)
        items = list(task.items)
        retries = task.retries
        if started and 0 <= index < len(items):
            items[index] = _Done(self.on_timeout(items[index], message))
        else:  # died between items: nothing to blame; run the chunk again, a few times at most
            retries += 1
            if retries > 3:
                task.future.set_exception(RuntimeError(message))
                return
        self.queue.appendleft(_Task(task.fn, items, task.future, retries))


@dataclass(frozen=True)
class _Done:
    """An item whose result is already known (it ran over the budget)."""

    result: Any
