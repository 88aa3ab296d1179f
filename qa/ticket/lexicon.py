"""The words that mark facts in calls and tickets, in English, Korean and Tagalog (regular
expressions on text lower-cased by :func:`qa.score.text.normalise`). Edit here to teach the
comparison a new troubleshooting step or a new kind of identifier; no code changes needed.
"""
from __future__ import annotations

# Troubleshooting steps and checks a ticket can claim. ``ticket`` cues find the claim in the ticket;
# ``call`` cues (default: the same) find it on the call. ``label`` is used in messages.
STEPS: dict[str, dict] = {
    "restart": {
        "label": "a restart / reboot",
        "ticket": [r"\b(re-?start|re-?boot|power[- ]?cycl|turned (it )?off and (back )?on|restart)\w*",
                   r"(재시작|재부팅|리부팅)", r"\b(ni-?restart|ni-?reboot)\w*"],
        "call": [r"\b(re-?start|re-?boot|power[- ]?cycl|restart)\w*", r"\bturn\w* (it |the \w+ )?off and (back )?on",
                 r"(재부팅|재시작|다시 시작|껐다 ?켜|껐다가 ?켜|끄고 ?다시 ?켜|리부팅)",
                 r"\b(i-?restart|ni-?restart|nirestart|i-?reboot|ni-?reboot)\w*",
                 r"\b(patayin|pinatay|pakipatay|patay|i-?off|in-?off)\w*\b.{0,60}\b(buksan|binuksan|bubuksan|"
                 r"buhayin|i-?on|in-?on)\b"],
    },
    "clear_cache": {
        "label": "clearing the cache",
        "ticket": [r"\b(cache|cookies)\b", r"(캐시|쿠키)"],
        "call": [r"\b(cache|cookies|cash)\b", r"(캐시|쿠키|인터넷 기록)"],
    },
    "password_reset": {
        "label": "a password reset",
        "ticket": [r"\b(reset|changed?|resetting|issued)\b.{0,30}\bpassword", r"\bpassword\b.{0,25}\b(reset|changed)",
                   r"\btemporary password", r"(비밀번호|패스워드).{0,10}(초기화|재설정|변경)"],
        "call": [r"\b(reset|change|changed|resetting|temporary)\b.{0,30}\bpassword", r"\bpassword\b.{0,30}\b(reset|i-?reset|ni-?reset)",
                 r"\b(i-?reset|ni-?reset|nireset)\b.{0,30}\bpassword",
                 r"(비밀번호|패스워드|비번).{0,15}(초기화|재설정|변경|리셋|바꿔)", r"(초기화|재설정).{0,10}(비밀번호|패스워드)"],
    },
    "unlock_account": {
        "label": "unlocking the account",
        "ticket": [r"\bunlock\w*", r"잠금.{0,6}해제"],
        "call": [r"\bunlock\w*", r"\b(i-?unlock|na-?unlock|ni-?unlock)\w*", r"잠금.{0,6}(해제|풀)"],
    },
    "reinstall": {
        "label": "a reinstall",
        "ticket": [r"\b(re-?install|uninstall)\w*", r"재설치"],
        "call": [r"\b(re-?install|uninstall|i-?reinstall|ni-?reinstall)\w*", r"(재설치|다시 설치|삭제.{0,10}설치)"],
    },
    "update": {
        "label": "an update",
        "ticket": [r"\b(updated|updating|update)\b.{0,25}\b(driver|software|windows|firmware|app|client|browser)",
                   r"\b(driver|firmware|windows)\b.{0,15}\bupdate"],
        "call": [r"\bupdat\w*", r"\b(i-?update|in-?update|na-?update)\w*", r"(업데이트|갱신)"],
    },
    "remote_session": {
        "label": "a remote session",
        "ticket": [r"\bremote (session|access|desktop|support|connection|control)\b", r"\b(teamviewer|anydesk|quick ?assist)\b",
                   r"\bremoted in\b", r"원격 ?(지원|접속|세션|연결)"],
        "call": [r"\bremote\w*", r"\b(teamviewer|anydesk|quick ?assist)\b", r"원격"],
    },
    "check_cable": {
        "label": "checking the cables",
        "ticket": [r"\b(cable|unplug\w*|re-?plug\w*|re-?seat\w*|plugged)\b", r"(케이블|랜선)"],
        "call": [r"\b(cable|cables|unplug\w*|plug\w*|kable|re-?seat\w*)\b", r"(케이블|선을|랜선|코드를)"],
    },
    "replace_toner": {
        "label": "replacing the toner",
        "ticket": [r"\b(toner|cartridge)\b", r"(토너|카트리지)"],
        "call": [r"\b(toner|cartridge|tinta|ink)\b", r"(토너|카트리지|잉크)"],
    },
    "identity_verified": {
        "label": "an identity check",
        "ticket": [r"\b(identity|id)\b.{0,15}\b(verified|confirmed|authenticated|validated)",
                   r"\b(caller|user|customer)\b.{0,10}\b(verified|authenticated|validated)\b",
                   # "the account is verified with a penny deposit" checks a bank account, not the caller
                   r"(?<!account is )(?<!account was )(?<!account will be )"
                   r"\b(verified|authenticated|validated)\b.{0,25}\b(identity|caller|user|customer|via|with|using)",
                   r"\bsecurity questions?\b.{0,20}\b(answered|passed|completed)", r"(본인 확인|신원 확인).{0,6}(완료|했)",
                   r"\bna-?verify\b"],
        # A thing being verified is not the caller: "the bank account ... must first be linked and
        # verified with a penny deposit", "the new email address will be confirmed". A person word
        # between the thing and the verb ("the account holder was verified") keeps it a claim.
        "ticket_not": (r"\b(account|card|e-?mail|address|payment|deposit|transfer|transaction|document|device|"
                       r"number|link)s?\b(?:(?!\b(?:caller|customer|user|member|client|holder|identity|id|"
                       r"owner)\b).){0,50}?\b(is|was|be|been|are|were|gets?|got)\b(?: \w+){0,3} "
                       r"(verified|validated|confirmed|authenticated)\b|"
                       r"\b(verified|validated|confirmed)\b (with|via|by|through) (a |an |the )?(penny|micro|test|"
                       r"trial|small)?[- ]?(deposit|transfer)s?\b"),
        "call": [r"\b(date of birth|birth ?day|birth date|dob|security question|mother'?s maiden|verification code|"
                 r"one[- ]time (code|pin)|last (four|4)|employee (id|number)|verify (your|the|ko|po)|"
                 r"confirm (your|the) (identity|employee|account|date|full name and)|kaarawan|i-?verify|iverify|"
                 # Tagalog: date of birth, full name, the card/account/member/policy number asked for
                 r"kapanganakan|buong pangalan|member (id|number)|national insurance|security code|"
                 r"numero (po )?ng (inyong |iyong |inyo pong |niyong )?(card|account|member|policy|national))",
                 r"(생년월일|본인 확인|본인확인|사번|사원 ?번호|인증 ?번호|신원 확인)"],
    },
}

# Words that, in the same clause before a cue, make it a denial: "I didn't restart", "hindi ko pa
# na-restart"; Korean denies after the verb: "재부팅은 안 했어요", "재시작 못 했어요".
NEGATION = (r"\b(not|n't|didn't|didnt|haven't|havent|hasn't|never|no(?! (worries|problem|prob)\b)|unable|"
            r"couldn't|declined|without|hindi|di|wala|hnd|ayaw)\b")
