"""Fetching pages and feeds from the web, politely and safely.

A URL a user submits must not make tollbook reach internal services: every host (the first
and each redirect) is resolved, every address must be public, and the connection goes to the
address that was checked (the TLS name is still the host's), so DNS cannot change the answer
between the check and the request. ``allow_private`` lifts this, for local testing.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from . import __version__
from .limits import limits
from .records import Source
from .sources import InputError, decode

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/rss+xml", "application/atom+xml",
                  "application/xml", "text/xml")


class FetchError(Exception):
    """Why a URL was not fetched (refused, too large, wrong type, HTTP error)."""


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 20.0
    max_bytes: int = field(default_factory=lambda: limits().document_bytes)  # TOLLBOOK_MAX_DOCUMENT_BYTES
    max_redirects: int = 5
    per_host_interval: float = 1.0
    allow_private: bool = False
    user_agent: str = f"tollbook/{__version__} (casualty-claims ledger; polite fetcher)"


def public_address(host: str, port: int) -> str:
    """The first address of ``host``; raises FetchError if any address is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise FetchError(f"cannot resolve {host}: {e.strerror}") from e
    addrs = [info[4][0] for info in infos]
    for a in addrs:
        ip = ipaddress.ip_address(a.split("%")[0])
        if not is_public(ip):
            raise FetchError(f"refused: {host} resolves to a non-public address ({ip}); use --allow-private to allow")
    return addrs[0]


NAT64 = ipaddress.ip_network("64:ff9b::/96")


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible
    (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d), 6to4 (2002:AABB:CCDD::) and Teredo (server and client)."""
    out = []
    if ip.ipv4_mapped:
        out.append(ip.ipv4_mapped)
    if int(ip) >> 32 == 0 and int(ip) > 1:
        out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip in NAT64:
        out.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.sixtofour:
        out.append(ip.sixtofour)
    if ip.teredo:
        out.extend(ip.teredo)
    return out


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A global unicast address, and so is every IPv4 address it embeds (Python's ``is_global``
    says True for ``2002:7f00:1::1``, a 6to4 wrapping of 127.0.0.1)."""
    if not ip.is_global or ip.is_multicast:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        return all(v4.is_global and not v4.is_multicast for v4 in embedded_ipv4(ip))
    return True


class Fetcher:
    """An HTTP client with the policy's limits and a per-host pace. Thread-safe for pacing."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self.client = httpx.Client(timeout=self.policy.timeout, follow_redirects=False,
                                   headers={"User-Agent": self.policy.user_agent})
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _pace(self, host: str) -> None:
        with self._lock:
            wait = self._last.get(host, 0) + self.policy.per_host_interval - time.monotonic()
            self._last[host] = time.monotonic() + max(wait, 0)
        if wait > 0:
            time.sleep(wait)

    def get(self, url: str) -> tuple[str, bytes, str]:
        """(final URL, body, content type) of a page; FetchError when refused or failed."""
        for _ in range(self.policy.max_redirects + 1):
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"refused: not an http(s) URL: {url}")
            port = parts.port or (443 if parts.scheme == "https" else 80)
            target, extensions = url, {}
            if not self.policy.allow_private:
                ip = public_address(parts.hostname, port)
                # Connect to the checked address; keep the host name for Host and TLS.
                netloc = (f"[{ip}]" if ":" in ip else ip) + (f":{parts.port}" if parts.port else "")
                target = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
                extensions = {"sni_hostname": parts.hostname}
            self._pace(parts.hostname)
            headers = {"Host": parts.netloc.rsplit("@", 1)[-1]}
            try:
                with self.client.stream("GET", target, headers=headers, extensions=extensions) as r:
                    if r.is_redirect:
                        url = urljoin(url, r.headers.get("location", ""))
                        continue
                    if r.status_code >= 400:
                        raise FetchError(f"HTTP {r.status_code}")
                    ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
                    if ctype and ctype not in ACCEPTED_TYPES:
                        raise FetchError(f"refused: content type {ctype!r} is not a page or feed")
                    size = int(r.headers.get("content-length") or 0)
                    if size > self.policy.max_bytes:
                        raise FetchError(f"refused: {size:,} bytes is over the {self.policy.max_bytes:,}-byte cap")
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > self.policy.max_bytes:
                            raise FetchError(f"refused: over the {self.policy.max_bytes:,}-byte cap")
                    return url, bytes(body), ctype
            except httpx.HTTPError as e:
                raise FetchError(f"{e.__class__.__name__}: {e}") from e
        raise FetchError(f"refused: more than {self.policy.max_redirects} redirects")


def fetch_source(fetcher: Fetcher, url: str) -> Source | InputError:
    """A page as a Source (HTML through trafilatura later), or the error naming the URL."""
    try:
        final, body, ctype = fetcher.get(url)
        text = decode(body, url)
    except (FetchError, ValueError) as e:
        return InputError(url, str(e))
    return Source(final, text, url=final, html=ctype != "text/plain", origin=url)
