/**
 * The preview page: the plan's text on the left (editor, then its errors and warnings), the
 * document on the right (its pages, or the comparison with another plan). Edits are rebuilt by
 * the server as you type and saved to the file only on Ctrl+S / Lưu.
 */
import type { Text } from '@codemirror/state';
import schema from '../../../schemas/plan.schema.json';
import type { ActionResponse, BuildResponse, CompareResponse, OpenPlan, PageDiagnostic, SaveResponse, ServerEvent, StateResponse } from '../protocol.js';
import { PlanEditor } from './editor.js';
import { setLang, t, type Key } from './i18n.js';
import { PdfView, type DrawReport } from './pdf-view.js';
import type { Schema } from './schema-assist.js';
import './style.css';

/** Pause after the last keystroke before a rebuild, milliseconds. */
const DEBOUNCE = 100;

interface Timing {
  id: number;
  /** performance.now() of the last edit before the request (or the save). */
  edit: number;
  sent: number;
  answered: number;
  fetched: number;
  loaded?: number;
  laidOut?: number;
  firstPage?: number;
  server?: { compile: number; pdf: number };
}

/** What the browser test reads. */
interface Probe {
  ready: boolean;
  builds: number;
  drawn: number;
  timings: Timing[];
  lastDiagnostics: PageDiagnostic[];
}
const probe: Probe = { ready: false, builds: 0, drawn: 0, timings: [], lastDiagnostics: [] };
(window as unknown as { __cchcPreview: Probe }).__cchcPreview = probe;

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean | ((e: Event) => void)> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  return (await res.json()) as T;
}

async function postJson<T>(url: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

function notice(text: string, kind: 'info' | 'error' = 'info', actions: HTMLElement[] = []): HTMLElement {
  const bar = document.getElementById('banner')!;
  const el = h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('span', {}, text), ...actions);
  bar.replaceChildren(el);
  if (kind === 'info' && !actions.length) setTimeout(() => el.remove(), 6000);
  return el;
}

// ---- choosing or creating a plan -------------------------------------------------------------

function pickerView(state: StateResponse, back?: () => void): HTMLElement {
  const list = state.plans.length
    ? h('ul', { class: 'plans' }, ...state.plans.map((name) => h('li', {}, h('button', { type: 'button', class: 'plan', onclick: () => void open(name) }, name))))
    : h('p', { class: 'muted' }, t('pickNone', { folder: state.folder }));
  const file = h('input', { name: 'file', required: true, value: `ke-hoach-${state.year}.yaml`, autocomplete: 'off' });
  const level = h('select', { name: 'level' }, ...(['xa', 'huyen', 'tinh'] as const).map((l) => h('option', { value: l }, t(l === 'xa' ? 'levelXa' : l === 'huyen' ? 'levelHuyen' : 'levelTinh'))));
  const unit = h('input', { name: 'unit', autocomplete: 'off', placeholder: 'Sơn Mai' });
  const year = h('input', { name: 'year', type: 'number', min: '1945', max: '2999', value: String(state.year) });
  const from = h('select', { name: 'from' }, h('option', { value: '' }, t('createFromNone')), ...state.plans.map((p) => h('option', { value: p }, p)));
  const message = h('p', { class: 'form-message', role: 'alert' });
  const form = h(
    'form',
    {
      class: 'create',
      onsubmit: (e: Event) => {
        e.preventDefault();
        void (async () => {
          const { body } = await postJson<ActionResponse>('api/create', {
            file: file.value,
            level: level.value,
            unit: unit.value,
            year: Number(year.value),
            ...(from.value ? { from: from.value } : {}),
          });
          if (body.ok) location.reload();
          else message.textContent = body.message;
        })();
      },
    },
    h('label', {}, t('createFile'), file),
    h('div', { class: 'row' }, h('label', {}, t('createLevel'), level), h('label', { class: 'grow' }, t('createUnit'), unit), h('label', {}, t('createYear'), year)),
    h('label', {}, t('createFrom'), from),
    message,
    h('button', { type: 'submit', class: 'primary' }, t('create')),
  );
  async function open(name: string) {
    const { body } = await postJson<ActionResponse>('api/open', { name });
    if (body.ok) location.reload();
    else notice(body.message, 'error');
  }
  return h(
    'div',
    { class: 'picker' },
    h('section', { class: 'card' }, h('h1', {}, t('pickTitle')), h('p', {}, t('pickIntro', { folder: state.folder })), list),
    h('section', { class: 'card' }, h('h2', {}, t('createTitle')), form),
    back ? h('button', { type: 'button', class: 'back', onclick: back }, t('cancel')) : null,
  );
}