NEGATION_AFTER = r"^.{0,12}?(안 ?했|안 ?해|못 ?했|못 ?해|않았|안 ?하|못 ?하)"
# A reply that says "no" to a question ("Did you restart it?" - "No, not yet").
# (Also "I don't know it": an identity question the caller could not answer verifies nothing.)
DENIAL_REPLY = (r"^\s*(no|nope|not yet|nah|hindi|hindi pa|wala pa|di pa|아니요|아뇨|아니|아직|안 했)\b|"
                r"\b(i don't|i dont|i do not) (know|have|remember)\b|\bhindi ko (alam|maalala|tanda)\b|"
                r"(모르겠|기억이 안|기억 안)")

# How far the problem reaches: one person, or a whole floor / team / office.
SCOPE = [
    r"\b(whole|entire|the full) (\w+ )?(floor|team|office|department|building|branch|site|company|unit)\b",
    r"\ball (the |of the |our |my )?(users|staff|employees|computers|pcs|laptops|printers|agents|people)\b",
    r"\b(everyone|everybody|all of us|nobody (here )?can|no one (here )?can|every (user|computer|pc))\b",
    r"\b(multiple|several|many) (users|people|staff|employees|agents)\b", r"\b(floor|site|office|team)[- ]wide\b",
    r"\baffect\w* (all|multiple|the entire|the whole|everyone|the team|\d+)\b", r"\b\d+ (users|people|staff|agents)\b",
    r"\bbuong (floor|opisina|team|department|building|palapag|branch)\b", r"\b(lahat (kami|kayo|sila|ng (users|tao|empleyado|agents|pc|computer)))\b",
    r"\bkaming lahat\b", r"\blahat ng nasa\b", r"\bwalang (maka|makapag)\w*\b",
    r"(층 전체|팀 전체|사무실 전체|부서 전체|전체 (직원|사용자|인원)|전 직원|모든 (직원|사람|사용자|분|컴퓨터|피씨|PC)|다들|모두 다|전부 다)",
]

# Context words before an identifier that say what kind it is, checked in this order.
ID_CONTEXT: tuple[tuple[str, str], ...] = (
    ("card_last4", r"(last (four|4)( digits)?|\bending( (in|with))?\b|끝자리|마지막 ?(네|4) ?자리|huling (apat|4))"),
    # (not "case" as goods counted: "600 per case", "bawat case", "2 case", "a case of water",
    # "tatlong case ng softdrinks")
    ("ticket_number", r"\b(ticket|(?<!per )(?<!each )(?<!every )(?<!bawat )(?<!kada )(?<!\d )case(?! (of|ng)\b)|"
                      r"incident|reference|ref|request|tiket)\b|(티켓|접수 ?번호|케이스|요청 ?번호)"),
    ("invoice", r"\b(invoice|bill|billing|resibo|receipt)\b|(청구서|인보이스|영수증)"),
    ("asset_tag", r"\b(asset|tag|serial|service tag)\b|(자산|시리얼|일련 ?번호)"),
    ("employee_id", r"\b(employee|staff|emp|empleyado)\b|(사번|사원 ?번호|직원 ?번호)"),
    ("account_id", r"\b(account|acct|customer (number|id)|member)\b|(계정|계좌|고객 ?번호|회원 ?번호)"),
    ("user_id", r"\b(user ?id|username|user name|login)\b|(아이디|유저)"),
    ("phone", r"\b(phone|mobile|cell|cellphone|callback|call back|contact number|landline|numero)\b|(전화|연락처|핸드폰|휴대폰)"),
    ("postal_code", r"\b(zip ?code|post ?code|postal code|zip|postal)\b|(우편 ?번호)"),
    ("error_code", r"\b(error|code|err)\b|(에러|오류|코드)"),
)
# An amount said without its currency, right after an amount word ("ire-refund po namin yung
# tatlong libo't dalawang daan", "the fee is forty"): only filler words may stand between.
AMOUNT_CUE = (r"\b(refund|halaga|bayad|bayaran|singil|presyo|price|cost|costs|fee|charge|total|balance|deposit|"
              r"down ?payment|paunang bayad)"
              r"(\s+(po|yung|ang|ng|na|nang|daw|raw|lang|the|of|is|a|about|around|mga|namin|ko|ninyo|niyo|was|will be))"
              r"{0,3}\s*$")  # "fee daw na four hundred": daw/raw, hearsay
# A question asking what something costs ("magkano po magpapalit ng LCD?", "how much is it?", "얼마예요?"):
# the numbers of its answer are prices, not the identifier another word of it names ("phone").
PRICE_ASKED = (r"\b(magkano|how much|ano (po )?(ang|yung) (presyo|halaga|bayad)|what('s| is) the (price|cost|total|fee|"
               r"charge)|what (does|will|would) (it|that|this) (cost|come to))\b|얼마")
# ... or right before one, in Tagalog word order ("dalawang libo't limang daan po yung singil").
AMOUNT_AFTER = r"\s*(po\s+)?(yung|ang|ung)\s+(singil|bayad|halaga|presyo|babayaran|refund)\b"
# ... or right after "another" / "plus" in a turn that names a price ("A standard tuning is $135 ...
# that's another 40"): an add-on to the price said.
# ... or after the thing added ("plus shrink wrap at 150"), or a unit price after a count ("that's
# the two bottles at thirty two", "four at sixty two")
AMOUNT_MORE = (r"\b(another|plus|extra|additional|dagdag|dagdag na)\s*$|\b(plus|dagdag)( [a-z]+){1,3} (at|for)\s*$|"
               r"\b\d+( [a-z]+)? (at|@)\s*$")
# A speaker taking back what they just said ("It's 3866102. Sorry, no, 104.", "scratch that"): the
# number before it is not said (qa/ticket/facts.py: _taken_back). Not "I mean": a filler as often.
TAKEN_BACK = (r"\b(sorry[.,]?\s+no|no[.,]?\s+sorry|no,? wait|wait,? no|scratch that|let me correct|"
              r"ay mali|mali pala|hindi,? (pala|sorry))\b|아니(요|오)?,? ?(잠깐|죄송)|정정")
# A price said to be nothing ("no charge", "libre po yung head cleaning", "반품비는 없습니다"): an amount
# of zero (qa/ticket/amounts.py: said_free).
FREE = (r"\b(no charge|free of charge|at no (extra )?cost|no cost|for free|(is|it's|that's|are|be|po) free|libre|"
        r"(is|it's|that's|are|be|been|get|gets) waived|(we|i)('ll| will| can) waive|"
        r"walang bayad|wala pong bayad|walang singil)\b|무료|(비용|요금|[가-힣]{0,3}비)(는|은)? 없")
# Words that take an amount off the bill (qa/ticket/amounts.py: _taken_off): reversed, waived, refunded,
# removed, taken off, deducted; Tagalog ibinalik / tinanggal / binawas / inalis; Korean 취소 / 환불 / 빼
TAKEN_OFF = (r"\b(revers(e|ed|ing)|waiv(e|ed|ing)|refund(ed|ing)?|remov(e|ed|ing)|tak(e|en|ing) off|took off|"
             r"deduct(ed|ing)?|ibinalik|ibabalik|tinanggal|tatanggalin|binawas|babawasin|inalis|aalisin)\b|"
             r"취소|환불|빼")
# A sum given back to the caller (qa/ticket/amounts.py: refund_otherwise): refund, goes / comes back,
# credited back, reimbursed; Tagalog ibabalik / ibinalik / ire-refund; Korean 환불, 돌려
RETURNED = (r"\b(refund(s|ed|ing)?|reimburs(e|ed|ing|ement)|(goes|go|going|comes|come|coming) back|credited back|"
            r"ibabalik|ibinalik|ire-?refund|i-?refund|nire-?refund)\b|환불|돌려")
