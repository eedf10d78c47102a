"""The webhook check refuses private and loopback IPv4 addresses in their IPv6 forms too: NAT64
(64:ff9b::/96 and the local-use 64:ff9b:1::/48), 6to4 (2002::/16), IPv4-mapped and IPv4-compatible."""

from __future__ import annotations

import pytest

from search.alerts.push import check_target

REFUSED = [
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254 (cloud metadata)
    "64:ff9b:1::808:808",  # local-use NAT64 prefix
    "2002:7f00:1::1",  # 6to4 of 127.0.0.1
    "2002:c0a8:101::1",  # 6to4 of 192.168.1.1
    "::ffff:127.0.0.1",  # IPv4-mapped
    "::ffff:a9fe:a9fe",
    "::127.0.0.1",  # IPv4-compatible
]


@pytest.mark.parametrize("address", REFUSED)
def test_ipv6_forms_of_private_ipv4_addresses_are_refused_as_webhook_targets(address: str) -> None:
    with pytest.raises(ValueError, match="non-public address"):
        check_target(f"http://[{address}]:8080/hook", allow_private=False)
    assert check_target(f"http://[{address}]:8080/hook", allow_private=True) is None


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::1", "2001:4860:4860::8888"])
def test_ipv6_forms_of_public_addresses_pass(address: str) -> None:
    assert check_target(f"https://[{address}]/hook", allow_private=False) == [address]
