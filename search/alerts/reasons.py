"""Why a delivery failed, in Vietnamese words a monitoring team reads on the alerts page.

The engine stores the channel's own error (English, URLs redacted) for the log and the CLI, and this
reason beside it for people: "webhook trả lời 500", "máy chủ thư không kết nối được".
"""

from __future__ import annotations

import re

_HTTP = re.compile(r"\bHTTP (\d{3})\b")

# (pattern in the error text, lowercased) -> words; the first that matches wins
_COMMON: list[tuple[str, str]] = [
    ("no longer exists", "tìm kiếm đã lưu không còn"),
    ("non-public address", "địa chỉ nội bộ bị từ chối (cần cho phép địa chỉ nội bộ)"),
    ("does not resolve", "không phân giải được tên miền"),
    ("resolves to no address", "không phân giải được tên miền"),
    ("name or service not known", "không phân giải được tên miền"),
    ("temporary failure in name resolution", "không phân giải được tên miền"),
    ("timed out", "hết thời gian chờ"),
    ("timeout", "hết thời gian chờ"),
    ("certificate", "chứng chỉ TLS không hợp lệ"),
    ("ssl", "lỗi TLS"),
]
_WEBHOOK: list[tuple[str, str]] = [
    ("connection refused", "máy chủ webhook từ chối kết nối"),
    ("connection reset", "máy chủ webhook ngắt kết nối"),
    ("remote end closed", "máy chủ webhook ngắt kết nối"),
    ("has no webhook", "chưa đặt địa chỉ webhook"),
]
_EMAIL: list[tuple[str, str]] = [
    ("recipient", "máy chủ thư từ chối người nhận"),
    ("authentication", "máy chủ thư từ chối đăng nhập"),
    ("sender", "máy chủ thư từ chối người gửi"),
    ("has no e-mail", "chưa đặt địa chỉ e-mail"),
]
_LOCAL = {
    "atom": "không ghi được nguồn Atom",
    "stdout": "không in được ra màn hình",
}


def failure_reason(channel: str, error: str) -> str:
    """The cause of a failed delivery on `channel`, in Vietnamese, from the channel's error text.

    >>> failure_reason("webhook", "webhook http://127.0.0.1:1/x: failed after 3 attempt(s): HTTP 500")
    'webhook trả lời 500'
    >>> failure_reason("email", "email via 127.0.0.1:1: [Errno 111] Connection refused")
    'máy chủ thư không kết nối được'
    >>> failure_reason("webhook", "webhook host 'x.invalid' does not resolve: [Errno -2] ...")
    'không phân giải được tên miền'
    """
    text = error.lower()
    if channel == "webhook":
        status = _HTTP.search(error)
        if status:
            return f"webhook trả lời {status.group(1)}"
    for needle, words in (
        _COMMON + (_WEBHOOK if channel == "webhook" else []) + (_EMAIL if channel == "email" else [])
    ):
        if needle in text:
            return words
    if channel == "email":
        if "refused" in text or "errno" in text or "connect" in text:
            return "máy chủ thư không kết nối được"
        return "máy chủ thư báo lỗi"
    if channel == "webhook":
        return "không gửi được tới webhook"
    return _LOCAL.get(channel, f"kênh {channel} báo lỗi")