FREE_TICKET = FREE + r"|\b(free|waived|no fee)\b|없음"  # how a ticket says it: "Free head cleaning", "반품비 없음"
# ... or a price per unit ("siyete siyentos kada isa", "350 per head", "700 each"): see facts.identifiers
PER_UNIT_AFTER = r"\s*(po\s+)?(kada|bawat|each|apiece|per (head|person|pax|seat|night|piece|unit|item))\b"
# ... or after the Tagalog distributive prefix "tig-" ("tig-350 po", "tig-isang libo", "tig-₱80"): "each"
# said before the price, not a letter prefix of an identifier ("TIG350")
PER_UNIT_BEFORE = r"\btig[- ]$"
# ... or a total, in a turn that names a price ("pitong libo po lahat", "so 7000 in all", "so 246 for 12":
# "for" the count at the end of a clause)
TOTAL_AFTER = (r"\s*(po\s+)?(lahat|lahat-lahat|in all|all in|altogether|in total|total)\b|"
               r"\s*for (all |all the |the )?(\d+|them|all of them|everything)\s*([.,;!?]|$)")
# ... or a total right after "so" / "that's" / "comes to" at the end of a clause, in a turn that names a
# price ("$240, plus a $30 fee for the fridge. So 270.", "bale 1500 po.")
TOTAL_BEFORE = (r"\b(so|so that's|that's|that is|that comes to|comes to|which makes it|making it|bale|kaya|"
                # ... or "lahat po", "total po" before it ("Lahat po three thousand eight hundred.")
                r"(lahat|lahat-lahat|total)( po)?)\s*$")
# The name of a structured ticket field (a column of the export) that says it holds an amount or an
# address, besides the identifier kinds of ID_CONTEXT ("u_callback_number", "자산번호", "Zip Code").
FIELD_CONTEXT: tuple[tuple[str, str], ...] = (
    ("amount", r"\b(amount|balance|total|price|fee|charge|refund|payment|estimate|premium|deposit|halaga|bayad)\b|"
               r"(금액|요금|환불액|잔액|비용|수수료|가격|결제액|설치비|수리비|배송비|출장비|교체비|수거비)"),
    ("address", r"\b(address|location|street|site address|tirahan)\b|(주소|소재지)"),
)
# Structured fields that hold no identifier to compare: dates, times, system keys and links.
FIELD_SKIP = (r"\b(created|updated|opened|closed|resolved|due|date|time|timestamp|at|on|url|link|priority|"
              r"sys|group|requester|assignee|reporter|submitter|organization|brand|via)\b|"
              r"(일시|날짜|시간)")
# Written prefixes that name the kind on their own (INC0012345, INV-4471, AT-20931, 0x80070005).
ID_PREFIXES: tuple[tuple[str, str], ...] = (
    ("ticket_number", r"(INC|CRQ|REQ|RITM|CS|CASE|SR|PRB|CHG|TKT|HD|SD|TCK)\d{3,}"),
    ("invoice", r"INV\d+"),
    ("asset_tag", r"(AT|AST|ASSET|LT|PC|NB|SN|TAG|DT)\d{3,}"),
    ("employee_id", r"EMP\d+"),
    ("account_id", r"(ACC|ACCT)\d+"),
    ("error_code", r"(0X[0-9A-F]{4,8}|ERR\d+)"),
)

# A ticket saying the problem is gone ("Issue resolved, Outlook no longer crashes").
FIX_CLAIM = [
    r"\b(issue|problem|error|it)\b.{0,20}\b(resolved|fixed|solved)\b", r"\bno longer\b",
    r"\b(confirm\w*)\b.{0,40}\b(working|works|resolved|fixed|back|opens|connects)\b",
    r"\bworking (again|now|fine|normally)\b", r"\bback to normal\b",
    r"\b(works|connects|connected|prints|printing|opens|loads|syncing|syncs)\b.{0,12}\b(now|again|fine|normally)\b",
    r"\bnow (works|connects|prints|opens|loads|syncs)\b",
    r"(정상 ?(작동|확인|처리)|해결(됨|되었|했|완료))", r"\b(naayos na|gumagana na|okay na)\b",
]
# What a caller says when the problem is still there at the end of the call, and when it is gone.
STILL_BROKEN = (r"\b(not fixed|isn't fixed|not solved|not resolved|still (not|doesn't|won't|crash\w*|broken|"
                r"fail\w*|the same)|doesn't work|not working|won't work|still no)\b|"
                r"\b(hindi pa (rin )?(gumagana|naaayos|naayos|ayos)|ayaw pa rin|sira pa rin|wala pa rin)\b|"
                r"(아직 ?안 ?(돼|되|고쳐)|여전히 ?안|아직도 ?안|해결이 ?안)")
WORKS_NOW = (r"\b(working|works|worked|fixed|solved|connected|i'm in|all set|all good|looks good|it opened|"
             r"gumagana na|okay na|ayos na|naayos na)\b|(돼요|됩니다|되네요|됐어요|들어오네요|잘 들려요|해결됐)")
# What an agent says on finishing the caller's request on the call (qa/ticket/compare.py: an
# escalated ticket whose call was finished on the call). The Tagalog perfective "na(i)-X ko na po"
# keeps its shape under heavy recognition errors ("na i -update ko na po", "naidagda ko na po");
# verbs of finishing only ("naintindihan ko na" = I understand, "na-access ko na" = I opened the
# account, are not; nor sending or submitting, which is how a request is handed on).
DONE_ON_CALL = (r"\bna[\s-]*(?:i|ka)?[\s-]*(?:update|dagda|bago|ayos|process|proseso|set ?up|activate|"
                r"cancel|kansela|reset|palit|buks|rehistro|register|enroll|block|credit|refund|"
                r"sagawa|gawa|lagay|schedule|book)\w*\s+(?:ko|namin)\s+na\b|"
                r"\b(?:i?sinagawa|ginawa|inayos|binago|pinalitan|inilagay|idinagdag)\s+(?:ko|namin)\s+na\b|"
                r"\b(?:i've|i have|we've|we have) (?:just )?(?:updated|added|changed|set up|processed|"
                r"activated|cancell?ed|reset|opened|registered|enrolled|blocked|credited|refunded|"
                r"scheduled|booked|fixed|replaced|unlocked)\b|\b(?:it's|that's|everything is|you're) all (?:done|set)\b")
# An agent handing the case on in words the outcome's cue phrases may not know ("I'm passing this to
# our facilities crew", "sending this over to our claims adjusters", "ipapasa ko po ito sa aming events
# manager", "본사 승인팀으로 이관하겠습니다", "재무팀으로 넘기겠습니다", "품질팀에 보고하고"): a resolved/closed ticket is then contradicted
# (qa/ticket/compare.py). Not feedback passed on, nor something forwarded to the caller.
PASS_ON = (r"\b(pass|passing|send|sending|forward|forwarding|hand|handing|refer|referring|turn|turning|kick|kicking)"
           r" (this|it|the case|the claim|the request|your (case|claim|request|ticket|concern|complaint))"
           r"( \w+)? (over |along |up |on )?to (our|the|a|my)\b|\b(ipapasa|ipasa|ie-endorse|i-endorse|iendorse|"
           r"ipapaabot) (ko|namin) (po )?(ito|ito po|ang|yung|sa)\b|(팀|부서|본사|담당자|센터)(으로|로|에|에게) ?"
           r"(이관|전달|넘겨|넘기|접수해 ?드리겠|보고하)")  # "품질팀에 보고하고": reported to the team that follows it up
# Words of handing a call on that survive garbling better than the outcome's cue phrases; one said
# by the agent keeps an escalated ticket from being contradicted on DONE_ON_CALL alone.
HANDOFF_HINT = (r"\b(transfer|lipat|connect|escalat|endorse|ipapasa|ipasa|ipinasa|specialist|supervisor|"
                r"technician|tekniko|engineer|tatawag|babalikan|follow[- ]?up|reference|ticket|department|team)\w*")

