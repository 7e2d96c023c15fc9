"""Where per-article work runs: in this process, a local process pool, or a Dask cluster.

Every engine is an *ordered map*: results come back in input order whatever
the worker that produced them, so outputs are byte-identical between the
serial, parallel and Dask runs.  Only a bounded window of results is in flight
at a time, so memory does not grow with the corpus.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from typing import Any, Callable, Iterator, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("local", "dask")


def _batch(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """One Dask task: a batch of articles (per-article tasks cost more to schedule than to run)."""
    return [fn(x) for x in items]


def ordered_map(fn: Callable[[T], R], items: Sequence[T], *, jobs: int = 1, engine: str = "local",
                scheduler: str | None = None, chunksize: int = 8) -> Iterator[R]:
    """``map(fn, items)`` on the chosen engine, results in input order.

    ``fn`` must be picklable (a module-level function or a ``functools.partial`` of one).
    ``engine="dask"`` connects to ``scheduler`` (``tcp://host:8786``) or, without one,
    starts a LocalCluster of ``jobs`` single-threaded worker processes; workers must
    see the input paths (shared filesystem) and have kg installed.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine {engine!r}: expected one of {', '.join(ENGINES)}")
    if engine == "dask":
        yield from _dask_map(fn, items, jobs=jobs, scheduler=scheduler, batch=max(1, chunksize * 4))
        return
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(items) or 1))
    if jobs == 1:
        yield from map(fn, items)
        return
    yield from _pool_map(start_pool(jobs), fn, items, chunksize)


def start_pool(jobs: int):
    """A process pool, forked *now*: call before opening anything with threads (an Oxigraph store)."""
    ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    return ctx.Pool(jobs)


def _pool_map(pool: Any, fn: Callable[[T], R], items: Sequence[T], chunksize: int) -> Iterator[R]:
    try:
        # imap keeps input order and pulls lazily; chunksize amortises the IPC per article
        yield from pool.imap(fn, items, chunksize=chunksize)
    finally:
        pool.terminate()
        pool.join()


def ordered_map_started(fn: Callable[[T], R], items: Sequence[T], *, jobs: int = 1, engine: str = "local",
                        scheduler: str | None = None, chunksize: int = 8) -> Iterator[R]:
    """Like :func:`ordered_map`, but local worker processes are forked before this returns.

    Forking a process that holds RocksDB (pyoxigraph Store) threads can deadlock
    the children, so ``build --store`` starts its workers before opening the store.
    """
    n = max(1, min(jobs or os.cpu_count() or 1, len(items) or 1))
    if engine == "local" and n > 1:
        return _pool_map(start_pool(n), fn, items, chunksize)
    return ordered_map(fn, items, jobs=jobs, engine=engine, scheduler=scheduler, chunksize=chunksize)


def _dask_map(fn: Callable[[T], R], items: Sequence[T], *, jobs: int, scheduler: str | None,
              batch: int) -> Iterator[R]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # optional extra
        raise RuntimeError("--engine dask needs the optional extra: pip install 'kg[dask]' "
                           "(dask and distributed)") from exc
    cluster: Any = None
    if scheduler:
        client = Client(scheduler)
    else:
        n = max(1, jobs or os.cpu_count() or 1)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or 1)
        window = 4 * workers  # batches in flight: keeps every worker busy, bounds memory
        pending: deque[Any] = deque()
        chunks = [list(items[i:i + batch]) for i in range(0, len(items), batch)]
        for chunk in chunks:
            pending.append(client.submit(_batch, fn, chunk, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
