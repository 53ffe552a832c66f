// Mirsad web UI. Plain JavaScript, no build step. Every text from an article or the API is put in
// the page with text nodes (el() below), never parsed as HTML: scraped pages carry scripts.
"use strict";

const TYPES = {PERSON: "أشخاص", ORG: "منظمات", LOC: "أماكن", MISC: "أخرى"};
const TYPE_ONE = {PERSON: "شخص", ORG: "منظمة", LOC: "مكان", MISC: "كيان"};
const FACETS = [["outlet", "المنافذ"], ["speaker", "المتحدثون"], ["source", "المصادر المنقول عنها"], ["month", "الأشهر"]];
const QUALIFIERS = {approx: "نحو", more_than: "أكثر من", less_than: "أقل من"};
const UNITS = {USD: "دولار", EUR: "يورو", GBP: "جنيه إسترليني", EGP: "جنيه مصري", SAR: "ريال سعودي", AED: "درهم إماراتي",
  QAR: "ريال قطري", KWD: "دينار كويتي", BHD: "دينار بحريني", OMR: "ريال عماني", JOD: "دينار أردني", IQD: "دينار عراقي",
  LBP: "ليرة لبنانية", SYP: "ليرة سورية", TRY: "ليرة تركية", TND: "دينار تونسي", DZD: "دينار جزائري", MAD: "درهم مغربي",
  LYD: "دينار ليبي", SDG: "جنيه سوداني", YER: "ريال يمني", t: "طن", kg: "كغ", g: "غ", km: "كم", km2: "كم²", m: "م", m2: "م²",
  m3: "م³", cm: "سم", mm: "ملم", ha: "هكتار", MW: "ميغاواط", GW: "غيغاواط", kWh: "كيلوواط ساعة", bbl: "برميل", l: "لتر"};

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "href") e.setAttribute("href", safeHref(v));
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(e.dataset, v);
    else if (k === "style") e.style.cssText = v; // CSSOM, which the page's CSP allows (style attributes it does not)
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  append(e, children);
  return e;
}

function append(parent, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return parent;
}