# A booking asked to move ("I need to move our charter", "can we reschedule", "ilipat po sana", "예약을
# 변경하고 싶어요"), and a turn offering the date it moves to ("could we do the next Saturday", "how about
# the 12th", "sa Lunes na lang po", "15일로 바꿔 주세요"): a date field holding the date moved from is
# wrong (qa/ticket/fields.py: check_dates).
MOVE_BOOKING = (r"\b(move|moving|reschedul\w*|postpone|push (it|this|that|the \w+) (back|to)|change the (date|day)|"
                r"ilipat|lipat|palitan (ang|yung) (petsa|araw|schedule)|i-?resched\w*)\b|(변경|옮기|옮겨|미루)")
NEW_DATE = (r"\b((could|can|may) (we|i|you) (do|make it|have|go with|switch to|move it to)|how about|what about|"
            r"instead|rather|let's do|na lang)\b|(로|으로) (바꿔|변경|옮겨)")

# A call-back promised without its channel ("you'll hear from me tomorrow", "I'll let you know",
# "babalitaan ko po kayo", "결과 알려 드리겠습니다"): word given by e-mail or text is the same promise kept,
# so a ticket that writes a message sent to the caller mentions it (fields.check_next_steps)
WORD_GIVEN = (r"\b(you('ll| will)|we('ll| will)) (hear|get an update) (back )?from\b|"
              r"\b(i|we|they|he|she)('ll| will) (let you know|update you|keep you (posted|updated))\b|"
              r"(\bwill|'ll|\bgoing to|\bshall) (\w+ )?be in touch with (you|u)\b|"
              r"\b(ba)?balitaan (ko|namin|po|kayo|ka)\b|\bi-?u-?update (ko|namin) (po )?(kayo|ka)\b|"
              r"(결과|진행 ?상황|처리 ?결과)(를|을)? ?(다시 )?(알려|안내해) ?(드리겠|드릴)")
# Categorical fields (qa/ticket/fields.py): a field whose column name matches ``field`` and whose value
# is one of ``values`` is compared with the value the call names last (the caller's choice, or what
# the agent confirmed). ``call_needs``: a turn counts only when it also says this ("debit card").
CATEGORIES: dict[str, dict] = {
    "card_type": {"field": r"\bcard\b", "call_needs": r"\b(card|kard)\b",
                  "values": {"debit": r"debit", "credit": r"credit"}},
    "courier": {"field": r"\b(courier|carrier|shipper|shipping|delivery (partner|service)|via)\b",
                "values": {"UPS": r"ups", "USPS": r"usps", "FedEx": r"fed\s?ex", "DHL": r"dhl", "LBC": r"lbc",
                           "J&T": r"j\s?(&|and)?\s?t(\s+express)?", "Ninja Van": r"ninja\s?van"}},
    # a column named only "Account" holding "Savings" is the account type too (not "From Account")
    "account_type": {"field": r"\baccount type\b|\btype of account\b|^(bank )?account$",
                     "values": {"checking": r"checking", "savings": r"savings?|impok", "current": r"current"}},
    # how the caller pays, counted only in a turn about paying ("cash on delivery po", "GCash na lang")
    "payment_method": {"field": r"\b(payment( method| mode| type| option)?|mode of payment|paid (via|by|with)|"
                                r"pay(ment)? via)\b|결제 ?(수단|방법)",
                       "call_needs": r"\b(pay|paying|payment|bayad|magbabayad|babayaran|cash|cod|gcash|maya|transfer)"
                                     r"\b|결제|현금|이체|카드로",
                       "values": {"cash": r"cash( on delivery)?|cod|현금", "GCash": r"g ?cash", "Maya": r"(pay ?)?maya",
                                  "bank transfer": r"bank transfer|online transfer|계좌 ?이체|이체",
                                  "card": r"(credit |debit )?card|카드"}},
    "plan_type": {"field": r"\b(plan|subscription|line|sim) type\b|^plan$",
                  "values": {"prepaid": r"pre-?paid|선불", "postpaid": r"post-?paid|후불"}},
}
# Columns holding a person's name (compared with the names said on the call), and columns that
# hold other names.
NAME_FIELD = r"\b(name|pangalan|caller|customer|client|contact|account holder|policy holder|member)\b|(이름|성명|성함|고객명|예약자|신청자)"
NOT_NAME_FIELD = (r"\b(user ?name|login|company|business|product|item|file|host|device|model|store|branch|"
                  r"agent|assignee|group|plan|package|email|number|no|id|phone|address)\b")
# Capitalised words that follow a first name without being a surname.
NOT_NAMES = frozenset({"po", "sir", "maam", "ma'am", "and", "the", "from", "here", "speaking", "thank", "thanks",
                       "salamat", "okay", "yes", "opo", "ito", "yung", "ang", "naman", "lang", "din", "rin",
                       "please", "calling", "this", "that", "what", "how", "can", "hello", "hi", "good"})
# Next steps an agent promises (agent turns, normalised lowercase) and how a ticket says them. A
# ``follow_up`` step (a call-back, a visit) on a resolved/closed ticket is a status contradiction.
# People a desk sends to the caller: sending one is a visit, not something sent ("papadalhan namin
# kayo ng plumber bukas", "we'll send an electrician").
WORKERS = (r"(technician|tekniko|engineer|tech|someone|plumber|electrician|repairman|installer|locksmith|"
           r"mechanic|inspector|crew|tubero)")
