// quotes review: select a quote, see its parse and rule; correct the gold draft; export it as JSONL.
// Data comes from the JSON block; document text is read back from the page's segments.
// Every piece of data is written with textContent, never as HTML.
// Served by `quotes review --serve` (DATA.serve set), the draft is also saved to and restored from the app,
// and the rules can be rerun; opened from disk, the page fetches nothing.
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("review-data").textContent);
  const GOLD_FIELDS = ["doc_id", "type", "cue", "cue_context", "content", "speaker", "speaker_resolved", "role", "via"];
  const SPAN_FIELDS = ["content", "cue", "speaker", "speaker_resolved", "role", "via"];
  const TYPES = ["direct", "indirect", "mixed", "according_to"];
  const FIELD_KEYS = { c: "content", u: "cue", s: "speaker", e: "speaker_resolved", r: "role", v: "via" };
  const LABELS = { content: "content", cue: "cue", speaker: "speaker", speaker_resolved: "resolved speaker", role: "role", via: "transmitter" };
  const STATUS = { right: "right", wrong_speaker: "wrong speaker", wrong_role: "wrong role", missed: "missed",
    false_alarm: "false alarm", predicted: "predicted", new: "new" };
  const FILTERS = ["all", "right", "wrong_speaker", "wrong_role", "missed", "false_alarm"];
  const MAX_CONTEXT_WORDS = 12;
  const SERVE = DATA.serve || null;
  const STASH = "quotes-review-unsaved-draft";  // sessionStorage: an unsaved draft carried across a rerun's reload

  const items = new Map();      // item id → item data
  const texts = new Map();      // doc id → text
  const sections = new Map();   // doc id → section element
  const draft = new Map();      // item id → gold record being written, with `_at`: field → intended start
  let current = null;
  let newCount = 0;

  for (const doc of DATA.documents) {
    for (const item of doc.items) { item.position = doc.position; items.set(item.id, item); }
  }
  for (const section of document.querySelectorAll("section.doc")) {
    sections.set(section.dataset.doc, section);
    let text = "";
    for (const segment of section.querySelector(".text").children) text += segment.textContent;
    texts.set(section.dataset.doc, text);
  }

  // ------------------------------------------------------------ gold records

  function occurrences(text, needle) { return needle ? text.split(needle).length - 1 : 0; }
  function isSpace(ch) { return /\s/.test(ch); }
  function wordLeft(text, start) {
    let i = start;
    while (i > 0 && isSpace(text[i - 1])) i--;
    while (i > 0 && !isSpace(text[i - 1])) i--;
    return i;
  }
  function wordRight(text, end) {
    let i = end;
    while (i < text.length && isSpace(text[i])) i++;
    while (i < text.length && !isSpace(text[i])) i++;
    return i;
  }
  // The shortest run of whole words around the cue that occurs once (as quotes.review.gold.cue_context).
  function cueContext(text, start, end) {
    let left = start, right = end;
    for (let step = 0; step <= MAX_CONTEXT_WORDS; step++) {
      const context = text.slice(left, right);
      if (occurrences(text, context) === 1) return context;
      const wl = wordLeft(text, left), wr = wordRight(text, right);
      if (wl === left && wr === right) break;
      left = wl; right = wr;
    }
    return text.slice(left, right);
  }
  function allStarts(text, needle) {
    const starts = [];
    if (!needle) return starts;
    let i = text.indexOf(needle);
    while (i >= 0) { starts.push(i); i = text.indexOf(needle, i + needle.length); }
    return starts;
  }
  function locate(text, needle, near) {
    const starts = allStarts(text, needle);
    if (!starts.length) return null;
    if (near === null || starts.length === 1) return starts[0];
    return starts.reduce((best, s) => (Math.abs(s - near) < Math.abs(best - near) ? s : best));
  }
  // Python's repr of a string or None, so that problems read exactly as `quote_score.py check` prints them.
  function pyRepr(value) {
    if (value === null || value === undefined) return "None";
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    const escaped = value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
    return quote + (quote === "'" ? escaped.replace(/'/g, "\\'") : escaped) + quote;
  }
  // Where the scorer places each string of a gold record, and what `quote_score.py check` would say (port of gold_spans).
  function place(record, line) {
    const problems = [], at = {};
    const text = texts.get(record.doc_id);
    if (text === undefined) return { problems: [`gold line ${line}: unknown doc_id ${pyRepr(record.doc_id)}`], at };
    const context = record.cue_context || record.cue;
    const starts = allStarts(text, context || "\0");
    if (starts.length !== 1) problems.push(`gold line ${line} (${record.doc_id}): cue_context ${pyRepr(context || null)} occurs ${starts.length} times`);
    const anchor = starts.length ? starts[0] : null;
    let cueStart = null;
    if (anchor !== null && record.cue && context) {
      const offset = text.slice(anchor, anchor + context.length).indexOf(record.cue);
      cueStart = offset >= 0 ? anchor + offset : locate(text, record.cue, anchor);
    }
    const near = cueStart !== null ? cueStart : anchor;
    for (const field of SPAN_FIELDS) {
      const value = record[field];
      if (value === null || value === undefined || value === "") continue;
      const start = field === "cue" && cueStart !== null ? cueStart : locate(text, value, near);
      if (start === null) problems.push(`gold line ${line} (${record.doc_id}): ${field} not found in text: ${pyRepr(value.slice(0, 60))}`);
      else at[field] = start;
    }
    if (!TYPES.includes(record.type)) problems.push(`gold line ${line}: bad type ${pyRepr(record.type ?? null)}`);
    if (!record.content) problems.push(`gold line ${line}: no content span`);
    return { problems, at };
  }
  function fromRecord(record, spans) {
    const copy = Object.assign({}, record, { _at: {} });
    for (const field of SPAN_FIELDS) if (spans && spans[field]) copy._at[field] = spans[field][0];
    return copy;
  }
  function setField(record, field, start, end) {
    const text = texts.get(record.doc_id);
    // The resolved speaker follows the speaker until it is set apart (the contract: equal when already the fullest).
    if (field === "speaker" && (!record.speaker_resolved || record.speaker_resolved === record.speaker)) setField(record, "speaker_resolved", start, end);
    if (start === null) { record[field] = null; delete record._at[field]; }
    else { record[field] = text.slice(start, end); record._at[field] = start; }
    if (field === "cue") record.cue_context = start === null ? null : cueContext(text, start, end);
  }
  function exportRecord(record) {
    const out = {};
    for (const key of GOLD_FIELDS) out[key] = record[key] === undefined ? null : record[key];
    for (const key of Object.keys(record)) if (!(key in out) && !key.startsWith("_")) out[key] = record[key];
    return out;
  }
  function draftOrder() {
    return [...draft.entries()].sort(([a, ra], [b, rb]) =>
      items.get(a).position - items.get(b).position || (ra._at.content ?? 0) - (rb._at.content ?? 0));
  }
  function buildExport() {
    const lines = [], problems = [];
    draftOrder().forEach(([id, record], index) => {
      const placed = place(record, index + 1);
      problems.push(...placed.problems);
      // Content and cue are scored by their place; speaker, role and transmitter by their words only.
      for (const [field, start] of Object.entries(record._at)) {
        if ((field === "content" || field === "cue") && placed.at[field] !== undefined && placed.at[field] !== start)
          problems.push(`gold line ${index + 1} (quote ${items.get(id).n} of ${record.doc_id}): the scorer would place ${field} ${JSON.stringify(record[field])} at ${placed.at[field]}, not at the selected ${start}; select a longer stretch`);
      }
      lines.push(JSON.stringify(exportRecord(record)));
    });
    return { text: lines.length ? lines.join("\n") + "\n" : "", problems };
  }

  // ------------------------------------------------------------ the draft

  for (const item of items.values()) if (item.goldRecord) draft.set(item.id, fromRecord(item.goldRecord, item.gold));

  function accept(id) {
    const item = items.get(id);
    if (!item || !item.acceptRecord) return false;
    draft.set(id, fromRecord(item.acceptRecord, item.spans));
    return true;
  }
  function ensureDraft(id) {
    if (!draft.has(id)) accept(id);
    return draft.get(id);
  }
  // A quote only the draft has (added by hand, or restored from a saved draft): a list row of its own.
  function addItem(docId, record) {
    const section = sections.get(docId);
    const position = Number(section.dataset.position);
    newCount += 1;
    const id = `new-${newCount}`;
    const item = { id, n: `new ${newCount}`, doc: docId, position, status: "new", type: null, spans: {}, gold: {}, bindings: [],
      notes: [], warnings: [], sentence: null, rule: null, goldRecord: null, acceptRecord: null };
    items.set(id, item);
    draft.set(id, record);
    const li = document.createElement("li");
    li.className = "item st-new";
    li.dataset.item = id; li.dataset.status = "new"; li.tabIndex = 0;
    for (const [cls, value] of [["badge", "new"], ["type", record.type ?? ""], ["who", "—"], ["what", (record.content || "").slice(0, 90)], ["draft-mark", ""]]) {
      const span = document.createElement("span");
      span.className = cls; span.textContent = value;
      if (cls === "who" || cls === "what") span.dir = "rtl";
      li.appendChild(span);
    }
    section.querySelector("ol.items").appendChild(li);
    return id;
  }
  function newQuote(docId, start, end) {
    const text = texts.get(docId);
    const before = text.slice(Math.max(0, start - 1), start), after = text.slice(end, end + 1);
    const quoted = /["«“]/.test(before) && /["»”]/.test(after);
    const record = { doc_id: docId, type: quoted ? "direct" : "indirect", cue: null, cue_context: null, content: null,
      speaker: null, speaker_resolved: null, role: null, via: null, _at: {} };
    setField(record, "content", start, end);
    return addItem(docId, record);
  }
  function sameRecord(a, b) {
    return Boolean(a && b) && GOLD_FIELDS.every((key) => (a[key] || null) === (b[key] || null));
  }
  // Put saved gold records back into the draft: each on the quote it was written from (the same gold or
  // predicted record, else the quote whose content starts at the same place), else as a quote of its own.
  function restoreDraft(records) {
    for (const id of [...draft.keys()]) draft.delete(id);
    records.forEach((saved, index) => {
      if (!texts.has(saved.doc_id)) return;  // the app refuses a save file with other documents
      const at = saved._at || place(saved, index + 1).at;
      const record = Object.assign({}, saved, { _at: Object.assign({}, at) });
      const free = [...items.values()].filter((item) => item.doc === saved.doc_id && !draft.has(item.id));
      const startsAt = (item) => at.content !== undefined &&
        ((item.gold.content && item.gold.content[0] === at.content) || (item.rule && item.spans.content && item.spans.content[0] === at.content));
      const item = free.find((candidate) => sameRecord(candidate.goldRecord, saved)) ||
        free.find((candidate) => sameRecord(candidate.acceptRecord, saved)) || free.find(startsAt);
      if (item) draft.set(item.id, record);
      else addItem(saved.doc_id, record);
    });
  }

  // ------------------------------------------------------------ selection → offsets

  function segmentOf(node) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element ? element.closest("[data-s]") : null;
  }
  function pointOffset(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      const segment = segmentOf(node);
      return segment ? Number(segment.dataset.s) + offset : null;
    }
    if (node.classList && node.classList.contains("text")) {
      const child = node.children[offset];
      if (child) return Number(child.dataset.s);
      const last = node.lastElementChild;
      return last ? Number(last.dataset.s) + last.textContent.length : 0;
    }
    const segment = segmentOf(node);
    if (!segment) return null;
    return Number(segment.dataset.s) + (offset > 0 ? segment.textContent.length : 0);
  }
  function selectedSpan() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const box = segmentOf(range.startContainer)?.closest("section.doc");
    const endBox = segmentOf(range.endContainer)?.closest("section.doc");
    if (!box || box !== endBox) return null;
    let start = pointOffset(range.startContainer, range.startOffset);
    let end = pointOffset(range.endContainer, range.endOffset);
    if (start === null || end === null) return null;
    if (end < start) [start, end] = [end, start];
    const text = texts.get(box.dataset.doc);
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    return start < end ? { doc: box.dataset.doc, start, end } : null;
  }

  // ------------------------------------------------------------ the draft's spans in the text

  // Cut the segment that holds `offset` in two, so that a span can start or end there.
  function splitAt(section, offset) {
    for (const segment of section.querySelector(".text").children) {
      const start = Number(segment.dataset.s), end = start + segment.textContent.length;
      if (offset <= start || offset >= end) continue;
      const tail = segment.cloneNode(false);
      tail.dataset.s = String(offset);
      tail.textContent = segment.textContent.slice(offset - start);
      segment.textContent = segment.textContent.slice(0, offset - start);
      segment.after(tail);
      return;
    }
  }
  // Outline where the selected quote's gold draft puts each field, dashed in the field's colour.
  function markDraft() {
    for (const node of document.querySelectorAll("[data-draft]")) { node.removeAttribute("data-draft"); }
    const record = current ? draft.get(current) : null;
    if (!record) return;
    const section = sections.get(record.doc_id);
    for (const [field, start] of Object.entries(record._at)) {
      if (!record[field]) continue;
      const end = start + record[field].length;
      splitAt(section, start); splitAt(section, end);
      for (const segment of section.querySelector(".text").children) {
        const at = Number(segment.dataset.s);
        if (at >= start && at < end) segment.dataset.draft = ((segment.dataset.draft || "") + " " + field).trim();
      }
    }
  }

  // ------------------------------------------------------------ showing a quote

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function row(table, cells, cls) {
    const tr = table.insertRow();
    if (cls) tr.className = cls;
    cells.forEach(([text, c], i) => { const cell = i === 0 ? el("th", text) : el("td", text, c); tr.appendChild(cell); });
    return tr;
  }
  function showDetail(item) {
    const box = document.getElementById("detail");
    box.replaceChildren();
    box.appendChild(el("h3", `${item.doc} · quote ${item.n} · ${STATUS[item.status]}`));
    const table = el("table", null, "fields");
    const header = [["field"], ["prediction"]];
    if (DATA.hasGold) header.push(["gold"]);
    header.push(["dependency path"]);
    row(table, header);
    const type = [["type"], [item.rule ? item.type : "—"]];
    if (DATA.hasGold) type.push([item.goldType ?? "—"]);
    type.push([""]);
    row(table, type, DATA.hasGold && item.rule && item.goldType && item.type !== item.goldType ? "differs" : "");
    for (const field of SPAN_FIELDS) {
      const p = item.rule ? item.spans[field] : null;
      const g = item.gold[field];
      if (!p && !g) continue;
      const cells = [[LABELS[field]], [p ? p[2] : "—", "ar"]];
      if (DATA.hasGold) cells.push([g ? g[2] : "—", "ar"]);
      cells.push([p ? (p[3] || "found by the attribution step") : "", "path"]);
      const differs = DATA.hasGold && item.rule && item.status !== "false_alarm" && (p ? p[2] : null) !== (g ? g[2] : null);
      row(table, cells, differs ? "differs" : "");
    }
    box.appendChild(table);
    if (item.rule) {
      box.appendChild(el("p", `rule ${item.rule} · confidence ${Number(item.confidence).toFixed(2)}` + (item.entity ? ` · source ${item.entity}` : "")));
      if (item.bindings.length) {
        const details = el("details");
        details.appendChild(el("summary", `the rule's ${item.bindings.length} bound nodes`));
        const bindings = el("table", null, "fields bindings");
        row(bindings, [["node"], ["word"], ["path"]]);
        for (const [node, index, text, path] of item.bindings) row(bindings, [[node], [`${text} [${index}]`, "ar"], [path, "path"]]);
        details.appendChild(bindings);
        box.appendChild(details);
      }
      for (const note of item.notes) box.appendChild(el("p", `note: ${note}`, "hint"));
      for (const warning of item.warnings) box.appendChild(el("p", `warning: ${warning}`, "warn"));
    } else if (item.status === "missed") {
      box.appendChild(el("p", "No rule produced this gold quote; the rule trace below says where each rule stopped.", "hint"));
    }
  }
  function showEditor(item) {
    const box = document.getElementById("editor");
    box.replaceChildren();
    const record = draft.get(item.id);
    box.appendChild(el("h3", record ? "In the gold draft" : "Not in the gold draft"));
    if (!record) {
      box.appendChild(el("p", item.acceptRecord ? "a: accept this prediction as gold (or select text and press a field key to accept and fix it)" : "", "hint"));
      return;
    }
    const table = el("table", null, "fields");
    const typeRow = row(table, [["type"], [record.type ?? "—"]]);
    typeRow.cells[1].id = "draft-type";
    const typeButton = el("button", "t: next type");
    typeButton.type = "button";
    typeButton.addEventListener("click", () => { changed = true; cycleType(item.id); });
    typeRow.appendChild(el("td")).appendChild(typeButton);
    for (const field of SPAN_FIELDS) {
      const tr = row(table, [[LABELS[field]], [record[field] ?? "—", "ar"]], "field-row");
      const clear = el("button", "×");
      clear.type = "button"; clear.title = `clear ${LABELS[field]}`;
      clear.addEventListener("click", () => { changed = true; setField(record, field, null, null); refresh(); });
      tr.appendChild(el("td")).appendChild(clear);
    }
    row(table, [["cue_context"], [record.cue_context ?? "—", "ar"]]);
    box.appendChild(table);
    const problems = place(record, 1).problems;
    for (const problem of problems) box.appendChild(el("p", problem.replace(/^gold line 1 /, ""), "warn"));
    box.appendChild(el("p", "select text, then c u s e r v to set content, cue, speaker, resolved speaker, role, transmitter; Shift clears; x removes", "hint"));
  }
  function showParse(item) {
    const box = document.getElementById("parse");
    box.replaceChildren();
    const template = item.sentence ? document.getElementById(`sent-${item.sentence}`) : null;
    if (!template) { box.appendChild(el("p", "no parse: the quote is not in a parsed sentence", "hint")); return; }
    box.appendChild(el("h3", `parse of sentence ${Number(item.sentence.split("-s")[1]) + 1}`));
    box.appendChild(template.content.cloneNode(true));
    const words = new Set(item.bindings.map((binding) => String(binding[1])));
    for (const word of box.querySelectorAll("svg text.word")) {
      if (words.has(word.dataset.word)) word.classList.add("focus");
    }
    if (item.status === "missed") box.querySelector("details.trace-box").open = true;
    // Arabic runs right to left: bring the quote's words (else the sentence start, at the right) into view.
    const wrap = box.querySelector(".svg-wrap");
    const focus = box.querySelector("svg text.word.focus");
    if (focus) {
      const word = focus.getBoundingClientRect(), frame = wrap.getBoundingClientRect();
      wrap.scrollLeft += word.left - frame.left - frame.width / 2;
    } else wrap.scrollLeft = wrap.scrollWidth;
  }
  function select(id, scroll) {
    const item = items.get(id);
    if (!item) return;
    current = id;
    document.getElementById("panel").hidden = false;
    for (const node of document.querySelectorAll(".selected")) node.classList.remove("selected");
    const li = document.querySelector(`li.item[data-item="${id}"]`);
    if (li) { li.classList.add("selected"); if (scroll) li.scrollIntoView({ block: "nearest" }); }
    for (const segment of sections.get(item.doc).querySelectorAll(".hl")) {
      if (segment.dataset.items.split(" ").includes(id)) segment.classList.add("selected");
    }
    showDetail(item); showParse(item); showEditor(item); markDraft();
  }
  let changed = false;
  window.addEventListener("beforeunload", (event) => { if (changed) event.preventDefault(); });
  function refresh() {
    document.getElementById("draft-count").textContent = String(draft.size);
    for (const li of document.querySelectorAll("li.item")) li.classList.toggle("in-draft", draft.has(li.dataset.item));
    for (const [id, record] of draft) {
      if (!id.startsWith("new-")) continue;
      const li = document.querySelector(`li.item[data-item="${id}"]`);
      li.querySelector(".type").textContent = record.type ?? "";
      li.querySelector(".who").textContent = record.speaker_resolved || record.speaker || "—";
      li.querySelector(".what").textContent = (record.content || "").slice(0, 90);
    }
    if (current) { const item = items.get(current); showEditor(item); markDraft(); }
  }
  function cycleType(id) {
    const record = ensureDraft(id);
    if (!record) return;
    record.type = TYPES[(TYPES.indexOf(record.type) + 1) % TYPES.length];
    refresh();
  }

  // ------------------------------------------------------------ filters

  function applyFilter(kind) {
    document.body.dataset.filter = kind;
    for (const button of document.querySelectorAll("#filters button")) button.classList.toggle("active", button.dataset.filter === kind);
    const shown = new Set();
    for (const li of document.querySelectorAll("li.item")) {
      const visible = kind === "all" || li.dataset.status === kind;
      li.classList.toggle("hidden", !visible);
      if (visible) shown.add(li.dataset.item);
    }
    for (const section of sections.values()) {
      section.classList.toggle("hidden", kind !== "all" && !section.querySelector("li.item:not(.hidden)"));
      for (const segment of section.querySelectorAll(".hl")) {
        segment.classList.toggle("dim", kind !== "all" && !segment.dataset.items.split(" ").some((id) => shown.has(id)));
      }
    }
  }

  // ------------------------------------------------------------ export

  function openExport() {
    const built = buildExport();
    const dialog = document.getElementById("export");
    const list = document.getElementById("export-problems");
    list.replaceChildren(...built.problems.map((problem) => el("li", problem)));
    document.getElementById("export-text").value = built.text;
    document.getElementById("download-button").disabled = built.problems.length > 0;
    const save = document.getElementById("save-button");
    if (save) { save.disabled = built.problems.length > 0; status("save-status", ""); }
    dialog.dataset.lines = String(draft.size);
    if (!dialog.open) dialog.showModal();
    if (save && !save.disabled) save.focus();  // Enter saves
  }
  function download() {
    const built = buildExport();
    if (built.problems.length) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([built.text], { type: "application/x-ndjson" }));
    link.download = "gold.jsonl";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  // ------------------------------------------------------------ served: save, restore, rerun

  function status(id, message) { const node = document.getElementById(id); if (node) node.textContent = message; }
  async function answer(response) {
    try { return await response.json(); } catch { return { problems: [`the app answered ${response.status} ${response.statusText}`] }; }
  }
  async function saveDraft() {
    const built = buildExport();
    if (built.problems.length) return;
    status("save-status", "saving…");
    const response = await fetch(SERVE.save, { method: "POST", headers: { "Content-Type": "application/x-ndjson" }, body: built.text });
    const body = await answer(response);
    if (response.ok) {
      changed = false;
      const message = `saved ${body.quotes} quotes to ${body.path}`;
      status("save-status", message); status("serve-status", message);
    } else {
      document.getElementById("export-problems").replaceChildren(...(body.problems || []).map((problem) => el("li", problem)));
      status("save-status", `not saved: ${(body.problems || []).length} problems`);
    }
  }
  async function rerun() {
    const button = document.getElementById("rerun-button");
    button.disabled = true;
    status("serve-status", "rerunning the rules…");
    document.getElementById("serve-problems").replaceChildren();
    const response = await fetch(SERVE.rerun, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    const body = await answer(response);
    if (!response.ok) {
      button.disabled = false;
      status("serve-status", "the rules were not rerun: the page still shows the last run");
      document.getElementById("serve-problems").replaceChildren(...(body.problems || []).map((problem) => el("li", problem)));
      return;
    }
    if (changed) sessionStorage.setItem(STASH, JSON.stringify(draftOrder().map(([, record]) => record)));
    changed = false;
    window.location.reload();
  }
  async function startServed() {
    const stash = sessionStorage.getItem(STASH);
    sessionStorage.removeItem(STASH);
    try {
      if (stash) {
        restoreDraft(JSON.parse(stash));
        changed = true;
        status("serve-status", `rules rerun; the unsaved draft (${draft.size} quotes) is kept`);
      } else {
        const response = await fetch(SERVE.draft, { cache: "no-store" });
        const body = await answer(response);
        if (!response.ok) throw new Error((body.problems || []).join("; "));
        if (body.records) {
          restoreDraft(body.records);
          status("serve-status", `draft restored from ${body.path}: ${body.records.length} quotes`);
        }
      }
      document.body.dataset.draft = "restored";
    } catch (error) {
      status("serve-status", `the saved draft could not be restored: ${error.message}`);
      document.body.dataset.draft = "failed";
    }
    refresh();
  }

  // ------------------------------------------------------------ events

  document.addEventListener("click", (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const li = target.closest("li.item");
    if (li) { select(li.dataset.item, false); return; }
    const segment = target.closest(".hl");
    if (segment && window.getSelection().isCollapsed) {
      const ids = segment.dataset.items.split(" ");
      const next = ids.includes(current) && ids.length > 1 ? ids[(ids.indexOf(current) + 1) % ids.length] : ids[0];
      select(next, true);
    }
    const filter = target.closest("#filters button");
    if (filter) applyFilter(filter.dataset.filter);
  });
  const hoverbar = document.getElementById("hoverbar");
  function say(message) { hoverbar.textContent = message; }
  document.addEventListener("mouseover", (event) => {
    const segment = event.target instanceof Element ? event.target.closest(".hl") : null;
    for (const node of document.querySelectorAll(".entity-hot")) node.classList.remove("entity-hot");
    hoverbar.textContent = segment ? segment.title : "";
    if (!segment || !segment.dataset.entity) return;
    const section = segment.closest("section.doc");
    const wanted = segment.dataset.entity.split(" ");
    for (const other of section.querySelectorAll(".hl[data-entity]")) {
      if (other.dataset.entity.split(" ").some((entity) => wanted.includes(entity))) other.classList.add("entity-hot");
    }
  });
  document.getElementById("export-button").addEventListener("click", openExport);
  document.getElementById("download-button").addEventListener("click", download);
  document.getElementById("close-export").addEventListener("click", () => document.getElementById("export").close());
  document.getElementById("help-button").addEventListener("click", () => document.getElementById("help").showModal());
  if (SERVE) {
    document.getElementById("rerun-button").addEventListener("click", rerun);
    const save = document.getElementById("save-button");
    if (save) save.addEventListener("click", saveDraft);
  }

  function visibleItems() { return [...document.querySelectorAll("li.item:not(.hidden)")].filter((li) => !li.closest("section.hidden")); }
  function step(delta) {
    const list = visibleItems();
    if (!list.length) return;
    const at = list.findIndex((li) => li.dataset.item === current);
    const next = at < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + delta));
    select(list[next].dataset.item, true);
    list[next].focus({ preventScroll: true });
  }
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLElement && event.target.matches("input, textarea, select")) return;
    if (document.querySelector("dialog[open]") && event.key !== "Escape") return;
    const key = event.key;
    const lower = key.toLowerCase();
    let handled = true;
    if (key === "Enter" && event.target instanceof HTMLElement && event.target.matches("li.item")) select(event.target.dataset.item, false);
    else if (key === "j") step(1);
    else if (key === "k") step(-1);
    else if (/^[0-5]$/.test(key) && document.querySelector(`#filters button[data-filter="${FILTERS[Number(key)]}"]`)) applyFilter(FILTERS[Number(key)]);
    else if (key === "w") openExport();
    else if (key === "?") document.getElementById("help").showModal();
    else if (key === "a" && current) { accept(current); refresh(); }
    else if (key === "x" && current) { draft.delete(current); refresh(); }
    else if (key === "t" && current) cycleType(current);
    else if (key === "n") {
      const span = selectedSpan();
      if (span) { const id = newQuote(span.doc, span.start, span.end); window.getSelection().removeAllRanges(); select(id, true); refresh(); }
    } else if (lower in FIELD_KEYS && !current) {
      say("first click a quote (or select its content and press n for a new one), then select text and press the field's key");
    } else if (lower in FIELD_KEYS) {
      const field = FIELD_KEYS[lower];
      const item = items.get(current);
      if (event.shiftKey) { const record = draft.get(current); if (record) setField(record, field, null, null); }
      else {
        const span = selectedSpan();
        const record = span && span.doc === item.doc ? ensureDraft(current) : null;
        if (record) { setField(record, field, span.start, span.end); window.getSelection().removeAllRanges(); }
        else say(span ? "the selection is in another document than the quote" : "select the text first, then press the field's key");
      }
      refresh();
    } else handled = false;
    if (handled && key !== "j" && key !== "k" && !/^[0-5?w]$/.test(key)) changed = true;
    if (handled) event.preventDefault();
  });
  refresh();
  if (SERVE) startServed();
  window.quotesReview = { buildExport, cueContext, pyRepr, draftSize: () => draft.size };
})();
