"""Deals and deal events of English wire copy, one sentence at a time.

Vietnamese papers' English editions, wire services and press releases write of the same deals as the
Vietnamese press, in English grammar that the Vietnamese readers (deals.py, events.py) do not read:

- "A JSC and B Co., Ltd signed a US$9.6 million contract to supply ..." -> a supply contract of A and B;
  a "contract" is a supply contract unless it says lease, credit or loan (then cooperation), a
  "memorandum of understanding" an MoU, a "joint venture agreement" a joint venture (deal: cooperation);
- "The Thanh Hóa People's Committee and C signed a memorandum ..." -> the MoU of a named government body and
  a firm, which is the firm's investment deal (as in Vietnamese copy);
- "D broke ground on a VNĐ620 billion plant" -> D's groundbreaking; "D inaugurated its factory ..., a total
  investment of US$52 million" -> an inauguration, and an investment deal when an amount is stated;
- "E received an investment certificate from the Chu Lai Open Economic Zone Authority", "the provincial
  Management Board ... granted an investment registration certificate to E", "... handed investment
  certificates to ..., including a capital increase by E" -> E's investment licence (the grantor a party
  when it is named), and E's investment deal;
- "F completed the sale of its 51 per cent stake in G to H" -> H's acquisition of G from F (H's investment
  deal); "H plans a public tender offer for 25 per cent of G" -> an announced acquisition; "G plans to issue
  12 million shares to H" -> H's announced acquisition; in round-ups, "H paid $28 million for 11.2 percent of
  G", "H bought into G", "H took 55 percent of G", "G received $31 million from H" -> H's investment deal, no
  event;
- "the board of F approved a plan to borrow VNĐ500 billion from Bank K" -> an announced cooperation (credit).

Not read: denials, reports and rumours ("denied a report that ..."), revoked certificates, plans without a
counterpart. Firms come from the firm tagger (English copy writes the legal form after the name); the
amount is the one written nearest the party, else the first one after the verb that is no combined total.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from extract.models import Deal, DealEvent, Firm, Money, Organization, Party, Province
from extract.tag._common import ENGLISH_MONTHS, UPPER, published_year

# A sentence is English copy when it has three English function words and no Vietnamese one.
_ENGLISH_WORDS = re.compile(
    r"(?<![\w'’])(?:[Tt]he|and|signed|with|its|their|of|[Oo]n|for|to|has|had|have|said|[Ii]n|into|at|by|from|an?"
    r"|was|were"
    r"|is|are|after|that|this|[Ii]t|[Aa]s|will|between|which|whose|who|been|would|than)(?!\w)"
)
_VIETNAMESE_WORDS = re.compile(  # the words' first letters first: most positions fail there, in C
    r"(?=[vctđlnk])(?<!\w)(?:và|của|với|tại|cho|đã|được|các|là|này|ký|trong|những)(?!\w)"
)
# a deal's verb in English: with two function words it makes a short sentence English ("A JSC ordered four
# cranes from B JSC in 2020.")
_ENGLISH_DEAL_VERBS = re.compile(
    r"(?<!\w)(?:ordered|invested|opened|inaugurated|licensed|granted|awarded|acquired|supplied"
    r"|delivered|leased|registered|approved|broke ground|won|took|has taken|spent|paid|poured|received|issue"
    r"|bought into"
    r"|the (?:investor|developer)|to (?:invest|build|open)|picks"
    r"|(?:began|started) (?:building|construction)|is buying|will absorb"
    r"|breaks ground|tops up|opens|inaugurates|invests|pledges)(?!\w)"  # a headline's present tense
)

# A named government body in English: "The Thanh Hóa People's Committee", "the People's Committee of Ninh
# Bình Province", "Chu Lai Open Economic Zone Authority", "Bắc Ninh Department of Industry and Trade".
_CAP = rf"[{UPPER}][\w'’.-]*"
_GOV = re.compile(  # (a capital or the article's "t" first: most positions fail there, cheaply)
    rf"(?=[t{UPPER}])(?:[Tt]he\s+)?"
    rf"(?P<name>People['’]s Committee of (?:{_CAP}\s+){{0,3}}{_CAP}\s+(?:Province|City)"
    rf"|(?:{_CAP}\s+){{1,4}}(?:(?:provincial|city|municipal)\s+)?"
    # ("Dung Quat Economic Zone and Industrial Parks Authority": one authority for both)
    rf"(?:People['’]s Committee|(?:Open\s+)?Economic Zone(?: and Industrial (?:Parks?|Zones?))? Authority"
    rf"|Industrial "
    rf"(?:Parks?|Zones?) Authority|Hi-Tech Park(?: and Industrial Zones)? Authority"
    # ("the Nghi Son Economic Zone and Industrial Parks Management Board": one board for both)
    rf"|(?:High|Hi)-Tech Park Management Board"
    rf"|Economic Zones?(?: and (?:{_CAP}\s+){{0,2}}Industrial (?:Parks?|Zones?))? Management Board"
    rf"|Industrial (?:Parks?|Zones?) Management Board|Management Board of (?:{_CAP}\s+){{0,3}}"
    rf"(?:Economic Zones? and )?Industrial (?:Parks|Zones)|Department of Industry and Trade)"
    # (one "and" inside: "Ministry of Industry and Trade and X JSC" ends before the second)
    # (nor a firm after it: "the Ministry of Finance and Thái Sơn Group")
    rf"|Ministry of {_CAP}(?:\s+{_CAP}){{0,2}}"
    rf"(?:\s+and\s+(?!(?:{_CAP}\s+){{0,2}}(?:Group|Corporation|Corp|Company|JSC|Holdings)(?!\w)){_CAP}(?:\s+{_CAP}){{0,2}})?"
    rf"|(?:{_CAP}\s+){{1,4}}Agency"
    rf"|(?:{_CAP}\s+){{1,5}}(?:Association|Federation|Institute|Chamber of Commerce(?: and Industry)?)"
    # "the Institute for Energy Transition Policy", "Oregon Polytechnic University": research and schools
    # ("Hanoi University of Science and Technology", "the University of Da Nang", "RMIT University Vietnam")
    rf"|Institute (?:for|of) {_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,4}}"
    rf"|(?:(?:{_CAP}\s+){{1,4}}University|University)(?: of {_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,3}}| Vietnam)?)"
)
_GENERIC_HEADS = frozenset(
    {"The", "A", "Provincial", "Management", "Economic", "Open", "provincial", "city", "municipal"}
)

_SIGNED = re.compile(r"(?<!\w)(?:signed|inked|put (?:its|their) names? to)(?!\w)")
_WITH = re.compile(r"(?<!\w)with(?!\w)")
# "Construction began on Thursday on a US$85 million plant of X", "... started construction of a complex
# developed by X": the owner named after the verb
_CONSTRUCTION_BEGAN = re.compile(
    r"(?<!\w)(?:(?:[Cc]onstruction|[Ww]ork)(?: (?:of|on) (?:[^.;]|\.(?=\w)){1,160}?)?"
    r" (?:began|started|has begun|has started|got under ?way|is under ?way|was launched|was started)"
    r"|[Gg]round was broken"
    r"|saw (?:work|construction) start)(?!\w)"
)  # "Da Nang Hi-tech Park saw work start on April 12 on the $150 million factory of X": X's
_ON_OWNERS = re.compile(r"['’]s\s")  # "... on X JSC's plant": the owner's possessive
_ON = re.compile(r"(?<!\w)(?:on|for)\s+$")  # "Ground was broken on Tuesday for X's plant"
# "Construction has started ... on a factory that X is building (jointly with China's Y)": X's, and Y's
_THAT = re.compile(r"(?<!\w)that\s+$")
_IS_BUILDING = re.compile(r"\s+(?:is|are|was|were|will be) (?:building|developing|constructing)(?!\w)")
_JOINTLY_WITH = re.compile(r"(?<!\w)(?:jointly|together) with\s+(?:[A-Z][a-z]+['’]s\s+)?$")
_HOSTED_BY = re.compile(r"(?<!\w)(?:hosted|held|organi[sz]ed) by\s+(?:the\s+)?$")
_DEVELOPER_BEFORE = re.compile(r"(?<!\w)(?:developer|investor)\s+$")
# "A $22 million yarn mill of X JSC is now under construction ... after Thursday's groundbreaking": X's
_UNDER_CONSTRUCTION_AFTER = re.compile(
    r"\s+(?:is|are)\s+(?:now\s+)?under construction\b[^.;]{0,80}?\bafter\b[^.;]{0,40}?\bground-?breaking\b"
)
# "... plant of Taiwan's X": the country's possessive before its owner (not "X, part of Y": a group)
_BUILT_BY = re.compile(
    r"(?<!\w)(?:(?<!part )(?<!member )(?<!unit )(?<!subsidiary )(?<!venture )of"
    r"|developed by|built by|invested by|owned by)\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:['’]s|-based)\s+)?$"
)
# "the board of X approved a VND75 billion investment in a new pipe factory" (or "... plan"), "X's board has
# approved spending another US$260 million on ...": X's announced investment
_BOARD_APPROVED = re.compile(r"(?<!\w)approved (?:an? (?:[^.;]{0,40}?\s)?investment|spending)(?!\w)")
_OWNERS_BOARD = re.compile(r"['’]s?\s+board\b")  # "X's board": the board of X
_PLAN_APPROVED = re.compile(r"approved an? [^.;]{0,40}?investment plan(?!\w)")
# "X has been licensed to build ...", "The Y Authority has licensed X to build ..."
_LICENSED_TO = re.compile(
    r"(?<!\w)(?:(?P<passive>(?:has been|have been|was|were) (?:licensed|cleared)(?P<by> by [^.;]{1,90}?)? to)"
    r"|(?:has|have) licensed|(?P<bare>licensed)(?=\s+[A-Z]))(?=\s)(?!\s+(?:the|a|an)\s)"
)  # "X has been licensed by the People's Committee of Y Province to build ...": the committee grants it
# "Dak Lak province licensed Singapore's X Pte Ltd to build it": the firm right after the bare verb (a
# country's possessive before it), "to" right after the firm
_BARE_LICENSEE = re.compile(r"\s+(?:[A-Z][a-z]+['’]s\s+)?")
_LICENSEE_TO = re.compile(r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s+to\s")
# a province as the subject of a grant: "Dak Lak has given X ...", "Bac Ninh Province licensed X ..."
_PROVINCE_SUBJECT = re.compile(r"(\s+(?:[Pp]rovince|[Cc]ity))?\s+(?:has\s+|have\s+|had\s+)?$")
_LICENSED = re.compile(r"(?<!\w)(?:licensed|allowed|permitted)(?!\w)")
_BOARD_OF = re.compile(r"(?<!\w)board of (?:directors of )?\s*$")
_BROKE_GROUND = re.compile(
    r"(?<!\w)(?:broke ground|breaks ground|(?:has |have |had )(?:already )?broken ground"
    r"|(?P<own>held (?:their own |separate )ground-?breakings)"  # "A, B and C held their own groundbreakings"
    r"|(?:has |have )?(?:begun|began|started|starts|begins) (?:the )?construction"
    r"|(?:has |have )?(?:begun|began|started|starts|begins) building"
    r"|(?:has |have )?(?:begun|began|started|starts|begins) work on"
    # "X began development late last month of a towel and yarn plant": its building work, on a plant
    r"|(?:has |have )?(?:begun|began|started) development(?=[^.;]{0,100}?\b(?:plant|factory|mill|facility))"
    r"|kick(?:ed|s)? off (?:work|construction)"
    r"|(?:went|goes|has gone) into construction)(?!\w)"  # "A $18 million mill of X went into construction"
)
# "... began building their factories": several plants, one each
_THEIR_PLANTS = re.compile(
    r"\s+(?:on\s+)?their\s+(?:[\w-]+\s+){0,3}?(?:factories|plants|mills|facilities)(?!\w)"
)
_INAUGURATED = re.compile(
    r"(?<!\w)(?:inaugurated|opened|cut the ribbon|went into (?:operation|use|service)|came into operation"
    r"|began operations?"
    r"|started operations?|(?:was )?put into (?:operation|use)|(?:started|began) (?:operating|production)"
    # "X started running its second factory"
    r"|(?:started|began) running (?:its|the|a) [^.;]{0,40}?(?:plant|factory|mill|line)"
    # a headline's present: "X opens new factory in Vietnam", "X opens first phase of glass plant"
    r"|opens (?:an? |its |the )?(?:new|first|second|third)\b[^.;\n]{0,50}?(?:plant|factory|mill|facility)"
    r"|put (?:its|the|a) [^.;]{1,60}? into (?:commercial )?operation"  # "put its X Factory into ..."
    # "X switched on a $120 million cell line"
    r"|switched on (?:an?|its|the) [^.;]{0,40}?(?:line|plant|factory|facility|lines)"
    # "X announced the completion of its Hanoi-area plant"
    r"|(?:announced|celebrated|marked) the completion of (?:an? |its |the )?[^.;]{0,50}?"
    r"(?:plant|factory|mill|facility|line))(?!\w)"
)
# a tender's bids opened, not a plant: "Bids for package 1 (EPC) ... were opened by X", "X opened the bids"
_BIDS_BEFORE = re.compile(
    r"(?<!\w)(?:[Bb]ids?|[Tt]enders?|[Ee]nvelopes?|[Bb]idding)(?!\w)[^.;]{0,90}(?:was|were) $"
)
_GATHERING_OPENED = re.compile(
    r"(?<!\w)(?:fair|exhibition|expo|show|conference|forum|summit|workshop|festival)"
    r"(?: (?:that|which))?(?: (?:was|were|has|had))? $"
)
# "This year's round of X's consulting programme for local parts makers opened on Thursday": no plant
_PROGRAMME_OPENED = re.compile(
    r"(?<!\w)(?:programme|program|course|contest|competition|round of)\b[^;]{0,60}?"
    r"(?: (?:was|were|has|had))? $"
)
_BIDS_AFTER = re.compile(r" (?:the |its |all )?(?:bids?|tenders?|envelopes?|bidding)(?!\w)")
# "..., with Hải Long Construction JSC as the general contractor": the contractor supplies the builder
_AS_CONTRACTOR = re.compile(r"^\s+as\s+(?:the\s+|its\s+)?(?:general|main|EPC|principal)\s+contractor(?!\w)")
_CERTIFICATE = re.compile(
    r"(?<!\w)(?:investment (?:registration )?certificates?|investment decisions? and certificates?"
    r"|investment licen[cs]es?|investment polic(?:y|ies) decisions?|investment approvals?"
    r"|approval to (?:develop|build|invest|expand)|(?<=a )licen[cs]e(?= to )|(?<=with a )certificate"
    # "X has won a licence for a mill"
    r"|(?:(?<=won a )|(?<=secured a )|(?<=obtained a ))licen[cs]e(?= for )"
    # "X won approval for a VND12.6-trillion investment", "... approval from the Y Board for a $74m plant"
    r"|(?:(?<=won )|(?<=secured )|(?<=received )|(?<=got ))approval"
    r"(?=(?: from [^.;]{1,80}?)? for (?:\S+ ){0,5}?(?:investment|project|plant|factory|facility|expansion)\b)"
    r"|(?:(?<=similar )|(?<=same ))(?:go-ahead|green light)"  # "X got a similar go-ahead": a licence
    r"|(?:investment|funding) (?:permits?|licen[cs]es?))(?!\w)",  # ("funding license": spun copy)
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"(?<!\w)(?:received|obtained|won|got|(?:has|have) held|holds"
    # ("X has just been handed an investment certificate": the firm given it)
    r"|(?:was|were|(?:has|have|had)(?: just)? been) (?:granted|awarded|issued|handed|given))(?!\w)"
)
_GRANTED = re.compile(r"(?<!\w)(?:granted|handed|awarded|issued|presented|given|gave)(?!\w)")
# ("A licence was handed in January to X": a time between the verb and "to")
_GRANTED_AFTER = re.compile(
    r"\s+(?:was\s+|were\s+)?(?:granted|handed|awarded|issued|presented)"
    r"(?=(?:\s+(?:in|on|last|this)\s+[^.;,]{1,20}?)?\s+to\s)"
)
_FROM = re.compile(r"(?<!\w)from(?!\w)")
_BY = re.compile(r"(?<!\w)by\s+$")
_AT = re.compile(r"(?<!\w)at\s+$")
_OWNERS = re.compile(r"['’]s?\s")  # a possessive after a name: "X's plant", "X Parts' plant"
_TO = re.compile(r"(?<!\w)to\s+$")
_STAKE_SALE = re.compile(
    r"(?<!\w)(?:completed|closed|finali[sz]ed|agreed)\s+(?:the\s+)?(?:sale|transfer)\s+of\s+(?:its|a|the)\s"
)
# "X completed the purchase of a 60% stake in Y": X bought into Y
_PURCHASED = re.compile(
    r"(?<!\w)(?:completed|closed|finali[sz]ed)\s+(?:the\s+|its\s+|their\s+)?(?:purchase|acquisition)\s+of\s"
)
_STAKE_IN = re.compile(r"(?<!\w)stake\s+in\s+$")
# "Eastgate Partners invested 28 million USD in Vietnam's Minh An Medical": money put into a firm buys into it
_INVESTED_IN = re.compile(
    r"(?<!\w)invested\s+(?:about |some |nearly |over |more than )?"
    r"(?:(?:US)?\$[\d.,]+\s?(?:million|billion|m|bn)?|[\d.,]+ (?:million|billion) (?:USD|VND))"
    r"\s+in\s+(?:[A-Z][a-z]+['’]s\s+)?"
)
_TENDER = re.compile(r"(?<!\w)(?:public )?tender offer for(?!\w)")
_JOINT_SUBJECT = re.compile(r"(?:\s*\([^()]{1,30}\))? and ")  # "A and B plan to ...", "A (AB) and B will"
_ACQUIRED = re.compile(r"(?<!\w)(?:acquired|bought|took over)(?!\w)")
# "X has agreed to buy a 49% stake in Y", "X plans to acquire Y": an acquisition agreed or planned
# "X plans to invest an additional $150 million", "X will invest US$40 million": an announced investment
_TO_INVEST = re.compile(
    # ("X, the largest zipper maker, is reportedly set to invest $76 million")
    r"(?<!\w)(?:(?:plans?|planned|intends?|(?:is|are)(?: reportedly| now| also)? set|aims?|expects?) to"
    r" (?:invest|spend|put|pour)"
    r"|(?:will|would) (?:invest|spend)"
    # "X is to spend US$18 million on ...", "... persuaded X to commit US$95 million to ..."
    r"|(?:is|are) to (?:invest|spend)|to commit(?= (?:an? )?(?:additional |extra |another )?(?:US)?\$)"
    r"|invests|(?:will|would) put"
    # "X said it would set up a subsidiary in Vietnam to make hoses": a new unit announced
    r"|(?:will|would) (?:set up|establish) an? (?:new )?(?:wholly[- ]owned )?subsidiary(?= in Vietnam)"
    # "X put $38 million into a plant", "X has announced a $900 million investment in ...", "X has lifted its
    # total investment in the province to $152 million"
    r"|(?:put|poured|pumped|injected|added|(?<=can )pour)"  # "X added $60 million to its line"
    r"(?= (?:an? )?(?:additional |extra |another )?(?:nearly |about |some |almost |over )?"
    r"(?:(?:US)?\$|[\d.,]+ (?:million|billion) USD))"  # "X has added 150 million USD to its project"
    # "X has set aside VND450 billion for ...", "X committed $410 million to ...", "X would add about $80m"
    # ("X has set aside about 9 billion yen to ...": a sum in yen, won, euros or yuan)
    # ("X is committing around 1.1 trillion won (some $800 million) to ...": the commitment under way)
    r"|(?:(?:has |have )?(?:set aside|earmarked|committed)|(?:is|are) (?:committing|setting aside))"
    r"(?= (?:an? )?(?:additional |extra |another )?(?:US)?\$|VN[DĐ]"
    r"| (?:about |some |nearly |around )?[\d.,]+ (?:million|billion|trillion) (?:yen|won|euros?|yuan|dong))"
    r"|(?:will|would) add"
    r"(?= (?:about |some |another |a further )?(?:(?:US)?\$|[\d.,]+ (?:million|billion) USD))"
    # "X tops up Vietnam plant with US$390 million", "X has pledged an extra US$780 million to ..."
    r"|tops? up(?= (?:its |a |the )?(?:[\w-]+ ){0,3}?(?:plant|factory|unit|project|venture|site)"
    r" with (?:US)?\$)"
    r"|(?:has |have )?pledged(?= (?:an? )?(?:additional |extra |another )?(?:US)?\$)"
    r"|(?:has |had )?spent(?= (?:about |some |another |an? |more than |over |nearly )?(?:US)?\$|VN[DĐ])"
    # "X has sunk VND4.1 trillion into ..." (not "X is spending VND410 billion on a store, where piling began
    # on Tuesday": a groundbreaking, batch 69)
    r"|(?:has |have |had )?sunk(?= (?:about |some |another |an? )?(?:US)?\$| VN[DĐ])"
    # "X has so far invested $1.6 billion in Vietnam", "X has invested US$18 million in a line": told as done
    r"|(?:has |have |had )(?:so far |already )?invested"
    r"(?= (?:an? )?(?:additional |extra |another )?(?:nearly |about |some |almost |over |more than )?"
    r"(?:(?:US)?\$|VN[DĐ]))"
    r"|announced an? (?:US)?\$[\d.,]+ ?(?:million|billion|m|bn) investment"
    r"|(?:has |have )?(?:lifted|raised|brought) (?:its|their) total investment"
    # "X plans a second phase worth $180 million at its site": a phase planned, with its amount
    r"|plans? an? (?:second|third|new|further) (?:phase|plant|factory|line|expansion)(?= worth)"
    # "X plans a $6.5 million workshop", "X has budgeted about 140 million USD for ..."
    r"|plans? an? (?:US)?\$[\d.,]+ ?(?:million|billion|m|bn) (?:[\w-]+ ){0,2}?"
    r"(?:plant|factory|workshop|line|mill|facility|expansion)"
    r"|(?:has |have )?budgeted(?= (?:about |some |nearly |around )?(?:(?:US)?\$|[\d.,]+ (?:million|billion)))"
    r")"
    r"(?!\w)"
)
# "WHA Group plans to build a 1,200-ha industrial park", "A and B are set to start construction on ...": a
# project announced (a planned groundbreaking is an announced investment, as in Vietnamese copy)
_TO_BUILD = re.compile(
    # ("X is about to start work on a $N complex": work on it begins soon)
    r"(?<!\w)(?:is|are) about to (?:start|begin) (?:work|construction) on(?!\w)"
    r"|(?<!\w)(?:(?:plans?|planned|intends?|is set|are set|aims?|will) to|will) (?:build|develop|set up"
    r"|begin building|start building"
    r"|start construction|begin construction|break ground|carry out|implement"
    # "will open a factory in Vietnam next year": a new plant (not "will open its plant on Friday")
    r"|open (?:a|an|a new|a second|its first) (?!joint)(?:[\w-]+ ){0,3}?(?:factory|plant|mill)"
    # "X plans to expand." (its plant, where the sentence is: "a bigger plant in Y, where X plans to expand"),
    # "X plans to expand its factory" (not "plans to expand exports")
    r"|expand(?=\s*[.;]|(?: (?:its|the))?(?: [\w-]+){0,3}? (?:plant|factory|facility|capacity|mill)s?\b)"
    r")"
    r"(?!\w)"
)
# "A groundbreaking ceremony for a US$120 million footwear plant of X was held": X's groundbreaking
_CEREMONY = re.compile(
    r"(?<!\w)(?:(?P<kind>ground-?breaking|inauguration) ceremony"
    r"|attended the (?P<kind2>ground-?breaking|inauguration))(?!\w)",
    re.IGNORECASE,
)
# "X held the GBC for its plant", "X has held an inauguration ceremony for its mill": the firm's own ceremony
_HELD_CEREMONY = re.compile(
    r"\s+(?:has\s+|had\s+)?held\s+(?:the|a|an|its)\s+(?:(?P<ground>ground-?breaking|GBC)|inauguration)"
    r"(?:\s+ceremony)?\s+(?:for|of|on)(?!\w)"
)
_OF = re.compile(r"(?<!\w)of\s+$")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
# "raise the investment capital of its plant ... from US$120 million to $165 million": the increase
_FROM_TO = re.compile(r"(?<!\w)from\s+$")
_RAISED = re.compile(
    r"(?<!\w)(?:(?:(?:allowed|permitted|approved|licensed)|won approval[^.;]{0,80}?) to"
    r" (?:raise|increase|lift)|rais(?:ed|ing|e)|increas(?:ed|ing|e)|lift(?:ed|ing|s)?)"
    r"\s+(?:the\s+|its\s+)?(?:(?:licensed|registered)\s+)?(?:investment(?:\s+capital)?|capital)(?!\w)"
)
# "with Phố Hiến Infrastructure JSC as developer", "The investor is Viglacera Corporation - JSC"
_AS_INVESTOR = re.compile(r"^\s+as\s+(?:the\s+)?(?:developer|investor)(?!\w)")
_INVESTED_BY = re.compile(r"(?<!\w)(?:invested|developed) by\s+$")
_WITH_AS_OWNER = re.compile(r"\s+as\s+(?:the\s+|its\s+)?(?:developer|investor|owner|builder)(?!\w)")
_INVESTOR_IS = re.compile(r"^\s*(?:The|the) (?:investor|developer) (?:is|will be)\s+$")
# "was approved as investor of", "has been named investor of", "have been picked to develop": a licence
_NAMED_INVESTOR = re.compile(
    r"(?<!\w)(?:has|have)?\s*(?:been|was|were) (?:named|approved|picked|selected|chosen|confirmed)"
    r"(?: as (?:the )?|\s+)?(?:investor|developer|to develop|to build)(?!\w)"
)
_PROVINCE_DECIDED = re.compile(r"( [Pp]rovince)? (?:has |had )?(?:decided|approved|agreed)(?!\w)")
_AND_BETWEEN = re.compile(r"\s*(?:,\s*)?and\s+")
_APPROVED_POLICY = re.compile(r"(?<!\w)approv(?:ed|ing|es) (?:the )?investment polic(?:y|ies)(?!\w)")
# "Earlier this year, the province also granted ...": recalled, a deal with no event
_RECALLED = re.compile(r"^\W*(?:Earlier this year|Earlier|Previously|Last year|In \d{4})\b")
# "Bank has provided a $40 million loan to X", "Bank extended a VNĐ500 billion credit line to X"
_LENT = re.compile(
    r"(?<!\w)(?:provided|extended|granted|disbursed|arranged)\s+(?:an?\s+)?[^.;]{0,60}?\b(?:loan|credit)"
)
_TO_BUY = re.compile(
    r"(?<!\w)(?:agreed|agrees|plans?|planned|intends?|is set|signed a deal|(?:has )?registered"
    r"|(?:announced |stated |disclosed )?(?:its|their) (?:intention|plan|plans))"
    r" to (?:buy|acquire|purchase)(?!\w)"
    # "X said it will acquire a 60% stake in Y", "X will buy Y" (not "will buy two lines from Y")
    # ("X is buying Y from Z", "X will absorb Y on Friday": a purchase or a merger under way)
    r"|(?<!\w)(?:(?:will|would) (?:buy|acquire|purchase|absorb)|(?:is|are) (?:buying|acquiring|absorbing))"
    r"(?=\s+[A-Z]|\s+(?:an?\s+|the\s+)?(?:[\d.,]+\s*"
    r"(?:per ?cent|%)\s+|majority\s+|controlling\s+|minority\s+)*(?:stake|shares|holding)\b)"
)
# "a contract to supply recycled fabric to sportswear brand ": the buyer named after the goods
_SUPPLY_TO = re.compile(r"\bto (?:supply|deliver|provide|sell)\b[^.;]{1,100}?\bto(?:\s+[a-z-]+){0,3}\s+$")
_BORROW = re.compile(r"(?<!\w)(?:borrow|loan)(?!\w)")
_PLANNED = re.compile(r"(?<!\w)(?:plans?|planned|approved a plan|intends?|will|is to|aims?)(?!\w)")
_NOT_A_DEAL = re.compile(
    r"(?<!\w)(?:denied|denies|rumou?rs?|revoked|revokes|cancel(?:l?ed)?|terminated"
    r"|would(?! (?:put|invest|spend|add|set up an? (?:[\w:-]+ ){0,2}?(?:joint[- ]venture|subsidiary))))(?!\w)"
)
_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the)\s[^,]{0,60}?(?:subsidiary|unit|affiliate|arm|member|supplier|maker|partner)[^,]{0,40}"
    r"(?:,\s[^,]{1,30}\sand\s[^,]{1,30})?"  # "..., a supplier to Samsung, LG and SK, ..."
    # "X Co Ltd, a joint venture of Japan's A and B of the United States, has started ...": X acts
    r"|(?:a|an|the)\s(?:[\w-]+\s){0,3}?joint[- ]venture\s(?:of|between)\s[^,;.]{1,120}"
    # "A, main operating arm of New York-listed B, and C": with no article, the owner named after "of"
    r"|(?:[a-z-]+\s){0,2}?(?:arm|unit|subsidiary|affiliate|division)\sof\s[^,;.]{1,60}"
    r"|which\s[^.;]{0,100}?(?=,\s+(?:has|have|had|signed|will|is|was|plans|broke)\b)),"
)
# "Hanul Harness (formerly Seonjin Tech) has begun building ...": the old name in brackets does not act
_FORMER_NAME = re.compile(r"\((?:formerly|previously|earlier|once)(?:\s+known\s+as)?\s[^()]{1,60}\)")
_COMBINED = re.compile(r"(?<!\w)(?:combined|total of|totalling|totaling)\s+(?:about\s+|some\s+)?$")

_MONTHS = {m: i for i, m in enumerate(ENGLISH_MONTHS, 1)}
_ON_DATE = re.compile(
    rf"(?<![\w])[Oo]n\s+(?P<m>{'|'.join(_MONTHS)})\s+(?P<d>\d{{1,2}})(?:,\s+(?P<y>(?:19|20)\d\d))?"
)


def is_english(sentence: str) -> bool:
    """English copy: three English function words and no Vietnamese one, or two and a deal's verb.

    >>> is_english("Viet Duc Steel JSC and Hai Port Co., Ltd signed a lease on July 2.")
    True
    >>> is_english("Green Gate JSC ordered four cranes from Hoa Binh Precision JSC in 2020.")
    True
    >>> is_english("Công ty A và Công ty B ký hợp đồng với đối tác Nhật Bản.")
    False
    >>> is_english("Kestrel Electronics Vietnam received 31 million USD from Kestrel Global Technology")
    True
    """
    if _VIETNAMESE_WORDS.search(sentence):  # first: it fails fast on the Vietnamese sentences, nearly all
        return False
    n = len(_ENGLISH_WORDS.findall(sentence))
    if n >= 3:
        return True
    # a wire headline with one function word: "X received 31 million USD from Y", all ASCII
    return (n == 2 or (n == 1 and sentence.isascii())) and _ENGLISH_DEAL_VERBS.search(sentence) is not None


def government_bodies(text: str, s: int, e: int) -> list[Organization]:
    """Named government bodies of an English sentence [s, e) ("The provincial People's Committee" names
    none).

    >>> t = "The Thanh Hóa People's Committee and X JSC signed an MoU."
    >>> [o.name for o in government_bodies(t, 0, len(t))]
    ["Thanh Hóa People's Committee"]
    >>> government_bodies("The provincial People's Committee granted it.", 0, 44)
    []
    """
    out = []
    for m in _GOV.finditer(text, s, e):
        start = m.start("name")
        words = m.group("name").split()
        while words and words[0] in ("The", "the"):
            start += len(words[0]) + 1
            words = words[1:]
        if not words or words[0] in _GENERIC_HEADS:
            continue
        end = m.end() - 1 if words[-1].endswith(".") else m.end()  # "... Industry and Trade." ends a sentence
        name = " ".join(words).rstrip(".")
        out.append(Organization(mention=text[start:end], start=start, end=end, name=name))
    return out


# "Penang Chamber of Commerce and Industry", "X Research Institute": an organisation, not a government body
_ORGANIZATION = re.compile(
    r"(?:Association|Federation|Institute|University|Chamber of Commerce(?: and Industry)?)$|^Institute "
    r"|University(?: of|$| Vietnam$)"
)


def _date(sentence: str, published: str | None) -> str | None:
    """'on July 2' (the year of publication), 'on June 17, 2025' -> ISO date; weekdays give none."""
    m = _ON_DATE.search(sentence)
    if m is None:
        return None
    year = int(m.group("y")) if m.group("y") else published_year(published)
    if year is None:
        return None
    try:
        return dt.date(year, _MONTHS[m.group("m")], int(m.group("d"))).isoformat()
    except ValueError:
        return None


class _Sentence:
    """One English sentence with its firms, named government bodies and amounts."""

    def __init__(
        self,
        text: str,
        s: int,
        e: int,
        firms: list[Firm],
        govs: list[Organization],
        money: list[Money],
        provinces: list[Province],
        published: str | None,
        wide_e: int | None = None,
        wide_s: int | None = None,
    ) -> None:
        self.text, self.s, self.e = text, s, e
        self._rest = (firms, govs, money, provinces, published)
        self._wide_e = e if wide_e is None else wide_e  # the end of its ';' clauses (`widened`)
        self.wide_s = s if wide_s is None else wide_s  # the start of the first of its ';' clauses
        inner = [(a.start(), a.end()) for a in _APPOSITION.finditer(text, s, e)]
        if text.find("(", s, e) >= 0:
            inner += [(a.start(), a.end()) for a in _FORMER_NAME.finditer(text, s, e)]
        self.firms = [
            f
            for f in firms
            if s <= f.start < e
            and not any(a <= f.start < b for a, b in inner)
            and not (_AT.search(text, max(s, f.start - 3), f.start) and not _OWNERS.match(text, f.end))
        ]  # "Eastwell Garment Co., Ltd at VSIP": a place (but "at X's $1.4 billion complex": a firm's)
        self.govs = govs
        self.money = [m for m in money if s <= m.start < e]
        dash = text.find(" — ", s, min(e, s + 40))
        body = dash + 3 if dash >= 0 else s
        self.provinces = [p for p in provinces if body <= p.start < e]
        self.date = _date(text[s:e], published)

    def widened(self) -> _Sentence:
        """The sentence on past its ';' clauses to its full stop: a list of items runs across them."""
        return _Sentence(self.text, self.s, self._wide_e, *self._rest, wide_s=self.wide_s)

    def before(self, pos: int) -> list[Firm | Organization]:
        return sorted([x for x in [*self.firms, *self.govs] if x.end <= pos], key=lambda x: x.start)

    def every_firm(self, start: int, end: int) -> list[Firm]:
        """The text's firms in [start, end), those `firms` leaves out too ("built at X Shipyard": a firm
        after "at", which `firms` reads as a place)."""
        return [f for f in self._rest[0] if start <= f.start < end]

    def after(self, pos: int) -> list[Firm | Organization]:
        return sorted([x for x in [*self.firms, *self.govs] if x.start >= pos], key=lambda x: x.start)

    def amount(self, verb: int, party: Firm | Organization | None = None) -> Money | None:
        """The amount written right before the party ("a US$49 million capital increase by X"), else the
        first one after the verb that is no combined total, else the first in the sentence."""
        if party is not None:
            near = [m for m in self.money if party.start - 60 <= m.end <= party.start and m.start > verb]
            if near:
                return near[-1]
        for m in self.money:
            if m.start > verb and not _COMBINED.search(self.text, max(self.s, m.start - 30), m.start):
                return m
        return self.money[0] if self.money else None

    def increase(self, verb: int) -> Money | None:
        """The increase a capital raised "from US$120 million to $165 million" after `verb` states (the two
        amounts in one currency), or None."""
        after = [m for m in self.money if m.start > verb]
        by = next((m for m in after if _BY.search(self.text, max(self.s, m.start - 4), m.start)), None)
        if by is not None:  # "to raise its capital by US$70 million to $320 million"
            return by
        for a, b in itertools.pairwise(after):
            if a.currency != b.currency:
                continue
            before_a = self.text[max(self.s, a.start - 6) : a.start]
            before_b = self.text[max(self.s, b.start - 6) : b.start]
            if _FROM_TO.search(before_a) and _TO.search(before_b) and b.amount > a.amount:
                return b.model_copy(update={"amount": b.amount - a.amount, "approximate": False})
            if _TO.search(before_a) and _FROM_TO.search(before_b) and a.amount > b.amount:
                # "to US$410 million from $180 million": the new total first
                return a.model_copy(update={"amount": a.amount - b.amount, "approximate": False})
        return None

    @property
    def province(self) -> str | None:
        return self.provinces[0].current if self.provinces else None

    def deal(self, kind: str, parties: list[str], m: Money | None) -> Deal:
        return Deal(
            kind=kind,  # type: ignore[arg-type]
            parties=parties,
            amount=m.amount if m else None,
            currency=m.currency if m else None,
            province=self.province,
            date=self.date,
            start=self.s,
            end=self.e,
        )

    def event(self, kind: str, parties: list[Party], m: Money | None, status: str) -> DealEvent:
        return DealEvent(
            kind=kind,  # type: ignore[arg-type]
            parties=parties,
            amount=m.amount if m else None,
            currency=m.currency if m else None,
            province=self.province,
            date=self.date,
            status=status,  # type: ignore[arg-type]
            start=self.s,
            end=self.e,
        )


def _party(x: Firm | Organization, role: str | None = None) -> Party:
    kind = "firm" if isinstance(x, Firm) else "organization" if _ORGANIZATION.search(x.name) else "government"
    return Party(name=x.name, type=kind, role=role, start=x.start, end=x.end)  # type: ignore[arg-type]


# "a cooperation agreement that X Logistics has signed with Y, which will supply ...": the document named
# before its signer, whatever the clause after the counterpart says
_MEMO_THAT = re.compile(
    r"(?<!\w)(?:MoU|MOU|memorandum(?: of understanding)?|co-?operation agreement) (?:that|which)"
    r" (?:[A-Z][\w&.-]*\s){1,6}(?:has |have |had )?$"
)
_MEMO_SIGNED = re.compile(
    r"(?<!\w)(?:an? |the )(?:MoU|MOU|memorandum of understanding|memorandum)(?: (?:that|which))?"
    r"(?: (?:it|they|the two sides|both sides|the (?:company|firm|group|carmaker|maker)))?"
    r" (?:has |have |had )?$"
)


_FOR_UNITS = re.compile(
    r"\bfor (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b[^.;]{0,40}?"
    r"\b(?:carriers|ships|vessels|tankers|bulkers|barges|tugs|ferries|units|turbines|cranes|locomotives)\b"
)


def _named_kind(window: str) -> tuple[str, str] | None:
    """(event kind, deal kind) of what `window` says was signed, or None when it names no document."""
    low = window.lower()
    if re.search(r"memorand|\bmou\b|(?:co-?operation|partnership) agreement", low):  # "thỏa thuận hợp tác"
        return "mou", "mou"
    if re.search(r"joint[- ]venture", low):
        return "joint_venture", "cooperation"
    if re.search(r"lease|credit|loan|financing|co-?operation|partnership|franchise|land[- ]use", low):
        return "cooperation", "cooperation"
    if re.search(r"contract|supply|purchase|\bto (?:buy|source)\b|\border", low) or _FOR_UNITS.search(low):
        # "a deal with B to buy", "signed with B for 12 bulk carriers": goods ordered
        return "supply_contract", "supply_contract"
    if "agreement" in low:  # a bare "agreement": a cooperation, named
        return "cooperation", "cooperation"
    return None


def _signed_kind(window: str) -> tuple[str, str]:
    """(event kind, deal kind) of what was signed, by the words after 'signed'; a cooperation when they name
    none."""
    return _named_kind(window) or ("cooperation", "cooperation")


def read_sentence(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """The deal and the event one English sentence states, if any."""
    text, s, e = sen.text, sen.s, sen.e
    if _NOT_A_DEAL.search(text, s, e):
        return [], []
    deal, event = sen.deal, sen.event
    if any(found := _stakes_told(sen)):
        return found
    if sale := _STAKE_SALE.search(text, s, e):
        seller = [f for f in sen.before(sale.start()) if isinstance(f, Firm)]
        after = [f for f in sen.after(sale.end()) if isinstance(f, Firm)]
        target = next((f for f in after if _STAKE_IN.search(text, max(s, f.start - 12), f.start)), None)
        buyer = next((f for f in after if _TO.search(text, max(s, f.start - 5), f.start)), None)
        if buyer is not None:
            m = sen.amount(sale.start())
            parties = [_party(buyer, "buyer")]
            parties += [_party(target)] if target is not None else []
            parties += [_party(seller[-1], "seller")] if seller else []
            return [deal("investment", [buyer.name], m)], [event("acquisition", parties, m, "completed")]
    if tender := _TENDER.search(text, s, e):
        bidder = [f for f in sen.before(tender.start()) if isinstance(f, Firm)]
        target = [f for f in sen.after(tender.end()) if isinstance(f, Firm)]
        if bidder:
            m = sen.amount(tender.start())
            parties = [_party(bidder[-1], "buyer"), *[_party(t) for t in target[:1]]]
            return [deal("investment", [bidder[-1].name], m)], [event("acquisition", parties, m, "announced")]
    if (listing := _LICENSED_PROJECTS.search(text, s, e)) and len(
        owners := _listed_owners(wide := sen.widened(), listing.start())
    ) > 1:
        return _licensed_items(wide, listing.start(), owners, None)
    if (cert := _CERTIFICATE.search(text, s, e)) and any(found := _licence(sen, cert.start())):
        return found  # (else "... after the Authority handed it an investment certificate": read on)
    if policy := _APPROVED_POLICY.search(text, s, e):
        return _approved(sen, policy.end())
    if (named := _NAMED_INVESTOR.search(text, s, e)) and (
        investors := [f for f in sen.before(named.start()) if isinstance(f, Firm)][-2:]
    ):
        # "X JSC was approved as investor of the Y park", "A JSC and B JSC have been picked to develop the Z
        # cluster, which the People's Committee has decided to set up": their licence, the body its grantor
        if len(investors) == 2 and not _AND_BETWEEN.fullmatch(text, investors[0].end, investors[1].start):
            investors = investors[1:]
        m = sen.amount(named.start())
        grantor = [_party(g, "grantor") for g in sen.govs if g.start > named.end()][:1]
        for p in sen.provinces if not grantor else ():  # "..., which Trà Vinh Province has decided to set up"
            if p.start > named.end() and (decided := _PROVINCE_DECIDED.match(text, p.end)):
                name = text[p.start : p.end + len(decided.group(1) or "")]
                grantor = [
                    Party(
                        name=name, type="government", role="grantor", start=p.start, end=p.start + len(name)
                    )
                ]
                break
        parties = [*grantor, *(_party(f, "investor") for f in investors)]
        return [sen.deal("investment", [f.name for f in investors], m)], [
            sen.event("investment_licence", parties, m, "licensed")
        ]
    if (approved := _APPROVED_INCREASE.search(text, s, e)) and (
        owners := [f for f in sen.before(approved.start()) if isinstance(f, Firm)][:1]
    ):
        # "X now has $380 million registered after the provincial People's Committee approved a $300 million
        # increase for its plant": X's investment and its licence (a body named before the verb grants it)
        m = sen.amount(approved.start())
        grantor = [g for g in sen.govs if owners[0].end <= g.start < approved.start()][-1:]
        parties = [*(_party(g, "grantor") for g in grantor), _party(owners[0], "investor")]
        licence = event("investment_licence", parties, m, "licensed")
        return [deal("investment", [owners[0].name], m)], [licence]
    if raised := _RAISED.search(text, s, e):
        # "The X authority raised the licensed capital of Y to ...": Y's, else the firm before the verb
        firms = [
            f
            for f in sen.after(raised.end())
            if isinstance(f, Firm) and _OF_GAP.fullmatch(text, raised.end(), f.start)
        ][:1] or [f for f in sen.before(raised.start()) if isinstance(f, Firm)]
        if firms and (m := sen.increase(raised.end())) is not None:
            # "won approval from the HCMC High-Tech Park Management Board to raise ...": the grantor
            grantor = [g for g in sen.govs if _FROM.search(text, max(s, g.start - 9), g.start)][:1]
            grantor = (
                grantor
                or [  # "The People's Committee of X on Tuesday licensed Y to raise ...": its subject
                    g
                    for g in sen.govs
                    if g.end <= firms[-1].start and _LICENSED.search(text, g.end, firms[-1].start)
                ][-1:]
            )
            parties = [_party(g, "grantor") for g in grantor] + [_party(firms[-1], "investor")]
            if not grantor and _PLANNED.search(text, s, raised.start()):  # "a plan to raise its investment"
                plan = event("investment_announcement", parties, m, "announced")
                return [deal("investment", [firms[-1].name], m)], [plan]
            licence = event("investment_licence", parties, m, "licensed")
            return [deal("investment", [firms[-1].name], m)], [licence]
    for f in (f for f in sen.firms if isinstance(f, Firm)):  # "X held the GBC for its plant": its ceremony
        if (held := _HELD_CEREMONY.match(text, f.end)) is not None:
            m = sen.amount(f.start)
            if held.group("ground"):
                return [deal("groundbreaking", [f.name], m)], [
                    event("groundbreaking", [_party(f, "investor")], m, "started")
                ]
            deals = [deal("investment", [f.name], m)] if m is not None else []
            return deals, [event("inauguration", [_party(f, "investor")], m, "completed")]
    if ceremony := _CEREMONY.search(text, s, e):
        owner = next(
            (
                f
                for f in sen.after(ceremony.end())
                if isinstance(f, Firm)
                and (
                    _OF.search(text, f.start - 4, f.start)
                    or _INVESTED_BY.search(text, max(s, f.start - 16), f.start)
                )
            ),
            None,
        )
        if owner is not None:
            m = sen.amount(ceremony.start())
            # "The Lạng Sơn People's Committee ... held a groundbreaking ceremony for ... of X": the host too
            hosts = [_party(g) for g in sen.govs if g.end <= ceremony.start()][-1:]
            if ceremony.group("kind2"):
                hosts = []  # "X, Chairman of Y, attended the groundbreaking": a guest
            if (ceremony.group("kind") or ceremony.group("kind2")).lower().startswith("ground"):
                return [deal("groundbreaking", [owner.name], m)], [
                    event("groundbreaking", [*hosts, _party(owner, "investor")], m, "started")
                ]
            deals = [deal("investment", [owner.name], m)] if m is not None else []
            return deals, [event("inauguration", [_party(owner, "investor")], m, "completed")]
    if (signed := _SIGNED.search(text, s, e)) and any(found := _signing(sen, signed.start(), signed.end())):
        return found  # (else "X was named its developer in the decision signed on ...": read on)
    began = _CONSTRUCTION_BEGAN.search(text, s, e) or _BROKE_GROUND.search(text, s, e)
    if began and not [f for f in sen.before(began.start()) if isinstance(f, Firm)]:
        owner = next(
            (
                f
                for f in sen.after(began.start())  # "Construction of a mill of X JSC ... got under way"
                if isinstance(f, Firm)
                and (
                    _BUILT_BY.search(text, s, f.start)
                    or (_ON_OWNERS.match(text, f.end) and _ON.search(text, max(s, f.start - 5), f.start))
                    # "Construction of the Y plant, X JSC's first site, began ...": the owner in apposition
                    or (
                        _ON_OWNERS.match(text, f.end)
                        and f.end < began.end()
                        and text[max(s, f.start - 2) : f.start] == ", "
                    )
                    or _WITH_AS_OWNER.match(text, f.end)  # "..., with X as builder and operator"
                    # "Work has begun on rental factories at Y Park, where developer X expects ...": X's
                    or _DEVELOPER_BEFORE.search(text, max(s, f.start - 12), f.start)
                    # "Construction of a $35 million plant ... was launched on May 15 by X": X's
                    or (
                        began.group().endswith(("launched", "was started"))
                        and _BY.search(text, f.start - 3, f.start)
                    )
                    or (_IS_BUILDING.match(text, f.end) and _THAT.search(text, max(s, f.start - 6), f.start))
                )
            ),
            None,
        )
        if owner is not None:  # "... started construction of a complex developed by X": X's, the host's too
            # ("Work began on October 3 on X JSC's seat plant": X's)
            m = sen.amount(began.start())
            hosts = [_party(g) for g in sen.govs if g.end <= began.start()][-1:] or [
                _party(g) for g in sen.govs if _HOSTED_BY.search(text, max(s, g.start - 14), g.start)
            ][:1]  # "..., at a ceremony hosted by the X People's Committee": the host named after
            partner = _cued_firm_after(sen, owner.end, _JOINTLY_WITH, 30)
            owners = [owner] if partner is None else [owner, partner]  # each breaks ground on it
            if partner is None and _BUILT_BY.search(text, s, owner.start):
                # "... on factories of Singapore-based A and Taiwan's B": each owner of the list
                owners = [owner, *_chained_after(sen, owner, _LIST_JOINT)]
            return [deal("groundbreaking", [o.name], m) for o in owners], [
                event("groundbreaking", [*hosts, *(_party(o, "investor") for o in owners)], m, "started")
            ]
    if (found := _under_construction(sen))[0]:
        return found
    if (found := _planned_or_owned(sen))[0]:
        return found
    if approved := _BOARD_APPROVED.search(text, s, e):
        owner = next(
            (
                f
                for f in sen.before(approved.start())
                if isinstance(f, Firm)
                and (
                    _BOARD_OF.search(text, max(s, f.start - 25), f.start) or _OWNERS_BOARD.match(text, f.end)
                )
            ),
            None,
        )
        if owner is None and _PLAN_APPROVED.match(text, approved.start()):
            # "Saigon Polyester Corporation has approved a $120 million investment plan": the firm itself
            firms = [f for f in sen.before(approved.start()) if isinstance(f, Firm)]
            owner = firms[-1] if firms and len(text[firms[-1].end : approved.start()].split()) <= 2 else None
        if owner is not None:
            m = sen.amount(approved.start())
            return [deal("investment", [owner.name], m)], [
                event("investment_announcement", [_party(owner, "investor")], m, "announced")
            ]
    if licensed := _LICENSED_TO.search(text, s, e):
        # "X Co., Ltd. has been licensed to build ...": X's licence; "The Y Authority has licensed X to build"
        before = [f for f in sen.before(licensed.start()) if isinstance(f, Firm)]
        after = [f for f in sen.after(licensed.end()) if isinstance(f, Firm)]
        passive = licensed.group("passive") is not None
        investor = (before[-1] if before else None) if passive else (after[0] if after else None)
        if (
            licensed.group("bare")
            and investor is not None
            and not (
                _BARE_LICENSEE.fullmatch(text, licensed.end(), investor.start)
                and _LICENSEE_TO.match(text, investor.end)
            )
        ):
            investor = None  # "licensed capital", "... licensed X, Y and Z": not "licensed X to"
        if investor is not None:
            if not passive:  # "The Y Authority has licensed X": its subject
                grantor = [g for g in sen.govs if g.end <= licensed.start()][-1:]
                grantor = grantor or [g for g in [_province_subject(sen, licensed.start())] if g]
            elif licensed.group("by"):  # "X has been licensed by the People's Committee of Y to ..."
                grantor = [g for g in sen.govs if licensed.start("by") <= g.start < licensed.end("by")][:1]
            else:
                grantor = []
            m = sen.amount(licensed.end())
            parties = [_party(g, "grantor") for g in grantor] + [_party(investor, "investor")]
            return [deal("investment", [investor.name], m)], [
                event("investment_licence", parties, m, "licensed")
            ]
    ground = _BROKE_GROUND.search(text, s, e)
    owners = _subjects(sen, ground.start()) if ground else []  # the subjects, chained by "and"
    if ground and (ground.group("own") or (owners and _THEIR_PLANTS.match(text, ground.end()))):
        # each its own groundbreaking: "A, B and C held their own groundbreakings", "A and B also began
        # building their factories" (a sum only for one firm holding its own)
        m = sen.amount(ground.start()) if len(owners) == 1 and ground.group("own") else None
        return [deal("groundbreaking", [o.name], m) for o in owners], [
            event("groundbreaking", [_party(o, "investor")], m, "started") for o in owners
        ]
    if ground:
        firms = [f for f in sen.before(ground.start()) if isinstance(f, Firm)]
        if firms:
            m = sen.amount(ground.start())
            owner = firms[-1]
            # "A and B JSC, the developers of ..., broke ground": the two break ground on it together
            joint = [f for f in owners if f.name != owner.name]
            deals = [deal("groundbreaking", [*(f.name for f in joint), owner.name], m)]
            partners = [_party(f, "investor") for f in (*joint, owner)]
            events = [event("groundbreaking", partners, m, "started")]
            for f in sen.after(ground.end()):  # "..., with X JSC as the general contractor"
                if (
                    isinstance(f, Firm)
                    and f.name != owner.name
                    and _AS_CONTRACTOR.match(text[f.end : f.end + 40])
                ):
                    deals.append(deal("supply_contract", [f.name, owner.name], None))
                    events.append(event("supply_contract", [_party(f), _party(owner)], None, "signed"))
            return deals, events
    if (found := _openings(sen))[1]:
        return found
    if (found := _production_began(sen))[1]:
        return found
    if borrow := _BORROW.search(text, s, e):
        lender = next(
            (x for x in sen.after(borrow.end()) if _FROM.search(text, max(s, x.start - 6), x.start)), None
        )
        firms = [f for f in sen.before(borrow.start()) if isinstance(f, Firm)]
        if lender is not None and firms and isinstance(lender, Firm):
            m = sen.amount(borrow.start())
            status = "announced" if _PLANNED.search(text, s, borrow.start()) else "signed"
            return [deal("cooperation", [firms[-1].name, lender.name], m)], [
                event("cooperation", [_party(firms[-1]), _party(lender)], m, status)
            ]
    if (bought := _PURCHASED.search(text, s, e)) and (found := _bought(sen, bought, "completed")):
        return found
    if (
        (put := _INVESTED_IN.search(text, s, e))
        and any(f.start == put.end() and isinstance(f, Firm) for f in sen.after(put.end()))
        and (found := _bought(sen, put, "completed"))
    ):
        return found
    if lent := _LENT.search(text, s, e):
        lender = [f for f in sen.before(lent.start()) if isinstance(f, Firm)]
        borrower = next(
            (
                f
                for f in sen.after(lent.end())
                if isinstance(f, Firm) and _TO.search(text, max(s, f.start - 4), f.start)
            ),
            None,
        )
        if lender and borrower is not None:
            m = sen.amount(lent.start())
            return [deal("cooperation", [lender[-1].name, borrower.name], m)], [
                event("cooperation", [_party(lender[-1]), _party(borrower)], m, "signed")
            ]
    if (found := _headline_plan(sen))[0]:
        return found
    if invest := _TO_INVEST.search(text, s, e) or _TO_BUILD.search(text, s, e):
        # "The LG Display supplier has budgeted ...": a firm that only qualifies the subject is no investor
        investors = [f for f in _subjects(sen, invest.start()) if not _QUALIFIES.match(text, f.end)]
        if len(investors) > 1:  # "Hongtai Group, Rongtai Technology's parent, has ...": an apposition
            investors = [f for f in investors if not _OWNERS.match(text, f.end)] or investors
        if investors:
            # "Germany's Autowerk Brandt and Shinec plan to put US$11 million into a line": one investment and
            # one sum ("A and B are set to start construction on two plants": each its own)
            m = sen.amount(invest.start())
            joint = (
                len(investors) == 2
                and m is not None
                and _JOINT_SUBJECT.fullmatch(text, investors[0].end, investors[1].start) is not None
            )
            if len(investors) > 1 and not joint:
                m = None  # several investors, each its own: no one amount is any one's
            if joint:
                deals = [deal("investment", [f.name for f in investors], m)]
            else:
                deals = [deal("investment", [f.name], m) for f in investors]
            if _RECALLED.search(text[s : s + 30]) or invest.group().endswith(("spent", "sunk", "invested")):
                return deals, []  # "In 2024, X put $38 million into ...", "X spent $38 million in 2009 on":
                # recalled, no event
            if joint:
                return deals, [
                    event(
                        "investment_announcement", [_party(f, "investor") for f in investors], m, "announced"
                    )
                ]
            grantor = next((g for g in sen.govs if _GRANTED.match(text, g.end + 1)), None)
            if len(investors) == 1 and grantor is not None and _CERTIFICATE.search(text, invest.end(), e):
                # "X can pour an extra $650 million into ... after the People's Committee handed it an
                # adjusted investment certificate": the money the licence allows
                parties = [_party(grantor, "grantor"), _party(investors[0], "investor")]
                return deals, [event("investment_licence", parties, m, "licensed")]
            if invest.group() in ("added", "put") and (
                _ROUND_LICENSED.search(text, s, e) or _TAKING_IT_TO.search(text, invest.end(), e)
            ):
                # "The largest top-up was granted to X, which added $60 million to ...", "Among firms topping
                # up, X added US$27 million": a licence round's capital increase, licensed; "X has added $150
                # million to its project, taking it to $410 million": a registered capital raised, licensed
                return deals, [
                    event("investment_licence", [_party(f, "investor")], m, "licensed") for f in investors
                ]
            return deals, [
                event("investment_announcement", [_party(f, "investor")], m, "announced") for f in investors
            ]
    if building := _IS_BUILDING_PLANT.search(text, s, e):
        investors = _subjects(sen, building.start())
        # ("X Vietnam has set up a label plant": the firm's country unit, named "X")
        if investors and text[investors[-1].end : building.start()].strip() in ("", "Vietnam", "Viet Nam"):
            # "X is building a container plant that will ...": a plant going up, X's investment; no event
            # (neither its groundbreaking nor its licence is told); "A unit of Y, X set up ...": X alone
            if len(investors) > 1 and " and " not in text[investors[-2].end : investors[-1].start + 1]:
                investors = investors[-1:]  # (a list ends "and X"; a comma alone sets off an apposition)
            return [deal("investment", [f.name], None) for f in investors], []
    if (found := _goes_into(sen))[0]:
        return found
    if to_buy := _TO_BUY.search(text, s, e):
        status = "signed" if to_buy.group().startswith(("agree", "signed")) else "announced"
        if found := _bought(sen, to_buy, status, stake_in=True):
            return found
    if (bought := _ACQUIRED.search(text, s, e)) and (found := _bought(sen, bought, "completed")):
        return found
    if found := _placed(sen):
        return found
    if (found := _venture_between(sen))[1]:
        return found
    if (found := _orders(sen))[0]:
        return found
    if (found := _deliveries(sen))[0]:
        return found
    if (found := _entered(sen))[0]:
        return found
    if (found := _named(sen))[0]:
        return found
    if (found := _possessed(sen))[0] or found[1]:
        return found
    if (found := _partners_told(sen))[0]:
        return found
    if (found := _runs_or_took(sen))[0]:
        return found
    if (found := _round_shares(sen))[0]:
        return found
    if (found := _capital_added(sen))[0]:
        return found
    return _as_investor(sen)


_PCT = r"[\d.,]+\s*(?:per ?cent|percent|%)"
# a stake bought, told as a round-up's item: "X paid $28 million for 11.2 percent of Y", "X took 68.5 percent
# of Y", "X bought into Y" (the firm right before the verb): X's investment, no event
# (also set off as a relative clause: "X, which last year took 75 per cent of Y", and at a clause's end: "...
# are among the makers X has bought into.")
_STAKE_BOUGHT_AFTER = re.compile(
    r"(?:,\s+which(?:\s+(?:last|this|earlier|in|year|month|week|\d{4})){0,3})?"
    # ("paid 4.8 billion yen ($44 million) for another 10 percent of Y": a decimal point in the price; "has
    # taken 28% of Y")
    r"\s+(?:(?:first\s+)?(?:paid|spent)\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\s+for\s+(?:a\s+|another\s+)?"
    rf"{_PCT}\s+(?:stake\s+in|of)|(?:took|(?:has|had)\s+taken)\s+(?:a\s+)?{_PCT}\s+(?:stake\s+in|of)"
    r"|(?:(?:has|had)\s+)?(?:first\s+)?bought\s+into)(?:\s|(?=[.;]))"
)
# "X paid $92 million for Y", "X spent $40 million on the whole of Y": the firm named right after the price
# is bought whole (X's investment, no event)
_PAID_FOR = re.compile(
    r"\s+(?:(?:first\s+)?(?:paid|spent)\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\s+(?:for|on)"
    r"(?:\s+(?:the\s+)?whole\s+of|\s+all\s+of)?)\s+$"
)
# "... with 90 percent sold to X", "a 35% stake was sold to X": X bought it
# (or a stake, the firm sold standing between, that goes to X: "A 55% stake in Y is to go to X"; not "a margin
# of 21.37 percent went to X")
_SOLD_TO = re.compile(
    rf"(?<!\w){_PCT}(?:(?:\s+stake)?\s+(?:was\s+|were\s+)?sold\s+to"
    # ("A 65% stake in X, a maker of ..., will pass to Y": the company bought into named in the stake)
    r"|\s+stake(?:\s+in\s+[^.;]{1,120}?)?\s+(?:(?:is|are)\s+(?:to|set to|due to)\s+go\s+to|went\s+to"
    r"|will\s+pass\s+to|(?:has|have)\s+passed\s+to|passed\s+to))"
    r"\s+(?:[A-Z][a-z]+['’]s\s+)?$"
    # ("About 7.4 million shares of X have gone to Y": shares counted, not a percentage)
    r"|(?<![\w.,])[\d.,]+\s+(?:million\s+)?shares\s+of\s+[^.;]{1,120}?\s+(?:have|has)\s+(?:gone|passed)\s+to\s+$"
)
# "X has also put $14 million into packaging group Y": money put into a firm (not a plant) buys into it
_PUT_INTO = re.compile(
    r"\s+(?:has |have |had )?(?:also )?put\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\s+into\s+(?:[a-z-]+\s+){0,5}"
)
# "Y passed 80 per cent into the hands of X": X bought it
_INTO_HANDS = re.compile(r"(?<!\w)into the hands of\s+(?:the\s+)?$")
_PASSES = re.compile(r"(?<!\w)(?:pass|(?P<done>passed|gone))\s+to(?!\w)")  # "will pass to", "has passed to"
_FROM_OWNER = re.compile(r"\s+from\s+(?:[^.;,]{1,40},\s+)?")  # "from the unit's Japanese owner, Z"
# "X's purchase of 80 percent of Y", "the X purchase of 60% of Y": X bought into Y
_PURCHASE_OF = re.compile(
    rf"(?:['’]s)?\s+(?:purchase|acquisition|takeover)\s+of\s+(?:a\s+)?{_PCT}\s+(?:stake\s+in|of)\s"
)
# "X received 31 million USD from Y": Y put it in (no event)
_RECEIVED_FROM = re.compile(r"(?:\s+Vietnam)?\s+received\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?\s+from\s+$")
# "X plans to issue 28.6 million shares to Singapore's Y": Y buys into X (announced)
# ("Y agreed last month to sell 65 per cent of itself to Thailand's X")
_ISSUE_TO = re.compile(
    r"\s+(?:plans|intends|is set|has agreed|agreed|will|is to)"
    r"(?:\s+(?:last|this|earlier)\s+(?:week|month|year))?\s+(?:to\s+)?(?:issue|sell)\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,50}?"
    r"\b(?:shares|of itself|stake)\s+to\s+(?:[A-Z][a-z]+['’]s\s+)?$"
)


def _stakes_told(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """Stakes bought told in the shapes of business round-ups (`_STAKE_BOUGHT_AFTER`, `_RECEIVED_FROM`,
    `_PAID_FOR`, `_PUT_INTO`, `_PURCHASE_OF`, `_SOLD_TO`, `_INTO_HANDS`) and a placement announced to a
    named buyer (`_ISSUE_TO`)."""
    text = sen.text
    firms = [f for f in sen.firms if isinstance(f, Firm)]
    deals: list[Deal] = []
    events: list[DealEvent] = []
    for a, b in itertools.pairwise(firms):
        paid = any(a.end < m.start < b.start for m in sen.money)
        if paid and _RECEIVED_FROM.fullmatch(text, a.end, b.start):
            deals.append(sen.deal("investment", [b.name], sen.amount(a.end)))
        elif paid and (
            _PAID_FOR.fullmatch(text, a.end, b.start) or _PUT_INTO.fullmatch(text, a.end, b.start)
        ):
            deals.append(sen.deal("investment", [a.name], sen.amount(a.end)))
        elif _ISSUE_TO.fullmatch(text, a.end, b.start):
            deals.append(sen.deal("investment", [b.name], None))
            parties = [_party(b, "buyer"), _party(a)]
            events.append(sen.event("acquisition", parties, None, "announced"))
    for f in firms:
        if any(f.name in d.parties for d in deals):
            continue
        if (bought := _STAKE_BOUGHT_AFTER.match(text, f.end) or _PURCHASE_OF.match(text, f.end)) is not None:
            paid = next((m for m in sen.money if f.end < m.start < bought.end()), None)
            deals.append(sen.deal("investment", [f.name], paid))
        elif (sold := _SOLD_TO.search(text, max(sen.s, f.start - 170), f.start)) or _INTO_HANDS.search(
            text, max(sen.s, f.start - 20), f.start
        ):
            deals.append(sen.deal("investment", [f.name], sen.amount(f.end)))
            passes = _PASSES.search(sold.group()) if sold else None
            company = next((g for g in firms if sold and sold.start() < g.start < f.start), None)
            if passes and company is not None:
                # "A 65% stake in X ... will pass to Y": Y's acquisition of X (announced until it has passed)
                status = "completed" if passes.group("done") else "announced"
                parties = [_party(f, "buyer"), _party(company)]
                seller = next((g for g in firms if g.start > f.end), None)  # "... to Y from its owner, Z"
                if seller is not None and _FROM_OWNER.fullmatch(text, f.end, seller.start):
                    parties.append(_party(seller, "seller"))
                events.append(sen.event("acquisition", parties, None, status))
    return deals, events


# a licence round's item: "the X plant of Y Co., Ltd (South Korea), gains $120 million, lifting its total to
# ...", "a PCB plant of Z Co., Ltd (Japan) in W Park: $145 million more, $330 million in all"
_LISTED_PLANT_OF = re.compile(
    r"(?<!\w)(?:plant|factory|project|complex|facility|mill)\b[^.;:]{0,60}?\bof\s+(?:the\s+)?$"
)
_GAINS = re.compile(
    r"(?:\s*\([^()]{1,30}\))?[^.;:]{0,60}?(?:,\s*(?P<verb>gains|adds|gets|receives|is adding)\s+|:\s*)$"
)
_MORE = re.compile(r"\s+more(?!\w)")


def _capital_added(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """The capital a listed plant's owner adds ("the X plant of Y Co., Ltd gains $120 million", "a plant of
    Z Co., Ltd in W Park: $145 million more"), as a deal with no event: an item of a round told above."""
    text = sen.text
    for f in (f for f in sen.firms if isinstance(f, Firm)):
        if not _LISTED_PLANT_OF.search(text, max(sen.s, f.start - 80), f.start):
            continue
        for m in sen.money:
            if m.start <= f.end or m.start - f.end > 90:
                continue
            gap = _GAINS.fullmatch(text, f.end, m.start)
            if gap is not None and (gap.group("verb") or _MORE.match(text, m.end)):
                return [sen.deal("investment", [f.name], m)], []
            break
    return [], []