NEXT_STEPS: dict[str, dict[str, str]] = {
    "callback": {
        "label": "A call-back",
        "call": (r"\b(call|ring) (you|u) back\b|\b(i|we)('ll| will| would| are going to| can) (call|contact|ring) you\b|"
                 r"\bgive you a call\b|\bwill call you\b|\btatawag(an|in)? (ko|namin|po|kami|ka)\b|\btatawagan\b|"
                 r"(전화|연락) ?(을 )?(다시 )?(드리겠|드릴|드립니다|드려요)|"  # "본사에서 전화드릴 예정입니다"
                 # in other words: "one of them will get back to you", "they'll reach out to you by Friday",
                 # "I'll let you know", "babalitaan ko po kayo", "결과 알려 드리겠습니다", "회신 드리겠습니다"
                 r"\b(will|'ll|going to|shall) (\w+ )?(get back|reach out|circle back|be in touch|follow up) (to|with)"
                 r" (you|u)\b|\b(you('ll| will)|we('ll| will)) (hear|get an update) (back )?from\b|"
                 r"\b(i|we|they|he|she)('ll| will) (let you know|update you|keep you (posted|updated))\b|"
                 r"\b(ba)?balitaan (ko|namin|po|kayo|ka)\b|\bwill (contact|phone) (you|u)\b|"
                 r"\b(will|'ll|going to) (\w+ )?get in touch with (you|u)\b|\bexpect a (call|phone call)\b|"
                 r"\b(ik|k)?okontak(in)? (po )?(ko|namin|kayo|ka)\b|\bhintayin (\w+ ){0,3}(tawag|call)\b|\bbabalikan (ko|namin) (po )?(kayo|ka)\b|"
                 r"\bi-?u-?update (ko|namin) (po )?(kayo|ka)\b|"
                 # the person it went to: "he'll call you tomorrow by noon", "he'll call 30 minutes before",
                 # or the one sent: "the installer will ring about an hour ahead"
                 r"\b(he|she|they|" + WORKERS + r")('ll| will| is going to| are going to) (call|contact|ring|phone) (you\b|u\b|"
                 r"(\w+ ){0,3}(before|first|ahead)\b)|"
                 r"(결과|진행 ?상황|처리 ?결과)(를|을)? ?(다시 )?(알려|안내해) ?(드리겠|드릴)|회신 ?(을 )?(드리겠|드릴)|"
                 # told by phone: "내일 오후에 전화로 안내해 드릴 거예요", "연락으로 알려 드리겠습니다"
                 r"(전화|연락)(로|으로) ?(다시 )?(안내|알려)(해)? ?(드리겠|드릴|드립니다|드려요)"),
        # an escalation implies the team it went to gets back to the caller
        # ("Tech calls approx 20 min out", "Driver calls when on the way", "Instructor cb cust 8 AM")
        "ticket": (r"\bcall(s|ed|ing)?\b.{0,25}\b(back|again|customer|caller|you|him|her|to confirm|before|first|ahead|"
                   r"out|prior|away|en route|on (the|his|her|their|its) way)\b|"
                   r"\bcb (the )?(cust|customer|client|caller|member|pt|patient|guest)\b|"
                   r"\bcall-?back\b|\bfollow[- ]?up\b|\b(will|to) (call|contact|phone|ring)\b|\btatawag|"
                   r"\bescalat|\bendorsed\b|\bforwarded\b|\breach out|\bget back to\b|\b(ba)?balita|\bupdate (the )?(customer|"
                   r"caller|client)|\b(notify|inform)|전화|연락|회신|콜백|이관|결과 ?(안내|통보)|"
                   # a desk's shorthand: "cust cb req", "Yard mgr cb tomorrow", "Dev calls Wed w/ new date"
                   # (not "CB-9", an agent, nor "CB tripped", a circuit breaker)
                   r"\b(cust|customer|client|caller) cb\b|\bcb (req|request\w*|sched\w*|due|by|on|at|tmrw|tmr|"
                   r"tomorrow|today|tonight|mon|tue|wed|thu|fri|sat|sun)\w*|"
                   r"\bcalls? (on |by )?(mon|tue|wed|thu|fri|sat|sun|today|tomorrow|tmrw|tmr)\w*\b|"
                   # "We call cust when ready", "cb once approved", "Cb when parts arrive"
                   r"\bcall(s|ing)? (the )?(cust|client|member|pt|patient)\b|\bcb (when|once|after|as soon|asap)\b"),
        "follow_up": True,
    },
    "call_us": {
        "label": "A call back from the customer",
        # "tumawa ko balik": the call-back verb heard without its last letter, still before "balik"
        "call": (r"\b(tumawag|tawag) (po )?(ulit |kayo )?pabalik\b|\btumawa\w* (\w+ )?(pa)?balik\b|\bcall us back\b|"
                 r"\bcall (us )?again (after|once|when)\b"),
        "ticket": (r"\bcall(s|ed|ing)?\b.{0,25}\b(back|again)\b|\bcall-?back\b|\bfollow[- ]?up\b|"
                   r"\b(will|to) (call|contact|phone|ring)\b"),
    },
    "visit": {
        "label": "A visit",
        "call": (r"\b(technician|engineer|tech|someone)\b.{0,30}\b(will|would|is going to|to)\b.{0,10}\b(come|visit|"
                 r"be there|stop by|drop by|go|be dispatched|be sent|head over)\b|\b(send|sending|dispatch|book|booking)\b.{0,20}\b(technician|engineer|"
                 r"a tech|someone)\b|\b(magpapadala|ipapadala|\w{0,4}dalhan)\b.{0,25}\b" + WORKERS + r"\b|\bbibisita\b|"
                 r"\b(send|sending|dispatch)\b.{0,20}\b" + WORKERS + r"\b|"
                 r"기사(님)?(이|가)? .{0,12}(방문|찾아|(회수|수거|픽업)하러)|"  # "기사님이 방문하겠습니다", "... 회수하러 가시고"
                 # goods brought by the one who delivers: "the driver brings the rest on Thursday's run",
                 # "our courier will drop them off tomorrow", "ihahatid po ng rider bukas"
                 r"\b(driver|courier|rider|delivery (guy|man|person|team))('ll| will| is going to| can)? (bring|brings|"
                 r"bringing|drop|drops|dropping|deliver|delivers|delivering)\b|\b(ihahatid|dadalhin)\b.{0,25}\b(driver|rider)\b"),
        "ticket": r"\b(technician|engineer|tech|visit|on-?site|dispatch|field service|tekniko|pick-?up|driver|courier|rider|"
                  r"brings?|drop(s|ping)? off)|방문|기사|회수|수거|픽업",
        "follow_up": True,
    },
    "send": {
        "label": "Something to be sent",
        "call": (r"(\b(i|we)('ll| will| am going to| are going to|'m|'re| am| are)( be)? (send|email|mail|e-mail|ship|"
                 r"text|txt|message|sms)"
                 r"(p?ing)?\b(?! (this|it|that|the case|your (case|claim|request|ticket))( \w+)? (over |along |up )?to "
                 r"(our|the|a|my)\b)|\bmagpapadala (po )?(ako|kami)\b|\bi-?(te|e)?-?(text|email|e-mail)(in)? (po )?(ko|namin)\b|\bipapadala (ko|namin|niya|nila)\b|\bipadadala (ko|namin|niya|nila)\b|"
                 # the caller is told what will arrive: "you'll get an email", "makakatanggap po kayo ng text"
                 r"\bi(se|s)?-?send (ko|namin)\b|\b\w{0,4}dalhan (ko|namin|po|kayo|ka)\b|"
                 # with "po" before who sends it ("ipapadala po namin yung quotation"), or the one who comes
                 # sending word ahead ("the tech will text you 30 minutes before")
                 r"\bipa(pa|da)dala po (ko|namin|niya|nila)\b|"
                 r"\b(he|she|they|" + WORKERS + r")('ll| will| is going to| are going to) (text|txt|message|sms|e-?mail) (you|u)\b|"
                 r"\byou('ll| will| should)( be)? (receive|get|getting) (a|an|the|your) (\w+ )?(text|email|e-mail|sms|letter|link|"
                 r"confirmation)\b|\byou('ll| will) (get|receive) (it|them|this|that|(a|an|the|your) \w+)( \w+)? by "
                 r"(e-?mail|text|sms|mail|post)\b|\b(will|'ll) be (e-?mailed|mailed|texted|sent) to (you|u)\b|"
                 # what goes out by post: "the new card goes out in the mail", "it'll be mailed Monday"
                 r"\b(goes|go|will go|'ll go|is going|are going|will be going) out (in|by|through|via) (the )?(mail|post)\b|"
                 r"\b(will|'ll) be (mailed|posted|couriered|shipped) (out|back|today|tomorrow|on|within|by)\b|\bmakakatanggap (din )?(po )?(kayo|ka) (ng|nang) (\w+ )?(text|email|e-mail|sms|"
                 r"kumpirmasyon|mensahe|sulat|link)\b|"
                 # the same, its verb garbled by the recogniser ("katanggapukayon ng text"): a future or
                 # abilitative form of "tanggap" (not "natanggap", received) before what will arrive
                 r"\b(?!na)\w{0,6}tanggap\w*( \w+){0,2}? (ng|nang) (\w+ )?(text|e ?-?mail|sms|kumpirmasyon|"
                 r"confirmation|mensahe|sulat|link)\b|"
                 # Korean: "문자로 안내해 드리겠습니다", "이메일로 보내 드리겠습니다"; the present as a promise
                 # ("처리되면 문자로 알려 드립니다": when it is done)
                 r"(문자|메시지|이메일|메일|카톡|카카오톡|알림톡|sms)(로|으로)? (.{0,12} )?(보내|발송|안내해? ?드리겠|안내해? ?드릴|안내해? ?드립니다|알려 ?드리겠|알려 ?드릴|알려 ?드립니다)|"
                 # the message given: "수리 끝나면 문자 드리겠습니다", "카톡 드릴게요"
                 r"(문자|메시지|카톡|카카오톡|알림톡)(를|을|로|으로)? ?(드리겠|드릴게|드릴 ?거|드립니다|드려요)|"
                 # goods sent on: "교체품을 택배로 보내 드리고", "새 필터 발송해 드릴게요"
                 r"(보내|발송해) ?(드리겠|드릴|드리고|드립니다|드려요))"
                 r"(?!.{0,25}\b" + WORKERS + r"\b)"),  # sending a technician: a visit
        "ticket": (r"\b(send|sent|sending|email|emailed|e-mail|mail|mailed|mailer|ship|shipped|courier|message|viber|"
                   r"deliver|delivered|quotation|quote|label|invoice|text|txt|msg|sms|letter|sulat)|문자|메시지|이메일|메일|카톡|알림톡|"
                   r"발송|보내"),
        # a send promised for a time ("you'll get it by email within two business days"): the ticket
        # names the sending, not only the thing ("writes the quote"), or says when (see TIME_FRAME)
        "timed": (r"\b(send|sent|sending|e-?mail\w*|mail|mailed|ship|shipped|courier|message|viber|deliver\w*|text|"
                  r"texted|txt\w*|msg|sms)\b|문자|메시지|이메일|메일|카톡|알림톡|발송"),
    },
    # What the caller is asked to send the desk ("please email us the receipt within 30 days", "fax us a
    # copy of the bill", "i-send niyo po sa amin yung resibo", "영수증을 보내 주세요"): the ticket says it
    # in words of sending ("cust to e-mail the receipt").
    "send_us": {
        "label": "Something the customer is to send",
        "call": (r"\b(please |pls |just |you can |you'll need to |you need to |make sure (you|to) )(e-?mail|send|mail|fax|"
                 r"text|upload|forward|submit) (it |them |that |those )?(to |over to )?us\b|"
                 r"\b(ipadala|i-?send|i-?email|i-?e-?mail|i-?text|ipasa) (niyo|ninyo|mo) (po )?(\w+ ){0,4}sa (amin|min)\b|"
                 r"(영수증|사진|서류|증빙|사본)(을|를)? .{0,12}(보내|제출해|올려) ?(주세요|주시면|주셔야)"),
        "ticket": (r"\b(send|sent|sending|email|emailed|e-mail|mail|mailed|fax|faxed|upload|uploaded|submit|"
                   r"text|sms)|문자|메일|이메일|제출|발송|보내"),
    },
    # What the caller is told will arrive, and when: a delivery, a refund on the card ("it should arrive
    # in three to five business days", "you'll see it back on your card within a week", "darating po
    # sa loob ng tatlong araw", "이틀 이내 도착합니다"). The step is its time frame: it counts only
    # when the rest of the sentence gives one (TIME_FRAME) that no field of the ticket gives.
    "arrival": {
        "label": "A time frame for what arrives",
        "call": (r"\b(should|will|'ll|would|it'll|it will|to|can) (\w+ )?(arrive|get there|get to you|reach you|"
                 r"be delivered|show up|reflect|appear|be credited|be refunded|be back on)\b|"
                 # "the refund goes back to your card", "the credit will go back on your account"
                 r"\b(goes|go|will go|'ll go|is going|comes|will come|'ll come) back (to|on|onto|into) (your|the) "
                 r"(card|account|wallet|bank|original)\b|"
                 r"\byou('ll| will| should)( be able to)? (see|get|receive) (it|them|the (refund|credit|money|amount|"
                 r"replacement|package|parcel|card|order))\b"
                 # "you'll get it by email within two days" is something sent ("send"), not this
                 r"(?! (by|via|through|in your|on your) (e-?mail|inbox|text|sms|mail|post|phone|viber))|"
                 r"\b(darating|dadating|makakarating|makikita (mo|niyo|ninyo|nyo)|mare-?refund|ma-?credit|"
                 r"maki-?credit|papasok)\b|(도착|입금|환불|배송|반영)(될|됩|되실|돼요|해 ?드리겠|해 ?드릴)"),
        "ticket": r"(?!)",  # never: only its time frame is compared (qa/ticket/fields.py: check_next_steps)
        "frame_only": True,
    },
}

