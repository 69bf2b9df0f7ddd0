"""Streaming builds: articles go through extraction in bounded batches, on one core, a
pool of worker processes, or a Dask cluster, and come back in order to be linked and
written, one transaction a batch.

Extraction is the expensive, independent part, so it is spread out; so is turning into
quads the articles whose entities do not depend on the rest of the build (most of them:
see :meth:`kg.link.Linker.tentative`), which workers hand back as N-Quads. Linking the
others needs every person seen so far and writing needs the one store, so both stay in
the calling process. At most a few batches are in flight at once, so memory does not
grow with the corpus.

>>> engine = make_engine("local", workers=4)        # doctest: +SKIP
>>> for batch in engine.map(batched(articles, 50)): ...
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from kg.errors import ExtractionError, KgError
from kg.model import Article, ExtractionResult
from kg.nlp.segment import DEFAULT_SEGMENTER
from kg.pipeline import Pipeline

#: Articles per unit of work: large enough that sending work costs little (one task per
#: article costs about 40% more on Dask than a process pool; batches of 50 about 3%),
#: small enough that a batch is one short transaction.
BATCH_SIZE = 50

#: The engines ``make_engine`` knows.
ENGINES = ("local", "dask")


def default_workers() -> int:
    """All the cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Limits:
    """What one article may cost: a pathological article fails alone, it does not stall
    or sink a build.

    Attributes:
        max_chars: Longest article text extracted, in characters.
        seconds: Longest extraction of one article. Enforced with a timer signal where
            extraction runs in a process's main thread (in-process and worker processes);
            Dask runs tasks in threads, where only ``max_chars`` applies.
    """

    max_chars: int = 1_000_000
    seconds: float = 60.0


#: The limits a build applies unless told otherwise.
DEFAULT_LIMITS = Limits()


class _TimeUp(BaseException):
    """Raised by the timer; a BaseException, so no ``except Exception`` swallows it."""


def _time_up(signum: int, frame: object) -> None:
    raise _TimeUp


def _extract_one(pipeline: Pipeline, article: Article, limits: Limits) -> ExtractionResult:
    """Extract one article within ``limits``."""
    if len(article.text) > limits.max_chars:
        raise ExtractionError(
            article.id,
            "limits",
            f"{len(article.text):,} characters, over the limit of {limits.max_chars:,}; "
            "split the article or raise --max-chars",
        )
    timed = limits.seconds > 0 and threading.current_thread() is threading.main_thread()
    if not timed:
        return pipeline(article)
    previous = signal.signal(signal.SIGALRM, _time_up)
    signal.setitimer(signal.ITIMER_REAL, limits.seconds)
    try:
        return pipeline(article)
    except _TimeUp:
        raise ExtractionError(
            article.id,
            "limits",
            f"extraction took over {limits.seconds:g} s; raise --article-timeout to allow it",
        ) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Batch:
    """What extraction made of one batch: results in input order, and the failures.

    Attributes:
        results: The articles' extraction results, in input order.
        errors: The articles that failed.
        mapped: Ids of the articles already turned into quads (when asked for).
        nquads: Those articles' quads, as N-Quads.
    """

    results: list[ExtractionResult] = field(default_factory=list)
    errors: list[KgError] = field(default_factory=list)
    mapped: set[str] = field(default_factory=set)
    nquads: bytes = b""


_PIPELINES: dict[str, Pipeline] = {}


def _pipeline(segmenter: str) -> Pipeline:
    """The pipeline of this process for ``segmenter``, built once."""
    if segmenter not in _PIPELINES:
        _PIPELINES[segmenter] = Pipeline(segmenter=segmenter)
    return _PIPELINES[segmenter]


def extract_batch(
    articles: list[Article],
    segmenter: str = DEFAULT_SEGMENTER,
    limits: Limits = DEFAULT_LIMITS,
    map_quads: bool = False,
) -> Batch:
    """Extract a batch of articles; an article that fails is reported, not raised.

    With ``map_quads``, the articles whose IRIs do not depend on other articles are
    also turned into quads (:attr:`Batch.nquads`), so that the calling process only
    stores them. Runs in worker processes (and on Dask workers), so it takes and
    returns only picklable values.
    """
    pipeline = _pipeline(segmenter)
    batch = Batch()
    for article in articles:
        try:
            batch.results.append(_extract_one(pipeline, article, limits))
        except ExtractionError as error:
            batch.errors.append(
                ExtractionError(error.article, error.extractor, error.reason, article.path)
            )
        except KgError as error:
            batch.errors.append(error)
        except Exception as error:  # noqa: BLE001 - a bug on one article must not stop the rest
            batch.errors.append(
                ExtractionError(article.id, "pipeline", repr(error), article.path)
            )
    if map_quads:
        _map(batch)
    return batch


def _map(batch: Batch) -> None:
    """Turn into N-Quads the results whose IRIs no other article can change: those
    :meth:`~kg.link.Linker.tentative` does not mark (an empty linker then links them as
    the build's would), each id once in the batch."""
    import pyoxigraph as ox

    from kg.link import Linker, post_places
    from kg.rdf.mapping import article_quads

    linker = Linker()
    ids = Counter(result.article.id for result in batch.results)
    quads: list[ox.Quad] = []
    for result in batch.results:
        posts = post_places(result)
        if ids[result.article.id] == 1 and not linker.tentative(result, posts):
            quads.extend(article_quads(result, linker.link(result, posts)))
            batch.mapped.add(result.article.id)
    batch.nquads = cast(bytes, ox.serialize(quads, format=ox.RdfFormat.N_QUADS))