// ---- the editor and the document -------------------------------------------------------------

function editorView(state: StateResponse, plan: OpenPlan): void {
  const app = document.getElementById('app')!;
  let base = plan.version;
  let baseText = plan.text;
  let builtOk = false;
  let lastEdit = performance.now();
  let editedYet = false;
  let timer: number | undefined;
  let inFlight = false;
  let queued = false;
  let seq = 0;
  let connected = true;

  const status = h('span', { class: 'status', 'aria-live': 'polite' });
  const buildStatus = h('span', { class: 'build-status', 'aria-live': 'polite' });
  const pageNo = h('span', { class: 'page-no' });
  const saveBtn = h('button', { type: 'button', class: 'primary', title: t('saveTitle'), onclick: () => void save() }, t('save'));
  const docxLink = h('a', { class: 'button disabled', href: 'download/docx', download: '', title: t('downloadTitle'), 'aria-disabled': 'true' }, t('downloadDocx'));
  const pdfLink = h('a', { class: 'button disabled', href: 'download/pdf', download: '', title: t('downloadTitle'), 'aria-disabled': 'true' }, t('downloadPdf'));
  const printBtn = h('button', { type: 'button', title: t('printTitle'), onclick: () => void print() }, t('print'));
  const otherBtn = h('button', { type: 'button', onclick: () => showPicker() }, t('otherPlan'));
  const editorHost = h('div', { class: 'editor' });
  const problemsHead = h('h2', {}, t('problems'));
  const problemsCount = h('span', { class: 'counts' });
  const problemsList = h('ol', { class: 'problem-list' });
  const staleNote = h('p', { class: 'stale', hidden: true }, t('staleDoc'));
  const pages = h('div', { class: 'pages' });
  const docScroll = h('div', { class: 'doc-scroll', role: 'region', 'aria-label': t('docLabel'), tabindex: '0' }, staleNote, pages);
  const printPages = h('div', { class: 'print-pages', id: 'print-pages' });

  const tabDoc = h('button', { type: 'button', role: 'tab', class: 'tab active', 'aria-selected': 'true', onclick: () => tab('doc') }, t('document'));
  const tabCompare = h('button', { type: 'button', role: 'tab', class: 'tab', 'aria-selected': 'false', onclick: () => tab('compare') }, t('compare'));
  const zoom = h(
    'span',
    { class: 'zoom' },
    h('button', { type: 'button', title: t('zoomOut'), 'aria-label': t('zoomOut'), onclick: () => view.setZoom('out') }, '−'),
    h('button', { type: 'button', title: t('zoomFit'), onclick: () => view.setZoom('fit') }, t('zoomFit')),
    h('button', { type: 'button', title: t('zoomIn'), 'aria-label': t('zoomIn'), onclick: () => view.setZoom('in') }, '+'),
  );

  // Comparison with another plan of the folder.
  const others = state.plans.filter((p) => p !== plan.name);
  const otherSelect = h('select', { 'aria-label': t('compareWith') }, ...others.map((p) => h('option', { value: p }, p)));
  const asOld = h('input', { type: 'radio', name: 'direction', value: 'old', checked: true });
  const asNew = h('input', { type: 'radio', name: 'direction', value: 'new' });
  const compareMsg = h('p', { class: 'muted' }, others.length ? t('compareHint') : t('compareNone'));
  const frame = h('iframe', { class: 'report', sandbox: 'allow-same-origin', title: t('compare'), hidden: true });
  frame.addEventListener('load', () => {
    const d = frame.contentDocument;
    if (d?.documentElement) frame.style.height = `${d.documentElement.scrollHeight + 8}px`;
  });
  const comparePane = h(
    'div',
    { class: 'compare-pane', hidden: true },
    h(
      'div',
      { class: 'compare-controls' },
      h('label', {}, t('compareWith'), ' ', otherSelect),
      h('label', {}, asOld, ' ', t('compareAsOld')),
      h('label', {}, asNew, ' ', t('compareAsNew')),
      h('button', { type: 'button', class: 'primary', disabled: !others.length, onclick: () => void compare() }, t('compareRun')),
    ),
    compareMsg,
    frame,
  );

  const bar = h(
    'header',
    { class: 'bar' },
    h('span', { class: 'brand' }, 'cchc-plan'),
    h('span', { class: 'file', title: plan.name }, plan.name),
    status,
    h('span', { class: 'spacer' }),
    saveBtn,
    docxLink,
    pdfLink,
    printBtn,
    otherBtn,
  );
  const left = h(
    'section',
    { class: 'left' },
    editorHost,
    h('div', { class: 'problems' }, h('div', { class: 'problems-head' }, problemsHead, problemsCount), problemsList),
  );
  const right = h(
    'section',
    { class: 'right' },
    h('div', { class: 'doc-head', role: 'tablist' }, tabDoc, tabCompare, h('span', { class: 'spacer' }), buildStatus, pageNo, zoom),
    docScroll,
    comparePane,
  );
  app.replaceChildren(bar, h('div', { id: 'banner', class: 'banner' }), h('main', { class: 'split' }, left, right), printPages);
  document.title = `${plan.name} — ${t('appTitle')}`;

  const view = new PdfView(docScroll, pages, (text) => (pageNo.textContent = text));
  const editor = new PlanEditor(editorHost, schema as Schema, {
    onEdit: () => {
      lastEdit = performance.now();
      editedYet = true;
      updateStatus();
      clearTimeout(timer);
      timer = window.setTimeout(requestBuild, DEBOUNCE);
    },
  });
  editor.setText(plan.text);
  editor.setReadOnly(plan.readOnly);
  if (plan.readOnly) saveBtn.disabled = true;

  const dirty = () => editor.text !== baseText;
  function updateStatus(text?: string) {
    if (plan.readOnly) status.textContent = t('readOnly');
    else status.textContent = text ?? (dirty() ? t('unsaved') : t('saved'));
    status.classList.toggle('dirty', !plan.readOnly && dirty());
  }
  updateStatus();

  function tab(which: 'doc' | 'compare') {
    const doc = which === 'doc';
    tabDoc.classList.toggle('active', doc);
    tabCompare.classList.toggle('active', !doc);
    tabDoc.setAttribute('aria-selected', String(doc));
    tabCompare.setAttribute('aria-selected', String(!doc));
    docScroll.hidden = !doc;
    comparePane.hidden = doc;
    zoom.hidden = !doc;
    pageNo.hidden = !doc;
    document.body.classList.toggle('comparing', !doc);
  }

  function showProblems(diagnostics: PageDiagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    problemsCount.replaceChildren(
      h('span', { class: `count error${errors ? '' : ' zero'}` }, errors === 1 ? t('oneError') : t('errors', { n: errors })),
      h('span', { class: `count warning${warnings ? '' : ' zero'}` }, warnings === 1 ? t('oneWarning') : t('warnings', { n: warnings })),
    );
    if (!diagnostics.length) {
      problemsList.replaceChildren(h('li', { class: 'none' }, t('noProblems')));
      return;
    }
    problemsList.replaceChildren(
      ...diagnostics.map((d) =>
        h(
          'li',
          { class: d.severity },
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                if (d.file === plan.name && d.line > 0) editor.goTo(d.line, d.column);
              },
            },
            h('span', { class: 'sev' }, t(d.severity as Key)),
            d.line > 0 ? h('span', { class: 'where' }, t('line', { n: d.line })) : null,
            h('span', { class: 'msg' }, d.message),
            d.hint ? h('span', { class: 'hint' }, `→ ${d.hint}`) : null,
            h('code', { class: 'code' }, d.code),
          ),
        ),
      ),
    );
  }

  function requestBuild() {
    clearTimeout(timer);
    if (inFlight) {
      queued = true;
      return;
    }
    void runBuild();
  }

  async function runBuild(): Promise<void> {
    inFlight = true;
    const id = ++seq;
    const text = editor.text;
    const doc: Text = editor.view.state.doc;
    const edit = lastEdit;
    const edited = editedYet;
    editor.track(id);
    buildStatus.textContent = t('building');
    const sent = performance.now();
    try {
      const { body } = await postJson<BuildResponse>('api/build', { name: plan.name, text });
      const answered = performance.now();
      if (!body.ok) {
        // Overtaken by a build of another tab: build ours again.
        queued = true;
        return;
      }
      probe.builds++;
      probe.lastDiagnostics = body.diagnostics;
      editor.showDiagnostics(id, doc, body.diagnostics, plan.name);
      showProblems(body.diagnostics);
      const timing: Timing = { id, edit, sent, answered, fetched: answered, ...(body.timings ? { server: body.timings } : {}) };
      if (!body.pdf) {
        builtOk = false;
        staleNote.hidden = !view.pageCount;
        buildStatus.textContent = t('buildFailed');
        probe.timings.push(timing);
        return;
      }
      // Undefined when a newer build overtook this one before its PDF was made.
      const fetchPdf = async (url: string) => {
        const res = await fetch(url, { cache: 'no-store' });
        return res.ok ? new Uint8Array(await res.arrayBuffer()) : undefined;
      };
      const drawn = (report: DrawReport) => {
        if (report.firstPage === undefined || timing.firstPage !== undefined) return;
        timing.firstPage = report.firstPage;
        if (report.loaded !== undefined) timing.loaded = report.loaded;
        if (report.laidOut !== undefined) timing.laidOut = report.laidOut;
        probe.drawn++;
        probe.timings.push(timing);
        // The time since the last edit (none yet when the page has just opened).
        if (id === seq) buildStatus.textContent = edited ? t('built', { ms: Math.round(report.firstPage - edit) }) : t('builtNow');
      };
      const showWhole = (bytes: Uint8Array | undefined) => {
        // Only the newest build's pages: an older one must not cover a newer page 1.
        if (!bytes || id !== seq) return;
        builtOk = true;
        for (const a of [docxLink, pdfLink]) {
          a.classList.remove('disabled');
          a.removeAttribute('aria-disabled');
        }
        void view.show(bytes).then(drawn);
      };
      staleNote.hidden = true;
      if (body.first && view.pageCount) {
        // A long plan: page 1 from the PDF of its first pages, sent with the answer; the whole
        // PDF is made when typing pauses, and fetched meanwhile without holding up the next build.
        const first = Uint8Array.from(atob(body.first), (c) => c.charCodeAt(0));
        timing.fetched = performance.now();
        drawn(await view.showFirst(first));
        void fetchPdf(body.pdf).then(showWhole, () => undefined);
        return;
      }
      const bytes = await fetchPdf(body.pdf);
      timing.fetched = performance.now();
      showWhole(bytes);
    } catch {
      // The server is gone: the events stream says so.
    } finally {
      inFlight = false;
      if (queued) {
        queued = false;
        requestBuild();
      }
    }
  }

  async function save(): Promise<void> {
    if (plan.readOnly) return;
    const text = editor.text;
    updateStatus(t('saving'));
    lastEdit = performance.now();
    editedYet = true;
    try {
      const { body } = await postJson<SaveResponse>('api/save', { name: plan.name, text, base });
      if (body.ok) {
        base = body.version;
        baseText = text;
        const time = new Date().toLocaleTimeString(document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' });
        updateStatus(dirty() ? undefined : t('savedAt', { time }));
        requestBuild();
      } else if (body.conflict) {
        updateStatus();
        conflict(body.disk, body.message);
      } else {
        updateStatus();
        notice(body.message, 'error');
      }
    } catch {
      updateStatus();
      notice(t('disconnected'), 'error');
    }
  }

  function conflict(disk: OpenPlan, message?: string) {
    const useDisk = h('button', { type: 'button', onclick: () => load(disk) }, t('useDisk'));
    const keepMine = h(
      'button',
      {
        type: 'button',
        onclick: () => {
          // The next save knowingly replaces this version of the file.
          base = disk.version;
          baseText = disk.text;
          updateStatus();
          document.getElementById('banner')!.replaceChildren();
        },
      },
      t('keepMine'),
    );
    const el = notice(`${t('conflictTitle')}. ${message ?? t('conflictText')}`, 'error', [useDisk, keepMine]);
    el.classList.add('conflict');
  }

  function load(disk: OpenPlan) {
    base = disk.version;
    baseText = disk.text;
    editor.setText(disk.text);
    updateStatus();
    document.getElementById('banner')!.replaceChildren();
    lastEdit = performance.now();
    editedYet = true;
    requestBuild();
  }

  function diskChanged(disk: OpenPlan) {
    if (disk.version === base) return;
    if (!dirty()) {
      load(disk);
      notice(t('reloaded'));
    } else if (disk.text === editor.text) {
      base = disk.version;
      baseText = disk.text;
      updateStatus();
    } else {
      conflict(disk);
    }
  }

  async function compare(): Promise<void> {
    compareMsg.textContent = t('comparing');
    frame.hidden = true;
    const { body } = await postJson<CompareResponse>('api/compare', { name: plan.name, text: editor.text, other: otherSelect.value, swap: asNew.checked });
    if (!body.ok) {
      compareMsg.textContent = body.message;
      return;
    }
    compareMsg.textContent = '';
    frame.srcdoc = body.html;
    frame.hidden = false;
  }

  async function print(): Promise<void> {
    if (!document.body.classList.contains('comparing')) await view.printImages(printPages);
    window.print();
  }

  function showPicker() {
    if (dirty() && !confirm(t('leaveUnsaved'))) return;
    const overlay = h('div', { class: 'overlay' });
    overlay.append(pickerView(state, () => overlay.remove()));
    document.body.append(overlay);
  }

  // Changes on disk, and the server's presence.
  const events = new EventSource('api/events');
  events.onmessage = (e: MessageEvent<string>) => {
    const event = JSON.parse(e.data) as ServerEvent;
    if (event.type === 'disk' && event.plan.name === plan.name) diskChanged(event.plan);
    else if (event.type === 'missing' && event.name === plan.name) notice(event.message, 'error');
    else if (event.type === 'opened' && event.name !== plan.name && !dirty()) location.reload();
  };
  events.onerror = () => {
    if (!connected) return;
    connected = false;
    notice(t('disconnected'), 'error');
  };
  events.onopen = () => {
    if (connected) return;
    connected = true;
    document.getElementById('banner')!.replaceChildren();
    // What happened on disk while we were away.
    void getJson<StateResponse>('api/state').then((s) => {
      if (s.plan && s.plan.name === plan.name) diskChanged(s.plan);
    });
  };

  window.addEventListener('beforeunload', (e) => {
    if (!dirty()) return;
    e.preventDefault();
    e.returnValue = '';
  });
  document.addEventListener('keydown', (e) => {
    // Ctrl+S anywhere on the page saves the plan, never the web page.
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
    }
  });
  void builtOk;
  editor.view.focus();
  probe.ready = true;
  requestBuild();
}

async function boot(): Promise<void> {
  const state = await getJson<StateResponse>('api/state');
  setLang(state.lang);
  document.documentElement.lang = state.lang;
  if (state.plan) editorView(state, state.plan);
  else {
    document.title = `${t('pickTitle')} — ${t('appTitle')}`;
    const bar = h('header', { class: 'bar' }, h('span', { class: 'brand' }, 'cchc-plan'), h('span', { class: 'file' }, t('appTitle')));
    document.getElementById('app')!.replaceChildren(bar, h('div', { id: 'banner', class: 'banner' }), pickerView(state));
    probe.ready = true;
  }
}

void boot();