# The time a next step is promised for ("within two business days", "tomorrow by noon", "bago mag-alas
# sais", "모레까지"), read in the rest of the sentence that promises it: a ticket that leaves it off
# must name the step in its own words ("timed"), and an escalation no longer implies a call-back
# promised for a time (qa/ticket/fields.py: check_next_steps).
TIME_FRAME = (r"\b(within|in the next|sa loob ng)\s+(\S+\s+){1,4}?(business |working )?(minutes?|hours?|days?|weeks?|"
              r"oras|araw|linggo)\b|"
              # counted from an event: "five to seven business days after pick-up", "two weeks from the return"
              r"\b(\S+\s+){1,3}?(business |working )?(days?|weeks?)\s+(after|from|following)\b|\bin\s+(?!the (last|past)\b)(\S+\s+){1,4}?(business |working )?(hours?|days?|weeks?)\b|\bby (noon|midnight|tonight|tomorrow|end of (the )?(day|week)|monday|tuesday|"
              r"wednesday|thursday|friday|saturday|sunday|\d{1,2}(:\d\d)?( ?[ap]\.? ?m\b\.?)?)|\bbago (mag-?)?alas[ -]?\w+|"
              r"(오늘|내일|모레|\S+요일) ?(오전|오후|저녁)? ?(\S+ ?시)? ?까지|\S+ ?(일|시간) ?이내")
DAY_WORDS = frozenset({"today", "tonight", "tomorrow", "noon", "midnight", "monday", "tuesday", "wednesday", "thursday",
                       "friday", "saturday", "sunday", "bukas", "mamaya", "ngayon", "오늘", "내일", "모레"})

# What a call is about: the issue types and products a category / request type / product column
# names (qa/ticket/topics.py). ``group``: topics of one group are alternatives (an issue type, a
# product); ``ticket``: how a column's value names the topic; ``call``: how a call says it (English,
# Tagalog/Taglish, Korean). Written as general help-desk vocabulary, not from any one call.
TOPIC_FIELD = (r"\b(category|sub ?category|type|request type|issue type|issue|reason|topic|concern|"
               r"product|item|device|equipment|hardware|service type|request)\b|(유형|분류|상품|제품|문의 ?유형)")
# Words of an issue-type or product value that say nothing of what the call was about ("General
# inquiry", "Other request"): an issue type of these words alone is not compared word by word.
TOPIC_GENERIC = frozenset({"request", "requests", "inquiry", "enquiry", "issue", "issues", "problem", "other", "others",
                           "general", "concern", "support", "question", "service", "services", "customer", "misc",
                           "miscellaneous", "follow", "followup", "update", "change", "info", "information",
                           "incident", "software", "hardware", "access", "technical",
                           "문의", "기타", "요청", "일반", "처리", "변경"})
# A word of a column value that the call says in other words (another language, a synonym): the
# value's stem -> how a call says it. "Lost item" is said when a caller says "kulang yung isang kumot".
# What a knife, fork or spoon is a member of ("Cutlery", "Silverware", "Flatware"): see VALUE_WORDS
_TABLEWARE = (r"\b(cutlery|silverware|flatware|utensils?|knife|knives|forks?|spoons?|teaspoons?|cleavers?|"
              r"kutsara|kutsarita|tinidor|kutsilyo)\b|식칼|주방칼|수저|숟가락|젓가락|포크|나이프")
