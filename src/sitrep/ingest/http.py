"""Fetching pages and feeds over HTTP, politely and safely.

Conditional GET (ETag / Last-Modified), robots.txt, a per-host rate limit, timeouts, a response
size cap, a bounded number of redirects, and a guard that refuses private, loopback and
link-local addresses unless a host is explicitly allowed (``allow_hosts``).
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from sitrep.config import Settings
from sitrep.errors import FetchError


@dataclass(frozen=True, slots=True)
class Response:
    """What one fetch returned: the final URL, status, headers and body (None when unchanged)."""

    url: str
    status: int
    headers: dict[str, str]
    content: bytes | None
    fetched_at: datetime

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").lower()


@dataclass
class Validators:
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Fetcher:
    """An HTTP client with Sitrep's safety rules; one per batch so limits and caches are shared."""

    settings: Settings
    transport: httpx.BaseTransport | None = None
    sleep: Callable[[float], None] = time.sleep
    _client: httpx.Client | None = None
    _last_request: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            timeout = httpx.Timeout(self.settings.http_timeout)
            self._client = httpx.Client(
                timeout=timeout,
                follow_redirects=False,
                headers={"User-Agent": self.settings.user_agent},
                transport=self.transport,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the public call ----------------------------------------------------------------

    def get(self, url: str, *, validators: Validators | None = None) -> Response:
        """Return the response for ``url`` after redirects; raises :class:`FetchError`."""
        seen: set[str] = set()
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if current in seen:
                raise FetchError(f"redirect loop at {current}", reason="too_many_redirects")
            seen.add(current)
            self.check_url(current)
            if self.settings.respect_robots and not self._robots_allow(current):
                raise FetchError(f"robots.txt disallows {current}", reason="robots_disallowed")
            response = self._request(current, validators if current == url else None)
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"redirect without a Location from {current}",
                                     reason="http_error")
                current = urljoin(current, location)
                continue
            if response.status == 304 or 200 <= response.status < 300:
                return response
            raise FetchError(f"HTTP {response.status} from {current}",
                             reason="not_found" if response.status in (404, 410) else "http_error")
        raise FetchError(f"more than {self.settings.max_redirects} redirects from {url}",
                         reason="too_many_redirects")

    # -- safety ---------------------------------------------------------------------------

    def check_url(self, url: str) -> None:
        """Raise :class:`FetchError` unless ``url`` is http(s) to an address Sitrep may fetch."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {url}", reason="bad_url")
        host = parts.hostname
        if host in self.settings.allow_hosts:
            return
        try:
            infos = socket.getaddrinfo(host, parts.port or 443, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(f"cannot resolve host {host}", reason="dns_error") from exc
        for info in infos:
            address = ipaddress.ip_address(info[4][0])
            if str(address) in self.settings.allow_hosts:
                continue
            if (address.is_private or address.is_loopback or address.is_link_local
                    or address.is_reserved or address.is_multicast or address.is_unspecified):
                raise FetchError(
                    f"refusing to fetch {host}: it resolves to the non-public address {address} "
                    "(add the host to allow_hosts to permit it)",
                    reason="blocked_address",
                )

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        parser = self._robots[origin]
        return True if parser is None else parser.can_fetch(self.settings.user_agent, url)

    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        parser = urllib.robotparser.RobotFileParser()
        try:
            response = self._request(f"{origin}/robots.txt", None)
        except FetchError:
            return None  # unreachable robots.txt: RFC 9309 treats it as no rules
        if response.status >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])
        elif response.status == 200 and response.content is not None:
            parser.parse(response.content.decode("utf-8", errors="replace").splitlines())
        else:
            return None
        return parser

    # -- one request ----------------------------------------------------------------------

    def _throttle(self, host: str) -> None:
        wait = self._last_request.get(host, 0.0) + self.settings.rate_limit_seconds - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _request(self, url: str, validators: Validators | None) -> Response:
        headers: dict[str, str] = {}
        if validators is not None:
            if validators.etag:
                headers["If-None-Match"] = validators.etag
            if validators.last_modified:
                headers["If-Modified-Since"] = validators.last_modified
        self._throttle(urlsplit(url).netloc)
        limit = self.settings.max_document_bytes
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(f"{url} is {int(declared):,} bytes, over the limit",
                                     reason="too_large")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > limit:
                        raise FetchError(f"{url} is over the {limit:,}-byte limit",
                                         reason="too_large")
                return Response(
                    url=url,
                    status=response.status_code,
                    headers={k.lower(): v for k, v in response.headers.items()},
                    content=bytes(body) if response.status_code != 304 else None,
                    fetched_at=datetime.now(UTC).replace(tzinfo=None),
                )
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out fetching {url}", reason="fetch_timeout") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch {url}: {exc.__class__.__name__}",
                             reason="fetch_failed") from exc
