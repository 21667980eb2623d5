// The workbench's capsule and page forms: gathers what is on screen into the API's shape,
// checks it while typing (debounced), previews it, uploads photos, and saves it with the
// version it was opened at. The page works from what the server rendered; this script only
// adds to it. A page is a capsule's texts without the rest: the capsule's parts are skipped.

const booleans = ['draft', 'privacy_reviewed'];
const holder = document.getElementById('form-data');
if (holder) start(JSON.parse(holder.dataset.json));

function start(data) {
  const w = data.words;
  const form = document.getElementById('editor');
  const api = '/__vigie/api/';
  const isCapsule = data.what === 'capsules';
  const own = `${data.what}/${data.slug}`;
  let version = data.version;
  let original = data.languages;
  const status = document.getElementById('status');
  const say = (text, bad = false) => {
    status.textContent = text;
    status.classList.toggle('bad', bad);
  };
  const columns = () => [...form.querySelectorAll('section.lang')];
  const present = (section) => !section.querySelector('.fields')?.hidden || section.querySelector('[data-source]');

  // --- The form as the API's `languages` -----------------------------------------------
  const valueOf = (input) => {
    if (input.dataset.list !== undefined) return input.value.split(',').map((s) => s.trim()).filter(Boolean);
    if (input.dataset.lines !== undefined) return input.value.split('\n').map((s) => s.trim()).filter(Boolean);
    if (input.dataset.numbers !== undefined) {
      const n = input.value.split(',').filter(Boolean).map(Number);
      return n.length ? n : null;
    }
    if (input.dataset.date !== undefined) {
      if (!input.value) return null;
      const time = form.querySelector(`[data-time-for="${input.id}"]`)?.value;
      return time ? `${input.value}T${time}:00` : input.value;
    }
    return input.value === '' ? null : input.value;
  };
  const setPath = (object, key, value) => {
    const [head, rest] = key.split(/\.(.*)/s);
    if (rest === undefined) {
      if (value === null || (Array.isArray(value) && value.length === 0)) delete object[head];
      else object[head] = value;
      return;
    }
    const inner = typeof object[head] === 'object' && object[head] !== null ? object[head] : {};
    setPath(inner, rest, value);
    if (Object.keys(inner).length) object[head] = inner;
    else delete object[head];
  };
  const hasPath = (object, key) => key.split('.').reduce((o, k) => (o && typeof o === 'object' && k in o ? o[k] : undefined), object) !== undefined;
  // A moment the webmaster did not touch keeps the way it was written (an offset, seconds).
  const moments = ['date', 'expires', 'event.start', 'event.end'];
  const sameMoment = (was, now) => typeof was === 'string' && now !== null && was.startsWith(now.slice(0, 16).replace(/:00$/, ''));

  function gather() {
    const languages = {};
    const shared = {};
    for (const input of form.querySelectorAll('.once [data-key]')) {
      const key = input.dataset.key;
      if (input.type === 'radio') {
        if (input.checked) shared[key] = input.value;
      } else if (input.dataset.optOut !== undefined) {
        // Checked is the default, not written; unchecked writes `false`.
        shared[key] = input.checked ? null : false;
      } else if (input.type === 'checkbox') {
        shared[key] ??= [];
        if (input.checked) shared[key].push(input.value);
      } else if (booleans.includes(key)) shared[key] = { true: true, false: false }[input.value] ?? null;
      else shared[key] = valueOf(input);
    }
    const sections = columns().filter(present);
    for (const section of sections) {
      const lang = section.dataset.lang;
      const source = section.querySelector('[data-source]');
      if (source) {
        languages[lang] = { source: source.value };
        continue;
      }
      const fm = structuredClone(original[lang]?.front_matter ?? {});
      for (const input of section.querySelectorAll('.fields [data-key]')) setPath(fm, input.dataset.key, valueOf(input));
      for (const rows of section.querySelectorAll('[data-rows]')) {
        const list = [...rows.querySelectorAll('.row-item')].map((item) => {
          const row = {};
          for (const input of item.querySelectorAll('[data-row-key]')) if (input.value) row[input.dataset.rowKey] = input.value;
          return row;
        }).filter((row) => Object.keys(row).length);
        setPath(fm, rows.dataset.rows, list);
      }
      languages[lang] = { front_matter: fm, body: section.querySelector('[data-body]').value };
    }
    // A field for every language goes where it already is, else into the first language's file.
    const parsed = Object.keys(languages).filter((l) => languages[l].front_matter);
    for (const [key, value] of Object.entries(shared)) {
      const holders = parsed.filter((l) => hasPath(original[l]?.front_matter ?? {}, key));
      const targets = holders.length ? holders : parsed.slice(0, 1);
      for (const lang of parsed) {
        const fm = languages[lang].front_matter;
        const was = key.split('.').reduce((o, k) => o?.[k], original[lang]?.front_matter ?? {});
        const keep = moments.includes(key) && sameMoment(was, value);
        setPath(fm, key, targets.includes(lang) ? (keep ? was : value) : null);
      }
    }
    return languages;
  }

  // --- Requests ---------------------------------------------------------------------------
  const send = (method, path, body, headers = {}) => fetch(api + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });

  // --- Findings next to their fields -----------------------------------------------------
  const list = document.getElementById('findings');
  const reviewList = document.getElementById('review-list');
  let privacyOpen = 0;
  function showFindings(findings) {
    for (const slot of document.querySelectorAll('.finding-slot')) slot.textContent = '';
    list.textContent = '';
    if (reviewList) reviewList.textContent = '';
    privacyOpen = 0;
    if (!findings.length) list.append(item(w.no_findings));
    for (const f of findings) {
      const where = f.line ? `${f.file}:${f.line}:${f.column}` : f.file;
      const text = `${f.severity === 'error' ? '✖' : '⚠'} ${f.message}${f.hint ? ` — ${f.hint}` : ''}`;
      const li = item(`${where} · ${text}`);
      li.className = f.severity;
      list.append(li);
      const top = (f.field ?? '').split('.')[0];
      const scope = f.lang ? form.querySelector(`section.lang[data-lang="${f.lang}"]`) : form;
      const slot = scope?.querySelector(`.finding-slot[data-for="${f.field}"]`)
        ?? scope?.querySelector(`.finding-slot[data-for="${top}"]`)
        ?? form.querySelector(`.once .finding-slot[data-for="${f.field}"], .once .finding-slot[data-for="${top}"]`);
      if (slot) {
        const p = document.createElement('span');
        p.className = `finding ${f.severity}`;
        p.textContent = text;
        slot.append(p);
      }
      if (reviewList && f.rule.startsWith('privacy/')) {
        privacyOpen += 1;
        const li2 = item(`${f.lang ? f.lang.toUpperCase() + ' · ' : ''}${f.message} `);
        const found = f.found;
        if (found && f.lang) {
          const allow = document.createElement('button');
          allow.type = 'button';
          allow.textContent = `${w.allow_this} « ${found} »`;
          allow.addEventListener('click', () => {
            const box = form.querySelector(`section.lang[data-lang="${f.lang}"] [data-key="allow"]`);
            box.value = (box.value ? box.value + '\n' : '') + found;
            scheduleCheck();
          });
          li2.append(allow);
        }
        reviewList.append(li2);
      }
    }
    if (reviewList) document.getElementById('reviewed').disabled = privacyOpen > 0;
  }
  const item = (text) => {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  };

  // --- Counters ---------------------------------------------------------------------------
  const graphemes = (s) => [...new Intl.Segmenter().segment(s)].length;
  function count() {
    for (const input of form.querySelectorAll('[data-limit]')) {
      const out = document.getElementById(`${input.id}-count`);
      const n = graphemes(input.value);
      const limit = Number(input.dataset.limit);
      out.textContent = `${n} / ${limit} ${w.characters}`;
      out.classList.toggle('over', n > limit);
    }
  }

  // --- Check while typing ------------------------------------------------------------------
  let timer;
  let asked = 0;
  function scheduleCheck() {
    count();
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  }
  async function check() {
    const n = ++asked;
    const which = isCapsule ? { slug: data.slug } : { page: data.slug };
    const response = await send('POST', 'check', { ...which, languages: gather() });
    if (n !== asked || !response.ok) return;
    const answer = await response.json();
    showFindings(answer.findings);
    for (const [lang, html] of Object.entries(answer.rendered ?? {})) {
      const target = form.querySelector(`section.lang[data-lang="${lang}"] [data-rendered]`);
      if (target) target.innerHTML = html;
    }
    for (const [lang, sms] of Object.entries(answer.sms ?? {})) {
      const out = document.getElementById(`${lang}-sms-count`);
      if (out) out.textContent = `${sms.length} ${w.characters} · ${sms.segments} ${w.segments}`;
    }
  }
  form.addEventListener('input', scheduleCheck);
  form.addEventListener('change', scheduleCheck);

  // --- Saving ------------------------------------------------------------------------------
  async function save(change = () => {}) {
    change();
    const languages = gather();
    const response = await send('PUT', own, { languages }, { 'If-Match': `"${version}"` });
    const answer = await response.json().catch(() => ({}));
    if (response.status === 200) {
      version = answer.version;
      original = Object.fromEntries(Object.entries(languages).map(([l, t]) => [l, t]));
      showFindings(answer.findings ?? []);
      say(w.saved);
      return true;
    }
    if (response.status === 412) {
      offerReload();
    } else if (response.status === 422) {
      showFindings(answer.findings);
      say(w.save_refused, true);
    } else say(answer.error ?? `HTTP ${response.status}`, true);
    return false;
  }
  const setShared = (key, value) => {
    let input = form.querySelector(`.once [data-key="${key}"]`);
    if (!input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.dataset.key = key;
      form.querySelector('.once').append(input);
    }
    input.value = value;
  };
  document.getElementById('save').addEventListener('click', () => save());
  // The files changed on disk since they were read: say so, and offer to read them again.
  function offerReload() {
    say(w.changed_on_disk, true);
    const again = document.createElement('button');
    again.type = 'button';
    again.textContent = w.reload;
    again.addEventListener('click', () => location.reload());
    status.append(' ', again);
  }
  document.getElementById('undo').addEventListener('click', async () => {
    const response = await send('POST', `${own}/undo`);
    if (response.ok) return location.reload();
    const answer = await response.json().catch(() => ({}));
    // A version in the refusal: the files changed since the last save, which undo keeps.
    if (answer.version) offerReload();
    else say(answer.error ?? `HTTP ${response.status}`, true);
  });
  let shown = 'page';
  let leafletUrl;
  if (isCapsule) capsuleParts({ form, w, say, save, setShared, scheduleCheck, api, data });
  setUpLanguages();
  setUpToolbars();
  setUpPreviews();
  count();
  check();
  refresh();

  // --- Languages: "start from the French text" ----------------------------------------------
  function setUpLanguages() {
    for (const button of form.querySelectorAll('.start-from')) {
      button.addEventListener('click', () => {
        const to = form.querySelector(`section.lang[data-lang="${button.dataset.lang}"]`);
        const from = form.querySelector(`section.lang[data-lang="${button.dataset.from}"]`);
        for (const input of to.querySelectorAll('.fields [data-key], .fields [data-body]')) {
          const twin = from.querySelector(`[data-key="${input.dataset.key}"]`) ?? (input.dataset.body !== undefined ? from.querySelector('[data-body]') : null);
          if (twin) input.value = twin.value;
        }
        to.querySelector('.fields').hidden = false;
        to.classList.remove('absent');
        to.querySelector('p.missing')?.remove();
        button.closest('p').remove();
        to.querySelector('[data-key="title"]').focus();
        scheduleCheck();
      });
    }
  }

  // --- The body's toolbar -----------------------------------------------------------------
  function setUpToolbars() {
    for (const bar of form.querySelectorAll('.toolbar')) {
      const area = document.getElementById(bar.getAttribute('aria-controls'));
      const replace = (make) => {
        const { selectionStart: a, selectionEnd: b, value } = area;
        const [text, caret] = make(value.slice(a, b), value, a);
        area.setRangeText(text, a, b, 'end');
        if (caret !== undefined) area.setSelectionRange(a + caret, a + caret);
        area.focus();
        scheduleCheck();
      };
      bar.addEventListener('click', (event) => {
        const b = event.target.closest('button');
        if (!b) return;
        if (b.dataset.wrap) replace((s) => [`${b.dataset.wrap}${s}${b.dataset.wrap}`, s ? undefined : b.dataset.wrap.length]);
        else if (b.dataset.line) replace((s, value, at) => [`${at && value[at - 1] !== '\n' ? '\n' : ''}${b.dataset.line}${s}`]);
        else if (b.dataset.link !== undefined) replace((s) => [`[${s}](https://)`, s.length + 3]);
        else if (b.dataset.internal !== undefined) {
          const select = bar.querySelector('select.internal');
          if (!select.value) return;
          const title = select.selectedOptions[0].textContent;
          replace((s) => [`[${s || title}](${select.value})`]);
        }
      });
    }
  }

  // --- Previews -----------------------------------------------------------------------------
  function setUpPreviews() {
    const tabs = [...document.querySelectorAll('[role="tab"]')];
    const choose = (tab) => {
      for (const t of tabs) {
        const on = t === tab;
        t.setAttribute('aria-selected', String(on));
        t.tabIndex = on ? 0 : -1;
        document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
      }
      shown = tab.id.slice(4);
      refresh();
    };
    for (const tab of tabs) {
      tab.addEventListener('click', () => choose(tab));
      tab.addEventListener('keydown', (e) => {
        const i = tabs.indexOf(tab);
        const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i + tabs.length - 1) % tabs.length] : null;
        if (next) { next.focus(); choose(next); }
      });
    }
    document.getElementById('refresh').addEventListener('click', refresh);
    document.getElementById('preview-lang').addEventListener('change', refresh);
  }

  async function refresh() {
    const lang = document.getElementById('preview-lang').value;
    const what = { page: 'page.html', leaflet: 'leaflet.pdf' }[shown] ?? 'kit.json';
    const response = await send('POST', `preview/${isCapsule ? '' : 'pages/'}${data.slug}/${lang}/${what}`, { languages: gather() });
    if (!response.ok) {
      const answer = await response.json().catch(() => ({}));
      // Content errors are listed with the findings; the preview waits for them to be fixed.
      if (answer.findings) showFindings(answer.findings);
      else say(answer.error ?? `HTTP ${response.status}`, true);
      return;
    }
    if (shown === 'page') {
      const html = await response.text();
      document.getElementById('page-frame').srcdoc = html;
    } else if (shown === 'leaflet') {
      if (leafletUrl) URL.revokeObjectURL(leafletUrl);
      leafletUrl = URL.createObjectURL(await response.blob());
      document.getElementById('leaflet-frame').src = leafletUrl;
    } else {
      const kit = await response.json();
      const posts = document.getElementById('kit');
      posts.textContent = '';
      for (const post of kit.posts) {
        const li = document.createElement('li');
        const head = document.createElement('h3');
        head.textContent = post.seconds
          ? `${post.network} · ~${post.seconds} s`
          : `${post.network} · ${post.length}${post.limit ? ` / ${post.limit}` : ''}${post.segments ? ` · ${post.segments} ${w.segments}` : ''}`;
        if (!post.fits) li.className = 'over';
        const text = document.createElement('pre');
        text.textContent = post.subject ? `${post.subject}\n\n${post.text}` : post.text;
        li.append(head, text);
        posts.append(li);
      }
      for (const [id, entry] of [['feed', kit.feed], ['digest', kit.digest]]) {
        const box = document.getElementById(id);
        box.textContent = '';
        const h = document.createElement('h3');
        const a = document.createElement('a');
        a.href = entry.link;
        a.textContent = entry.title;
        h.append(a);
        const p = document.createElement('p');
        p.textContent = entry.summary;
        const d = document.createElement('p');
        d.className = 'quiet';
        d.textContent = entry.date ?? '';
        box.append(h, d, p);
      }
    }
  }
}