VALUE_WORDS: dict[str, str] = {
    "lost": r"\b(lost|missing|nawala\w*|nawawala|naiwala\w*|naiwan|kulang)\b|분실|없어졌|누락",
    "missi": r"\b(lost|missing|nawala\w*|nawawala|naiwala\w*|naiwan|kulang)\b|분실|없어졌|누락",
    # a class word said by its members: "Instrument rental" on a call about a trombone, "Equipment
    # rental" on a call about a generator (the desk's own name, "X music rentals", is no other kind)
    "instr": r"\b(instruments?|trombones?|trumpets?|tubas?|horns?|saxophones?|sax|clarinets?|flutes?|oboes?|"
             r"bassoons?|violins?|violas?|cellos?|double bass|basses|guitars?|ukuleles?|pianos?|keyboards?|"
             r"drums?|drum kit|snare|xylophones?|glockenspiel|harps?|gitara|biyolin)\b|악기|바이올린|첼로|"
             r"피아노|트럼펫|트롬본|플루트|클라리넷|색소폰|드럼",
    # "Cutlery sharpening" on a call about the kitchen's knives, "Silverware rental" on one about forks
    "cutle": _TABLEWARE, "silve": _TABLEWARE, "flatw": _TABLEWARE,
    "equip": r"\b(equipment|generators?|compressors?|forklifts?|excavators?|backhoes?|skid steers?|bobcats?|"
             r"scissor lifts?|boom lifts?|man ?lifts?|scaffold\w*|cement mixers?|concrete mixers?|pressure washers?|"
             r"power washers?|tillers?|chainsaws?|jackhammers?|dehumidifiers?|floor sanders?|welders?|"
             r"light towers?|trenchers?|wood chippers?|chippers?|stump grinders?)\b|"
             r"장비|발전기|지게차|굴삭기|포크레인|컴프레서",}
# the same class words written in Korean ("악기 관리" on a call about 피아노 조율, "장비 대여" on one about
# 발전기): a Korean value's stem is its first two syllables
VALUE_WORDS.update({"악기": VALUE_WORDS["instr"], "장비": VALUE_WORDS["equip"]})
# a group said by who comes ("Group event" on a call about "a team outing for twelve people", "Group
# booking" after "dalawampung katao kami", "단체 예약" after "회사 워크숍으로 스무 명"): the key is "group"'s stem
_GROUP = (r"\b(groups?|teams?|outings?|retreats?|team-?building|party of|coworkers|co-workers|colleagues|employees|"
          r"classmates|field trip|company (event|outing|party|trip)|office (event|outing|party|trip)|barkada|grupo|"
          r"(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a dozen|dozens of) (of us|people|persons|pax|"
          r"guests|adults|kids|students|employees|coworkers|colleagues)|\d+ katao|\w+ng katao)\b|단체|팀|워크숍|동호회|"
          r"(\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열[한두세네]|스무|서른|마흔|쉰) ?명(이|이서|이요|이에요|정도)")
VALUE_WORDS.update({"group": _GROUP, "단체": _GROUP})
# a tray said by its Tagalog names ("Party trays" for food "nakaayos sa bilao"; "bandehado", a platter)
_TRAYS = r"\b(trays?|platters?|bilao|bandeha|bandehado)\b|쟁반"
VALUE_WORDS.update({"tray": _TRAYS, "trays": _TRAYS, "platt": _TRAYS})

