// The code editor: CodeMirror 6 with Go highlighting, line numbers, compile
// errors as inline marks, Ctrl/Cmd+Enter and Shift+Enter to run,
// Ctrl/Cmd+Shift+F to format, Tab to indent, Esc to release focus, and a
// highlighted line for the selected step.
//
// Indentation is a tab, as gofmt writes it (Enter indents with tabs). Brackets
// are not closed automatically: typing a program line by line — `func main() {`,
// Enter, the body, `}` — must give that program, not one with a stray `}` or
// `)` left over from an auto-inserted one.

import { EditorView } from "codemirror";
import { go } from "@codemirror/lang-go";
import { keymap, Decoration, lineNumbers, highlightActiveLineGutter, highlightSpecialChars, drawSelection, dropCursor, rectangularSelection, crosshairCursor, highlightActiveLine } from "@codemirror/view";
import { EditorState, EditorSelection, StateEffect, StateField, Prec, Compartment } from "@codemirror/state";
import { indentUnit, foldGutter, syntaxHighlighting, defaultHighlightStyle, bracketMatching, foldKeymap } from "@codemirror/language";
import { history, defaultKeymap, historyKeymap, indentWithTab } from "@codemirror/commands";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { oneDark } from "@codemirror/theme-one-dark";
import { setDiagnostics, lintGutter, lintKeymap } from "@codemirror/lint";

// ---------- Go's indentation, predictably ----------
// codemirror's basicSetup, less three things that fight a person typing Go:
// auto-closed brackets, re-indentation from a syntax tree that an unfinished
// program does not have yet, and completions that Enter would accept.

const OPENERS = { "{": "}", "(": ")", "[": "]" };

/** Enter: the line's indentation again, one tab more after an opening bracket;
 *  between a bracket pair, the closer goes on its own line. A line of only
 *  indentation is left empty (gofmt keeps no trailing tabs). */
function newlineGo(view) {
  const { state } = view;
  if (state.readOnly) return false;
  const tr = state.changeByRange((range) => {
    const line = state.doc.lineAt(range.from);
    const before = state.doc.sliceString(line.from, range.from);
    const after = state.doc.sliceString(range.to, line.to);
    let indent = /^[\t ]*/.exec(line.text)[0];
    const blank = before.trim() === "";
    const opener = before.trimEnd().slice(-1);
    const changes = [];
    if (blank && before.length) changes.push({ from: line.from, to: range.from, insert: "" });
    if (blank) indent = before;
    if (OPENERS[opener]) {
      const inner = indent + "\t";
      if (after.trimStart().startsWith(OPENERS[opener])) {
        const ws = after.length - after.trimStart().length;
        changes.push({ from: range.from, to: range.to + ws, insert: "\n" + inner + "\n" + indent });
        return { changes, range: EditorSelection.cursor(range.from + 1 + inner.length - (blank ? before.length : 0)) };
      }
      indent = inner;
    }
    changes.push({ from: range.from, to: range.to, insert: "\n" + indent });
    return { changes, range: EditorSelection.cursor(range.from + 1 + indent.length - (blank ? before.length : 0)) };
  });
  view.dispatch(state.update(tr, { scrollIntoView: true, userEvent: "input" }));
  return true;
}

/** A closing bracket typed first on a line takes one tab off its indentation. */
const dedentCloser = EditorView.inputHandler.of((view, from, to, text) => {
  if (!/^[})\]]$/.test(text) || from !== to || view.state.readOnly) return false;
  const line = view.state.doc.lineAt(from);
  const before = view.state.doc.sliceString(line.from, from);
  if (!/^\t+$/.test(before)) return false;
  view.dispatch({ changes: { from: from - 1, to, insert: text }, selection: { anchor: from }, userEvent: "input.type" });
  return true;
});

const goSetup = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  foldGutter(),
  drawSelection(),
  dropCursor(),
  EditorState.allowMultipleSelections.of(true),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  bracketMatching(),
  rectangularSelection(),
  crosshairCursor(),
  highlightActiveLine(),
  highlightSelectionMatches(),
  indentUnit.of("\t"),
  EditorState.tabSize.of(4),
  dedentCloser,
  Prec.high(keymap.of([{ key: "Enter", run: newlineGo }])),
  keymap.of([...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...lintKeymap]),
];

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
// One Dark on the page's darker panel: its comments and red (#7d8799 and
// #e06c75 on #282c34: 3.9:1 and 4.4:1) reach 5.1:1 and 5.8:1; line numbers 7:1.
const darkTheme = [
  Prec.highest(
    EditorView.theme(
      {
        "&": { backgroundColor: "#111418" },
        ".cm-gutters": { backgroundColor: "#111418", color: "#9aa3b2" },
        ".cm-gutters .cm-gutterElement": { color: "#9aa3b2" },
      },
      { dark: true },
    ),
  ),
  oneDark,
];
const themeFor = (dark) => ((forced() ? forced() === "dark" : dark) ? darkTheme : []);

export function createEditor(parent, { doc, onRun, onFormat, onChange, readOnly = false }) {
  const theme = new Compartment();
  const runKeys = Prec.highest(
    keymap.of([
      { key: "Mod-Enter", run: () => (onRun(), true) },
      { key: "Shift-Enter", run: () => (onRun(), true) },
      { key: "Mod-Shift-f", run: () => (onFormat?.(), true) },
      { key: "Escape", run: (v) => (v.contentDOM.blur(), true) },
    ]),
  );
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        goSetup,
        go(),
        lintGutter(),
        runKeys,
        keymap.of([indentWithTab]),
        highlightField,
        theme.of(themeFor(darkQuery.matches)),
        EditorState.readOnly.of(readOnly),
        // (tabindex: the scroller's focusable content, as axe-core recognises it)
        EditorView.contentAttributes.of({ "aria-label": "Go source code", tabindex: "0" }),
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
    /** Replaces the whole text as an edit of the user's (Format): undoable, the cursor kept near. */
    replaceAll(s) {
      const head = Math.min(view.state.selection.main.head, s.length);
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: s }, selection: { anchor: head }, userEvent: "input.format" });
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
