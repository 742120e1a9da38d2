"""Where per-object jobs run: in this process, a local process pool, or a Dask cluster.

Every executor maps `scan_object` over an iterable of jobs with a bounded number in
flight (memory stays bounded however many objects a source lists) and yields results
as they complete.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Iterable, Iterator

from .records import ObjectResult
from .worker import Job, close_connectors, scan_object


class Executor(ABC):
    @abstractmethod
    def run(self, jobs: Iterable[Job]) -> Iterator[list[ObjectResult]]:
        """Yield each job's results (order not guaranteed)."""

    def close(self) -> None:
        close_connectors()


class InlineExecutor(Executor):
    def run(self, jobs: Iterable[Job]) -> Iterator[list[ObjectResult]]:
        for job in jobs:
            yield scan_object(job)


def _init_worker() -> None:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class ProcessPoolExecutorBackend(Executor):
    def __init__(self, workers: int):
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)

    def run(self, jobs: Iterable[Job]) -> Iterator[list[ObjectResult]]:
        window = self.workers * 4
        pending: set = set()
        it = iter(jobs)
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:
                try:
                    job = next(it)
                except StopIteration:
                    exhausted = True
                    break
                pending.add(self.pool.submit(scan_object, job))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                yield f.result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        super().close()


class DaskExecutor(Executor):
    """Runs jobs on a Dask cluster (`--scheduler tcp://HOST:PORT`) or a local one."""

    def __init__(self, scheduler: str | None, workers: int):
        from distributed import Client, LocalCluster

        self._cluster = None
        if scheduler:
            self.client = Client(scheduler, timeout="20s")
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None)
            self.client = Client(self._cluster)
        self.window = max(4, 4 * sum(self.client.nthreads().values()))

    def run(self, jobs: Iterable[Job]) -> Iterator[list[ObjectResult]]:
        from distributed import as_completed

        it = iter(jobs)
        ac = as_completed()
        inflight = 0
        for job in it:
            ac.add(self.client.submit(scan_object, job, pure=False))
            inflight += 1
            if inflight >= self.window:
                break
        for fut in ac:
            yield fut.result()
            fut.release()
            nxt = next(it, None)
            if nxt is not None:
                ac.add(self.client.submit(scan_object, nxt, pure=False))

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
        super().close()


def make_executor(kind: str, workers: int, scheduler: str | None = None) -> Executor:
    if kind == "dask":
        return DaskExecutor(scheduler, workers)
    if kind != "local":
        raise ValueError(f"unknown executor {kind!r}")
    return InlineExecutor() if workers <= 1 else ProcessPoolExecutorBackend(workers)


