// The code editor: CodeMirror 6 with Go highlighting, line numbers, compile
// errors as inline marks, Ctrl/Cmd+Enter and Shift+Enter to run, Tab to
// indent, Esc to release focus, and a highlighted line for the selected step.

import { EditorView, basicSetup } from "codemirror";
import { go } from "@codemirror/lang-go";
import { keymap, Decoration } from "@codemirror/view";
import { EditorState, StateEffect, StateField, Prec, Compartment } from "@codemirror/state";
import { oneDark } from "@codemirror/theme-one-dark";
import { indentWithTab } from "@codemirror/commands";
import { setDiagnostics, lintGutter } from "@codemirror/lint";

const setHighlight = StateEffect.define();

const highlightField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setHighlight)) {
        if (e.value == null || e.value < 1 || e.value > tr.state.doc.lines) return Decoration.none;
        const line = tr.state.doc.line(e.value);
        deco = Decoration.set([Decoration.line({ class: "cm-step-line" }).range(line.from)]);
      }
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** Creates the editor in `parent`; `onRun` is called for the run keys, `onChange` on edits. */
const darkQuery = matchMedia("(prefers-color-scheme: dark)");
const forced = () => document.documentElement.dataset.theme;
const themeFor = (dark) => ((forced() ? forced() === "dark" : dark) ? oneDark : []);

export function createEditor(parent, { doc, onRun, onChange, readOnly = false }) {
  const theme = new Compartment();
  const runKeys = Prec.highest(
    keymap.of([
      { key: "Mod-Enter", run: () => (onRun(), true) },
      { key: "Shift-Enter", run: () => (onRun(), true) },
      { key: "Escape", run: (v) => (v.contentDOM.blur(), true) },
    ]),
  );
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        basicSetup,
        go(),
        lintGutter(),
        runKeys,
        keymap.of([indentWithTab]),
        highlightField,
        theme.of(themeFor(darkQuery.matches)),
        EditorState.readOnly.of(readOnly),
        EditorView.contentAttributes.of({ "aria-label": "Go source code" }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange?.(u.state.doc.toString());
        }),
      ],
    }),
  });
  darkQuery.addEventListener("change", (e) => view.dispatch({ effects: theme.reconfigure(themeFor(e.matches)) }));
  return {
    view,
    get text() {
      return view.state.doc.toString();
    },
    set text(s) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: s } });
    },
    /** Marks compile errors ({line, col, message}) inline. */
    showDiagnostics(diags) {
      const doc = view.state.doc;
      const marks = (diags || [])
        .filter((d) => d.line >= 1 && d.line <= doc.lines)
        .map((d) => {
          const line = doc.line(d.line);
          const from = Math.min(line.from + Math.max(d.col - 1, 0), line.to);
          const to = Math.min(Math.max(from + 1, line.to), doc.length);
          return { from, to: Math.max(to, from), severity: "error", message: d.message };
        });
      view.dispatch(setDiagnostics(view.state, marks));
    },
    /** Lights up one source line (or none) and scrolls it into view. */
    highlightLine(n) {
      const effects = [setHighlight.of(n)];
      if (n >= 1 && n <= view.state.doc.lines) {
        effects.push(EditorView.scrollIntoView(view.state.doc.line(n).from, { y: "nearest" }));
      }
      view.dispatch({ effects });
    },
    focus() {
      view.focus();
    },
  };
}
