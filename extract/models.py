"""Typed records that flow between the stages: Tags (tagger output) and Document (extractor output).

`Document.model_dump(mode="json")` is exactly the JSON `cnht extract` prints, and
`Tags.model_dump(mode="json")` exactly what `cnht tag` prints. These shapes are public API.
Offsets (`start`, `end`) always index the text that was passed to the tagger.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Amount = int | float


class Span(BaseModel):
    """A stretch of the input text: `text[start:end] == mention`."""

    mention: str
    start: int
    end: int


class Firm(Span):
    name: str  # canonical name: legal form and "(Việt Nam)"-style suffixes removed
    legal_form: str | None = None  # "Công ty TNHH", "Công ty CP", "Tập đoàn", ...


class Organization(Span):
    name: str  # agencies, associations, People's Committees, management boards


class Person(Span):
    name: str
    role: str | None = None


class Location(Span):
    name: str
    type: str | None = None  # "industrial_park", "district", "country", ...


class Province(Span):
    name: str  # the unit as the text names it (pre-2025 names kept)
    current: str  # today's unit after the 1 July 2025 merger (34 provinces and cities)


class Money(Span):
    amount: Amount  # in base units: "4.507 tỷ đồng" -> 4507000000000
    currency: str  # ISO 4217: VND, USD, EUR, JPY, ...
    per: str | None = None  # "year" for "3,6 tỷ USD/năm"
    approximate: bool = False  # "hàng trăm tỷ đồng", "khoảng", "hơn" ...


class Percentage(Span):
    value: float  # "35,5%" -> 35.5


class Quantity(Span):
    """A count of things: "1.020 dự án", "hơn 150 doanh nghiệp" (not money, areas, durations or measures)."""

    value: Amount  # "1.020 dự án" -> 1020; "hàng nghìn lao động" -> 1000 (lower bound, approximate)
    unit: str  # the countable noun, lower case, abbreviations expanded: "dự án", "khu công nghiệp"
    approximate: bool = False  # "hơn", "khoảng", "gần", "hàng trăm" ...


class Area(Span):
    value: Amount  # as written: "25.000 m2" -> 25000
    unit: str  # "ha", "m2" or "km2"
    hectares: float  # "25.000 m2" -> 2.5, "2.738 ha" -> 2738, "1,5 km2" -> 150
    approximate: bool = False


class DecisionRef(Span):
    number: str  # canonical key, e.g. "26/2023/QĐ-UBND"
    doc_type: str | None = None  # expanded: "Quyết định", "Nghị định", ...
    issuer: str | None = None  # expanded: "Ủy ban nhân dân", "Bộ Công Thương", ...
    year: int | None = None
    date: str | None = None  # ISO date the text gives with the number ("ngày 04/8/2023")


class Deal(BaseModel):
    kind: Literal["mou", "supply_contract", "investment", "groundbreaking", "cooperation"]
    parties: list[str]  # two canonical firm names (one deal per pair of counterparties)
    amount: Amount | None = None
    currency: str | None = None
    province: str | None = None  # current unit
    date: str | None = None  # ISO date
    start: int
    end: int


EventKind = Literal[
    "mou",
    "supply_contract",
    "cooperation",
    "joint_venture",
    "acquisition",
    "investment_licence",
    "investment_announcement",
    "groundbreaking",
    "inauguration",
]
EventStatus = Literal["signed", "licensed", "announced", "started", "completed"]


class Party(BaseModel):
    """One side of a deal event: a firm (canonical name, as in `Tags.firms`), a government body or another
    organisation (its name as written, e.g. "UBND tỉnh Thái Bình")."""

    name: str
    type: Literal["firm", "government", "organization"]
    role: Literal["investor", "grantor", "partner", "buyer", "seller"] | None = None
    start: int
    end: int


class DealEvent(BaseModel):
    """A deal as an event: who did what, with how much, where and when; one party is enough (an investor
    announcing a project). `start`/`end` are the sentence's."""

    kind: EventKind
    parties: list[Party]
    amount: Amount | None = None
    currency: str | None = None
    province: str | None = None  # current unit of the project or plant, when the text says it
    date: str | None = None  # ISO date
    status: EventStatus | None = None
    start: int
    end: int