TOPICS: dict[str, dict[str, str]] = {
    # ---- issue types
    "lost_card": {"group": "issue", "ticket": r"\b(lost|stolen|missing)\b.{0,12}\bcard|\bcard (replacement|lost|stolen)|"
                  r"\breplace\w* (debit |credit |atm )?card|카드 ?(분실|재발급)",
                  "call": r"\b(lost|stolen|nawawala|nawala|naiwala|ninakaw|nanakaw|replace|replacement)\b|분실|도난|잃어버|재발급"},
    "password": {"group": "issue", "ticket": r"\bpassword|\bpasscode|\blog-?in\b|\blocked out|\bunlock|비밀번호",
                 "call": r"\b(password|pasword|passcode|log ?in|login|locked|unlock\w*)\b|비밀번호|패스워드|로그인|잠겼"},
    "address_change": {"group": "issue", "ticket": r"\baddress\b|\baccount update|\bupdate (of )?(account|details|profile)|주소",
                       "call": r"\b(address|adres|adress|tirahan|i-?update|ma-?update|update|nai-?update|na-?update)\b|주소"},
    "beneficiary": {"group": "issue", "ticket": r"\bbeneficiar|수익자",
                    "call": r"\bbenefi\w*|benepisyaryo|수익자"},
    "cancellation": {"group": "issue", "ticket": r"\bcancel|\btermination|\bclose (the |an? )?account|해지|해약",
                     "call": r"\b(cancel\w*|kansel\w*|i-?cancel|ipa-?cancel|terminat\w*)\b|해지|해약|취소"},
    "refund": {"group": "issue", "ticket": r"\brefund|\breimburs|\bchargeback|환불",
               "call": r"\b(refund\w*|i-?refund|ire-?refund|reimburs\w*|chargeback)\b|환불"},
    "outage": {"group": "issue", "ticket": r"\boutage|\bno (signal|service|internet|connection|dial tone)|"
               r"\b(network|internet|line|service) (is )?down\b|\bintermittent|\bdisconnect|장애|끊김",
               "call": r"\b(outage|no (signal|service|internet|connection)|walang (signal|internet|connection|serbisyo|net)|"
                       # "down" only as a state ("the internet is down", "down po"): ASR writes "go-down" for noise
                       r"(is|are|was|went|been|it's|internet's|line's|internet|line|service|network|signal|na|po) down|"
                       r"down (na|po|pa|ang|yung|since|all)|disconnect\w*|putol|naputol|nawawala (ang|yung) (signal|internet))\b|"
                       r"끊|먹통|안 ?터|신호가 ?(없|약)"},
    "billing": {"group": "issue", "ticket": r"\bbill(ing|s)?\b|\binvoice|\bauto-?debit|\bautopay|\bstatement|\bpayment|"
                r"요금|청구|결제",
                "call": r"\b(bill\w*|invoice|auto-?debit|autopay|statement|payment|pay|bayad|bayaran|bayarin|singil|"
                        r"charged|overcharged|double charged|siningil)\b|"
                        r"요금|청구|결제|납부"},
    "loan": {"group": "issue", "ticket": r"\bloan|\bfinancing|대출",
             "call": r"\b(loan\w*|pautang|utang|hiram|humiram|manghiram)\b|대출"},
    "appointment": {"group": "issue", "ticket": r"\bappointment|\bbooking|\bschedul|예약",
                    "call": r"\b(appointment|schedul\w*|iskedyul|book|booked|booking)\b|예약"},
    "plan": {"group": "issue", "ticket": r"\bplan\b|\bsubscription|\bpackage|\bupgrade|\b5g\b|\bpromo|요금제|가입",
             "call": r"\b(plans?|subscri\w*|package|upgrade|5g|five g|promo)\b|요금제|플랜|가입|"
                     # how often a standing order comes, changed: "switch my box from weekly to every other
                     # week", "make it biweekly", "gawin nating kada dalawang linggo", "격주로 바꿔"
                     r"\b(from|to|make it|switch\w* (it )?to|change\w* (it )?to) (weekly|bi-?weekly|fortnightly|monthly|"
                     r"every (other|second|two|2) (weeks?|months?))\b|\b(bi-?weekly|fortnightly|every other (week|month))\b|"
                     r"\bkada (dalawang|ibang) (linggo|buwan)\b|격주|(매주|매달|월 ?1회)(에서|로) ?(격주|바꾸|변경)"},
    "return": {"group": "issue", "ticket": r"\breturn|\bexchange\b|\brma\b|반품|교환",
               "call": r"\b(return\w*|isauli|pagsasauli|ibalik|ibabalik|isasauli|exchange)\b|반품|교환"},
    "trade_in": {"group": "issue", "ticket": r"\btrade-?in", "call": r"\btrade\w*"},
    # fitting something new ("Machine installation", "Aircon installation", "설치 문의")
    "installation": {"group": "issue", "ticket": r"\binstall(?!ment)|설치",  # not "Installment plan"
                     "call": r"\b((i|mag|ma)-?)?install(?!ment)\w*|\b(ikabit|ikakabit|ipakabit)\b|설치|"
                             # having it fitted: "magpapakabit po kami ng CCTV", "nagpakabit", "pagpapakabit"
                             # (not "nakakabit", attached)
                             r"\b(mag|nag|pag)-?(pa|papa|ka)-?kabit\w*|\bipapakabit\b"},
    # body art: "Piercing" on a call about a tattoo sleeve session ("Tattoo touch-up", "피어싱 예약")
    "tattoo": {"group": "issue", "ticket": r"\btattoo|타투|문신", "call": r"\b(tattoo\w*|tatoo\w*)\b|타투|문신"},
    "piercing": {"group": "issue", "ticket": r"\bpierc|피어싱", "call": r"\bpierc\w*|\bbutas (sa|ng) (tenga|ilong)\b|피어싱"},
    # the brakes of a vehicle ("Brake service", "Brake pad replacement", "palit preno", "브레이크 점검")
    "brakes": {"group": "issue", "ticket": r"\bbrake|\bpreno|브레이크", "call": r"\b(brakes?|braking|preno)\b|브레이크"},
    "order": {"group": "issue", "ticket": r"\border (status|tracking|pick-?up|inquiry)|\bpick-?up|\bdelivery|\bshipping|"
              r"\btracking|배송|주문",
              "call": r"\b(orders?|ordered|inorder|pick-?up|ma-?pick-?up|deliver\w*|shipping|tracking|padala)\b|배송|주문"},
    "fund_transfer": {"group": "issue", "ticket": r"\b(fund|money|wire|bank) transfer|\bmobile app|\bremittance|"
                      r"\bsend(ing)? (money|funds)|이체|송금",
                      "call": r"\b(transfer\w*|app|pondo|remit\w*|padala)\b|이체|송금|앱"},
    "account_opening": {"group": "issue", "ticket": r"\b(open\w*|new) (an? )?(new )?(bank )?account|\baccount opening|"
                        r"\boverseas account|계좌 ?개설",
                        "call": r"\bopen\w* (an? )?account|magbukas ng account|pagbubukas|bagong account|계좌 ?개설"},
    "checkbook": {"group": "issue", "ticket": r"\bche(ck|que) ?book|수표", "call": r"\bche(ck|que) ?books?\b|수표"},
    # ---- products
    "speaker": {"group": "product", "ticket": r"\bspeakers?\b|스피커", "call": r"\b(speakers?|ispiker)\b|스피커"},
    "headphones": {"group": "product", "ticket": r"\b(head ?sets?|head ?phones?|ear ?phones?|ear ?buds?)\b|이어폰|헤드셋",
                   "call": r"\b(head ?sets?|head ?phones?|ear ?phones?|ear ?buds?)\b|이어폰|헤드셋"},
    "keyboard": {"group": "product", "ticket": r"\bkeyboards?\b|키보드", "call": r"\bkeyboards?\b|키보드"},
    "mouse": {"group": "product", "ticket": r"\bmouse\b|마우스", "call": r"\bmouse\b|마우스"},
    "printer": {"group": "product", "ticket": r"\bprinters?\b|프린터", "call": r"\b(printers?|printer)\b|프린터"},
    "computer": {"group": "product", "ticket": r"\b(laptop|notebook|desktop|computer|pc)\b|노트북|컴퓨터",
                 "call": r"\b(laptop|notebook|desktop|computer|pc|kompyuter)\b|노트북|컴퓨터"},
    "phone": {"group": "product", "ticket": r"\b(phone|cellphone|smartphone|mobile phone|handset)\b|휴대폰|핸드폰",
              "call": r"\b(phone|cellphone|smartphone|telepono|selpon|cp)\b|휴대폰|핸드폰"},
    "router": {"group": "product", "ticket": r"\b(router|modem|wi-?fi)\b|공유기|모뎀",
               "call": r"\b(router|modem|wi-?fi|wifi)\b|공유기|모뎀"},
    "tv": {"group": "product", "ticket": r"\b(tv|television|smart tv)\b|티비|텔레비전",
           "call": r"\b(tv|television|telebisyon)\b|티비|텔레비전"},
    "monitor": {"group": "product", "ticket": r"\bmonitors?\b|모니터", "call": r"\bmonitors?\b|모니터"},
    "tablet": {"group": "product", "ticket": r"\b(tablet|ipad)\b|태블릿", "call": r"\b(tablet|ipad)\b|태블릿"},
    # household equipment and work: "Water heater repair" on a call about a jetmatic pump, "장판 시공
    # 견적" (flooring) on a call about 도배 (wallpapering)
    "water_heater": {"group": "product", "ticket": r"\bwater heater|\bheater\b|온수기|보일러",
                     "call": r"\b(water heater|heater|pampainit)\b|온수기|보일러"},
    "water_pump": {"group": "product", "ticket": r"\b(water |jetmatic |well )?pumps?\b|\bjetmatic|펌프",
                   "call": r"\b(pumps?|jetmatic|poso)\b|펌프"},
    "wallpaper": {"group": "product", "ticket": r"\bwallpaper|도배", "call": r"\bwall ?paper\w*|도배"},
    "flooring": {"group": "product", "ticket": r"\bflooring\b|\bvinyl floor|\blaminate|장판|마루",
                 "call": r"\b(flooring|laminate)\b|장판|마루"},
    "washing_machine": {"group": "product", "ticket": r"\bwashing machine|세탁기",
                        "call": r"\bwashing machines?\b|세탁기"},
    "dishwasher": {"group": "product", "ticket": r"\bdish ?washer|식기세척기", "call": r"\bdish ?washers?\b|식기세척기"},
    # glasses: new lenses in the old frame, or the frame mended ("안경테 수리" on a call about 누진 렌즈)
    "lenses": {"group": "product", "ticket": r"\b(lens|lenses|contacts)\b|렌즈",
               "call": r"\b(lens|lenses|progressives|bifocals|contacts)\b|렌즈|\blente\b"},
    "frames": {"group": "product", "ticket": r"\b((eye)?glass(es)? |spectacle |optical )?frames?\b|안경테|테 ?(수리|교체|변형)",
               "call": r"\b((eye)?glass(es)? |spectacle )?frames?\b|안경테|프레임|\bframe\b"},
    "shoes": {"group": "product", "ticket": r"\b(shoes?|sneakers?|sapatos)\b|신발", "call": r"\b(shoes?|sneakers?|sapatos)\b|신발"},
    # ---- why something goes back: the customer's change of mind, or the shop's error (a wrong or a
    # damaged item); a category naming one reason on a call that gives another (qa/ticket/topics.py)
    "change_of_mind": {"group": "reason", "ticket": r"\bchange of mind|\bchanged? (my |her |his )?mind|변심",
                       "call": r"\bchanged? (my |our |her |his )?mind|\b(ayaw|gusto) (ko|namin) na\b|변심|마음이 바뀌"},
    "wrong_item": {"group": "reason", "ticket": r"\bwrong (item|product|size|color|colour|book|order)|\bmis-?shipped|"
                   r"\bmaling (item|order)|오배송|잘못 (배송|온)",
                   "call": r"\bwrong (item|product|size|color|colour|book|order|one)|\bnot what i ordered|\bmali (po )?"
                           r"(yung|ang)|\bmaling\b|오배송|다른 \S+ ?(이|가)? ?(왔|도착)|잘못 (왔|배송)"},
    "damaged": {"group": "reason", "ticket": r"\b(damaged|defective|broken|faulty|sira|basag)\b|파손|불량",
                "call": r"\b(damaged|defective|broken|cracked|faulty|sira|basag|nabasag)\b|파손|불량|깨져|고장"},
}
