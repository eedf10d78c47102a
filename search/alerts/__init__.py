"""Saved searches that alert exactly once per (search, document, channel)."""

from search.alerts.channels import AtomFeedChannel, Channel, StdoutChannel
from search.alerts.engine import deliver_digests, deliver_new, match_reasons, resend_pending
from search.alerts.models import (
    Alert,
    Digest,
    EmailTarget,
    MatchReasons,
    SavedSearch,
    WebhookTarget,
    delivery_id,
)
from search.alerts.push import DeliveryError, EmailChannel, WebhookChannel, check_target, sign
from search.alerts.state import AlertState

__all__ = [
    "Alert",
    "AlertState",
    "AtomFeedChannel",
    "Channel",
    "DeliveryError",
    "Digest",
    "EmailChannel",
    "EmailTarget",
    "MatchReasons",
    "SavedSearch",
    "StdoutChannel",
    "WebhookChannel",
    "WebhookTarget",
    "check_target",
    "deliver_digests",
    "deliver_new",
    "delivery_id",
    "match_reasons",
    "resend_pending",
    "sign",
]