# A licence round's share told of its firm before ("X, which is putting $18 million into ...", "X
# registered 58 million USD for ...", "X accounts for $120 million of the total", "X follows with a $45
# million plant", "X alone brought two projects worth ...", "X was behind the second-largest increase", "X,
# which got a licence for a ... plant, and Y, licensed for a ... factory"), or after ("The largest licence,
# $265 million, went to X")
_AMOUNT_NEXT = (
    r"(?= (?:an? |in |into )?(?:additional |extra |another |further )?(?:nearly |about |some |over )?"
    r"(?:(?:US)?\$|VN[DĐ]|[\d.,]+ (?:million|billion|trillion)))"
)
_TAKING_IT_TO = re.compile(r",\s+(?:taking|bringing|lifting|raising)\s+(?:it|its|the)\b[^.;]{0,60}?\bto\b")
_ROUND_SHARE = re.compile(
    r"(?<!\w)(?:(?:is |are |was )?putting"
    + _AMOUNT_NEXT
    + r"|put in"
    + _AMOUNT_NEXT
    + r"|registered"
    + _AMOUNT_NEXT
    + r"|accounts? for"
    + _AMOUNT_NEXT
    + r"|follows? with an?(?= (?:US)?\$)"
    + r"|its (?:[^.;]{0,60}? )?(?:project|plant|factory)\b[^.;]{0,40}? (?:was|has been) licensed"
    + r"|(?:alone )?brought (?:two|three|four|\d+|an?) (?:\w+ )?projects? worth"
    + r"|(?:was|is) behind the (?:[\w-]+ )?(?:increase|top-up|investment|project)"
    + r"|(?:which )?(?:got|received|won) an? (?:investment )?licen[cs]e for an?"
    + _AMOUNT_NEXT
    + r"|licensed for an?"
    + _AMOUNT_NEXT
    + r")(?!\w)"
)
_WENT_TO = re.compile(
    r"(?<!\w)(?:licen[cs]e|certificate|top-up|increase)\b[^.;]{0,80}?\bwent to\s+$", re.IGNORECASE
)