def batched(articles: Iterable[Article], size: int = BATCH_SIZE) -> Iterator[list[Article]]:
    """``articles`` in lists of ``size`` (the last may be shorter), read lazily."""
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class Engine(Protocol):
    """Runs :func:`extract_batch` over batches and yields the results in input order."""

    def map(self, batches: Iterable[list[Article]]) -> Iterator[Batch]:
        """Extract each batch; yield the results in the order the batches came."""

    def close(self) -> None:
        """Stop the engine's workers (if any); the engine cannot be used afterwards."""


class InProcess:
    """Extraction in the calling process, one batch after another."""

    def __init__(self, segmenter: str = DEFAULT_SEGMENTER, limits: Limits = DEFAULT_LIMITS) -> None:
        self.segmenter = segmenter
        self.limits = limits

    def map(self, batches: Iterable[list[Article]]) -> Iterator[Batch]:
        """Extract each batch here, when it is asked for."""
        for articles in batches:
            yield extract_batch(articles, self.segmenter, self.limits)

    def close(self) -> None:
        """Nothing to stop."""


class _Windowed:
    """Submits batches while at most ``window`` are unfinished, yields them in order."""

    window: int
    segmenter: str
    limits: Limits
    #: Whether workers also turn the articles into quads (see :func:`extract_batch`).
    map_quads: bool = False

    def _submit(self, articles: list[Article]) -> Any:
        raise NotImplementedError

    def _result(self, future: Any) -> Batch:
        raise NotImplementedError

    def map(self, batches: Iterable[list[Article]]) -> Iterator[Batch]:
        iterator = iter(batches)
        first = next(iterator, None)
        if first is None:
            return
        second = next(iterator, None)
        if second is None:  # one batch: not worth starting workers for
            yield extract_batch(first, self.segmenter, self.limits)
            return
        pending: deque[Any] = deque()
        for articles in itertools.chain([first, second], iterator):
            pending.append(self._submit(articles))
            if len(pending) >= self.window:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())


def _start_worker(segmenter: str) -> None:
    """Ready a worker process: its pipeline loaded, its priority lowered. Writing the
    store is the build's one serial step, so on a machine with no core to spare the
    writer goes first and the workers, which keep ahead of it anyway, take the rest."""
    try:
        os.nice(5)
    except OSError:  # not allowed here: run at the same priority
        pass
    _pipeline(segmenter)


class Processes(_Windowed):
    """Extraction in ``workers`` processes of this machine.

    Workers come from a fork server (a clean process with kg imported) and load their
    pipeline as they start.
    """

    def __init__(
        self, workers: int, segmenter: str = DEFAULT_SEGMENTER, limits: Limits = DEFAULT_LIMITS
    ) -> None:
        self.workers = workers
        self.segmenter = segmenter
        self.limits = limits
        self.window = 2 * workers
        self._pool: ProcessPoolExecutor | None = None

    def _submit(self, articles: list[Article]) -> Future[Batch]:
        if self._pool is None:
            # Not "fork": this process has the store open, and pages a forked child
            # shares with it are copied on every write the store makes afterwards
            # (a corpus build wrote 1.7x slower). A fork server starts clean, with kg
            # imported once; each worker then loads its pipeline as it starts.
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            if "forkserver" in methods:
                context.set_forkserver_preload(["kg.build"])
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=_start_worker,
                initargs=(self.segmenter,),
            )
        return self._pool.submit(
            extract_batch, articles, self.segmenter, self.limits, self.map_quads
        )

    def _result(self, future: Future[Batch]) -> Batch:
        return future.result()

    def close(self) -> None:
        """Stop the worker processes, dropping batches not yet started."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class Dask(_Windowed):
    """Extraction on a Dask cluster: the scheduler at ``scheduler`` or, when None, a
    local cluster of ``workers`` single-threaded processes started here.

    The workers need kg installed (the same version); articles travel to them and
    results come back, so the store never leaves this machine.
    """

    def __init__(
        self,
        workers: int,
        scheduler: str | None = None,
        segmenter: str = DEFAULT_SEGMENTER,
        limits: Limits = DEFAULT_LIMITS,
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise KgError(
                "the dask engine needs dask.distributed: pip install 'kg[dask]'"
            ) from error
        self.segmenter = segmenter
        self.limits = limits
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout=30)
            else:
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=40,
                )
                self._client = Client(self._cluster)
        except OSError as error:
            raise KgError(f"cannot reach the Dask scheduler {scheduler}: {error}") from error
        cores = sum(self._client.nthreads().values()) or workers
        self.window = 2 * cores

    def _submit(self, articles: list[Article]) -> Any:
        return self._client.submit(
            extract_batch, articles, self.segmenter, self.limits, self.map_quads, pure=False
        )

    def _result(self, future: Any) -> Batch:
        result: Batch = future.result()
        future.release()
        return result

    def close(self) -> None:
        """Disconnect from the scheduler; stop the local cluster if this engine started it."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    segmenter: str = DEFAULT_SEGMENTER,
    limits: Limits = DEFAULT_LIMITS,
    map_quads: bool = False,
) -> Engine:
    """The extraction engine by name: ``local`` (this machine; one worker runs in this
    process, more in a process pool) or ``dask`` (a cluster at ``scheduler``, or a local
    one). ``workers`` defaults to all cores. With ``map_quads``, workers also turn the
    articles they can into quads (:func:`extract_batch`); in this process they cannot."""
    count = workers or default_workers()
    windowed: Processes | Dask
    if engine == "dask":
        windowed = Dask(count, scheduler, segmenter, limits)
    elif engine != "local":
        raise KgError(f"no engine {engine!r}; choose one of {', '.join(ENGINES)}")
    elif scheduler:
        raise KgError("--scheduler is for the dask engine; add --engine dask")
    elif count == 1:
        return InProcess(segmenter, limits)
    else:
        windowed = Processes(count, segmenter, limits)
    windowed.map_quads = map_quads
    return windowed
