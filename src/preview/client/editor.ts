/**
 * The plan editor: CodeMirror 6 with YAML highlighting, completion and hover texts from the plan
 * schema (./schema-assist.ts), and the compiler's diagnostics as underlines.
 */
import { autocompletion, completionKeymap, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, foldGutter, foldKeymap, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { ChangeSet, Compartment, EditorSelection, EditorState, type Text } from '@codemirror/state';
import {
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  hoverTooltip,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { PageDiagnostic } from '../protocol.js';
import { EDITOR_PHRASES_VI, lang, t } from './i18n.js';
import { contextAt, keyAt, SchemaAssist, type Schema } from './schema-assist.js';

export interface EditorHooks {
  /** The text changed by the user (not by setText). Ctrl+S is the page's (main.ts). */
  onEdit(): void;
}

/** Positions of a diagnostic in a document: its span, or the first line for the whole file. */
export function diagnosticRange(doc: Text, d: PageDiagnostic): { from: number; to: number } {
  const { start, end } = d.span;
  if (start.line < 1 || start.line > doc.lines) {
    const first = doc.line(1);
    return { from: first.from, to: first.to };
  }
  const a = doc.line(start.line);
  const from = Math.min(a.to, a.from + Math.max(0, start.column - 1));
  let to = from;
  if (end.line >= start.line && end.line <= doc.lines) {
    const b = doc.line(end.line);
    to = Math.min(b.to, b.from + Math.max(0, end.column - 1));
  }
  if (to <= from) to = Math.min(a.to, from + 1);
  if (to <= from && a.to === from && from > a.from) return { from: from - 1, to: from };
  return { from, to };
}

function schemaCompletion(assist: SchemaAssist) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const c = contextAt(ctx.state.doc.toString(), ctx.pos);
    if (!c) return null;
    if (!ctx.explicit && c.prefix === '') {
      // Offer by itself only where a choice is expected: after "- " or "field: " with fixed values.
      const before = ctx.state.sliceDoc(ctx.state.doc.lineAt(ctx.pos).from, ctx.pos);
      if (c.kind === 'key' && !/-\s$/.test(before)) return null;
    }
    const options: Completion[] = assist.suggest(c).map((s, i) => ({
      label: s.label,
      apply: s.insert,
      type: s.kind === 'field' ? 'property' : 'enum',
      ...(s.title ? { detail: s.title + (s.required ? ` · ${t('required')}` : '') } : {}),
      ...(s.description ? { info: s.description } : {}),
      boost: -i / 100,
    }));
    if (!options.length) return null;
    return { from: c.from, to: c.to, options, validFor: /^[\p{L}\p{N}_$-]*$/u };
  };
}

function schemaHover(assist: SchemaAssist) {
  return hoverTooltip((view, pos) => {
    const k = keyAt(view.state.doc.toString(), pos);
    if (!k) return null;
    const info = assist.info(k.steps);
    if (!info) return null;
    return {
      pos: k.from,
      end: k.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'cm-schema-hover';
        const head = document.createElement('div');
        const b = document.createElement('b');
        b.textContent = info.title ?? '';
        head.append(b);
        dom.append(head);
        if (info.description) {
          const p = document.createElement('p');
          p.textContent = info.description;
          dom.append(p);
        }
        if (info.values.length) {
          const p = document.createElement('p');
          p.className = 'values';
          p.textContent = info.values.join(' · ');
          dom.append(p);
        }
        return { dom };
      },
    };
  });
}

export class PlanEditor {
  readonly view: EditorView;
  private readonly readOnly = new Compartment();
  private applying = false;
  /** Changes since each build request was sent, to place its diagnostics in today's text. */
  private pending = new Map<number, ChangeSet>();

  constructor(parent: HTMLElement, schema: Schema, hooks: EditorHooks) {
    const assist = new SchemaAssist(schema);
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: '',
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightSpecialChars(),
          history(),
          foldGutter(),
          drawSelection(),
          dropCursor(),
          indentOnInput(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          bracketMatching(),
          highlightActiveLine(),
          highlightSelectionMatches(),
          EditorView.lineWrapping,
          EditorState.tabSize.of(2),
          indentUnit.of('  '),
          yaml(),
          autocompletion({ override: [schemaCompletion(assist)], icons: false }),
          schemaHover(assist),
          lintGutter(),
          this.readOnly.of(EditorState.readOnly.of(false)),
          ...(lang() === 'vi' ? [EditorState.phrases.of(EDITOR_PHRASES_VI)] : []),
          EditorView.contentAttributes.of({ 'aria-label': t('editorLabel'), spellcheck: 'false', lang: 'vi' }),
          keymap.of([
            ...defaultKeymap,
            ...searchKeymap,
            ...historyKeymap,
            ...foldKeymap,
            ...completionKeymap,
            ...lintKeymap,
            indentWithTab,
          ]),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            for (const [k, c] of this.pending) this.pending.set(k, c.compose(u.changes));
            if (!this.applying) hooks.onEdit();
          }),
        ],
      }),
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Start following the changes made after a build request (`id`) was sent. */
  track(id: number): void {
    this.pending.set(id, ChangeSet.empty(this.view.state.doc.length));
  }

  /** Replace the whole text (a file loaded from disk), keeping the cursor and scroll where they can stay. */
  setText(text: string): void {
    const state = this.view.state;
    if (state.doc.toString() === text) return;
    const scroll = this.view.scrollDOM.scrollTop;
    const head = Math.min(state.selection.main.head, text.length);
    this.applying = true;
    try {
      this.view.dispatch({ changes: { from: 0, to: state.doc.length, insert: text }, selection: EditorSelection.cursor(head) });
    } finally {
      this.applying = false;
    }
    this.view.scrollDOM.scrollTop = scroll;
  }

  setReadOnly(on: boolean): void {
    this.view.dispatch({ effects: this.readOnly.reconfigure(EditorState.readOnly.of(on)) });
  }

  /**
   * Underline the diagnostics of build `id`, computed on `builtDoc`: their places are carried
   * through the edits made since.
   */
  showDiagnostics(id: number, builtDoc: Text, diagnostics: PageDiagnostic[], planName: string): void {
    const changes = this.pending.get(id);
    for (const k of [...this.pending.keys()]) if (k <= id) this.pending.delete(k);
    const out: Diagnostic[] = [];
    for (const d of diagnostics) {
      if (d.file !== planName) continue;
      let { from, to } = diagnosticRange(builtDoc, d);
      if (changes && !changes.empty) {
        from = changes.mapPos(from, 1);
        to = Math.max(from, changes.mapPos(to, -1));
      }
      out.push({ from, to, severity: d.severity, message: d.hint ? `${d.message}\n→ ${d.hint}` : d.message, source: d.code });
    }
    this.view.dispatch(setDiagnostics(this.view.state, out));
  }

  /** Put the cursor at a line and column (1-based) and show it. */
  goTo(line: number, column: number): void {
    const doc = this.view.state.doc;
    const l = doc.line(Math.max(1, Math.min(line, doc.lines)));
    const pos = Math.min(l.to, l.from + Math.max(0, column - 1));
    this.view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
    this.view.focus();
  }
}