_QUALIFIES = re.compile(r"\s+(?:supplier|unit|subsidiary|affiliate|partner|customer|arm|vendor)\b")
_ROUND_LICENSED = re.compile(
    r"(?<!\w)(?:licen[cs]|top-up|topping up|increase|certificate|registered)", re.IGNORECASE
)


def _round_shares(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """Each firm's share of a licence round (`_ROUND_SHARE`, `_WENT_TO`): an investment, and its licence
    where the sentence speaks of one (a licence, a top-up, an increase, a registration), else its announced
    investment ("X, which is putting $18 million into ...")."""
    text, s, e = sen.text, sen.s, sen.e
    found: list[tuple[Firm, Money | None]] = []
    shares: list[Firm] = []  # "X accounts for $95 million of that": a share of a total told before, no event
    went_to: list[Firm] = []
    for m in _ROUND_SHARE.finditer(text, s, e):
        firms = [f for f in sen.before(m.start()) if isinstance(f, Firm)]
        if firms and all(f is not firms[-1] for f, _ in found):
            found.append((firms[-1], sen.amount(m.start())))
            if m.group().startswith("account"):
                shares.append(firms[-1])
    for f in sen.after(s):
        if isinstance(f, Firm) and (went := _WENT_TO.search(text, max(s, f.start - 120), f.start)):
            amount = next((x for x in sen.money if went.start() <= x.start < f.start), None)
            found.append((f, amount or sen.amount(f.start)))
            went_to.append(f)
    licensed = _ROUND_LICENSED.search(text, s, e) is not None
    kind, status = "investment_licence", "licensed"
    if not licensed:
        kind, status = "investment_announcement", "announced"
    # "The certificate went to X JSC from the Y Management Board": the body it came from grants it
    grantor = next(
        (
            g
            for g in sen.govs
            if went_to and g.start > went_to[0].end and _FROM.search(text, g.start - 9, g.start)
        ),
        None,
    )
    deals = [sen.deal("investment", [f.name], m) for f, m in found]
    events = []
    for f, m in found:
        if f not in shares:
            granting = [_party(grantor, "grantor")] if grantor is not None and f in went_to else []
            events.append(sen.event(kind, [*granting, _party(f, "investor")], m, status))
    return deals, events


# "About €30 million will go into X's plant", "About $1.2 billion is to go into the site by 2035, X has said":
# money to be spent on a project, by the firm whose plant it is or that said so
_GOES_INTO = re.compile(r"\s+(?:will|is to|are to|would|is set to|are set to)\s+go\s+into\s+")
_SPEAKER_BEFORE = re.compile(r",\s+$")
_SAID_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|announced)(?!\w)")


