"""Push channels: a signed webhook (HTTP POST JSON) and e-mail (SMTP), each per saved search.

Both resolve the saved search of an alert through `lookup` (normally `AlertState.get_search`), retry
with exponential backoff inside one call, and then raise `DeliveryError`: the outbox row stays
'recorded' with the error, is reported by `AlertState.failures()` and is retried on the next run.
Both also send digests (`send_digest`): one message for all alerts of a period.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import logging
import os
import smtplib
import socket
import time
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any, TypeVar
from urllib.parse import urlsplit

from search.alerts.models import Alert, Digest, EmailTarget, SavedSearch, WebhookTarget, redact

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Cnht-Signature"
DELIVERY_HEADER = "X-Cnht-Delivery"
USER_AGENT = "cnht-alerts/1"
T = TypeVar("T")
Lookup = Callable[[str], SavedSearch | None]


class DeliveryError(Exception):
    """A channel gave up on a message after its retries."""


class NotTried(DeliveryError):
    """A message not even tried: its endpoint gave up earlier in the same run. Not an attempt of its own
    (the delivery history and the count of failures in a row have the one that was tried)."""


def sign(secret: str, body: bytes) -> str:
    """The signature header value: "sha256=" + hex HMAC-SHA256 of the exact body bytes."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))


def embedded_ipv4(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries and reaches: IPv4-mapped (::ffff:a.b.c.d), 6to4
    (2002:AABB:CCDD::/16), NAT64 (64:ff9b::/96, RFC 6052; 64:ff9b:1::/48, RFC 8215) or IPv4-compatible
    (::a.b.c.d); None for other addresses.

    >>> str(embedded_ipv4(ipaddress.ip_address("64:ff9b::7f00:1")))
    '127.0.0.1'
    >>> str(embedded_ipv4(ipaddress.ip_address("2002:a00:1::1")))
    '10.0.0.1'
    """
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if any(ip in net for net in NAT64) or (int(ip) >> 32 == 0 and int(ip) > 0xFFFF):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether a webhook may be sent to `ip` without --allow-private: a global unicast address, and for
    an IPv6 form of an IPv4 address (mapped, 6to4, NAT64, compatible), a global unicast IPv4 one too.
    The local-use NAT64 prefix 64:ff9b:1::/48 is never public.

    >>> [is_public(ipaddress.ip_address(a)) for a in ("8.8.8.8", "::ffff:127.0.0.1", "64:ff9b::a00:1",
    ...     "2002:7f00:1::1", "64:ff9b::808:808", "2001:4860:4860::8888", "::127.0.0.1")]
    [True, False, False, False, True, True, False]
    """
    if ip.is_multicast or ip.is_unspecified:
        return False
    inner = embedded_ipv4(ip)
    if inner is not None:
        if isinstance(ip, ipaddress.IPv6Address) and ip in NAT64[1]:
            return False
        return inner.is_global and not inner.is_multicast
    return ip.is_global


def resolve_target(url: str, *, allow_private: bool) -> list[str]:
    """Every address the URL's host resolves to, in the resolver's order, each checked: refused when ANY
    of them is private, loopback, link-local, multicast or otherwise non-public, unless private targets
    are allowed.

    The request must then go to one of these addresses (`connect_first`): connecting by name again would
    resolve again, and a DNS answer that changed in between (DNS rebinding) could reach an internal
    address that was never checked. Checking every address, not only the one used, leaves a name that
    answers one public and one internal address no way in either."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"webhook URL must be http(s)://HOST/..., not {redact(url)!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise DeliveryError(f"webhook host {parts.hostname!r} does not resolve: {exc}") from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise DeliveryError(f"webhook host {parts.hostname!r} resolves to no address")
    if not allow_private:
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if not is_public(ip):
                raise ValueError(
                    f"webhook target {parts.hostname} resolves to non-public address {ip}: refused "
                    "(allow it explicitly with --allow-private)"
                )
    return addresses


def check_target(url: str, *, allow_private: bool) -> list[str] | None:
    """Validate a webhook URL when a saved search is stored: the checked addresses (`resolve_target`), or
    None when private targets are allowed (nothing to refuse; the name is resolved at each send)."""
    if allow_private:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"webhook URL must be http(s)://HOST/..., not {redact(url)!r}")
        return None
    return resolve_target(url, allow_private=False)


class PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to `address` (an IP already checked), with `host` in the Host header."""

    def __init__(self, host: str, port: int | None, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection to `address`; the certificate is still verified for `host` (SNI too)."""

    def __init__(self, host: str, port: int | None, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def open_connection(url: str, address: str | None, timeout: float) -> http.client.HTTPConnection:
    """A connection for `url`: to the checked `address` when given, else to the URL's host by name."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if address is None:
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        return cls(host, parts.port, timeout=timeout)
    pinned = PinnedHTTPSConnection if parts.scheme == "https" else PinnedHTTPConnection
    return pinned(host, parts.port, address, timeout)


def connect_first(url: str, addresses: list[str], timeout: float) -> http.client.HTTPConnection:
    """A connected connection for `url` to the first of the checked `addresses` that accepts one, trying
    each in turn (as `socket.create_connection` does for a name); the last error when none does."""
    last: OSError | None = None
    for address in addresses:
        conn = open_connection(url, address, timeout)
        try:
            conn.connect()
            return conn
        except OSError as exc:
            conn.close()
            last = exc
            log.info("webhook %s: address %s failed: %s", redact(url), address, exc)
    raise last or OSError(f"webhook {redact(url)}: no address to connect to")


def retry(
    what: str, attempt: Callable[[], T], *, retries: int, backoff: float, down: dict[str, str] | None = None
) -> T:
    """Call `attempt` up to 1 + `retries` times, sleeping backoff, 2*backoff, ... in between.

    `down` remembers targets that gave up: later calls for the same `what` fail at once, so one dead
    endpoint costs one round of retries per run, not one per alert."""
    if down is not None and what in down:
        raise NotTried(f"{what}: not tried, it failed earlier in this run: {down[what]}")
    last: Exception | None = None
    for n in range(retries + 1):
        try:
            return attempt()
        except PermanentError as exc:
            raise DeliveryError(f"{what}: {exc}") from exc
        except (OSError, http.client.HTTPException, smtplib.SMTPException, TransientError) as exc:
            last = exc
            log.warning("%s: attempt %d/%d failed: %s", what, n + 1, retries + 1, exc)
        if n < retries:
            time.sleep(backoff * 2**n)
    if down is not None:
        down[what] = str(last)
    raise DeliveryError(f"{what}: failed after {retries + 1} attempt(s): {last}") from last


class TransientError(Exception):
    """Worth retrying (5xx, 429, 408)."""


class PermanentError(Exception):
    """Not worth retrying (other 4xx)."""


def _search(lookup: Lookup, search_id: str) -> SavedSearch:
    search = lookup(search_id)
    if search is None:
        raise DeliveryError(f"saved search {search_id!r} no longer exists")
    return search


class WebhookChannel:
    """POST {"type": "alert"|"digest", "delivery_id": ..., ...} to the saved search's webhook."""

    def __init__(
        self, lookup: Lookup, *, timeout: float = 10.0, retries: int = 3, backoff: float = 1.0
    ) -> None:
        self.lookup = lookup
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.down: dict[str, str] = {}  # endpoints that gave up during this channel's life (one run)

    def _target(self, search_id: str) -> WebhookTarget:
        target = _search(self.lookup, search_id).webhook
        if target is None:
            raise DeliveryError(f"saved search {search_id!r} has no webhook")
        return target

    def send(self, alert: Alert) -> None:
        payload = {"type": "alert", "delivery_id": alert.delivery_id, "alert": alert.model_dump(mode="json")}
        self.post(self._target(alert.search_id), alert.delivery_id, payload)

    def send_digest(self, digest: Digest) -> None:
        payload = {
            "type": "digest",
            "delivery_id": digest.digest_id,
            "digest": digest.model_dump(mode="json"),
        }
        self.post(self._target(digest.search_id), digest.digest_id, payload)

    def post(self, target: WebhookTarget, delivery_id: str, payload: dict[str, Any]) -> None:
        addresses = resolve_target(target.url, allow_private=target.allow_private)
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
            DELIVERY_HEADER: delivery_id,
            SIGNATURE_HEADER: sign(target.secret, body),
        }
        parts = urlsplit(target.url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")

        def attempt() -> None:
            conn = connect_first(target.url, addresses, self.timeout)
            try:
                conn.request("POST", path, body=body, headers=headers)
                resp = conn.getresponse()
                resp.read()
            finally:
                conn.close()
            if 200 <= resp.status < 300:
                return
            if resp.status >= 500 or resp.status in (408, 429):
                raise TransientError(f"HTTP {resp.status}")
            raise PermanentError(f"HTTP {resp.status}")  # redirects are not followed either

        retry(
            f"webhook {redact(target.url)}",
            attempt,
            retries=self.retries,
            backoff=self.backoff,
            down=self.down,
        )


class EmailChannel:
    """One e-mail per alert (or per digest); Message-ID <delivery_id@cnht> lets mail clients dedupe."""

    def __init__(
        self, lookup: Lookup, *, timeout: float = 10.0, retries: int = 2, backoff: float = 1.0
    ) -> None:
        self.lookup = lookup
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.down: dict[str, str] = {}  # SMTP servers that gave up during this channel's life (one run)

    def _target(self, search_id: str) -> EmailTarget:
        target = _search(self.lookup, search_id).email
        if target is None:
            raise DeliveryError(f"saved search {search_id!r} has no e-mail address")
        return target

    def send(self, alert: Alert) -> None:
        subject = f"[cnht] {alert.search_name}: {alert.title or alert.url}"
        self.mail(self._target(alert.search_id), alert.delivery_id, subject, _alert_text(alert))

    def send_digest(self, digest: Digest) -> None:
        subject = f"[cnht] {digest.search_name}: {len(digest.alerts)} new document(s), {digest.period}"
        body = "\n\n".join(_alert_text(a) for a in digest.alerts)
        self.mail(self._target(digest.search_id), digest.digest_id, subject, body)

    def mail(self, target: EmailTarget, delivery_id: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"] = target.sender
        msg["To"] = ", ".join(target.to)
        msg["Subject"] = " ".join(subject.split())
        msg["Message-ID"] = f"<{delivery_id}@cnht>"
        msg[DELIVERY_HEADER] = delivery_id
        msg.set_content(body)
        host, _, port = target.smtp.rpartition(":")

        def attempt() -> None:
            with smtplib.SMTP(host, int(port), timeout=self.timeout) as smtp:
                if target.starttls:
                    smtp.starttls()
                user = os.environ.get("CNHT_SMTP_USER")
                if user:
                    smtp.login(user, os.environ.get("CNHT_SMTP_PASSWORD", ""))
                smtp.send_message(msg)

        retry(f"email via {target.smtp}", attempt, retries=self.retries, backoff=self.backoff, down=self.down)


def _alert_text(alert: Alert) -> str:
    lines = [alert.title or "(no title)", alert.url]
    if alert.published:
        lines.append(f"published {alert.published}")
    why = alert.reasons.summary()
    if why:
        lines.append(f"why: {why}")
    if alert.other_sources:
        lines.append("also on: " + " ".join(alert.other_sources))
    return "\n".join(lines)
