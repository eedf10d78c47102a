"""Why a source could not be reached, in words (Vietnamese for the status page, English for the CLI).

Crawl health counts errors by kind (`crawlers.spiders.source_spider.error_kind`): "HTTP 404", "timeout",
"DNS", "connection refused" ... Network kinds say the site was never reached; a run whose requests all
ended in them, with no response at all, is an unreachable source, flagged on its first run.
"""

from __future__ import annotations

# error kind -> (Vietnamese, English); older kind names (exception classes) are kept for old health files
NETWORK_CAUSES: dict[str, tuple[str, str]] = {
    "DNS": ("không phân giải được tên miền", "cannot resolve the host name"),
    "CannotResolveHostError": ("không phân giải được tên miền", "cannot resolve the host name"),
    "DNSLookupError": ("không phân giải được tên miền", "cannot resolve the host name"),
    "connection refused": ("máy chủ từ chối kết nối", "connection refused"),
    "DownloadConnectionRefusedError": ("máy chủ từ chối kết nối", "connection refused"),
    "ConnectionRefusedError": ("máy chủ từ chối kết nối", "connection refused"),
    "timeout": ("hết thời gian chờ", "timed out"),
    "TimeoutError": ("hết thời gian chờ", "timed out"),
    "DownloadTimeoutError": ("hết thời gian chờ", "timed out"),
    "TCPTimedOutError": ("hết thời gian chờ", "timed out"),
    "connection closed": ("máy chủ đóng kết nối", "the server closed the connection"),
    "connection failed": ("không kết nối được", "connection failed"),
    "ConnectionLost": ("máy chủ đóng kết nối", "the server closed the connection"),
    "ResponseNeverReceived": ("máy chủ đóng kết nối", "the server closed the connection"),
    "NoRouteError": ("không có đường mạng tới máy chủ", "no route to the host"),
}


def unreachable_cause(errors_by_kind: dict[str, int], reached: bool) -> tuple[str, str] | None:
    """(Vietnamese, English) cause when a run reached nothing and every error was a network error.

    >>> unreachable_cause({"DNS": 3}, reached=False)
    ('không phân giải được tên miền', 'cannot resolve the host name')
    >>> unreachable_cause({"DNS": 1, "timeout": 4}, reached=False)[1]
    'timed out'
    >>> unreachable_cause({"HTTP 404": 1}, reached=False) is None, unreachable_cause({"DNS": 1}, True) is None
    (True, True)
    """
    if reached or not errors_by_kind or not all(kind in NETWORK_CAUSES for kind in errors_by_kind):
        return None
    most = max(sorted(errors_by_kind), key=lambda kind: errors_by_kind[kind])
    return NETWORK_CAUSES[most]


def all_sources_failed(
    reports: list[tuple[str, int, dict[str, int]]], failures: dict[str, str]
) -> str | None:
    """One line naming each source's cause when no source of a run was reached, else None.

    `reports`: (source id, responses received, errors by kind) per finished crawl; `failures`: source id ->
    reason of each crawl process that did not finish.

    >>> all_sources_failed([("a", 0, {"DNS": 2}), ("b", 0, {"timeout": 1})], {})
    'every source failed: a: cannot resolve the host name; b: timed out'
    >>> all_sources_failed([("a", 0, {"DNS": 2}), ("b", 3, {})], {}) is None
    True
    >>> all_sources_failed([], {"a": "crawl process exited with 1"})
    'every source failed: a: crawl process exited with 1'
    """
    causes: dict[str, str] = dict(failures)
    for source, responses, errors_by_kind in reports:
        cause = unreachable_cause(errors_by_kind, responses > 0)
        if cause is None:
            return None
        causes[source] = cause[1]
    if not causes:
        return None
    return "every source failed: " + "; ".join(f"{s}: {c}" for s, c in sorted(causes.items()))