# a headline's plan, right after the firm: "Takara Medical Co., Ltd. to invest in Vietnam Haiphong", "Permata
# Glove picks Vietnam for its first plant outside Malaysia"
_HEADLINE_PLAN = re.compile(
    r" (?:to (?:invest|build|open|set up) (?:(?:in|an?|its|new)(?!\w)|US\$|\$)"
    r"|picks [A-Z][\w ]{2,30}? for (?:its|an?) )"
)


_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]")


def _headline_plan(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """A headline's announced investment: a firm, then "to invest in ..." or "picks <place> for its ... plant"
    (no auxiliary: headline English), the firm opening it ("... invited X to invest in" is no plan of X's
    own); ([], []) when none."""
    for f in sen.firms:
        if _HEADLINE_PLAN.match(sen.text, f.end) and not _LOWER_WORD.search(sen.text, sen.s, f.start):
            m = sen.amount(f.end)
            return [sen.deal("investment", [f.name], m)], [
                sen.event("investment_announcement", [_party(f, "investor")], m, "announced")
            ]
    return [], []


def _goes_into(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """An amount that "will go into" X's plant, into a plant "that X is to build", or into a site "X has
    said": X's announced investment."""
    text = sen.text
    for m in sen.money:
        into = _GOES_INTO.match(text, m.end)
        if into is None:
            continue
        after = [f for f in sen.firms if f.start >= into.end()]
        owner = next((f for f in after if f.start - into.end() <= 4 and _OWNERS.match(text, f.end)), None)
        if owner is None:
            owner = next(
                (
                    f
                    for f in after
                    if _SPEAKER_BEFORE.search(text, max(sen.s, f.start - 3), f.start)
                    and _SAID_AFTER.match(text, f.end)
                ),
                None,
            )
        if owner is None:  # "... will go into a faucet factory that X Co. is to build": the plant X builds
            owner = next(
                (
                    f
                    for f in after
                    if f.start - into.end() <= 60
                    and _PLANT_THAT.search(text, max(sen.s, f.start - 30), f.start)
                    and (_PLANS_AFTER.match(text, f.end) or _IS_TO_BUILD_AFTER.match(text, f.end))
                ),
                None,
            )
        if owner is not None:
            deal = sen.deal("investment", [owner.name], m)
            return [deal], [sen.event("investment_announcement", [_party(owner, "investor")], m, "announced")]
    return [], []


_IS_TO_BUILD_AFTER = re.compile(r"\s+(?:is|are) to (?:build|develop|construct|set up)(?!\w)")


# "X already runs a US$95 million tyre factory in ...": what X owns, told as background; "Y, in which X took a
# 45 per cent stake for $38.5 million in January, ...": X bought in (deals, no event)
_RUNS = re.compile(
    r"(?<!\w)(?:already\s+)?(?:runs|operates|owns|(?:is|are)\s+(?:meanwhile\s+|now\s+|also\s+)?building"
    r"|(?:has|had)\s+(?:already\s+)?built)\s+an?\s+(?=(?:US)?\$|VN[DĐ]|[\d.,]+\s+(?:million|billion)\s+USD)"
    # "British-owned X has a $290 million project": the project it has
    r"|(?:has|have)\s+an?\s+(?=(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:project|plant|factory|mill)(?!\w))"
    # "X has added a second factory in Vinh Phuc": a plant it built since, told as background
    r"|(?:has|have|had)\s+(?:since\s+)?added\s+an?\s+(?=(?:second|third|fourth|new)\s+(?:factory|plant|mill)\b)"
)  # "X, which had already built a US$35 million plant there", "X is meanwhile building a $36 million plant"
_TOOK_STAKE = re.compile(
    r"(?<!\w)(?:(?:took|has taken|had taken)\s+an?\s+[\d.,]+\s*(?:per ?cent|%)\s+stake\b"
    # "X lifted its stake in Y to nearly 100%": bought more, told as background
    r"|(?:lifted|raised|increased|upped|boosted)\s+(?:its|their)\s+(?:stake|holding|shareholding)\s+in\b)"
)


# "X's US$18 million foundry in the park": what X has put into a plant, priced, told in passing (a deal, no
# event)
_PRICED_PLANT_OF = re.compile(
    r"['’]s\s+(?:new\s+)?(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:plant|factory|foundry|mill|works|facility|complex)(?!\w)"
)


# the builder of a priced plant ("A $128 million tyre plant built over three years by X JSC", "a
# 12-million-USD mill ... built by X") and the spender of an amount ("the VND2,710 billion that X spent
# on ...")
_PRICE = (
    r"(?:(?:US)?\$[\d.,]+\s*(?:million|billion|m|bn)|[\d.,]+[- ](?:million|billion)[- ]USD"
    r"|VN[DĐ]\s?[\d.,]+\s*(?:billion|trillion|million))"
)
_PRICED_BUILT_BY = re.compile(
    rf"{_PRICE}\s+(?:[\w-]+\s+){{0,5}}?(?:plant|factory|foundry|mill|works|facility|complex)\b"
    r"[^.;]{0,60}?\bbuilt\b[^.;]{0,30}?\bby\s+"
    rf"|(?P<spent>{_PRICE}(?:\s*\([^()]{{1,30}}\))?\s+that\s+)"
)
_WHOSE_PLANT_COST = re.compile(
    r",?\s+whose\s+(?:[\w-]+\s+){0,3}?(?:plant|factory|mill|works|facility|complex|line)"
    r"\s+(?:cost|is worth)\b"
)
_SPENT_ON_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:spent|invested|poured|sank|sunk)\s+(?:on|in|into)\b")


def _priced_plants(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """The investment of each firm right before "'s $N million <plant>" in the sentence, of a firm "whose
    plant cost $N", of the builder of a priced plant ("a $N million plant built ... by X") and of the spender
    of an amount ("the $N that X spent on"), read beside what `read_sentence` finds (a firm it already gives
    a deal keeps that one)."""
    text, out = sen.text, []
    for m in _PRICED_PLANT_OF.finditer(text, sen.s, sen.e):
        owner = next((f for f in sen.before(m.start()) if isinstance(f, Firm) and f.end == m.start()), None)
        if owner is not None:
            out.append(sen.deal("investment", [owner.name], sen.amount(m.start())))
    for f in (f for f in sen.after(sen.s) if isinstance(f, Firm)):
        whose = _WHOSE_PLANT_COST.match(text, f.end)  # "..., and Singapore's X, whose plant cost $95 million"
        if whose is not None:
            cost = next((x for x in sen.money if whose.end() <= x.start <= whose.end() + 12), None)
            if cost is not None:
                out.append(sen.deal("investment", [f.name], cost))
    for m in _PRICED_BUILT_BY.finditer(text, sen.s, sen.e):
        owner = next((f for f in sen.after(m.end()) if isinstance(f, Firm) and f.start == m.end()), None)
        if owner is not None and (not m.group("spent") or _SPENT_ON_AFTER.match(text, owner.end)):
            price = next((x for x in sen.money if m.start() <= x.start < m.start() + 8), None)
            out.append(sen.deal("investment", [owner.name], price or sen.amount(m.start())))
    return out, []


def _under_construction(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """The groundbreaking of the owner of a plant "now under construction ... after Thursday's
    groundbreaking": the firm after "of"/"by" in the subject ("A $22 million mill of X JSC") or before its
    possessive ("X's $22 million mill")."""
    text = sen.text
    m = _UNDER_CONSTRUCTION_AFTER.search(text, sen.s, sen.e)
    if m is None:
        return [], []
    owner = next(
        (
            f
            for f in reversed(sen.before(m.start()))
            if isinstance(f, Firm) and (_BUILT_BY.search(text, sen.s, f.start) or _OWNERS.match(text, f.end))
        ),
        None,
    )
    if owner is None:
        return [], []
    money = sen.amount(m.start())
    hosts = [_party(g) for g in sen.govs if g.end <= m.start()][-1:]
    return [sen.deal("groundbreaking", [owner.name], money)], [
        sen.event("groundbreaking", [*hosts, _party(owner, "investor")], money, "started")
    ]


# "A second plant ... will be built by Heiwa Appliances": an announced investment of the builder ("A second
# phase ... is already planned by X", "Three more plants are planned in the north by the X Group": too)
_WILL_BE_BUILT_BY = re.compile(
    r"(?<!\w)(?:(?:will be|is to be|are to be|would be) (?:built|developed|set up|constructed|put up)"
    r"|(?:is|are) (?:already |now |also )?planned(?: [^.;,]{1,50}?)?) by\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:['’]s|-based)\s+)?$"
)
# "A wire plant in Long An has been set up by X", "A $90 million plant ... was unveiled by X on Monday", "A
# carton plant ... is next, planned by Japan's X": a plant told first, its investor after the verb (announced)
_PLANT_SET_UP_BY = re.compile(
    r"(?<!\w)(?:plant|factory|mill|complex|facility|works)\b[^.;]{0,120}?"
    r"(?:(?:has been|have been|was|were) (?:set up|unveiled)|, planned) by\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:['’]s|-based)\s+)?$"
)
# "A $180 million plant for ... is what X has announced for Hai Phong": the plant first, then its investor
_IS_WHAT = re.compile(r"(?<!\w)is what\s+$")
# "A $95 million plant, also in Bac Giang, is Xinlu's next step": the plant first, then its investor
_IS_BEFORE = re.compile(r"(?<!\w)(?:is|will be)\s+$")
_PLANT_WORD = re.compile(r"(?<!\w)(?:plant|factory|mill|complex|facility|works)(?!\w)")
_NEXT_STEP = re.compile(
    r"['’]s\s+(?:next|latest|newest|new|biggest|largest)\s+(?:step|move|project|bet)(?!\w)"
)
_ANNOUNCED_AFTER = re.compile(
    r"\s+(?:has announced|announced|plans|is planning|has planned|will build)(?!\w)"
)
# "Taiwan's Hsin Kuang Group plans a motor parts plant on 18 hectares ...": the plant planned by the firm
_PLANS_PLANT = re.compile(
    r"\s+plans?\s+an?\s+(?:new\s+|second\s+|third\s+)?"
    # ("X plans a 900 million USD rod and wire plant", "X plans a $146 million plant": its price first)
    r"(?:(?:US)?\$?\d[\d.,]*\s*(?:million|billion|bn|m)?\s+(?:USD\s+|US dollars?\s+)?)?(?:[\w-]+\s+){0,5}?"
    r"(?:plant|factory|mill|complex|facility|works)(?!\w)"
)
# "In Soc Trang, X JSC is to build and run the Y industrial park, with registered capital of ...": its plan
# ("X Industries of Japan is to build a ... plant")
_IS_TO_BUILD = re.compile(
    r"(?:\s+of\s+[A-Z][a-z]+)?\s+(?:is|are) to (?:build|develop|construct|set up)"
    r"(?: and (?:run|operate|manage))?\s+"
    r"[^.;]{0,60}?\b(?:plant|factory|mill|complex|facility|park|cluster|centre|center)(?!\w)"
)
# "A $68 million third plant in HCM City, announced in April 2013 by France's X, ...": X's plant, told as a
# fact (no event)
_ANNOUNCED_BY = re.compile(
    r"(?<!\w)(?:plant|factory|mill|complex|facility)\b[^.;]{0,60}?,\s+announced(?: (?:in|on) [^.;,]{1,30}?)?"
    r" by\s+(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+)?$"
)
# "... went into operation on Tuesday under its owner, Dong Xoai Board JSC": the owner of a priced plant
_UNDER_OWNER = re.compile(r"(?<!\w)under its owners?,?\s+$")
# "A $90 million cable plant that Harlow Group plans for its Vietnam arm ...", "Of the $3 billion Ostra plans
# for its first complex ...": the plant (or the amount) the firm plans, its announced investment
_PLANT_THAT = re.compile(
    r"(?<!\w)(?:plant|factory|mill|complex|facility|works)\s+(?:that|which)\s+(?:[A-Z][a-z]+['’]s\s+)?$"
)
_PLANS_AFTER = re.compile(
    r"(?:\s+of\s+[A-Z][a-z]+)?"  # "... that Huanyu Protective Co., Ltd. of China has built"
    r"\s+(?:plans|is planning|has planned|proposes|has proposed"
    r"|is building|has built|will build|is developing)(?!\w)"
)
_PLANS_FOR_PLANT = re.compile(
    r"\s+plans?\s+(?:to spend\s+)?(?:for|on)\s+(?:its|a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:plant|factory|mill|complex|facility|works)(?!\w)"
)


def _planned_or_owned(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """Plants told by their builder or owner: "will be built by X", "a plant ... has been set up by X", "a
    plant ... is what X has announced", "X plans a ... plant", "a plant that X plans" and "the $N X plans for
    its plant" (announced investments) and "... under its owner, X" (X's investment, the amount of the
    sentence)."""
    text = sen.text
    for f in (f for f in sen.after(sen.s) if isinstance(f, Firm)):
        built_by = _WILL_BE_BUILT_BY.search(text, max(sen.s, f.start - 60), f.start)
        if (
            built_by
            or _PLANT_SET_UP_BY.search(text, max(sen.s, f.start - 200), f.start)
            or (
                _IS_WHAT.search(text, max(sen.s, f.start - 10), f.start)
                and _ANNOUNCED_AFTER.match(text, f.end)
            )
            or (
                _IS_BEFORE.search(text, max(sen.s, f.start - 10), f.start)
                and _NEXT_STEP.match(text, f.end)
                and _PLANT_WORD.search(text, sen.s, f.start)
            )
            or _PLANS_PLANT.match(text, f.end)
            or _IS_TO_BUILD.match(text, f.end)
            or (sen.money and _EARMARKED_BY.search(text, max(sen.s, f.start - 60), f.start))
            or (
                _PLANS_AFTER.match(text, f.end)
                and _PLANT_THAT.search(text, max(sen.s, f.start - 30), f.start)
            )
            or (_PLANS_FOR_PLANT.match(text, f.end) and any(0 <= f.start - m.end <= 2 for m in sen.money))
        ):
            m = sen.amount(f.start)
            deals = [sen.deal("investment", [f.name], m)]
            if built_by and "developed" in built_by.group():
                return deals, []  # "The 38ha cluster is to be developed by X": a developer named, no event
            return deals, [sen.event("investment_announcement", [_party(f, "investor")], m, "announced")]
        if sen.money and _INVESTMENT_BY.search(text, max(sen.s, f.start - 20), f.start):
            # X's investment; its opening when it came on stream, else no event (the sum may be long spent)
            m = sen.amount(sen.s, f)
            opened = _ON_STREAM.search(text, f.end, sen.e) or _INAUGURATED.search(text, f.end, sen.e)
            return [sen.deal("investment", [f.name], m)], (
                [sen.event("inauguration", [_party(f, "investor")], m, "completed")] if opened else []
            )
        if sen.money and _ANNOUNCED_BY.search(text, max(sen.s, f.start - 140), f.start):
            return [sen.deal("investment", [f.name], sen.amount(sen.s, f))], []
        if _UNDER_OWNER.search(text, max(sen.s, f.start - 20), f.start) and sen.money:
            m = sen.amount(f.start)
            opened = _INAUGURATED.search(text, sen.s, f.start)  # "... went into operation under its owner, X"
            return [sen.deal("investment", [f.name], m)], (
                [sen.event("inauguration", [_party(f, "investor")], m, "completed")] if opened else []
            )
    return [], []


# "X, the group's battery unit, owns the Thanh Hoa plant jointly with China's Y": the owners' cooperation
_OWNS_JOINTLY = re.compile(
    r"(?:,\s+[^,;.]{1,60},)?\s+(?:owns|co-owns|runs|operates)\s+[^.;]{0,50}?"
    r"(?<!\w)(?:jointly|together) with\s+(?:[A-Z][a-z]+['’]s\s+)?"
)
_JOINTLY = re.compile(r"(?<!\w)(?:jointly|together) with ")


# "In early March, X teamed up with Britain's Y to grow ...": a partnership told as a fact
_TEAMED_UP = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:teamed up|partnered|joined hands|joined forces)\s+with\s+"
    r"(?:(?:[A-Z][a-z]+|the US|the UK)['’]s?\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:firm|company|group|maker|supplier)\s+)?"  # "with Thai firm Y"
)


def _partners_told(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """Two firms the sentence says own a plant together ("A owns the plant jointly with B") or teamed up ("A
    teamed up with B", "A has partnered with Japan's B"): their cooperation, told as a fact (no event). The
    words between the two firms are matched right after the first one, the partner starts where they end."""
    text, s, e = sen.text, sen.s, sen.e
    between = [_OWNS_JOINTLY] if _JOINTLY.search(text, s, e) else []
    if any(text.find(w, s, e) >= 0 for w in ("teamed up", "partnered", "joined ")):
        between.append(_TEAMED_UP)
    for rx in between:
        for f in sen.firms:
            if (m := rx.match(text, f.end)) and (
                partner := next((p for p in sen.firms if p.start == m.end()), None)
            ):
                return [sen.deal("cooperation", [f.name, partner.name], None)], []
    return [], []


def _runs_or_took(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """The investment of the firm right before "already runs a $N ...", "is building a $N ...", "had
    already built a $N ..." or "took a N per cent stake", as a deal with no event: what it owns, builds or
    bought, told as background."""
    text = sen.text
    for rx in (_RUNS, _TOOK_STAKE):
        m = rx.search(text, sen.s, sen.e)
        owners = _subjects(sen, m.start()) if m else []
        if m and owners and _right_before(text, owners[-1].end, m.start()):
            return [sen.deal("investment", [owners[-1].name], sen.amount(m.start()))], []
    return [], []


_WHICH = re.compile(r",\s+which\s+")


def _right_before(text: str, end: int, verb: int) -> bool:
    """A firm ending at `end` is the subject of the verb at `verb`: one word at most between them ("X
    already runs"), ", which" before "has/had built" ("X, which had already built"), or an apposition ("X, a
    unit of Y, is building")."""
    if len(text[end:verb].split()) <= 1:
        return True
    if _WHICH.fullmatch(text, end, verb):
        # what it built; not what it runs ("X, which runs a $N plant, plans to ...": background to the news)
        return text.startswith(("had", "has"), verb)
    apposition = _APPOSITION.match(text, end)
    return apposition is not None and not text[apposition.end() : verb].strip()


# "The 61-hectare cluster ... has X JSC as its investor": X invests (told as background: no event)
_AS_ITS_INVESTOR = re.compile(r"\s+as\s+its\s+(?:investor|developer)(?!\w)")
_HAS = re.compile(r"(?<!\w)(?:has|have)\s+$")


# "X JSC is the investor; the facility costs VND615 billion": its investor named ("X là chủ đầu tư")
_IS_THE_INVESTOR = re.compile(r"\s+(?:is|was|will be) the (?:investor|developer)(?!\w)")
# "the authority signed off on a $14 million hoist factory proposed by X": X's project licensed
_APPROVED_PROPOSED_BY = re.compile(
    r"(?<!\w)(?:approved|signed off on|licensed|endorsed)\s[^.;]{0,80}?"
    r"\b(?:project|plant|factory|facility|mill|park)\s+(?:proposed|submitted|planned)\s+by\s+$"
)


def _as_investor(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """The investment of the firm a project "has ... as its investor" (or developer), or that "is the
    investor": a deal, no event; a project "proposed by" a firm approved: its investment and licence."""
    text = sen.text
    for f in sen.after(sen.s):
        if not isinstance(f, Firm):
            continue
        if (
            _AS_ITS_INVESTOR.match(text, f.end) and _HAS.search(text, max(sen.s, f.start - 8), f.start)
        ) or _IS_THE_INVESTOR.match(text, f.end):
            return [sen.deal("investment", [f.name], sen.amount(f.start))], []
        if approved := _APPROVED_PROPOSED_BY.search(text, max(sen.s, f.start - 140), f.start):
            m = sen.amount(approved.start(), f)
            grantor = next((g for g in sen.govs if g.end <= approved.start()), None)
            parties = ([_party(grantor, "grantor")] if grantor else []) + [_party(f, "investor")]
            licence = sen.event("investment_licence", parties, m, "licensed")
            return [sen.deal("investment", [f.name], m)], [licence]
    return [], []


# "A has placed orders for two tankers to be built by B": B supplies A; "B has won a contract to build four
# bulk carriers for UK's A (and ... for C)": B supplies each buyer named after "for"
_ORDERED = re.compile(r"(?<!\w)(?:has |have |had )?placed (?:an? |new |firm |\w+ )?orders? (?:for|with)\b")
_COUNTRY_OWNS = r"(?:[A-Z][A-Za-z]+['’]s\s+)?"  # "UK's", "Denmark's" before the firm: optional
_TO_BE_BUILT_BY = re.compile(
    rf"(?<!\w)(?:to be|being) (?:built|made|supplied|delivered) by\s+{_COUNTRY_OWNS}$"
)
_ORDERED_FROM = re.compile(r"(?<!\w)(?:has |have |had )?ordered(?= )")
_FROM_SUPPLIER = re.compile(rf"(?<!\w)from\s+{_COUNTRY_OWNS}$")
_WON_CONTRACT = re.compile(
    r"(?<!\w)(?:has |have |had )?won (?:an? |two |three |four |\w+ )?(?:contracts?|orders?)"
    r" to (?:build|supply|make|deliver)\b"
)
_FOR_BUYER = re.compile(rf"(?<!\w)for\s+{_COUNTRY_OWNS}$")
# "X won the VND900 billion EPC package of Y", "X took Y's earthworks package", "X was awarded Y's package":
# a tender's package won is X's supply contract with its owner
_WON_PACKAGE = re.compile(
    r"(?<!\w)(?:has |have |had )?(?:won|took|secured|clinched|landed|was awarded|were awarded)"
    r" (?:the |a |an )?[^.;]{0,70}?\bpackages?\b"
)
_FORM_THEN_OWNERS = re.compile(r"(?:\s+[A-Z][\w.,]*){0,2}['’]s\s")  # "Tan Phu Refining JSC's"
_PACKAGE_OWNER = re.compile(r"(?<!\w)(?:of|from|for|by)\s+(?:the\s+)?$")


def _orders(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """A supply order told from the buyer's side or the builder's: the supplier's supply contract with each
    buyer, signed."""
    text, s, e = sen.text, sen.s, sen.e
    if ordered := _ORDERED.search(text, s, e):
        buyers = _subjects(sen, ordered.start())
        builder = _cued_firm_after(sen, ordered.end(), _TO_BE_BUILT_BY, 60)
        if buyers and builder is not None:
            return _supplied(sen, builder, buyers[-1:], ordered.start())
    if ordered := _ORDERED_FROM.search(text, s, e):  # "A and B have ordered 14 turbines from Denmark's C"
        buyers = _subjects(sen, ordered.start())
        supplier = _cued_firm_after(sen, ordered.end(), _FROM_SUPPLIER, 30)
        if buyers and supplier is not None:
            return _supplied(sen, supplier, buyers, ordered.start())
    if won := _WON_CONTRACT.search(text, s, e):
        builders = _subjects(sen, won.start())
        buyers = [
            f
            for f in sen.after(won.end())
            if isinstance(f, Firm) and _FOR_BUYER.search(text, max(won.end(), f.start - 20), f.start)
        ]
        if builders and buyers:
            return _supplied(sen, builders[-1], buyers, won.start())
    if won := _WON_PACKAGE.search(text, s, e):
        builders = _subjects(sen, won.start())
        owner = next(  # its owner in the possessive inside the phrase, or after "of"/"from" right after it
            (
                f
                for f in sen.after(won.start())
                if isinstance(f, Firm)
                and (
                    (f.end < won.end() and _FORM_THEN_OWNERS.match(text, f.end))
                    or (won.end() <= f.start and _PACKAGE_OWNER.search(text, won.end(), f.start))
                )
            ),
            None,
        )
        if builders and owner is not None and owner is not builders[-1]:
            return _supplied(sen, builders[-1], [owner], won.start())
    return [], []


_TAKES_DELIVERY = re.compile(
    r"(?<!\w)(?:took|takes|take|taking|has taken|have taken)\s+(?:delivery\s+of\s+)?"
)
_SHIP_WORDS = re.compile(
    r"(?<!\w)(?:DWT|bulk carriers?|bulkers?|tankers?|vessels?|ships?|barges?|tugs?|ferr(?:y|ies)"
    r"|dredgers?)(?!\w)"
)
# "from Haiphong's X Shipyard", "built at X Shipyard" (a yard after "at" is a firm here, not a place)
_FROM_YARD = re.compile(rf"(?<!\w)(?:from|built (?:at|by))\s+{_COUNTRY_OWNS}$")
_FOR_OWNER_FROM = re.compile(r"\s+from\s+")
_FOR = re.compile(r"(?<!\w)for\s+$")


def _deliveries(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """A ship delivered: "A took delivery of the 7,900 DWT X, built at B", "A is due to take a bulk carrier
    from B Shipyard", "a 22,000 DWT bulker for A from B": B's supply contract with A, told through the ship
    (a deal, no event)."""
    text, s, e = sen.text, sen.s, sen.e
    if not _SHIP_WORDS.search(text, s, e):
        return [], []
    if (took := _TAKES_DELIVERY.search(text, s, e)) is not None:
        owners = _subjects(sen, took.start())
        yard = next(
            (
                f
                for f in sen.every_firm(took.end(), min(e, took.end() + 121))
                if _FROM_YARD.search(text, max(took.end(), f.start - 40), f.start)
            ),
            None,
        )
        if owners and yard is not None:
            return [sen.deal("supply_contract", [yard.name, owners[-1].name], None)], []
    firms = [f for f in sen.after(s) if isinstance(f, Firm)]
    for owner, yard in itertools.pairwise(firms):
        if _FOR.search(text, max(s, owner.start - 5), owner.start) and _FOR_OWNER_FROM.fullmatch(
            text, owner.end, yard.start
        ):
            return [sen.deal("supply_contract", [yard.name, owner.name], None)], []
    return [], []


def _cued_firm_after(sen: _Sentence, pos: int, cue: re.Pattern[str], reach: int) -> Firm | None:
    """The first firm after `pos` whose `cue` ends right before it, within `reach` characters ("... to be
    built by X", "... from Denmark's X")."""
    return next(
        (
            f
            for f in sen.after(pos)
            if isinstance(f, Firm) and cue.search(sen.text, max(sen.s, f.start - reach), f.start)
        ),
        None,
    )


def _supplied(
    sen: _Sentence, builder: Firm, buyers: list[Firm], verb: int
) -> tuple[list[Deal], list[DealEvent]]:
    m = sen.amount(verb) if len(buyers) == 1 else None
    deals = [sen.deal("supply_contract", [builder.name, b.name], m) for b in buyers]
    return deals, [sen.event("supply_contract", [_party(builder), _party(b)], m, "signed") for b in buyers]


# "X, which entered Vĩnh Long in 2006 with about $40 million, ...": how much X came in with, long ago
_ENTERED = re.compile(
    r"(?<!\w)entered\s+(?:[^,;.]|(?<=\d)[.,](?=\d)){0,40}?\bwith\s+(?:about\s+|some\s+|nearly\s+)?$"
)


def _entered(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """An investment told by the amount a firm entered with: a deal, recalled, so no event."""
    for m in sen.money:
        entered = _ENTERED.search(sen.text, max(sen.s, m.start - 80), m.start)
        firms = [f for f in sen.before(entered.start()) if isinstance(f, Firm)] if entered else []
        if firms:
            return [sen.deal("investment", [firms[-1].name], m)], []
    return [], []


# "a $130 million joint venture between A and B", "the joint venture of A and B"
_VENTURE_BETWEEN = re.compile(r"(?<!\w)joint[- ]venture (?:between|of)\s+$")
# "A and B announced the establishment of a joint venture", "A and B have set up a joint venture"
_SET_UP_VENTURE = re.compile(
    r"[^.;,]{0,20}?\s+(?:(?:have|has|on \w+)\s+)*"
    r"(?:announced the (?:establishment|formation|creation) of|set up|formed|established"
    r"|agreed to (?:set up|form|establish))\s+an?\s+joint[- ]venture(?!\w)"
    # "A and B formed the Khanh Hoa yard as a joint venture in 1998"
    r"|[^.;,]{0,20}?\s+(?:set up|formed|established|founded)\s+(?:the\s+)?[^.;,]{1,40}?\s+as\s+an?\s+"
    r"(?:[\w:-]+\s+)?joint[- ]venture(?!\w)"
)


# "A and B plan a steelmaking joint venture", "A and Japan's B plan to open a joint venture steel plant"
_PLAN_VENTURE = re.compile(
    r"[^.;,]{0,20}?\s+plan(?:s|ned)?\s+(?:to\s+(?:open|set up|form|establish|build|create)\s+)?an?\s+"
    r"(?:[\w:-]+\s+){0,2}?joint[- ]venture(?!\w)"
)
# "A said it would set up a 50:50 joint venture with B", "A signed a joint venture contract with B and C"
_VENTURE_WITH = re.compile(
    r"(?<!\w)(?:(?P<plan>(?:would|will|plans? to|to)\s+)?(?:set up|form|establish|create)\s+an?\s+"
    r"(?:[\w:-]+\s+){0,2}?joint[- ]venture|signed\s+an?\s+joint[- ]venture\s+(?:contract|agreement|deal))"
    r"\s+with\s+(?:(?:two|three)\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|groups),\s+)?"
    r"(?:[A-Z][a-z]+['’]s\s+)?$"
)
# "A and Japan's B", "A and Vietnam's state-run B"
_COUNTRY_AND = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:[A-Z][a-z]+['’]s\s+)?(?:state-(?:run|owned)\s+)?")
# "with two state-run companies, B and the rubber group C": one more partner, described in lower case
_PARTNER_JOINED = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}")


def _venture_between(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """A joint venture the sentence names by its partners: their cooperation deals and the venture. "A and B
    set up (plan) a joint venture", "a joint venture between A and B", "A ... set up (signed) a joint venture
    (contract) with B (and C)": each pair of partners a deal, one venture of them all."""
    text = sen.text
    firms = sen.firms
    for a, b in itertools.pairwise(firms):
        if not _COUNTRY_AND.fullmatch(text, a.end, b.start):
            continue
        planned = _PLAN_VENTURE.match(text, b.end)
        if _VENTURE_BETWEEN.search(text, max(sen.s, a.start - 30), a.start) or _SET_UP_VENTURE.match(
            text, b.end
        ):
            m = next((x for x in sen.money if x.end <= a.start), None)
            return [sen.deal("cooperation", [a.name, b.name], m)], [
                sen.event("joint_venture", [_party(a), _party(b)], m, "signed")
            ]
        if planned:
            return [sen.deal("cooperation", [a.name, b.name], None)], [
                sen.event("joint_venture", [_party(a), _party(b)], None, "announced")
            ]
    for i, b in enumerate(firms):
        found = _VENTURE_WITH.search(text, max(sen.s, b.start - 160), b.start)
        lead = [f for f in firms[:i] if f.end <= found.start()] if found else []
        if not lead:
            continue
        partners = [lead[-1], b]
        for c in firms[i + 1 :]:  # "with two state-run companies, B and the rubber group C"
            if not _PARTNER_JOINED.fullmatch(text, partners[-1].end, c.start):
                break
            partners.append(c)
        status = "announced" if found.group("plan") else "signed"
        names = [f.name for f in partners]
        deals = [sen.deal("cooperation", [x, y], None) for x, y in itertools.combinations(names, 2)]
        return deals, [sen.event("joint_venture", [_party(f) for f in partners], None, status)]
    return [], []


_WAS = re.compile(r"(?<!\w)(?:was|were|has been|had been)\s+$")
# "Over 12 billion yen has been earmarked by Japan's X to enlarge ...": X's announced investment
_EARMARKED_BY = re.compile(
    r"(?<!\w)(?:(?:has been|have been|was|were|is|will be) (?:earmarked|set aside|committed|pledged|budgeted)"
    # "... shows N (US$1.6 billion) earmarked by X for a plant": the sum right before
    r"|(?<=\) )earmarked|(?<=lion )earmarked|(?<=\d )earmarked)"
    r" by\s+(?:the\s+)?(?:[A-Z][a-z]+['’]s\s+)?$"
)
# "A 620-billion-VND investment by X came on stream", "a US$30 million investment by X": the sum's owner
_INVESTMENT_BY = re.compile(r"(?:(?<=VND |USD )|(?<=lion ))investment by\s+(?:the\s+)?$")
_ON_STREAM = re.compile(r"(?<!\w)came on stream(?!\w)")
_OPENED_BY = re.compile(
    r"(?:\s+(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{1,2})?|\s+(?:last|this)\s+(?:week|month|year))?\s+by\s+(?:the\s+)?"
)


_IN_YEAR_ASIDE = re.compile(r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*,")


def _openings(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """Each opening the sentence tells, with the firm right before its verb and the amount after it: 'X
    opened a plant at a cost of $13.6 million, while in June Y opened a $30 million plant' is two."""
    text, s, e = sen.text, sen.s, sen.e
    verbs = list(_INAUGURATED.finditer(text, s, e))
    deals: list[Deal] = []
    events: list[DealEvent] = []
    for i, opened in enumerate(verbs):
        since = verbs[i - 1].end() if i else s
        if (
            _BIDS_BEFORE.search(text, since, opened.start())
            or _BIDS_AFTER.match(text, opened.end(), e)
            or _GATHERING_OPENED.search(text, since, opened.start())
            or _PROGRAMME_OPENED.search(text, since, opened.start())
        ):
            continue  # "Bids ... were opened by X", "X opened the bids", "a fair that opened": no plant
        if text.endswith(", ", s, opened.start()) and _IN_YEAR_ASIDE.match(text, opened.end(), e):
            continue  # "X's plant in Vinh Phuc, opened in 2012, turns out ...": what the plant is
        firms = [f for f in sen.before(opened.start()) if isinstance(f, Firm) and f.start >= since]
        if _WAS.search(text, max(s, opened.start() - 12), opened.start()):  # "... was opened in March by X"
            by = [f for f in sen.after(opened.end()) if _OPENED_BY.fullmatch(text, opened.end(), f.start)]
            firms = [f for f in by[:1] if isinstance(f, Firm)] or firms
        if not firms:
            continue
        until = verbs[i + 1].start() if i + 1 < len(verbs) else e
        m = sen.amount(opened.start())
        if m is not None and m.start >= until:
            m = None  # the next opening's amount
        deals += [sen.deal("investment", [firms[-1].name], m)] if m is not None else []
        owners = firms[-1:]
        if len(firms) > 1 and _AND_BEFORE.fullmatch(text, firms[-2].end, firms[-1].start):
            owners = firms[-2:]  # "A of Korea and Vietnamese conglomerate B have opened ...": both open it
        events.append(sen.event("inauguration", [_party(f, "investor") for f in owners], m, "completed"))
    return deals, events


# the words between two firms joined as one subject: "A and B", "A of South Korea and Vietnamese
# conglomerate B"
_AND_BEFORE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s+and\s+(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}"
)


# "Commercial output has begun at X's plant", "Full production is under way at X's new mill": the plant's
# owner named after the verb, by its possessive or as the one that runs it ("..., the plant Y runs")
_PRODUCTION_BEGAN = re.compile(
    r"(?<!\w)(?:[Cc]ommercial |[Ff]ull |[Mm]ass |[Ss]erial )?(?:output|production|operation)s? "
    r"(?:has begun|have begun|began|has started|started|is under way|is underway|got under way) at\s+"
)
_RUNS_IT = re.compile(r"\s+(?:runs|operates|owns|built)(?!\w)")


def _production_began(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """A plant's start of production told with its owner after the verb: the owner's inauguration."""
    text, s, e = sen.text, sen.s, sen.e
    began = _PRODUCTION_BEGAN.search(text, s, e)
    if began is None:
        return [], []
    after = [f for f in sen.after(began.end()) if isinstance(f, Firm)]
    owner = next((f for f in after if _RUNS_IT.match(text, f.end)), None)
    if owner is None and after and _OWNERS.match(text, after[0].end):
        owner = after[0]  # "at Dai Tin Group's new steel pipe plant"
    if owner is None:
        return [], []
    return [], [sen.event("inauguration", [_party(owner, "investor")], None, "completed")]


# "Hanbit Electronics' $1.2 billion complex", "Intel's $1 billion chip plant": the owner's investment
_POSSESSIVE = re.compile(r"['’]s?\s+$")
_PROJECT_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:plant|factory|complex|project|facility|campus|unit|mill|venture|expansion|tannery"
    r"|foundry|(?<!credit )line)(?!\w)"
)
# "a $120 million facility by X", "a $55 million project of X": the owner after its project
_OWNED_BY = re.compile(
    r"(?:\s+in\s+[A-Z][a-z]+)?,?\s+(?:(?:owned|built|run|operated)\s+by|by|of)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:[a-z]+maker|maker|manufacturer|producer|supplier)\s+)?$"
)  # "a $N plant owned by X", "its own $450 million plant in September, built by South Korea's X", "a $N
# tannery built by Swiss-Chinese leather maker X"
# "a plant of X making circuit boards ..., with ... total investment of 8 million USD": the owner before
_PLANT_OF = re.compile(r"(?<!\w)(?:plant|factory|facility|project|line|mill|complex) (?:of|by)\s+$")
_TOTAL_OF = re.compile(r"(?<!\w)(?:total )?investment (?:capital )?of\s+(?:US\s*)?$")


_WITH_A = re.compile(r",\s+with\s+an?\s+")
_APPROVED_INCREASE = re.compile(
    r"(?<!\w)approved an? (?:US)?\$[\d.,]+ ?(?:million|billion|m|bn) (?:capital )?increase for its(?!\w)"
)
# a province as the subject of "licensed": "Thai Nguyen province, meanwhile, licensed ..."
_PROVINCE_LICENSED = re.compile(
    r"(?P<name>(?:[A-Z][a-zà-ỹđ]+ ){1,3}[Pp]rovince)(?:,[^,.;]{1,20},)?\s+(?:has |had )?licensed(?!\w)"
)
_LICENSED_A = re.compile(r"(?<!\w)licensed\s+(?:an?\s+|the\s+)?(?:US\s*)?$")
_FOR_OWNER = re.compile(r"\s+for\s+(?:[A-Z][a-z]+-based\s+|[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s\s+)?")
_FROM_THE = re.compile(r"(?<!\w)from\s+(?:the\s+)?$")
_WAS_LICENSED_FOR = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:was|were|has been|have been)\s+licensed\s+for\s+an?\s+"
)
_LICENSED_FOR = re.compile(
    rf"(?<!\w)(?:has been|have been|was|were) licensed for\s+(?:the\s+)?{_COUNTRY_OWNS}$"
)


# "X's brake-pipe line costs $2.9 million", "X's export plant there, worth 42 million USD": what it is worth
_POSSESSED_WORTH = re.compile(
    r"['’]s?\s+[^.;,$]{0,50}?\b(?:plant|factory|complex|project|facility|mill|line|shop|workshop|farm)"
    r"(?:\s+(?:there|here))?,?\s+(?:is\s+)?(?:worth|costs?|valued at)\s+"
    r"(?:about |some |nearly |almost |over )?"
)


def _owner_of(sen: _Sentence, m: Money) -> Firm | None:
    """The firm whose project `m` prices, written 'X's $N plant', 'a $N plant by X', 'X's plant, worth $N' or
    'a plant of X ... with total investment of $N', else None."""
    text = sen.text
    project = _PROJECT_AFTER.match(text, m.end)
    for f in sen.firms:
        if 0 <= m.start - f.end <= 3 and _POSSESSIVE.fullmatch(text, f.end, m.start) is not None:
            return f if project is not None else None
        if 0 < m.start - f.end <= 80 and _POSSESSED_WORTH.fullmatch(text, f.end, m.start):
            return f
    if project is not None:
        after = next((f for f in sen.firms if f.start >= project.end()), None)
        if after is not None and _OWNED_BY.fullmatch(text, project.end(), after.start):
            return after
        # "The province licensed a $150 million parts project for Singapore-based X": X's
        if (
            after is not None
            and _LICENSED_A.search(text, max(sen.s, m.start - 16), m.start)
            and _FOR_OWNER.fullmatch(text, project.end(), after.start)
        ):
            return after
    for f in sen.firms:  # "Singapore's X, with a $95-million electronics plant, ...": X's
        if 0 < m.start - f.end <= 12 and _WITH_A.fullmatch(text, f.end, m.start) and project is not None:
            return f
    # "A $46 million yarn mill ... has been licensed for Taiwan's X": X's
    owner = next(
        (f for f in sen.firms if f.start > m.end and _LICENSED_FOR.search(text, m.end, f.start)), None
    )
    if owner is not None and project is not None:
        return owner
    for f in sen.firms:  # "X Co., Ltd (China) was licensed for a $22 million stationery factory"
        if f.end <= m.start and _WAS_LICENSED_FOR.fullmatch(text, f.end, m.start) and project is not None:
            return f
    for f in sen.firms:  # "a cold-rolled coil line of X (VND2,150 billion)": its price in brackets after it
        if text[f.end : m.start] == " (" and _PLANT_OF.search(text, max(sen.s, f.start - 30), f.start):
            return f
    if _TOTAL_OF.search(text, max(sen.s, m.start - 40), m.start):
        before = [f for f in sen.firms if f.end <= m.start and m.start - f.end <= 160]
        if before and _PLANT_OF.search(text, max(sen.s, before[-1].start - 20), before[-1].start):
            return before[-1]
    return None


def _possessed(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """Each firm's investment named by its amount and its plant ('X's $N plant', 'a $N facility by X'): a
    deal, and a licence when the sentence says it was licensed; with no verb of its own, no other event."""
    text = sen.text
    # "... was licensed last week" too; "... after the X Authority handed it an investment certificate"
    licensed = _LICENSED.search(text, sen.s, sen.e) or _CERTIFICATE.search(text, sen.s, sen.e)
    grantor = next((g for g in sen.govs if _GRANTED.match(text, g.end + 1)), None) if licensed else None
    if licensed and grantor is None:
        # "Five projects received investment certificates from the X Authority ...; Y was licensed for ...":
        # the body they came from, named in the sentence (its ';'-clauses before this one included)
        begin = sen.wide_s
        if _RECEIVED.search(text, begin, sen.e):
            bodies = government_bodies(text, begin, sen.e) if begin < sen.s else sen.govs
            grantor = next(
                (g for g in bodies if _FROM_THE.search(text, max(begin, g.start - 10), g.start)), None
            )
    # "Thai Nguyen province, meanwhile, licensed a $150 million project for X": the province grants it
    granting = None
    if licensed and grantor is None:
        granting = _PROVINCE_LICENSED.search(text, sen.s, licensed.end())
    if granting is not None:
        start, end = granting.span("name")
        grantor = Organization(mention=text[start:end], start=start, end=end, name=text[start:end])
    deals: list[Deal] = []
    events: list[DealEvent] = []
    for m in sen.money:
        owner = _owner_of(sen, m)
        if owner is None or any(d.parties == [owner.name] for d in deals):
            continue
        deals.append(sen.deal("investment", [owner.name], m))
        if licensed:  # "a $N plant by A and a $M factory by B were licensed": each one's
            parties = ([_party(grantor, "grantor")] if grantor else []) + [_party(owner, "investor")]
            events.append(sen.event("investment_licence", parties, m, "licensed"))
    return deals, events


# ("A and local partner B plan to build ...": the partner named as such)
_AND = re.compile(r"\s*(?:,\s*and|,|and)\s*(?:(?:its|their|local)\s+partner\s+)?")
# "X was named its developer", "The vice chairman named X, run by ..., as the developer": X's licence
_WAS_NAMED = re.compile(
    r"(?<!\w)(?:was|were|has been|have been) named (?:as )?(?:its|the) (?:developer|investor)\b"
)
_NAMED = re.compile(r"(?<!\w)named\s+$")
_AS_DEVELOPER = re.compile(r"[^.;]{0,100}?\bas\s+(?:the\s+|its\s+)?(?:developer|investor)\b")


def _named(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """A firm named a project's developer (passive, or by an official before it): its licence."""
    text, s, e = sen.text, sen.s, sen.e
    investor: Firm | None = None
    if passive := _WAS_NAMED.search(text, s, e):
        firms = [f for f in sen.before(passive.start()) if isinstance(f, Firm)]
        investor = firms[-1] if firms else None
    else:
        investor = next(
            (
                f
                for f in sen.firms
                if _NAMED.search(text, max(s, f.start - 7), f.start) and _AS_DEVELOPER.match(text, f.end)
            ),
            None,
        )
    if investor is None:
        return [], []
    m = sen.amount(investor.start)
    return [sen.deal("investment", [investor.name], m)], [
        sen.event("investment_licence", [_party(investor, "investor")], m, "licensed")
    ]


def _subjects(sen: _Sentence, pos: int, joint: re.Pattern[str] = _AND) -> list[Firm]:
    """The firm right before `pos` and the firms chained to it by "and" or a comma ("A and B are set to"), or
    by another `joint`."""
    firms = [f for f in sen.before(pos) if isinstance(f, Firm)]
    if not firms:
        return []
    chain = [firms[-1]]
    for f in reversed(firms[:-1]):
        if not joint.fullmatch(sen.text, f.end, chain[0].start):
            break
        chain.insert(0, f)
    return chain


def _approved(sen: _Sentence, at: int) -> tuple[list[Deal], list[DealEvent]]:
    """'... approved the investment policy for the X Industrial Park, with Y JSC as developer' (or 'invested
    by Y JSC'): Y's licence (the approving official is no party, as in Vietnamese copy)."""
    investor = next(
        (
            f
            for f in sen.after(at)
            if isinstance(f, Firm)
            and (
                _AS_INVESTOR.match(sen.text[f.end : f.end + 30])
                or _INVESTED_BY.search(sen.text, max(at, f.start - 30), f.start)  # ", invested by Y JSC"
            )
        ),
        None,
    )
    if investor is None:
        return [], []
    m = sen.amount(at, investor)
    return [sen.deal("investment", [investor.name], m)], [
        sen.event("investment_licence", [_party(investor, "investor")], m, "licensed")
    ]


def _chained_after(sen: _Sentence, first: Firm, joint: re.Pattern[str]) -> list[Firm]:
    """The firms listed right after `first`, each joined to the one before by `joint` (", B and C")."""
    out: list[Firm] = []
    last = first
    for f in sen.after(first.end):
        if not isinstance(f, Firm) or not joint.fullmatch(sen.text, last.end, f.start):
            break
        out.append(f)
        last = f
    return out


def _bought(
    sen: _Sentence, verb: re.Match[str], status: str, stake_in: bool = False
) -> tuple[list[Deal], list[DealEvent]] | None:
    """A purchase read around `verb` ('completed the purchase of', 'agreed to buy', 'acquired'): the last firm
    before it buys, the first firm after it is bought (with `stake_in`, the firm after 'stake in' first: 'X
    agreed to buy a 49% stake in Y from Z'); the buyer's investment and the acquisition event, or None."""
    text, s = sen.text, sen.s
    buyer = [f for f in sen.before(verb.start()) if isinstance(f, Firm)]
    after = [f for f in sen.after(verb.end()) if isinstance(f, Firm)]
    if (by := _BY_AFTER.match(text, verb.end())) and after and after[0].start == by.end() and buyer:
        # "A 9 per cent stake in X changed hands ..., bought by A and B alongside a fund": A and B buy
        # together, X is bought
        buyers = [after[0], *_chained_after(sen, after[0], _JOINED)]
        target = next((f for f in buyer if _STAKE_IN.search(text, max(s, f.start - 12), f.start)), buyer[-1])
        m = sen.amount(verb.start())
        parties = [*(_party(b, "buyer") for b in buyers), _party(target)]
        return [sen.deal("investment", [b.name for b in buyers], m)], [
            sen.event("acquisition", parties, m, status)
        ]
    target = None
    if stake_in:
        target = next((f for f in after if _STAKE_IN.search(text, max(s, f.start - 12), f.start)), None)
    target = target or (after[0] if after else None)
    if not buyer or target is None:
        return None
    m = sen.amount(verb.start())
    parties = [_party(buyer[-1], "buyer"), _party(target)]
    return [sen.deal("investment", [buyer[-1].name], m)], [sen.event("acquisition", parties, m, status)]


# "A has approved a plan to issue 7.5 million shares ... in a private placement to Japan's B": B buys into A
_PLACEMENT_TO = re.compile(
    r"(?<!\w)(?:private placement|placement|share issue|share sale)\s+to\s+"
    r"(?:[A-Z][a-z]+['’]s\s+|[\w-]+-based\s+)?"
)


def _placed(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]] | None:
    """A share placement: the firm right after 'placement to' buys into the last firm before it (the
    issuer); announced when the issue is planned or approved, else signed."""
    text, s, e = sen.text, sen.s, sen.e
    placed = _PLACEMENT_TO.search(text, s, e)
    if placed is None:
        return None
    after = sen.after(placed.end())
    buyer = next((f for f in after if isinstance(f, Firm) and f.start == placed.end()), None)
    issuer = [f for f in sen.before(placed.start()) if isinstance(f, Firm)]
    if buyer is None or not issuer:
        return None
    status = "announced" if _PLANNED.search(text, s, placed.start()) else "signed"
    m = sen.amount(placed.start())
    return [sen.deal("investment", [buyer.name], m)], [
        sen.event("acquisition", [_party(buyer, "buyer"), _party(issuer[-1])], m, status)
    ]


# ("X set up its first Vietnamese plant in Y in 2007", "X has built a plant": past, told as background)
_IS_BUILDING_PLANT = re.compile(
    r"(?<=\w )(?:(?:is|are) (?:building|constructing)|(?:has |have |had )?(?:built|set up|put up))"
    r" (?:an? |its |their |the )?(?:[\w$.,-]+ ){0,6}?"
    r"(?:plant|factory|facility|hub|warehouse|works|mill|complex|industrial park)(?!\w)"
)
_BY_AFTER = re.compile(r"\s+by\s+")
_BRACKETED_AND = re.compile(r"\s*\([^()]{1,40}\)\s*(?:,\s*and|,|and)\s*")
# "A, B and Singapore-based C -": the joints of a list of subjects (a country's possessive or base allowed)
_LIST_JOINT = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:[A-Z][a-z]+(?:['’]s|-based)\s+)?")
_LIST_END = re.compile(r"\s*(?:[-–—,]\s*)?(?:have|had|were)\b")  # "... and C - have been granted"


def _province_subject(sen: _Sentence, verb: int) -> Organization | None:
    """The province written right before a granting verb, as the body that grants ("Dak Lak has given X an
    investment licence", "Bac Ninh Province licensed X to ..."), or None."""
    for p in sen.provinces:
        if p.end <= verb and (m := _PROVINCE_SUBJECT.fullmatch(sen.text, p.end, verb)):
            end = p.end + len(m.group(1) or "")
            name = sen.text[p.start : end]
            return Organization(mention=name, start=p.start, end=end, name=name)
    return None


_ISSUED_BY = re.compile(r"(?<!\w)(?:issued|granted) by\s+(?:the\s+)?$")
_BY_BODY = re.compile(r"(?<!\w)by\s+(?:the\s+)?$")
_FROM_BEFORE = re.compile(r"(?<!\w)from\s+(?:the\s+)?$")
_PROVINCE_WORD = re.compile(r"\s+[Pp]rovince(?!\w)")


def _province_granting(sen: _Sentence, at: int) -> Organization | None:
    """The province a certificate came from, written after `at` with the word "province" ("X has received its
    investment licence from Hung Yen province"), as the body that granted it, or None. (Not "from Dak Lak"
    alone, as batch 66 reads it, nor "from Thai Binh's industrial zones authority": that body granted it.)"""
    for p in sen.provinces:
        if p.start > at and _FROM_BEFORE.search(sen.text, max(sen.s, p.start - 9), p.start):
            word = _PROVINCE_WORD.match(sen.text, p.end)
            if word is None:
                continue
            name = sen.text[p.start : word.end()]
            return Organization(mention=name, start=p.start, end=word.end(), name=name)
    return None


def _licence(sen: _Sentence, at: int) -> tuple[list[Deal], list[DealEvent]]:
    """An investment certificate received ('E received ... from G'), granted ('G granted ... to E') or
    handed in a round ('..., including a capital increase by E')."""
    text, s = sen.text, sen.s
    received = _RECEIVED.search(text, max(s, at - 40), at)
    grantor: Organization | None = None
    investor: Firm | None = None
    listed_before: list[Firm] = []
    if received is not None:
        firms = [f for f in sen.before(received.start()) if isinstance(f, Firm)]
        investor = firms[-1] if firms else None
        # "A Co., Ltd, B JSC and Singapore-based C - have been granted ...": each of the listed subjects
        if firms and _LIST_END.match(text, firms[-1].end):
            listed_before = _subjects(sen, received.start(), _LIST_JOINT)
        grantor = next(
            (
                g
                for g in sen.govs
                if g.start > at
                and (
                    _FROM.search(text, max(s, g.start - 9), g.start)
                    or _ISSUED_BY.search(text, max(s, g.start - 14), g.start)  # "..., issued by the X"
                    or _BY_BODY.search(text, max(s, g.start - 7), g.start)  # "X was handed ... by the Y"
                    or _HOSTED_BY.search(text, max(s, g.start - 18), g.start)  # "a ceremony hosted by the X"
                )
            ),
            None,
        ) or _province_granting(sen, at)
    else:
        granted = _GRANTED.search(text, s, at) or _GRANTED_AFTER.match(
            text, _CERTIFICATE.match(text, at).end()
        )
        if granted is None:  # "had its investment certificate handed to X": the verb after the certificate
            return [], []
        grantor = next((g for g in sen.govs if g.end <= granted.start()), None) or _province_subject(
            sen, granted.start()
        )
        after = [f for f in sen.after(at) if isinstance(f, Firm)]
        if not after:  # "presented X with a certificate": the firm between the verb and the certificate
            after = [f for f in sen.after(granted.end()) if isinstance(f, Firm) and f.end <= at]
        investor = next(
            (
                f
                for f in after
                if _TO.search(text, max(s, f.start - 4), f.start)
                or _BY.search(text, max(s, f.start - 4), f.start)
            ),
            after[0] if after else None,
        )
    if investor is None:
        return [], []
    investors = listed_before if len(listed_before) > 1 else [investor]
    # "granted investment licences to projects of A (US$28 million) and B (US$35 million)": each one's
    if received is None:
        for f in sen.after(investor.end):
            gap = (investors[-1].end, f.start)
            if not isinstance(f, Firm) or not (
                _AND.fullmatch(text, *gap) or _BRACKETED_AND.fullmatch(text, *gap)
            ):
                break
            investors.append(f)
    listed = _listed_owners(wide := sen.widened(), at) if received is None else []
    if len(listed) > 1:  # "... certificates to 05 projects, including a plant of A ...; a factory of B ..."
        return _licensed_items(wide, at, listed, grantor)
    deals: list[Deal] = []
    events: list[DealEvent] = []
    for inv in investors:
        m = sen.increase(at) or sen.amount(at, inv)
        if len(investors) > 1:
            m = next((x for x in sen.money if inv.end < x.start <= inv.end + 4), None)
        parties = ([_party(grantor, "grantor")] if grantor else []) + [_party(inv, "investor")]
        deals.append(sen.deal("investment", [inv.name], m))
        events.append(sen.event("investment_licence", parties, m, "licensed"))
    # "Earlier this year, the province also granted ...", "X has held a certificate since 2019": recalled, no
    # event
    held = (  # (but "X now holds a certificate ..., issued on Thursday": the news of it)
        received is not None
        and received.group().endswith(("held", "holds"))
        and not text.endswith("now ", 0, received.start())
    )
    if _RECALLED.search(text[s : s + 30]) or held:
        return deals, []
    return deals, events


# a list of licensed projects: "..., including an audio plant of A Co., Ltd. ...; a factory of B ...", "Newly
# licensed projects include the steel cord factory of A ...", "Three licensed projects include a US$32 million
# factory by A, a US$41 million mill by B and ... by C": each owner after "of" or "by" holds one
_INCLUDING = re.compile(r"(?<!\w)(?:including|include|includes)(?!\w)")
_LICENSED_PROJECTS = re.compile(r"(?<!\w)licensed projects (?:include|including|are)(?!\w)", re.IGNORECASE)
_OWNER_OF = re.compile(r"(?<!\w)(?:of|by)\s+(?:the\s+)?(?:[\w-]+(?:['’]s|s['’])\s+)?$")


def _listed_owners(sen: _Sentence, at: int) -> list[Firm]:
    """The firms named as a project's owner ("of X", "by the UK's X") after a list word following `at`."""
    text = sen.text
    cue = _INCLUDING.search(text, at, sen.e)
    if cue is None:
        return []
    return [
        f
        for f in sen.after(cue.end())
        if isinstance(f, Firm) and _OWNER_OF.search(text, max(sen.s, f.start - 24), f.start)
    ]


def _licensed_items(
    sen: _Sentence, at: int, owners: list[Firm], grantor: Organization | None
) -> tuple[list[Deal], list[DealEvent]]:
    """One licence per listed owner, each with its own item's amount: written before the owners when the
    first item's amount comes before its owner ("a US$32 million factory by A"), else after it, up to the
    item's ';' ("a plant of A with USD 215 million; ...")."""
    text = sen.text
    before = any(at <= x.start < owners[0].start for x in sen.money)
    deals: list[Deal] = []
    events: list[DealEvent] = []
    for i, inv in enumerate(owners):
        if before:
            floor = owners[i - 1].end if i else at
            m = next((x for x in reversed(sen.money) if floor <= x.start < inv.start), None)
        else:
            ceiling = owners[i + 1].start if i + 1 < len(owners) else sen.e
            stop = text.find(";", inv.end, ceiling)
            m = next((x for x in sen.money if inv.end <= x.start < (stop if stop >= 0 else ceiling)), None)
        parties = ([_party(grantor, "grantor")] if grantor else []) + [_party(inv, "investor")]
        deals.append(sen.deal("investment", [inv.name], m))
        events.append(sen.event("investment_licence", parties, m, "licensed"))
    if _RECALLED.search(text[sen.s : sen.s + 30]):
        return deals, []
    return deals, events


_LAND_USE = re.compile(r"(?<!\w)land[- ](?:use|lease)(?!\w)")
_WITH_ALSO = re.compile(r"\s+and\s+(?:the\s+)?")
_PROJECT_WORDS = re.compile(r"(?<!\w)(?:project|plant|factory|complex|invest\w*|industrial park)(?!\w)")


def _passive_signers(sen: _Sentence, verb: int, verb_end: int) -> list[Firm | Organization]:
    """The signers of 'X was signed (on June 12) between A and B' or '... by A and B', in order; none when
    the verb is not passive."""
    text = sen.text
    # "A memorandum of co-operation signed in Hanoi on May 4 between A and B ...": the participle after the
    # document, its signers after "between"
    reduced = _DOCUMENT_BEFORE.search(text, max(sen.s, verb - 40), verb)
    if not reduced and not _PASSIVE_SIGNED.search(text, max(sen.s, verb - 16), verb):
        return []
    among = _BETWEEN_OR_BY.search(text, verb_end, sen.e)
    if among is None or (
        reduced and not among.group().startswith("between") and "contract" in reduced.group().lower()
    ):
        return []  # "a memorandum (of understanding) signed by A, B and C": its signers ("a contract signed
        # by the director" names who signed for a side)
    after = sen.after(among.end())
    if not after or after[0].start != among.end():
        return []
    signers = [after[0]]
    for x in after[1:]:  # "between A, B and C"
        if not _JOINED.fullmatch(text, signers[-1].end, x.start):
            break
        signers.append(x)
    return signers


_BARE_AGREEMENT = re.compile(r"(?<!\w)(?:an?|the) agreement (?:(?:it|they) )?(?:has |have |had )?$")


def govs_signed_agreement(before: str, subjects: list, others: list) -> bool:
    """A firm's bare "agreement" with a People's Committee, named right before "signed" ("... under an
    agreement it signed with the Thai Binh People's Committee"): the memorandum of its project, as in
    Vietnamese copy."""
    sides = [*subjects[-1:], *others]
    return (
        _BARE_AGREEMENT.search(before) is not None
        and any(isinstance(x, Firm) for x in sides)
        and any(isinstance(x, Organization) and "People" in x.name for x in sides)
    )


def _signing(sen: _Sentence, verb: int, verb_end: int) -> tuple[list[Deal], list[DealEvent]]:
    """'A and B signed X', 'A signed X with B', 'X was signed between A and B'."""
    text, e = sen.text, sen.e
    if passive := _passive_signers(sen, verb, verb_end):
        sides = passive
        # "A memorandum of understanding on ... was signed ...": the document is named before the verb
        event_kind, deal_kind = _signed_kind(text[sen.s : verb])
    else:
        subjects = sen.before(verb)
        with_ = _WITH.search(text, verb_end, e)
        others = sen.after(with_.end())[:1] if with_ is not None else []
        for x in (
            sen.after(others[0].end) if others else []
        ):  # "with the Ministry ... and the X People's Committee"
            if not _WITH_ALSO.fullmatch(text, others[-1].end, x.start):
                break
            others.append(x)
        if not others:  # "A has signed a contract to supply fabric to sportswear brand B"
            others = [x for x in sen.after(verb_end) if _SUPPLY_TO.search(text, verb_end, x.start)][:1]
        sides = [*_chain_back(text, subjects), *others]
        # "a ... lease with B for ...": the whole rest; when it names nothing ("A will supply B under a
        # contract signed on ..."), the document named before the verb
        event_kind, deal_kind = _named_kind(text[verb_end:e]) or _signed_kind(text[sen.s : verb])
        # "X, a contract manufacturer, will build a plant under an agreement it signed with the Y People's
        # Committee": the document named right before the verb is a bare agreement, with a province
        if govs_signed_agreement(text[max(sen.s, verb - 40) : verb], subjects, others):
            event_kind, deal_kind = "mou", "mou"
    if len(sides) < 2:
        return [], []
    if _MEMO_SIGNED.search(text, max(sen.s, verb - 40), verb) or _MEMO_THAT.search(
        text, max(sen.s, verb - 100), verb
    ):
        event_kind, deal_kind = "mou", "mou"  # "under an MoU it has signed with B": the memorandum before
    m = sen.amount(verb)
    firms = [x for x in sides if isinstance(x, Firm)]
    govs = [x for x in sides if not isinstance(x, Firm)]
    parties = [_party(x) for x in sides]
    if govs and firms:  # a government body and a firm: the firm's investment deal (as in Vietnamese copy),
        # when it is about a project; on support ("to help local firms join its supply chain") no deal
        project = (m is not None or _PROJECT_WORDS.search(text, verb_end, e)) and not _LAND_USE.search(
            text, verb_end, e
        )  # "signed a land use contract with X": the state's lease, no investment of X
        deals = [sen.deal("investment", [f.name], m) for f in firms] if project else []
        return deals, [sen.event(event_kind, parties, m, "signed")]
    if len(firms) == 2:
        pair = [firms[0].name, firms[1].name]
        return [sen.deal(deal_kind, pair, m)], [sen.event(event_kind, parties, m, "signed")]
    if not firms:  # "The X Association and the Y Chamber of Commerce signed an MoU": an event, no deal
        return [], [sen.event(event_kind, parties, m, "signed")]
    return [], []


_PASSIVE_SIGNED = re.compile(r"(?<!\w)(?:was|were|has been|have been|had been)\s+$")
_DOCUMENT_BEFORE = re.compile(
    r"(?<!\w)(?:memorandum|agreement|contract|MoU|MOU)(?: of (?:understanding|co-?operation))?\s+$",
    re.IGNORECASE,
)
_BETWEEN_OR_BY = re.compile(r"(?<!\w)(?:between|by)\s+(?:the\s+)?")
# what joins two signers: "A and B", "A, B and C", "the Ministry ... (MoIT), the People's Committee ..."
# ("A and China's B": a country's possessive before the second; "A, a Russian maker of wagons, and B": what
# the first is, between commas)
_JOINED = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s*(?:,\s+(?:an?|the)\s[^,;()]{1,60},\s*and|,\s*and|,|and)\s+"
    r"(?:the\s+|[A-Z][a-z]+['’]s\s+)?"
)


def _chain_back(text: str, subjects: list[Firm | Organization]) -> list[Firm | Organization]:
    """The last subject before the verb and those chained to it ('A, B and C signed'); the two last when
    no chain joins them (as before: 'A ... B signed')."""
    if not subjects:
        return []
    chain = [subjects[-1]]
    for x in reversed(subjects[:-1]):
        if not _JOINED.fullmatch(text, x.end, chain[0].start):
            break
        chain.insert(0, x)
    return chain if len(chain) > 1 else subjects[-2:]


# "..., opened in 2009", "which broke ground in 2016": a plant's opening or start told with its year
_OPENED_IN_YEAR = re.compile(
    r"(?<!\w)(?:opened|inaugurated|began operations?|started operations?|went into operation|broke ground"
    r"|(?:began|started) (?:production|construction))\s+in\s+((?:19|20)\d\d)(?!\d)"
)


def _recalled_opening(text: str, s: int, e: int, published: str | None) -> bool:
    """The sentence tells of an opening or a groundbreaking two or more years before the text: background
    ("Chengtai already runs a US$95 million factory ..., opened in 2019"), no event of the news."""
    year = published_year(published)
    m = _OPENED_IN_YEAR.search(text, s, e)
    return m is not None and year is not None and year - int(m.group(1)) >= 2


# money put into a plant, in English ("put", "poured", "committing", "has added", "will cost X")
_PUT_IN_CUE = re.compile(
    r"(?<!\w)(?:plant|factory|foundry|mill|facility|capacity|expan\w*|invest\w*|committ\w*|put|pour\w*"
    r"|add(?:s|ed|ing)?|paid for|(?:headed|on (?:its|their) way) to|workshop|complex|hub|go(?:es)? into"
    r"|spen[dt]\w*|cost\w*|project)(?!\w)",
    re.IGNORECASE,
)
# what makes an amount no investment, or the investment not (yet) one
_NOT_PUT_IN = re.compile(
    # what the amount is instead: money earned, owed, traded or totalled
    r"(?<!\w)(?:revenue|sales|sold|profit\w*|turnover|exports?|imports?|earn\w*|orders?|contracts?|loans?"
    r"|credit|bonds?|dividends?|valued|worth|fine[ds]?|tax\w*|deal|fund|contractor|total\w*|adds? up"
    r"|added up|shares?|IPO|auction|stock|received|per ?cent|stake|provided|supplied|study|projects"
    r"|investors|firms|companies|tenants?|runs|existing|continues"
    # what has not been (or may never be) decided
    r"|if|might|may|pitch\w*|proposed|put forward|partner\w*|buy\w*|weigh\w*|looking for|denied)(?!\w)|%",
    re.IGNORECASE,
)
# the amount's plant is being built: the firm's groundbreaking
_WORK_BEGAN = re.compile(
    r"(?<!\w)(?:work (?:began|started|begins|has begun)|groundbreaking|broke ground|breaks ground"
    r"|piling began|construction (?:began|started|has begun|has started))(?!\w)",
    re.IGNORECASE,
)


# "... will be spent by A and B", "... has been put into the plant by A and B": the two put the money in
_SPENT_BY = re.compile(r"(?<!\w)by (?:the )?$")


def _amount_put_in(sen: _Sentence) -> tuple[list[Deal], list[DealEvent]]:
    """An investment told by its amount alone, in a sentence no reading above took: one firm, an amount and a
    word of money put into a plant ("An extra $480 million is headed to Vietnam from X, which wants more
    capacity", "X, which has added $296 million to the facility", "A forging complex in Y is where X wants to
    spend EUR 1.2bn", "About US$6 million will go into a second workshop on X's site"); X's groundbreaking
    when work began on it ("Work began in May on a $420 million plant that X is building"); two firms'
    investment and venture when the pair spends the amount ("... will be spent by A and B"). Not an amount
    that is no investment (revenue, a contract, a fund, a stake, a total, shares, an existing plant's
    budget), nor one that may never be ("if", "proposed", "wants a partner", "weighing"). Over batches 1-157
    of `tests/eval/` (rules alone) it finds 58 deals the readings missed and 4 the batches do not hold."""
    text, s, e = sen.text, sen.s, sen.e
    names = list(dict.fromkeys(f.name for f in sen.firms))
    if len(names) == 2 and not (
        _AND_BETWEEN.fullmatch(text, sen.firms[0].end, sen.firms[1].start)
        and _SPENT_BY.search(text, max(s, sen.firms[0].start - 12), sen.firms[0].start)
    ):
        return [], []  # two firms, not the pair the money is spent by: customers, the two sides of an MoU
    if not 0 < len(names) <= 2 or not sen.money or sen.govs:
        return [], []
    if not _PUT_IN_CUE.search(text, s, e) or _NOT_PUT_IN.search(text, s, e) or _NOT_A_DEAL.search(text, s, e):
        return [], []
    kind = "groundbreaking" if _WORK_BEGAN.search(text, s, e) else "investment"
    if len(names) == 1:
        return [sen.deal(kind, names, sen.money[0])], []
    # "More than $45 million will be spent by A and B on a line": their investment, a venture of the two
    pair = [_party(f) for f in sen.firms[:2]]
    return [sen.deal(kind, names, sen.money[0])], [
        sen.event("joint_venture", pair, sen.money[0], "announced")
    ]


# "the container plant X is building", "the $28 million plant that A and B own together": the plant's
# builders or owners, named after it; "a box factory is going up ..., the work of A and B": its builders
_PLANT_BEFORE = re.compile(
    r"(?<!\w)(?:plant|factory|mill|complex|facility|works|workshop)\s+(?:(?:that|which)\s+)?$"
)
_BUILDS_OR_OWNS = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+of\s+[A-Z][a-z]+)?"
    r"\s+(?:(?:is|are)\s+(?:now\s+)?(?:building|putting up|constructing)"
    r"|(?:co-own|own|run)\s+(?:it\s+)?(?:together|jointly)|jointly\s+own)(?!\w)"
)
# "A packaging plant is going up in Binh Duong for X": the plant's owner
_GOING_UP_FOR = re.compile(
    r"(?<!\w)(?:plant|factory|mill|complex|facility|works|workshop)\b[^.;]{0,40}?"
    r"\b(?:is|are) (?:going up|being built|under construction)\b[^.;]{0,60}?\bfor\s+$"
)
_WORK_OF = re.compile(
    r"(?<!\w)(?:plant|factory|mill|complex|facility|works|workshop)\b[^.;]{0,80}?"
    r"\bthe work of\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s\s+)?$"
)
_PAIR_AND = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?and\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?['’]s\s+)?")


def _plant_of(sen: _Sentence) -> list[Deal]:
    """The investment of the firm, or the pair of firms joined by "and", named after a plant as its builder
    or owner, in a sentence no reading above took: "the container plant X is building in Y", "the $28
    million plant that A and B own together", "a box factory is going up in Z, the work of A and B", "a
    plant is going up in Z for X". No event: neither a groundbreaking nor a licence is told."""
    text, s = sen.text, sen.s
    firms = [f for f in sen.firms if f.start >= s]
    for i, f in enumerate(firms):
        pair = (
            firms[i : i + 2]
            if i + 1 < len(firms) and _PAIR_AND.fullmatch(text, f.end, firms[i + 1].start)
            else [f]
        )
        last = pair[-1]
        if (
            (
                _PLANT_BEFORE.search(text, max(s, f.start - 20), f.start)
                and _BUILDS_OR_OWNS.match(text, last.end)
            )
            or _WORK_OF.search(text, s, f.start)
            or _GOING_UP_FOR.search(text, s, f.start)
        ):
            names = list(dict.fromkeys(x.name for x in pair))
            return [sen.deal("investment", names, sen.amount(f.start) if sen.money else None)]
    return []


def read_english(
    text: str,
    clauses: list[tuple[int, int]],
    firms: list[Firm],
    money: list[Money],
    provinces: list[Province],
    published: str | None,
) -> tuple[list[Deal], list[DealEvent], list[Organization], list[tuple[int, int]]]:
    """Deals, events and named government bodies of the English sentences of `text`, and the spans of
    the sentences that stated a deal or an event (what the Vietnamese readers made of those is replaced)."""
    deals: list[Deal] = []
    events: list[DealEvent] = []
    orgs: list[Organization] = []
    read: list[tuple[int, int]] = []
    chain_s = 0  # the start of the sentence's first ';'-clause
    firm_starts = sorted(f.start for f in firms)
    for i, (s, e) in enumerate(clauses):
        if i == 0 or not text.endswith(";", 0, clauses[i - 1][1]):
            chain_s = s
        if e - s < 20 or not is_english(text[s:e]):
            continue
        govs = government_bodies(text, s, e)
        orgs += govs
        wide_e, j = e, i + 1
        while j < len(clauses) and text.endswith(";", 0, wide_e):  # "...; a factory of B ...; and ... of C."
            wide_e, j = clauses[j][1], j + 1  # the clauses ';' joins, with no copy of the list per clause
        if not govs and bisect.bisect_left(firm_starts, s) == bisect.bisect_left(firm_starts, wide_e):
            continue  # every reading names a firm or a body as a party: half the sentences name neither
        sen = _Sentence(text, s, e, firms, govs, money, provinces, published, wide_e, chain_s)
        d, ev = read_sentence(sen)
        # "X's US$18 million foundry ... came on the advice of Y, which had sunk ...": X's too
        named = {n for x in d for n in x.parties}
        d = d + [x for x in _priced_plants(sen)[0] if not named & set(x.parties)]
        if not d and not ev:
            d, ev = _amount_put_in(sen)  # "An extra $480 million is headed to Vietnam from X"
        if not d and not ev:
            d = _plant_of(sen)  # "the container plant X is building", "..., the work of A and B"
        if ev and _recalled_opening(text, s, e, published):
            ev = [x for x in ev if x.kind not in ("inauguration", "groundbreaking")]  # the deal stays
        if d or ev:
            deals += d
            events += ev
            read.append((s, e))
    return deals, events, orgs, read
