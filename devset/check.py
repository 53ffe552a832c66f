#!/usr/bin/env python3
"""Validate the Mirsad hand-annotated development set (stdlib only).

Usage:
  python3 devset/check.py            validate every article, print totals, exit 1 on any error
  python3 devset/check.py --fill     also write explicit occurrence numbers into the JSON files
                                     wherever a string is ambiguous (rules below), then validate
  python3 devset/check.py --show NN  print every annotation of article NN with its context

Locating rules (the same in validation and --fill; see README.md):
  * Occurrences are counted over the body (everything after the first blank line), 1-based,
    as possibly-overlapping substring matches.
  * quantities/dates: "occurrence" is required when the text occurs more than once.
  * quotes: "occurrence" locates the cue (required when ambiguous). The speaker is located by
    "speaker_occurrence" if given, else: the first occurrence starting within 80 characters
    after the cue; else the nearest occurrence ending before the cue; else the nearest one after.
    The content is located by "content_occurrence" if given, else: the first occurrence starting
    at or after the cue's end; else the nearest occurrence ending before the cue.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MIN = {"articles": 24, "quotes": 140, "quantities": 100, "dates": 50}
UNITS = {None, "%", "USD", "EUR", "EGP", "SAR", "AED", "JOD", "IQD", "KWD", "QAR", "OMR", "BHD",
         "LBP", "SYP", "TND", "MAD", "DZD", "LYD", "SDG", "YER", "TRY",
         "t", "kg", "km", "m", "m3", "ha", "MW", "bbl", "°C", "km2", "mm", "L", "Richter"}
QUALIFIERS = {None, "approx", "more_than", "less_than"}
HEDGES = {
    "approx": ["قرابة", "يقارب", "تقارب", "يناهز", "تناهز", "نحو", "حوالي", "حوالى", "زهاء", "ما يقارب", "ما يناهز", "قرابه", "تقريبًا", "تقريبا"],
    "more_than": ["أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد عن", "يزيد على", "ما يربو على", "يربو على", "ما فوق", "أزيد من", "ما لا يقل عن", "لا يقل عن", "لا تقل عن"],
    "less_than": ["أقل من", "ما دون", "دون", "لا يتجاوز", "لا تتجاوز", "ما لا يتجاوز"],
}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?|-W\d{2})?$")
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
            "السبت": 5, "الأحد": 6}
MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
          "يوليو": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
          "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
          "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
          "كانون الأول": 12,
          "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8}
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "ربيع الثاني", "جمادى", "رجب", "شعبان",
         "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة"]
MULT = {"ألف": 1e3, "آلاف": 1e3, "ألفًا": 1e3, "ألفا": 1e3, "مليون": 1e6, "ملايين": 1e6,
        "مليونًا": 1e6, "مليار": 1e9, "مليارات": 1e9, "مليارًا": 1e9, "تريليون": 1e12}
PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "لل", "ولل", "بال", "وبال"}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٫٬", "0123456789.,")


def is_wordchar(ch):
    cat = unicodedata.category(ch)
    return cat.startswith("L") or cat in ("Mn", "Nd") or ch == "\u0640"


def occurrences(body, s):
    out, i = [], body.find(s)
    while i >= 0:
        out.append(i)
        i = body.find(s, i + 1)
    return out


def load(nn_slug):
    with open(os.path.join(HERE, nn_slug + ".txt"), encoding="utf-8") as f:
        raw = f.read()
    with open(os.path.join(HERE, nn_slug + ".json"), encoding="utf-8") as f:
        ann = json.load(f)
    return raw, ann


def split(raw):
    if "\n\n" not in raw:
        return None, None
    title, body = raw.split("\n\n", 1)
    return title, body


class Checker:
    def __init__(self, name, body, ann, fill=False):
        self.name, self.body, self.ann, self.fill = name, body, ann, fill
        self.errors, self.warnings = [], []
        self.seen = set()

    def err(self, msg):
        self.errors.append(f"{self.name}: {msg}")

    def warn(self, msg):
        self.warnings.append(f"{self.name}: {msg}")

    # -- generic locating -------------------------------------------------------------------
    def locate(self, what, s, occ, key_desc, greedy_from=None):
        """Returns (start, chosen_occurrence) or (None, None)."""
        if not isinstance(s, str) or not s:
            self.err(f"{key_desc}: {what} must be a non-empty string")
            return None, None
        if s != s.strip():
            self.err(f"{key_desc}: {what} has surrounding whitespace: {s!r}")
        occs = occurrences(self.body, s)
        if not occs:
            self.err(f"{key_desc}: {what} not found in body: {s!r}")
            return None, None
        if occ is not None:
            if not isinstance(occ, int) or occ < 1 or occ > len(occs):
                self.err(f"{key_desc}: {what} occurrence {occ} out of range (1..{len(occs)}): {s!r}")
                return None, None
            return occs[occ - 1], occ
        if len(occs) == 1:
            return occs[0], 1
        if greedy_from is not None:
            for k, p in enumerate(occs):
                if p >= greedy_from:
                    return p, k + 1
            self.err(f"{key_desc}: no occurrence of {what} {s!r} after position {greedy_from} (out of order?)")
            return None, None
        self.err(f"{key_desc}: {what} occurs {len(occs)} times; give \"occurrence\": {s!r}")
        return None, None

    def boundary(self, start, s, key_desc, what, allow_trailing_letter=False):
        body = self.body
        end = start + len(s)
        j = start
        while j > 0 and is_wordchar(body[j - 1]):
            j -= 1
        prefix = body[j:start]
        if prefix not in PROCLITICS:
            self.err(f"{key_desc}: {what} {s!r} starts inside a word (prefix {prefix!r})")
        if end < len(body) and is_wordchar(body[end]) and is_wordchar(body[end - 1]) and not allow_trailing_letter:
            k = end
            while k < len(body) and is_wordchar(body[k]):
                k += 1
            self.err(f"{key_desc}: {what} {s!r} ends inside a word (rest {body[end:k]!r})")

    # -- layers ----------------------------------------------------------------------------
    def check_quotes(self):
        quotes = self.ann.get("quotes", [])
        pos = 0
        self.quote_spans = []
        for i, q in enumerate(quotes):
            d = f"quote[{i}]"
            for k in q:
                if k not in ("speaker", "cue", "content", "direct", "via", "occurrence",
                             "speaker_occurrence", "content_occurrence", "note"):
                    self.err(f"{d}: unknown key {k!r}")
            cue = q.get("cue")
            cstart, cocc = self.locate("cue", cue, q.get("occurrence"), d, greedy_from=pos if self.fill else None)
            if cstart is None:
                self.quote_spans.append(None)
                continue
            pos = cstart + 1
            self.dup("c", cstart, cue, d)
            if self.fill and len(occurrences(self.body, cue)) > 1:
                q["occurrence"] = cocc
            self.boundary(cstart, cue, d, "cue", allow_trailing_letter=cue.endswith(" ل") or cue == "لـ")
            cend = cstart + len(cue)
            # speaker
            sp = q.get("speaker", "MISSING")
            sstart = None
            if sp == "MISSING":
                self.err(f"{d}: missing speaker (use null)")
            elif sp is not None:
                sstart = self.locate_near("speaker", sp, q.get("speaker_occurrence"), cstart, cend, d, 80)
                if sstart is not None:
                    self.boundary(sstart, sp, d, "speaker")
                    if self.fill and len(occurrences(self.body, sp)) > 1:
                        q["speaker_occurrence"] = occurrences(self.body, sp).index(sstart) + 1
            # content
            ct = q.get("content")
            tstart = self.locate_content(ct, q.get("content_occurrence"), cstart, cend, d)
            if tstart is not None:
                if self.fill and len(occurrences(self.body, ct)) > 1:
                    q["content_occurrence"] = occurrences(self.body, ct).index(tstart) + 1
                if ct[-1] in ".،؛":
                    self.err(f"{d}: content ends with punctuation {ct[-1]!r}")
                if q.get("direct") and (ct[0] in "«“\"" or ct[-1] in "»”\""):
                    self.err(f"{d}: direct content includes its quotation marks")
                if tstart <= cstart < tstart + len(ct):
                    self.err(f"{d}: content contains its own cue")
            if not isinstance(q.get("direct"), bool):
                self.err(f"{d}: direct must be true/false")
            elif q["direct"] and tstart is not None:
                before = self.body[max(0, tstart - 1):tstart]
                if before not in ("«", "“", '"'):
                    self.err(f"{d}: direct quote content is not preceded by an opening quotation mark")
            via = q.get("via", [])
            if not isinstance(via, list):
                self.err(f"{d}: via must be a list")
            else:
                for v in via:
                    if not isinstance(v, str) or v not in self.body:
                        self.err(f"{d}: via entry not found in body: {v!r}")
            self.quote_spans.append((cstart, sstart, tstart))

    def locate_near(self, what, s, occ, cstart, cend, d, window):
        occs = occurrences(self.body, s)
        if not occs:
            self.err(f"{d}: {what} not found in body: {s!r}")
            return None
        if occ is not None:
            if not isinstance(occ, int) or occ < 1 or occ > len(occs):
                self.err(f"{d}: {what}_occurrence {occ} out of range: {s!r}")
                return None
            return occs[occ - 1]
        after = [p for p in occs if cend <= p <= cend + window]
        if after:
            return after[0]
        before = [p for p in occs if p + len(s) <= cstart]
        if before:
            return before[-1]
        return min(occs, key=lambda p: abs(p - cstart))

    def locate_content(self, s, occ, cstart, cend, d):
        if not isinstance(s, str) or not s:
            self.err(f"{d}: content must be a non-empty string")
            return None
        if s != s.strip():
            self.err(f"{d}: content has surrounding whitespace")
        occs = occurrences(self.body, s)
        if not occs:
            self.err(f"{d}: content not found in body: {s!r}")
            return None
        if occ is not None:
            if not isinstance(occ, int) or occ < 1 or occ > len(occs):
                self.err(f"{d}: content_occurrence {occ} out of range")
                return None
            return occs[occ - 1]
        after = [p for p in occs if p >= cend]
        if after:
            return after[0]
        before = [p for p in occs if p + len(s) <= cstart]
        if before:
            return before[-1]
        return occs[0]

    def dup(self, layer, start, text, d):
        key = (layer, start, text)
        if key in self.seen:
            self.err(f"{d}: duplicate annotation of {text!r} at the same position")
        self.seen.add(key)

    def check_quantities(self):
        pos = 0
        for i, q in enumerate(self.ann.get("quantities", [])):
            d = f"quantity[{i}]"
            for k in q:
                if k not in ("text", "value", "unit", "counted", "qualifier", "occurrence", "range", "note"):
                    self.err(f"{d}: unknown key {k!r}")
            t = q.get("text")
            start, occ = self.locate("text", t, q.get("occurrence"), d, greedy_from=pos if self.fill else None)
            if start is None:
                continue
            pos = start + 1
            if self.fill and len(occurrences(self.body, t)) > 1:
                q["occurrence"] = occ
            self.dup("q", start, t, d)
            self.boundary(start, t, d, "quantity")
            v = q.get("value", "MISSING")
            if v == "MISSING":
                self.err(f"{d}: missing value (use null)")
            elif v is not None and not isinstance(v, (int, float)):
                self.err(f"{d}: value must be a number or null")
            if q.get("unit", "MISSING") not in UNITS:
                self.err(f"{d}: unknown unit {q.get('unit', 'MISSING')!r}")
            qual = q.get("qualifier", "MISSING")
            if qual not in QUALIFIERS:
                self.err(f"{d}: bad qualifier {qual!r}")
            else:
                expected = None
                for name, words in HEDGES.items():
                    if any(t.startswith(w + " ") for w in words):
                        expected = name
                if t.endswith(" تقريبًا") or t.endswith(" تقريبا"):
                    expected = "approx"
                if t.endswith(" على الأقل"):
                    expected = "more_than"
                if t.endswith(" على الأكثر"):
                    expected = "less_than"
                if expected != qual:
                    self.err(f"{d}: qualifier {qual!r} but hedge in text suggests {expected!r}: {t!r}")
            if "range" in q:
                r = q["range"]
                if not (isinstance(r, list) and len(r) == 2 and all(isinstance(x, (int, float)) for x in r) and r[0] < r[1]):
                    self.err(f"{d}: range must be [low, high]")
                if v is not None:
                    self.err(f"{d}: a range has value null")
            c = q.get("counted", "MISSING")
            if c == "MISSING":
                self.err(f"{d}: missing counted (use null)")
            elif c is not None:
                lo, hi = max(0, start - 60), start + len(t) + 60
                if c not in self.body[lo:hi]:
                    self.err(f"{d}: counted {c!r} not within 60 characters of the quantity")
            self.check_value(d, t, v, q)

    def check_value(self, d, t, v, q):
        norm = t.translate(DIGITS)
        nums = re.findall(r"\d[\d,]*(?:\.\d+)?", norm)
        if not nums or v is None or "range" in q:
            return
        if len(nums) != 1:
            return
        n = float(nums[0].replace(",", ""))
        mult = 1
        for w in norm.split():
            if w in MULT:
                mult = MULT[w]
        if abs(n * mult - v) > 1e-6 * max(1, abs(v)):
            self.err(f"{d}: value {v} does not match text {t!r} (expected {n * mult:g})")

    def check_dates(self, published):
        pos = 0
        for i, q in enumerate(self.ann.get("dates", [])):
            d = f"date[{i}]"
            for k in q:
                if k not in ("text", "value", "occurrence", "note"):
                    self.err(f"{d}: unknown key {k!r}")
            t = q.get("text")
            start, occ = self.locate("text", t, q.get("occurrence"), d, greedy_from=pos if self.fill else None)
            if start is None:
                continue
            pos = start + 1
            if self.fill and len(occurrences(self.body, t)) > 1:
                q["occurrence"] = occ
            self.dup("d", start, t, d)
            self.boundary(start, t, d, "date")
            v = q.get("value", "MISSING")
            if v == "MISSING":
                self.err(f"{d}: missing value (use null)")
                continue
            if v is None:
                continue
            if not isinstance(v, str) or not DATE_RE.match(v):
                self.err(f"{d}: bad ISO value {v!r}")
                continue
            norm = t.translate(DIGITS)
            if re.match(r"^\d{4}-\d{2}-\d{2}", v):
                day = datetime.date.fromisoformat(v[:10])
                for name, wd in WEEKDAYS.items():
                    if re.search(r"(^|[\sو])" + name + r"($|[\s،.])", t) and day.weekday() != wd:
                        self.err(f"{d}: {t!r} names {name} but {v} is a {day.strftime('%A')}")
            if re.match(r"^\d{4}-\d{2}", v) and not any(h in t for h in HIJRI):
                for name, m in MONTHS.items():
                    if re.search(r"(^|[\s(/و])" + name + r"($|[\s)/،.])", t):
                        if m != int(v[5:7]) and not (name == "كانون الثاني" and "تشرين الثاني" in t):
                            self.err(f"{d}: {t!r} names month {name} but value is {v}")
            years = re.findall(r"\b(1[89]\d\d|20\d\d)\b", norm)
            if years and not any(h in t for h in HIJRI) and v[:4] not in years:
                self.err(f"{d}: year in text {years} but value {v}")


def dump(ann):
    """Writes the annotation JSON with one annotation per line."""
    out = ["{", f' "published": {json.dumps(ann.get("published"))},']
    layers = ["quotes", "quantities", "dates"]
    for li, layer in enumerate(layers):
        items = ann.get(layer, [])
        out.append(f' "{layer}": [')
        for j, it in enumerate(items):
            out.append("  " + json.dumps(it, ensure_ascii=False) + ("," if j < len(items) - 1 else ""))
        out.append(" ]" + ("," if li < len(layers) - 1 else ""))
    out.append("}")
    return "\n".join(out) + "\n"


def show(name, body, ann):
    def ctx(start, length, width=30):
        a, b = max(0, start - width), min(len(body), start + length + width)
        return (body[a:start] + "⟦" + body[start:start + length] + "⟧" + body[start + length:b]).replace("\n", " ")

    ch = Checker(name, body, ann)
    ch.check_quotes()
    for q, sp in zip(ann.get("quotes", []), ch.quote_spans):
        if sp is None:
            continue
        cstart, sstart, tstart = sp
        print("Q cue    :", ctx(cstart, len(q["cue"])))
        if sstart is not None:
            print("  speaker:", ctx(sstart, len(q["speaker"]), 15))
        else:
            print("  speaker: null")
        if tstart is not None:
            c = q["content"]
            print("  content:", body[max(0, tstart - 8):tstart].replace("\n", " ") + "⟦" + (c if len(c) < 90 else c[:40] + " … " + c[-40:]) + "⟧" + body[tstart + len(c):tstart + len(c) + 8].replace("\n", " "))
        print("  direct=%s via=%s" % (q.get("direct"), q.get("via")))
    for layer in ("quantities", "dates"):
        for q in ann.get(layer, []):
            occs = occurrences(body, q["text"])
            k = q.get("occurrence", 1)
            if occs and k <= len(occs):
                extra = {k2: v for k2, v in q.items() if k2 not in ("text", "occurrence")}
                print("NUM " if layer == "quantities" else "DATE", ctx(occs[k - 1], len(q["text"]), 20), extra)


def main(argv):
    fill = "--fill" in argv
    only = None
    if "--show" in argv:
        only = argv[argv.index("--show") + 1]
    names = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt") and re.match(r"^\d\d-", f))
    jsons = sorted(f[:-5] for f in os.listdir(HERE) if f.endswith(".json") and re.match(r"^\d\d-", f))
    errors, warnings = [], []
    for j in set(jsons) - set(names):
        errors.append(f"{j}.json has no .txt")
    totals = {"articles": 0, "quotes": 0, "direct": 0, "indirect": 0, "with_via": 0, "null_speaker": 0,
              "speaker_occurrence": 0, "quantities": 0, "vague": 0, "ranges": 0, "approx": 0,
              "more_than": 0, "less_than": 0, "money": 0, "percent": 0, "dates": 0, "dates_null": 0,
              "arabic_indic": 0}
    cues = {}
    for name in names:
        if only and not name.startswith(only):
            continue
        if name not in jsons:
            errors.append(f"{name}.txt has no .json")
            continue
        try:
            raw, ann = load(name)
        except json.JSONDecodeError as e:
            errors.append(f"{name}.json: JSON error: {e}")
            continue
        title, body = split(raw)
        if body is None or not title.strip() or "\n" in title:
            errors.append(f"{name}.txt: expected a one-line title, a blank line, then the body")
            continue
        if only:
            show(name, body, ann)
        ch = Checker(name, body, ann, fill=fill)
        pub = ann.get("published")
        try:
            published = datetime.date.fromisoformat(pub)
        except (TypeError, ValueError):
            ch.err(f"bad published date {pub!r}")
            published = None
        for k in ann:
            if k not in ("published", "quotes", "quantities", "dates"):
                ch.err(f"unknown top-level key {k!r}")
        ch.check_quotes()
        ch.check_quantities()
        ch.check_dates(published)
        if fill:
            with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
                f.write(dump(ann))
        errors += ch.errors
        warnings += ch.warnings
        totals["articles"] += 1
        for q in ann.get("quotes", []):
            totals["quotes"] += 1
            totals["direct" if q.get("direct") else "indirect"] += 1
            totals["with_via"] += bool(q.get("via"))
            totals["null_speaker"] += q.get("speaker") is None
            totals["speaker_occurrence"] += "speaker_occurrence" in q
            cues[q.get("cue")] = cues.get(q.get("cue"), 0) + 1
        for q in ann.get("quantities", []):
            totals["quantities"] += 1
            totals["vague"] += q.get("value") is None and "range" not in q
            totals["ranges"] += "range" in q
            if q.get("qualifier"):
                totals[q["qualifier"]] = totals.get(q["qualifier"], 0) + 1
            totals["money"] += q.get("unit") not in (None, "%") and q.get("unit", "").isupper()
            totals["percent"] += q.get("unit") == "%"
            totals["arabic_indic"] += any("٠" <= c <= "٩" for c in q.get("text", ""))
        for q in ann.get("dates", []):
            totals["dates"] += 1
            totals["dates_null"] += q.get("value") is None
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("totals:", json.dumps(totals, ensure_ascii=False))
    print("distinct cues (%d):" % len(cues), "، ".join(f"{k}×{v}" for k, v in sorted(cues.items(), key=lambda x: -x[1])))
    short = [k for k, m in MIN.items() if totals[k] < m]
    if short and not only:
        print("below minimum:", ", ".join(f"{k} {totals[k]}/{MIN[k]}" for k in short))
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    if short and not only:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