/** Only this site's paths and http(s) addresses are linked. */
function safeHref(v) {
  const s = String(v);
  if (s.startsWith("/") && !s.startsWith("//")) return s;
  try {
    const u = new URL(s);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch (e) { /* not a URL */ }
  return "#";
}

async function api(path, options) {
  const r = await fetch(path, Object.assign({credentials: "same-origin"}, options || {}));
  const type = r.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await r.json() : await r.text();
  if (!r.ok) {
    const msg = body && body.message ? body.message : (typeof body === "string" ? body : r.statusText);
    throw new Error(msg + " (" + r.status + ")");
  }
  return body;
}

const dateFmt = new Intl.DateTimeFormat("ar-u-nu-latn", {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"});
const monthFmt = new Intl.DateTimeFormat("ar-u-nu-latn", {month: "short", year: "numeric", timeZone: "UTC"});
function fmtDate(iso) {
  if (!iso) return "";
  const d = new Date(iso.length === 7 ? iso + "-01" : iso);
  if (isNaN(d)) return iso;
  return iso.length === 7 ? monthFmt.format(d) : dateFmt.format(d);
}
function fmtNum(n) {
  return typeof n === "number" ? n.toLocaleString("ar-u-nu-latn", {maximumFractionDigits: 2}) : "";
}
function dateRange(a, b) { return !a || !b ? fmtDate(a || b) : a === b ? fmtDate(a) : fmtDate(a) + " – " + fmtDate(b); }
function clip(s, n) { return s && s.length > n ? s.slice(0, n) + "…" : (s || ""); }
function qs(name) { return new URLSearchParams(location.search).get(name); }
function entityHref(name, type) { return "/entity?" + new URLSearchParams(type ? {name, type} : {name}).toString(); }
function main() { return document.getElementById("main"); }
function show(...nodes) { const m = main(); m.replaceChildren(); append(m, nodes); }
function fail(e) { show(el("div", {class: "error", role: "alert"}, e.message || String(e))); }
function metaLine(a) {
  return el("div", {class: "meta"}, a.outlet ? el("span", {class: "outlet"}, a.outlet) : null,
    a.published ? el("span", {}, fmtDate(a.published)) : el("span", {}, "بلا تاريخ"));
}
function articleLink(a) { return el("a", {href: "/article/" + encodeURIComponent(a.id)}, a.title || "(بلا عنوان)"); }

// ---------------------------------------------------------------- search

function searchForm(q) {
  const input = el("input", {type: "search", name: "q", value: q || "", placeholder: "ابحث بالعربية…",
    "aria-label": "البحث", dir: "auto"});
  return el("form", {class: "searchbar", action: "/search", method: "get", role: "search"}, input,
    el("button", {class: "btn", type: "submit"}, "ابحث"));
}

function filterClause(field, value) {
  const v = value.replace(/"/g, "");
  if (field === "outlet") return 'outlet:"' + v + '"';
  if (field === "entity_typed") return 'entity:"' + v.slice(v.indexOf(":") + 1) + '"';
  if (field === "speaker") return 'speaker:"' + v + '"';
  if (field === "source") return 'source:"' + v + '"';
  if (field === "month") return "date:" + v;
  return v;
}

const FILTER_NAMES = {outlet: "المنفذ", entity: "الكيان", speaker: "المتحدث", source: "المصدر", date: "الشهر"};

/** A filter as a reader sees it: its kind and the value as written (found among the facets of the results). */
function filterLabel(clause, facets) {
  const m = /^(outlet|entity|speaker|source):"(.*)"$/.exec(clause) || /^(date):(\S+)$/.exec(clause);
  if (!m) return clause;
  const [, field, value] = m;
  let label = value;
  if (field === "date") label = fmtDate(value);
  else {
    const list = facets[field === "entity" ? "entity_typed" : field] || [];
    const hit = list.find(v => (field === "entity" ? v.value.slice(v.value.indexOf(":") + 1) : v.value) === value);
    if (hit) label = field === "entity" ? hit.label.slice(hit.label.indexOf(":") + 1) : hit.label;
  }
  return FILTER_NAMES[field] + ": " + label;
}

function searchHref(q, filters, offset) {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  for (const f of filters) p.append("f", f);
  if (offset) p.set("offset", offset);
  return "/search?" + p.toString();
}

function snippet(hit) {
  const p = el("p", {class: "snippet"});
  let pos = 0;
  const s = hit.snippet;
  for (const h of hit.highlights) {
    const a = h.start - hit.snippet_start, b = h.end - hit.snippet_start;
    if (a < pos || b > s.length) continue;
    append(p, [s.slice(pos, a), el("mark", {}, s.slice(a, b))]);
    pos = b;
  }
  append(p, [s.slice(pos)]);
  return p;
}

async function searchPage() {
  const q = (qs("q") || "").trim();
  const filters = new URLSearchParams(location.search).getAll("f");
  const offset = parseInt(qs("offset") || "0", 10) || 0;
  const query = [q, ...filters].filter(Boolean).join(" ");
  if (!query) return homePage();
  document.title = q + " — بحث مرصد";
  let r;
  try {
    r = await api("/api/search?" + new URLSearchParams({q: query, offset: String(offset), limit: "10", facets: "8"}));
  } catch (e) {
    show(searchForm(q), el("div", {class: "error", role: "alert"}, e.message));
    return;
  }
  const chips = filters.map(f => el("li", {class: "chip"}, filterLabel(f, r.facets),
    el("a", {href: searchHref(q, filters.filter(x => x !== f)), "aria-label": "إزالة المرشح", title: "إزالة"}, "×")));
  const list = el("ol", {class: "results", id: "results"}, r.hits.map(h => el("li", {class: "hit"},
    el("div", {class: "hit-title"}, articleLink(h)), metaLine(h), snippet(h))));
  const facets = el("aside", {class: "card facets", "aria-label": "تصفية النتائج"}, el("h2", {}, "تصفية"));
  const typed = r.facets.entity_typed || [];
  for (const t of Object.keys(TYPES)) {
    const vals = typed.filter(v => v.value.startsWith(t + ":"));
    if (vals.length) facets.appendChild(facetGroup(TYPES[t], "entity_typed", vals, q, filters, v => v.label.slice(v.label.indexOf(":") + 1)));
  }
  for (const [field, title] of FACETS) {
    const vals = r.facets[field] || [];
    if (vals.length) facets.appendChild(facetGroup(title, field, field === "month" ? vals.slice(-12).reverse() : vals, q, filters,
      v => field === "month" ? fmtDate(v.value) : v.label));
  }
  const pager = el("div", {class: "pager"},
    offset > 0 ? el("a", {class: "btn ghost", href: searchHref(q, filters, Math.max(0, offset - 10))}, "السابق") : null,
    offset + r.hits.length < r.total ? el("a", {class: "btn ghost", href: searchHref(q, filters, offset + 10)}, "التالي") : null);
  show(searchForm(q), el("div", {class: "layout"},
    el("section", {class: "card"},
      el("p", {class: "muted small", id: "result-count"}, r.total === 0 ? "لا نتائج لهذا البحث." :
        "النتائج " + fmtNum(offset + 1) + "–" + fmtNum(offset + r.hits.length) + " من " + fmtNum(r.total) + " (" + fmtNum(r.millis) + " ملّي ثانية)"),
      chips.length ? el("ul", {class: "chips"}, chips) : null, list, pager),
    facets));
}

function facetGroup(title, field, values, q, filters, label) {
  return el("div", {class: "facet", dataset: {field}}, el("h3", {}, title),
    el("ul", {}, values.map(v => {
      const f = filterClause(field, v.value);
      const on = filters.includes(f);
      return el("li", {}, el("a", {class: on ? "on" : null, href: searchHref(q, on ? filters.filter(x => x !== f) : [...filters, f]),
        title: on ? "إلغاء هذا المرشح" : label(v)}, label(v)),
        el("span", {class: "count"}, fmtNum(v.count)));
    })));
}

/** The form that adds articles to the corpus: uploaded files or an address to fetch. */
function ingestCard() {
  const chosen = el("span", {class: "muted small", id: "ingest-chosen"}, "لم يُختر ملف");
  const files = el("input", {type: "file", name: "file", multiple: true, id: "ingest-files", class: "visually-hidden",
    onchange: () => { chosen.textContent = files.files.length ? [...files.files].map(f => f.name).join("، ") : "لم يُختر ملف"; }});
  const pick = el("label", {class: "btn ghost", for: "ingest-files"}, "اختر ملفات", files);
  const url = el("input", {type: "url", name: "url", id: "ingest-url", dir: "ltr", placeholder: "https://…", "aria-label": "رابط مقال أو خلاصة"});
  const out = el("div", {id: "ingest-result", class: "small"});
  const send = async ev => {
    ev.preventDefault();
    out.replaceChildren(el("p", {class: "muted"}, "جارٍ الإضافة…"));
    try {
      let r;
      if (files.files.length) {
        const data = new FormData();
        for (const f of files.files) data.append("file", f, f.name);
        r = await api("/api/ingest", {method: "POST", body: data});
      } else if (url.value.trim()) {
        r = await api("/api/ingest", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({url: url.value.trim()})});
      } else {
        throw new Error("اختر ملفًا أو اكتب رابطًا.");
      }
      const rep = r.report;
      out.replaceChildren(el("p", {}, "أضيف " + fmtNum(rep.added) + "، وحُدّث " + fmtNum(rep.updated) + "، ولم يتغير " + fmtNum(rep.unchanged)
          + (rep.skipped_count ? "، وتُرك " + fmtNum(rep.skipped_count) : "") + (rep.failed_count ? "، وتعذّر " + fmtNum(rep.failed_count) : "") + "."),
        el("ul", {}, r.stored.map(a => el("li", {}, articleLink(a)))),
        rep.failed.length ? el("ul", {class: "muted"}, rep.failed.map(f => el("li", {}, el("bdi", {}, f.input), ": " + f.problem))) : null);
    } catch (e) {
      out.replaceChildren(el("div", {class: "error", role: "alert"}, e.message));
    }
  };
  return el("form", {class: "card", id: "ingest-form", onsubmit: send}, el("h2", {}, "إضافة مقالات"),
    el("p", {class: "muted small"}, "نصوص، صفحات HTML، خلاصات RSS، أرشيفات WARC أو ZIP، أو رابط مقال."),
    el("div", {class: "form-row"}, pick, chosen), el("div", {class: "form-row"}, url),
    el("button", {class: "btn", type: "submit"}, "أضف"), out);
}

/** How to write a query, with examples a reader can click. */
function searchHelp() {
  const ex = (q, what) => el("li", {}, el("a", {href: searchHref(q, [])}, el("bdi", {}, q)), " — " + what);
  return el("details", {class: "card help"}, el("summary", {}, "طريقة البحث"),
    el("ul", {}, ex("الحكومة", "الكلمة بكل صيغها: والحكومة، للحكومات، الحكومه"), ex("\"وزير الخارجية\"", "عبارة كما هي"),
      ex("الانتخابات NOT البرلمان", "استبعاد كلمة (ومعها AND و OR والأقواس)"), ex("speaker:الصفدي", "ما قاله متحدث، بأي تهجئة"),
      ex("entity:\"الأمم المتحدة\"", "مقالات تذكر كيانًا"), ex("date:2024-03", "شهر، أو مدى: date:2024-01..2024-03"),
      ex("type:ORG", "مقالات فيها منظمات (PERSON، ORG، LOC)")));
}

async function homePage() {
  document.title = "مرصد";
  const [latest, stories] = await Promise.all([api("/api/latest?limit=12"), api("/api/stories?limit=6")]);
  show(searchForm(""), searchHelp(),
    el("div", {class: "layout"},
      el("section", {class: "card"}, el("h2", {}, "أحدث المقالات"),
        el("p", {class: "muted small"}, "في المدوّنة " + fmtNum(latest.total) + " مقالًا. ابحث بالعربية كما تُكتب: تُطابَق الكلمات مع السوابق واللواحق والهمزات والتشكيل."),
        el("ol", {class: "results"}, latest.articles.map(a => el("li", {class: "hit"}, el("div", {class: "hit-title"}, articleLink(a)), metaLine(a))))),
      el("aside", {}, el("div", {class: "card"}, el("h2", {}, "قصص متواصلة"),
        stories.stories.length === 0 ? el("p", {class: "muted"}, "لا قصص بعد.") :
        el("ul", {class: "results"}, stories.stories.map(s => el("li", {class: "hit"},
          el("a", {href: "/story/" + encodeURIComponent(s.id)}, s.title || s.terms.join("، ")),
          el("div", {class: "meta"}, el("span", {}, fmtNum(s.size) + " مقالات"), el("span", {}, s.outlets.join("، "))))))),
        ingestCard())));
}

// ---------------------------------------------------------------- annotated text

/** The annotations of a document as spans with classes, ids and tooltips. */
function annotations(doc) {
  const out = [];
  doc.entities.forEach((e, i) => out.push({id: "e" + i, start: e.start, end: e.end, cls: "ent ent-" + e.type,
    tip: TYPE_ONE[e.type] + ": " + e.canonical + (e.role ? " — " + e.role : "")}));
  doc.quotes.forEach((q, i) => {
    out.push({id: "q" + i, start: q.contentStart, end: q.contentEnd, cls: "qc", tip: "قول" + (q.speaker ? " — " + (q.speaker.canonical || q.speaker.text) : "")});
    out.push({id: "q" + i + "c", start: q.cue.start, end: q.cue.end, cls: "cue", tip: "فعل الإسناد"});
    if (q.speaker) out.push({id: "q" + i + "s", start: q.speaker.start, end: q.speaker.end, cls: "spk", tip: "المتحدث"});
  });
  doc.quantities.forEach((q, i) => out.push({id: "n" + i, start: q.start, end: q.end, cls: "qty", tip: "كمية: " + quantityValue(q)}));
  doc.dates.forEach((d, i) => out.push({id: "d" + i, start: d.start, end: d.end, cls: "dt", tip: "تاريخ: " + (d.value || "غير محدد")}));
  return out.filter(a => a.end > a.start);
}

/** The text cut at every annotation boundary; each piece carries the classes of what covers it. */
function annotatedText(text, anns) {
  const frag = document.createDocumentFragment();
  let paraStart = 0;
  const paras = text.split("\n");
  for (const para of paras) {
    const ps = paraStart, pe = paraStart + para.length;
    paraStart = pe + 1;
    if (!para.trim()) continue;
    const inside = anns.filter(a => a.start < pe && a.end > ps);
    const cuts = new Set([ps, pe]);
    for (const a of inside) { cuts.add(Math.max(ps, a.start)); cuts.add(Math.min(pe, a.end)); }
    const points = [...cuts].sort((x, y) => x - y);
    const p = el("p", {});
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      const cover = inside.filter(x => x.start <= a && x.end >= b);
      const piece = text.slice(a, b);
      if (!cover.length) { p.appendChild(document.createTextNode(piece)); continue; }
      p.appendChild(el("span", {class: cover.map(x => x.cls).join(" "), dataset: {ann: cover.map(x => x.id).join(" ")},
        title: cover.map(x => x.tip).join("\n")}, piece));
    }
    frag.appendChild(p);
  }
  return frag;
}

function locate(id) {
  const parts = document.querySelectorAll('[data-ann~="' + id + '"]');
  if (!parts.length) return;
  parts[0].scrollIntoView({block: "center", behavior: "smooth"});
  parts.forEach(x => x.classList.add("flash"));
  setTimeout(() => parts.forEach(x => x.classList.remove("flash")), 1600);
}

function quantityValue(q) {
  let v = q.value !== null && q.value !== undefined ? fmtNum(q.value) : q.range ? fmtNum(q.range[0]) + "–" + fmtNum(q.range[1]) : "عدد غير محدد";
  if (q.qualifier && QUALIFIERS[q.qualifier]) v = QUALIFIERS[q.qualifier] + " " + v;
  if (q.unit) v += q.unit === "%" ? "%" : " " + (UNITS[q.unit] || q.unit);
  return v;
}

function legend(body, doc) {
  const toggles = [["ent", "الكيانات", doc.entities.length, "var(--person)"], ["quotes", "الأقوال", doc.quotes.length, "var(--quote)"],
    ["qty", "الكميات", doc.quantities.length, "var(--qty)"], ["dt", "التواريخ", doc.dates.length, "var(--date)"]];
  return el("div", {class: "legend", role: "group", "aria-label": "إظهار الطبقات"}, toggles.map(([k, label, n, color]) => {
    const box = el("input", {type: "checkbox", checked: true, dataset: {layer: k},
      onchange: ev => body.classList.toggle("hide-" + k, !ev.target.checked)});
    return el("label", {}, box, el("span", {class: "sw", style: "background:" + color}), label + " ", el("span", {class: "count"}, fmtNum(n)));
  }));
}

/** The side panel: every layer, each item one click from its place in the text. */
function sidePanel(doc, linkEntities) {
  const side = el("aside", {class: "card side", "aria-label": "طبقات التحليل"});
  const byType = {};
  doc.entities.forEach((e, i) => {
    const t = byType[e.type] || (byType[e.type] = new Map());
    const k = e.canonical;
    if (!t.has(k)) t.set(k, {name: k, count: 0, roles: new Set(), first: i});
    const x = t.get(k); x.count++; if (e.role) x.roles.add(e.role);
  });
  side.appendChild(el("h2", {}, "الكيانات", el("span", {class: "count"}, fmtNum(doc.entities.length))));
  if (!doc.entities.length) side.appendChild(el("p", {class: "muted small"}, "لا كيانات."));
  for (const t of Object.keys(TYPES)) {
    if (!byType[t]) continue;
    side.appendChild(el("h3", {class: "tag-" + t}, TYPES[t]));
    side.appendChild(el("ul", {class: "entities", dataset: {type: t}}, [...byType[t].values()].map(x => el("li", {},
      el("button", {class: "locate", type: "button", onclick: () => locate("e" + x.first), title: "أظهِر في النص"}, x.name),
      " ", el("span", {class: "count"}, fmtNum(x.count) + " مرة"),
      linkEntities ? el("a", {class: "small more", href: entityHref(x.name, t), title: "صفحة " + x.name}, "صفحته ←") : null,
      x.roles.size ? el("div", {class: "muted small"}, [...x.roles].join("، ")) : null))));
  }
  side.appendChild(el("h2", {}, "الأقوال", el("span", {class: "count"}, fmtNum(doc.quotes.length))));
  side.appendChild(el("ul", {class: "quotes"}, doc.quotes.map((q, i) => el("li", {class: "quote-item"},
    el("button", {class: "locate", type: "button", onclick: () => locate("q" + i)},
      el("strong", {}, q.speaker ? (q.speaker.canonical || q.speaker.text) : "متحدث غير مسمّى"), " ", el("span", {class: "cue"}, q.cue.text), ": ",
      el("span", {class: "said"}, (q.direct ? "«" : "") + clip(q.content, 160) + (q.direct ? "»" : ""))),
    el("div", {class: "muted small"}, q.direct ? "قول مباشر" : "قول منقول", q.via.length ? " · عبر " + q.via.join(" ← ") : "")))));
  side.appendChild(el("h2", {}, "الكميات", el("span", {class: "count"}, fmtNum(doc.quantities.length))));
  side.appendChild(el("ul", {class: "quantities"}, doc.quantities.map((q, i) => el("li", {},
    el("button", {class: "locate", type: "button", onclick: () => locate("n" + i)}, q.text), " = ", el("bdi", {}, quantityValue(q)),
    q.counted ? el("span", {class: "muted small"}, " (" + q.counted + ")") : null))));
  side.appendChild(el("h2", {}, "التواريخ", el("span", {class: "count"}, fmtNum(doc.dates.length))));
  side.appendChild(el("ul", {class: "dates"}, doc.dates.map((d, i) => el("li", {},
    el("button", {class: "locate", type: "button", onclick: () => locate("d" + i)}, d.text), " ← ",
    el("bdi", {title: d.value || ""}, d.value ? (/^\d{4}-\d{2}(-\d{2})?$/.test(d.value) ? fmtDate(d.value) : d.value) : "غير محدد")))));
  side.appendChild(el("h2", {}, "المصادر", el("span", {class: "count"}, fmtNum(doc.sources.length))));
  side.appendChild(doc.sources.length ? el("ul", {class: "chips"}, doc.sources.map(s => el("li", {class: "chip"}, s))) :
    el("p", {class: "muted small"}, "لا مصادر منقول عنها."));
  return side;
}

function articleView(doc, extra, linkEntities, untitled) {
  const body = el("div", {class: "article-body", id: "article-body"}, annotatedText(doc.text, annotations(doc)));
  const meta = el("div", {class: "meta"},
    doc.outlet ? el("span", {}, doc.outlet) : null, doc.published ? el("span", {}, fmtDate(doc.published)) : null,
    doc.byline ? el("span", {}, "كتب: " + doc.byline) : null, doc.dateline ? el("span", {}, "من: " + doc.dateline) : null);
  return el("div", {class: "layout"},
    el("article", {class: "card"},
      el("header", {class: "article-head"}, el("h1", {id: "article-title"}, doc.title || untitled || "(بلا عنوان)"), meta),
      extra, legend(body, doc), body),
    sidePanel(doc, linkEntities));
}

// ---------------------------------------------------------------- article

async function articlePage(id) {
  const r = await api("/api/documents/" + encodeURIComponent(id));
  const doc = r.document;
  document.title = (doc.title || "مقال") + " — مرصد";
  const raw = el("pre", {class: "raw", id: "raw", hidden: true});
  const rawBtn = el("button", {class: "btn ghost", type: "button", id: "raw-toggle", disabled: !r.raw_available, onclick: async () => {
    if (!raw.hidden) { raw.hidden = true; rawBtn.textContent = "النص الأصلي"; return; }
    try { raw.textContent = await api("/api/documents/" + encodeURIComponent(id) + "/raw"); } catch (e) { raw.textContent = e.message; }
    raw.hidden = false; rawBtn.textContent = "إخفاء النص الأصلي";
  }}, "النص الأصلي");
  const extra = [
    el("div", {class: "actions"}, rawBtn, el("a", {class: "btn ghost", href: "/api/documents/" + encodeURIComponent(id)}, "JSON"),
      /^https?:\/\//.test(doc.source || "") ? el("a", {class: "btn ghost", href: doc.source, rel: "noopener noreferrer nofollow", target: "_blank"}, "المصدر") : null),
    r.story ? el("div", {class: "notice"}, "هذا المقال جزء من قصة تضم " + fmtNum(r.story.size) + " مقالات: ",
      el("a", {href: "/story/" + encodeURIComponent(r.story.id), id: "story-link"}, r.story.title || "القصة")) : null,
    r.duplicates.length ? el("div", {class: "notice"}, "نسخ شبه مطابقة: ", r.duplicates.filter(d => d.id !== id).map((d, i) =>
      [i ? "، " : "", el("a", {href: "/article/" + encodeURIComponent(d.id)}, (d.outlet || "") + " " + fmtDate(d.published))])) : null,
    raw];
  show(articleView(doc, extra, true));
}

// ---------------------------------------------------------------- story

function statementItem(s, withSpeaker) {
  return el("div", {class: "statement"},
    el("div", {class: "meta"}, withSpeaker ? el("strong", {}, s.speaker || "متحدث غير مسمّى") : null,
      s.published ? el("span", {}, fmtDate(s.published)) : null, s.outlet ? el("span", {}, s.outlet) : null,
      el("a", {href: "/article/" + encodeURIComponent(s.article)}, "المقال")),
    el("span", {class: "cue"}, s.cue), ": ", (s.direct ? "«" : "") + s.content + (s.direct ? "»" : ""),
    s.via.length ? el("div", {class: "via"}, "عبر " + s.via.join(" ← ")) : null);
}

/** The first {@code n} of {@code items} (elements), then a button that shows the rest. */
function firstOf(items, n) {
  if (items.length <= n) return items;
  const rest = items.slice(n);
  rest.forEach(x => { x.hidden = true; });
  const more = el("button", {class: "btn ghost more-btn", type: "button", onclick: () => { rest.forEach(x => { x.hidden = false; }); more.remove(); }},
    "عرض الكل (" + fmtNum(items.length) + ")");
  return [...items, more];
}

function bySpeaker(statements) {
  const groups = new Map();
  for (const s of statements) {
    const k = s.speaker || "متحدث غير مسمّى";
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(s);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

async function storyPage(id) {
  const s = await api("/api/stories/" + encodeURIComponent(id));
  document.title = (s.title || "قصة") + " — مرصد";
  const days = new Map();
  for (const a of s.articles) {
    const k = a.published || "";
    if (!days.has(k)) days.set(k, []);
    days.get(k).push(a);
  }
  const timeline = el("ol", {class: "timeline", id: "timeline"}, firstOf([...days.entries()].map(([day, arts]) => el("li", {},
    el("div", {class: "tl-date"}, day ? fmtDate(day) : "بلا تاريخ"),
    arts.map(a => el("div", {class: "tl-item"}, el("span", {class: "badge"}, a.outlet || "منفذ غير معروف"), " ", articleLink(a),
      el("p", {class: "lead"}, clip(a.lead, 220)))))), 12));
  const outlets = new Map();
  for (const a of s.articles) {
    const k = a.outlet || "منفذ غير معروف";
    if (!outlets.has(k)) outlets.set(k, []);
    outlets.get(k).push(a);
  }
  const columns = el("div", {class: "columns", id: "outlets"}, [...outlets.entries()].map(([o, arts]) => el("section", {class: "column"},
    el("h3", {}, el("span", {class: "outlet-name"}, o), " ", el("span", {class: "count"}, fmtNum(arts.length))),
    el("ul", {}, firstOf(arts.map(a => el("li", {}, el("div", {class: "muted small"}, fmtDate(a.published)), articleLink(a))), 8)))));
  const said = bySpeaker(s.statements);
  show(el("div", {class: "card"}, el("h1", {}, s.title || "قصة"),
      el("div", {class: "meta"}, el("span", {}, fmtNum(s.size) + " مقالات"), el("span", {}, dateRange(s.first, s.last)),
        el("span", {}, "المنافذ: " + s.outlets.join("، ")))),
    el("div", {class: "grid2"},
      el("section", {class: "card"}, el("h2", {}, "الخط الزمني"), timeline),
      el("section", {class: "card", id: "statements"}, el("h2", {}, "من قال ماذا"),
        said.length ? said.map(([sp, list]) => el("div", {class: "speaker-group"},
          el("h3", {}, sp === "متحدث غير مسمّى" ? sp : el("a", {href: entityHref(sp)}, sp), " ", el("span", {class: "count"}, fmtNum(list.length))),
          firstOf(list.map(x => statementItem(x, false)), 5))) : el("p", {class: "muted"}, "لا أقوال منسوبة في هذه القصة."))),
    el("section", {class: "card"}, el("h2", {}, "المنافذ جنبًا إلى جنب"), columns));
}

async function storiesPage() {
  document.title = "القصص — مرصد";
  const r = await api("/api/stories?limit=200");
  show(el("section", {class: "card"}, el("h1", {}, "القصص"),
    el("p", {class: "muted small"}, "مقالات عن الحدث نفسه من منافذ وأيام مختلفة (" + fmtNum(r.total) + ")."),
    r.stories.length ? el("ol", {class: "results", id: "stories"}, r.stories.map(s => el("li", {class: "hit"},
      el("div", {class: "hit-title"}, el("a", {href: "/story/" + encodeURIComponent(s.id)}, s.title || s.terms.join("، "))),
      el("div", {class: "meta"}, el("span", {}, fmtNum(s.size) + " مقالات"), el("span", {}, dateRange(s.first, s.last)),
        el("span", {}, s.outlets.join("، "))),
      null))) :
      el("p", {class: "muted"}, "لا قصص تضم أكثر من مقال بعد.")));
}

// ---------------------------------------------------------------- entities

async function entityPage() {
  const name = qs("name") || "";
  const type = qs("type") || "";
  const p = await api("/api/entity?" + new URLSearchParams(type ? {name, type} : {name}));
  document.title = p.name + " — مرصد";
  const max = Math.max(1, ...p.timeline.map(x => x.count));
  const bars = el("div", {class: "bars", id: "mentions-chart", role: "img", "aria-label": "عدد المقالات في كل شهر"},
    p.timeline.map(x => el("div", {class: "bar", title: fmtDate(x.value) + ": " + x.count},
      el("span", {class: "n"}, fmtNum(x.count)), el("span", {class: "fill", style: "height:" + Math.round(100 * x.count / max) + "%"}))));
  const labels = el("div", {class: "bar-labels"}, p.timeline.map(x => el("span", {}, fmtDate(x.value))));
  show(el("div", {class: "card"}, el("h1", {class: "tag-" + p.type}, p.name),
      el("div", {class: "meta"}, el("span", {class: "badge"}, TYPE_ONE[p.type]), el("span", {}, "في " + fmtNum(p.articles) + " مقالات"),
        p.spellings.length > 1 ? el("span", {}, "يُكتب أيضًا: " + p.spellings.map(x => x.value).join("، ")) : null)),
    el("div", {class: "grid2"},
      el("section", {class: "card"}, el("h2", {}, "الذكر عبر الزمن"), p.timeline.length ? [bars, labels] : el("p", {class: "muted"}, "لا تواريخ.")),
      el("section", {class: "card"}, el("h2", {}, "الصفات والمناصب"),
        p.roles.length ? el("ul", {class: "chips", id: "roles"}, p.roles.map(r => el("li", {class: "chip"}, r.value, el("span", {class: "count"}, fmtNum(r.count)))))
          : el("p", {class: "muted"}, "لم تُذكر له صفة."),
        el("h2", {}, "يظهر مع"),
        el("ul", {class: "chips", id: "cooccurring"}, p.cooccurring.map(c => el("li", {class: "chip"},
          el("a", {class: "tag-" + c.type, href: entityHref(c.name, c.type)}, c.name), el("span", {class: "count"}, fmtNum(c.count))))))),
    el("div", {class: "grid2"},
      el("section", {class: "card", id: "statements-by"}, el("h2", {}, "أقواله"),
        p.statements_by.length ? firstOf(p.statements_by.map(s => statementItem(s, false)), 10) : el("p", {class: "muted"}, "لا أقوال منسوبة إليه.")),
      el("section", {class: "card", id: "statements-about"}, el("h2", {}, "ما قيل عنه"),
        p.statements_about.length ? firstOf(p.statements_about.map(s => statementItem(s, true)), 10) : el("p", {class: "muted"}, "لا أقوال تذكره."))),
    el("section", {class: "card"}, el("h2", {}, "المقالات"),
      el("ol", {class: "results"}, p.recent.map(a => el("li", {class: "hit"}, el("div", {class: "hit-title"}, articleLink(a)), metaLine(a))))));
}

async function entitiesPage() {
  document.title = "الكيانات — مرصد";
  const type = qs("type") || "";
  const q = qs("q") || "";
  const p = new URLSearchParams({limit: "300"});
  if (type) p.set("type", type);
  if (q) p.set("q", q);
  const r = await api("/api/entities?" + p);
  const tab = (t, label) => el("a", {class: t === type ? "on" : null, href: "/entities?" + new URLSearchParams(t ? {type: t, q} : {q})}, label);
  show(el("section", {class: "card"}, el("h1", {}, "الكيانات"),
    el("form", {class: "searchbar", action: "/entities", method: "get"}, type ? el("input", {type: "hidden", name: "type", value: type}) : null,
      el("input", {type: "search", name: "q", value: q, placeholder: "اسم أو جزء منه", "aria-label": "تصفية الكيانات"}),
      el("button", {class: "btn", type: "submit"}, "تصفية")),
    el("div", {class: "tabs"}, tab("", "الكل"), Object.keys(TYPES).map(t => tab(t, TYPES[t]))),
    el("p", {class: "muted small"}, fmtNum(r.total) + " كيانًا"),
    el("table", {class: "list", id: "entities"}, el("thead", {}, el("tr", {}, el("th", {}, "الاسم"), el("th", {}, "النوع"), el("th", {}, "المقالات"))),
      el("tbody", {}, r.entities.map(e => el("tr", {}, el("td", {}, el("a", {class: "tag-" + e.type, href: entityHref(e.name, e.type)}, e.name)),
        el("td", {}, TYPE_ONE[e.type]), el("td", {}, fmtNum(e.articles))))))));
}

async function quotesPage() {
  document.title = "الأقوال — مرصد";
  const speaker = qs("speaker") || "";
  const r = await api("/api/quotes?" + new URLSearchParams(speaker ? {speaker, limit: "100"} : {limit: "100"}));
  show(el("section", {class: "card"}, el("h1", {}, "من قال ماذا"),
    el("form", {class: "searchbar", action: "/quotes", method: "get"},
      el("input", {type: "search", name: "speaker", value: speaker, placeholder: "اسم المتحدث بأي تهجئة", "aria-label": "المتحدث"}),
      el("button", {class: "btn", type: "submit"}, "اعرض")),
    r.speakers.length ? r.speakers.map(g => el("div", {class: "speaker-group"},
      el("h2", {}, g.speaker === "(unnamed)" ? "متحدث غير مسمّى" : el("a", {href: entityHref(g.speaker)}, g.speaker), " ",
        el("span", {class: "count"}, fmtNum(g.count) + " أقوال")),
      firstOf(g.statements.map(s => statementItem(s, false)), 5))) : el("p", {class: "muted"}, "لا أقوال.")));
}

// ---------------------------------------------------------------- paste box

function pastePage() {
  document.title = "تحليل نص — مرصد";
  const area = el("textarea", {class: "paste", id: "paste-text", dir: "rtl", placeholder: "الصق نص خبر أو صفحة HTML هنا…", "aria-label": "النص"});
  const format = el("select", {id: "paste-format", "aria-label": "الصيغة"}, el("option", {value: "auto"}, "تلقائي"),
    el("option", {value: "text"}, "نص"), el("option", {value: "html"}, "HTML"));
  const date = el("input", {type: "date", id: "paste-date", "aria-label": "تاريخ النشر"});
  const out = el("div", {id: "paste-result"});
  const go = async ev => {
    if (ev) ev.preventDefault();
    out.replaceChildren(el("p", {class: "muted"}, "جارٍ التحليل…"));
    try {
      const body = {text: area.value, format: format.value};
      if (date.value) body.published = date.value;
      const r = await api("/api/analyze", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
      out.replaceChildren(el("div", {class: "notice"}, "نتيجة التحليل أدناه، ولم يُحفظ النص في المدوّنة."), articleView(r.document, null, false, "النص الملصق"));
    } catch (e) {
      out.replaceChildren(el("div", {class: "error", role: "alert"}, e.message));
    }
  };
  const form = el("form", {class: "card", id: "paste-form", onsubmit: go}, el("h1", {}, "حلّل نصًا دون حفظه"), area,
    el("div", {class: "form-row"}, el("label", {}, "الصيغة ", format), el("label", {}, "تاريخ النشر ", date),
      el("button", {class: "btn", type: "submit", id: "paste-go"}, "حلّل")));
  show(form, out);
  const given = qs("text"); // /paste?text=... opens with that text analyzed (links, screenshots)
  if (given) { area.value = given; return go(new Event("submit")); }
}

// ---------------------------------------------------------------- routing

async function route() {
  const path = location.pathname;
  const section = path.startsWith("/stor") ? "stories" : path.startsWith("/entit") ? "entities" : path === "/quotes" ? "quotes"
    : path === "/paste" ? "paste" : path === "/" || path === "/search" ? "search" : "";
  document.querySelectorAll("[data-nav]").forEach(a => a.classList.toggle("on", a.dataset.nav === section));
  try {
    if (path === "/" || path === "/search") await searchPage();
    else if (path.startsWith("/article/")) await articlePage(decodeURIComponent(path.slice(9)));
    else if (path.startsWith("/story/")) await storyPage(decodeURIComponent(path.slice(7)));
    else if (path === "/stories") await storiesPage();
    else if (path === "/entity") await entityPage();
    else if (path === "/entities") await entitiesPage();
    else if (path === "/quotes") await quotesPage();
    else if (path === "/paste") pastePage();
    else show(el("p", {class: "error"}, "صفحة غير موجودة."));
    document.body.dataset.ready = "1";
  } catch (e) {
    fail(e);
    document.body.dataset.ready = "error";
  }
}

document.addEventListener("DOMContentLoaded", route);