MEASURES = ("quantities", "areas")  # Tags fields that are measurements rather than entities


class Tags(BaseModel):
    firms: list[Firm] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    provinces: list[Province] = Field(default_factory=list)
    money: list[Money] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    decisions: list[DecisionRef] = Field(default_factory=list)
    deals: list[Deal] = Field(default_factory=list)  # pairs of firms (kept stable); `events` has more
    events: list[DealEvent] = Field(default_factory=list)  # deals as events, government parties included
    quantities: list[Quantity] = Field(default_factory=list)  # counts of firms, projects, workers ...
    areas: list[Area] = Field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Entities found per kind, e.g. {"firms": 3, "money": 2, ...}; the plain measurements
        (`quantities`, `areas`) are not entities and are counted by `measures()`."""
        return {name: len(getattr(self, name)) for name in type(self).model_fields if name not in MEASURES}

    def measures(self) -> dict[str, int]:
        """Counts and areas found, e.g. {"quantities": 4, "areas": 1}."""
        return {name: len(getattr(self, name)) for name in MEASURES}


class CitedDocument(BaseModel):
    """A document a legal text rests on, from its preamble ("Căn cứ ...", "Thực hiện ...", "Xét ...")."""

    number: str | None = None  # canonical key, e.g. "111/2015/NĐ-CP"; None for a law cited by name and date
    doc_type: str | None = None  # expanded: "Nghị định", "Luật", ...
    issuer: str | None = None  # expanded from the number's codes: "Chính phủ", "Bộ Công Thương", ...
    date: str | None = None  # ISO date given with it
    title: str | None = None  # the name when there is no number: "Luật Tổ chức chính quyền địa phương"


class DecisionMeta(BaseModel):
    """A legal document's own metadata, from its page header and metadata table."""

    number: str | None = None  # own number, canonical: "26/2023/QĐ-UBND"
    doc_type: str | None = None  # Loại văn bản
    issuer: str | None = None  # Cơ quan ban hành
    signer: str | None = None  # Người ký
    issued: str | None = None  # Ngày ban hành, ISO date
    effective: str | None = None  # Ngày hiệu lực, ISO date
    status: str | None = None  # Tình trạng
    attachments: list[str] = Field(default_factory=list)  # absolute URLs of PDF/DOC/DOCX files
    # documents cited in the preamble, in order, never the document's own number
    cited: list[CitedDocument] = Field(default_factory=list)


DocumentKind = Literal["article", "decision", "listing", "other"]
MediaType = Literal["pdf", "docx", "doc", "other"]


class AttachmentText(BaseModel):
    """The text of one attachment file (extract/attachments.py), or why there is none."""

    url: str
    media_type: MediaType  # sniffed: magic bytes first, then content type, then URL suffix
    text: str = ""  # NFC text, empty when none could be read
    pages: int | None = None
    # why there is no text: "scanned PDF: no text layer", "legacy .doc: no extractor", "encrypted PDF",
    # "not a PDF: ...", "corrupt PDF: ...", "empty file", ...
    error: str | None = None


class Document(BaseModel):
    url: str
    canonical_url: str
    source: str | None = None  # source id from the sources registry
    kind: DocumentKind
    title: str | None = None
    lead: str | None = None  # sapo: the first paragraph, also kept at the start of `text`
    text: str = ""
    published: str | None = None  # ISO 8601 with +07:00 (Asia/Ho_Chi_Minh)
    author: str | None = None
    language: str | None = None
    decision: DecisionMeta | None = None  # null for news
    tags: Tags = Field(default_factory=Tags)
    # CNHT relevance in [0, 1) from extract/relevance.py; null for listings and other pages. Never filters.
    relevance: float | None = None
    # Text of the decision's attachments, filled by whoever fetched them (`extract.attachment_text`).
    attachment_texts: list[AttachmentText] = Field(default_factory=list)
    updated: str | None = None  # last update, ISO 8601 with +07:00, from the page's own markers only
    captions: list[str] = Field(default_factory=list)  # image captions, kept out of `text`