// The parts of the form only a capsule has: publishing and scheduling, the privacy review,
// the kind, rows of press articles and posts, the photo.
function capsuleParts({ form, w, say, save, setShared, scheduleCheck, api, data }) {
  document.getElementById('publish').addEventListener('click', () => save(() => setShared('draft', '')));
  document.getElementById('schedule').addEventListener('click', () => {
    const day = document.getElementById('schedule-date').value;
    if (!day) return;
    save(() => {
      form.querySelector('#date').value = day;
      setShared('draft', '');
    });
  });
  document.getElementById('reviewed').addEventListener('click', async () => {
    if (await save(() => setShared('privacy_reviewed', 'true'))) say(w.reviewed);
    else setShared('privacy_reviewed', 'false');
  });
  // draft and privacy_reviewed are hidden fields: "true", "false", or "" for not written.
  for (const key of booleans) {
    const was = Object.values(data.languages).map((l) => l.front_matter?.[key]).find((v) => v !== undefined);
    if (was !== undefined) setShared(key, String(was));
  }

  // --- Kind: an alert needs an end -----------------------------------------------------------
  const showKind = () => {
    const kind = form.querySelector('[name="kind"]:checked')?.value;
    form.querySelector('.expires').hidden = kind !== 'alert';
    document.getElementById('review').hidden = !(kind === 'alert' || kind === 'news');
  };
  form.querySelectorAll('[name="kind"]').forEach((r) => r.addEventListener('change', showKind));
  showKind();

  // --- Rows of press articles and original posts ------------------------------------------
  for (const rows of form.querySelectorAll('[data-rows]')) {
    const listEl = rows.querySelector('.row-list');
    const add = (values = {}) => {
      const node = rows.querySelector('template').content.firstElementChild.cloneNode(true);
      for (const input of node.querySelectorAll('[data-row-key]')) {
        const v = values[input.dataset.rowKey];
        if (v !== undefined) input.value = input.type === 'date' ? String(v).slice(0, 10) : v;
      }
      node.querySelector('[data-remove-row]').addEventListener('click', () => { node.remove(); scheduleCheck(); });
      listEl.append(node);
    };
    for (const values of JSON.parse(listEl.dataset.initial || '[]')) add(values);
    rows.querySelector('[data-add-row]').addEventListener('click', () => add());
  }

  // --- The photo: upload, focus point, crops ------------------------------------------------
  const src = document.getElementById('image-src');
  const focus = document.getElementById('image-focus');
  const photo = document.getElementById('photo');
  const mark = document.getElementById('focus-mark');
  const crops = [document.getElementById('crop-wide'), document.getElementById('crop-square')];
  const mediaUrl = (name) => `${api}capsules/${data.slug}/media/${encodeURIComponent(name)}`;
  const showPhoto = () => {
    const has = Boolean(src.value);
    document.querySelector('.focus-area').hidden = !has;
    document.querySelector('.crops').hidden = !has;
    if (!has) return;
    for (const img of [photo, ...crops]) if (!img.src.endsWith(encodeURIComponent(src.value))) img.src = mediaUrl(src.value);
    const [x, y] = (focus.value || '0.5,0.5').split(',').map(Number);
    for (const img of crops) img.style.objectPosition = `${x * 100}% ${y * 100}%`;
    mark.hidden = !focus.value;
    mark.style.left = `${x * 100}%`;
    mark.style.top = `${y * 100}%`;
  };
  document.getElementById('focus-button').addEventListener('click', (event) => {
    const box = photo.getBoundingClientRect();
    const x = event.clientX ? (event.clientX - box.left) / box.width : 0.5;
    const y = event.clientY ? (event.clientY - box.top) / box.height : 0.5;
    const round = (n) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
    focus.value = `${round(x)},${round(y)}`;
    showPhoto();
    scheduleCheck();
  });
  // From the keyboard, the arrows move the point.
  document.getElementById('focus-button').addEventListener('keydown', (event) => {
    const step = { ArrowLeft: [-0.05, 0], ArrowRight: [0.05, 0], ArrowUp: [0, -0.05], ArrowDown: [0, 0.05] }[event.key];
    if (!step) return;
    event.preventDefault();
    const [x, y] = (focus.value || '0.5,0.5').split(',').map(Number);
    const round = (n) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
    focus.value = `${round(x + step[0])},${round(y + step[1])}`;
    showPhoto();
    scheduleCheck();
  });
  // Sends a file into the bundle; its stored name, or null once the refusal is said.
  async function sendFile(file) {
    const body = new FormData();
    body.append('file', file, file.name);
    const response = await fetch(`${api}capsules/${data.slug}/media`, { method: 'POST', body, credentials: 'same-origin' });
    const answer = await response.json();
    if (response.status !== 201) {
      say(answer.error, true);
      return null;
    }
    return answer.src;
  }
  async function upload(file) {
    const name = await sendFile(file);
    if (!name) return;
    src.value = name;
    showPhoto();
    scheduleCheck();
  }
  // Videos and captions: the stored name goes into the field the picker belongs to.
  for (const picker of document.querySelectorAll('[data-upload-into]')) {
    picker.addEventListener('change', async () => {
      const name = picker.files[0] && await sendFile(picker.files[0]);
      if (!name) return;
      document.getElementById(picker.dataset.uploadInto).value = name;
      scheduleCheck();
    });
  }
  document.getElementById('photo-file').addEventListener('change', (e) => e.target.files[0] && upload(e.target.files[0]));
  const drop = document.getElementById('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files[0]) upload(e.dataTransfer.files[0]);
  });
  showPhoto();

}
