"""Saved searches that alert exactly once per (search, document, channel)."""

from search.alerts.channels import AtomFeedChannel, Channel, StdoutChannel
from search.alerts.engine import deliver_new, resend_pending
from search.alerts.models import Alert, SavedSearch, delivery_id
from search.alerts.state import AlertState

__all__ = [
    "Alert",
    "AlertState",
    "AtomFeedChannel",
    "Channel",
    "SavedSearch",
    "StdoutChannel",
    "deliver_new",
    "delivery_id",
    "resend_pending",
]
