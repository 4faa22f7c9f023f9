//! Go source printed back exactly as `gofmt` prints it: a port of Go's
//! `go/printer` (with `text/tabwriter`) over maprace's syntax tree.
//!
//! How gofmt works, in three layers:
//!
//! 1. **Nodes** (`nodes.rs`, go/printer/nodes.go) walk the tree and emit
//!    tokens and *whitespace intentions*: `blank`, `vtab` (a column to align),
//!    `newline`, `formfeed` (a newline that also ends alignment), `indent`,
//!    `unindent`. Where the source had line breaks matters: a composite
//!    literal written over several lines stays so, one blank line between
//!    statements survives (never two), `a*b + c` gets its spaces from the
//!    operators' precedence.
//! 2. **The printer core** (this file, go/printer/printer.go) buffers that
//!    whitespace, interleaves the comments at their source positions (a
//!    comment is printed just before the first token that comes after it in
//!    the source), and writes tabs for indentation. It tracks two positions:
//!    `pos`, where we are in the *source*, and `out`, where we are in the
//!    *output*; comparing source lines is how it knows where the author broke
//!    lines.
//! 3. **The tabwriter** (`tabwriter.rs`) aligns the `vtab` columns with spaces
//!    and trims trailing blanks.
//!
//! maprace's syntax tree keeps fewer positions than go/ast; the missing ones
//! (a call's `)`, a literal's `}`, an operator's position, a literal's exact
//! spelling) are read from the token stream ([`Src`]), which the tree's
//! positions index into. If the source does not parse, [`format`] returns the
//! parser's error (gc's wording, line:col) and no text.

mod nodes;
pub mod tabwriter;

use super::ast::File;
use super::diag::{LineMap, Pos};
use super::lexer::{Comment, Tok, Token};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use tabwriter::{TabWriter, ESCAPE};

/// `source` formatted as gofmt formats it, or the first syntax error.
pub fn format(source: &str) -> Result<String, crate::Diagnostic> {
    let lines = LineMap::new(source);
    let file = super::parser::parse(source).map_err(|e| lines.diagnostic(&e))?;
    let (toks, comments) = super::lexer::lex_with_comments(source).map_err(|e| lines.diagnostic(&e))?;
    let src = Src::new(source, toks, lines);
    let groups = group_comments(&src, comments);
    let out = print_file(&src, &file, groups).map_err(|e| src.lines.diagnostic(&e))?;
    let text = String::from_utf8(out).map_err(|_| crate::Diagnostic { line: 1, col: 1, message: "maprace fmt: output is not UTF-8".into() })?;
    verify(source, &text)?;
    Ok(text)
}

/// The formatted text must be the same program: the same tokens apart from
/// the ones gofmt may add or drop (`;`, `,`, parentheses), with number
/// literals compared by kind (gofmt lower-cases `0X`, `E`). Guards against a
/// construct the printer gets wrong silently.
fn verify(before: &str, after: &str) -> Result<(), crate::Diagnostic> {
    let keep = |t: &Token| !matches!(&t.tok, Tok::Semi(_) | Tok::Op("," | "(" | ")"));
    let norm = |t: &Token| match &t.tok {
        Tok::Int(_) => Tok::Int(String::new()),
        Tok::Float(_) => Tok::Float(String::new()),
        Tok::Imag(_) => Tok::Imag(String::new()),
        t => t.clone(),
    };
    let a = super::lexer::lex(before).map(|v| v.iter().filter(|t| keep(t)).map(norm).collect::<Vec<_>>());
    let b = super::lexer::lex(after).map(|v| v.iter().filter(|t| keep(t)).map(norm).collect::<Vec<_>>());
    let same = match (&a, &b) {
        (Ok(a), Ok(b)) => {
            // Imports may be sorted: compare them as sets, the rest in order.
            let split = |v: &Vec<Tok>| {
                let end = v.iter().rposition(|t| matches!(t, Tok::Kw("import"))).map_or(0, |i| {
                    let mut j = i + 1;
                    while j < v.len() && !matches!(v[j], Tok::Kw(_)) {
                        j += 1;
                    }
                    j
                });
                let mut head: Vec<String> = v[..end].iter().map(|t| format!("{t:?}")).collect();
                head.sort();
                (head, v[end..].to_vec())
            };
            split(a) == split(b)
        }
        _ => false,
    };
    if same {
        Ok(())
    } else {
        Err(crate::Diagnostic { line: 1, col: 1, message: "maprace fmt: cannot format this file yet (the result would differ from the program)".into() })
    }
}

/// A position as go/token.Position: byte offset, 1-based line and column;
/// line 0 is "no position".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Position {
    offset: i64,
    line: i64,
    column: i64,
}

impl Position {
    fn valid(&self) -> bool {
        self.line > 0
    }
}

const INFINITY: i64 = 1 << 30;
const MAX_NEWLINES: i64 = 2;

/// The source as the printer reads it: text, tokens (with their ends and
/// matching brackets) and line starts.
pub(crate) struct Src<'a> {
    text: &'a str,
    toks: Vec<Token>,
    ends: Vec<Pos>,
    matching: Vec<usize>,
    lines: LineMap,
}

impl<'a> Src<'a> {
    fn new(text: &'a str, toks: Vec<Token>, lines: LineMap) -> Self {
        let b = text.as_bytes();
        let ends = toks
            .iter()
            .map(|t| {
                let p = t.pos as usize;
                let len = match &t.tok {
                    Tok::Ident(s) | Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) => s.len(),
                    Tok::Kw(k) => k.len(),
                    Tok::Op(o) => o.len(),
                    Tok::Semi(true) | Tok::Eof => 0,
                    Tok::Semi(false) => 1,
                    Tok::Char(_) | Tok::Str(_) => literal_len(b, p),
                };
                (p + len) as Pos
            })
            .collect();
        let mut matching = vec![usize::MAX; toks.len()];
        let mut stack = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            match t.tok {
                Tok::Op("(" | "[" | "{") => stack.push(i),
                Tok::Op(")" | "]" | "}") => {
                    if let Some(j) = stack.pop() {
                        matching[i] = j;
                        matching[j] = i;
                    }
                }
                _ => {}
            }
        }
        Src { text, toks, ends, matching, lines }
    }

    /// The index of the token that starts at `pos`.
    fn idx(&self, pos: Pos) -> usize {
        let i = self.toks.partition_point(|t| t.pos < pos);
        i.min(self.toks.len() - 1)
    }

    /// The first token after token `i` that is not an inserted `;`.
    fn next_real(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j + 1 < self.toks.len() && matches!(self.toks[j].tok, Tok::Semi(true)) {
            j += 1;
        }
        j.min(self.toks.len() - 1)
    }

    fn pos_of(&self, i: usize) -> Pos {
        self.toks[i].pos
    }

    fn end_of(&self, i: usize) -> Pos {
        self.ends[i]
    }

    fn matching(&self, i: usize) -> usize {
        let m = self.matching[i];
        if m == usize::MAX {
            i
        } else {
            m
        }
    }

    fn is_op(&self, i: usize, op: &str) -> bool {
        matches!(self.toks.get(i).map(|t| &t.tok), Some(Tok::Op(o)) if *o == op)
    }

    fn text_of(&self, i: usize) -> &'a str {
        &self.text[self.pos_of(i) as usize..self.end_of(i) as usize]
    }

    fn position(&self, pos: i64) -> Position {
        if pos < 0 || pos > self.text.len() as i64 {
            return Position::default();
        }
        let (line, col) = self.lines.line_col(pos as Pos);
        Position { offset: pos, line: line as i64, column: col as i64 }
    }

    fn line(&self, pos: Pos) -> i64 {
        self.lines.line(pos) as i64
    }
}

/// The length of the string or rune literal at `p` in the source.
fn literal_len(b: &[u8], p: usize) -> usize {
    let q = b[p];
    let mut j = p + 1;
    if q == b'`' {
        while j < b.len() && b[j] != b'`' {
            j += 1;
        }
        return j + 1 - p;
    }
    while j < b.len() && b[j] != q {
        if b[j] == b'\\' {
            j += 1;
        }
        j += 1;
    }
    (j + 1).min(b.len()) - p
}

/// A comment group as go/parser forms them: comments on consecutive lines
/// (or, right after a token, on that token's line) with no token between.
#[derive(Clone, Debug)]
struct CommentGroup {
    list: Vec<Comment>,
}

impl CommentGroup {
    fn pos(&self) -> Pos {
        self.list[0].pos
    }
    fn end(&self) -> Pos {
        self.list[self.list.len() - 1].end
    }
}

fn group_comments(src: &Src, comments: Vec<Comment>) -> Vec<CommentGroup> {
    let mut groups = Vec::new();
    let mut it = comments.into_iter().peekable();
    let end_line = |c: &Comment| src.line(c.end);
    while let Some(first) = it.peek().cloned() {
        // The token before this run of comments (an inserted `;` is at the comment or the newline).
        let ti = src.toks.partition_point(|t| t.pos < first.pos);
        let prev_line = (0..ti).rev().find(|&k| !matches!(src.toks[k].tok, Tok::Semi(true))).map(|k| src.line(src.pos_of(k)));
        let next_tok = src.toks[ti..].iter().find(|t| !matches!(t.tok, Tok::Semi(true))).map_or(Pos::MAX, |t| t.pos);
        let take = |n: i64, it: &mut std::iter::Peekable<std::vec::IntoIter<Comment>>| {
            let mut list = Vec::new();
            let mut endline = src.line(it.peek().unwrap().pos);
            while let Some(c) = it.peek() {
                if c.pos > next_tok || src.line(c.pos) > endline + n {
                    break;
                }
                endline = end_line(c);
                list.push(it.next().unwrap());
            }
            list
        };
        if prev_line == Some(src.line(first.pos)) {
            groups.push(CommentGroup { list: take(0, &mut it) });
        }
        while it.peek().is_some_and(|c| c.pos < next_tok) {
            groups.push(CommentGroup { list: take(1, &mut it) });
        }
    }
    groups
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ws {
    Ignore,
    Blank,
    Vtab,
    Newline,
    Formfeed,
    Indent,
    Unindent,
}

impl Ws {
    fn byte(self) -> u8 {
        match self {
            Ws::Blank => b' ',
            Ws::Vtab => b'\x0b',
            Ws::Newline => b'\n',
            Ws::Formfeed => b'\x0c',
            _ => 0,
        }
    }
}

const NO_EXTRA_BLANK: u8 = 1;
const NO_EXTRA_LINEBREAK: u8 = 2;

/// go/token's tokens, as far as the printer tells them apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Last {
    Illegal,
    Ident,
    Int,
    /// FLOAT, IMAG, CHAR, STRING and raw strings.
    Lit,
    Tok(&'static str),
    Eof,
}

/// A node measured by `node_size`, keyed by address.
type Sizes = Rc<RefCell<HashMap<(usize, u8), i64>>>;

struct Printer<'s, 'a> {
    src: &'s Src<'a>,
    raw: bool,
    output: Vec<u8>,
    indent: i64,
    level: i64,
    mode: u8,
    end_alignment: bool,
    implied_semi: bool,
    last_tok: Last,
    prev_open: Last,
    wsbuf: Vec<Ws>,
    pos: Position,
    out: Position,
    last: Position,
    line_ptr: Option<Rc<Cell<i64>>>,
    comments: Vec<CommentGroup>,
    cindex: usize,
    comment: Option<usize>,
    comment_offset: i64,
    comment_newline: bool,
    sizes: Sizes,
    /// A construct this printer cannot print (reported instead of guessing).
    unsupported: Option<super::diag::PosError>,
}

fn print_file(src: &Src, file: &File, comments: Vec<CommentGroup>) -> Result<Vec<u8>, super::diag::PosError> {
    let mut p = Printer::new(src, false, comments, Rc::new(RefCell::new(HashMap::new())));
    p.next_comment();
    p.file(file);
    if let Some(e) = p.unsupported.take() {
        return Err(e);
    }
    Ok(p.finish())
}

impl<'s, 'a> Printer<'s, 'a> {
    fn new(src: &'s Src<'a>, raw: bool, comments: Vec<CommentGroup>, sizes: Sizes) -> Self {
        Printer {
            src,
            raw,
            output: Vec::new(),
            indent: 0,
            level: 0,
            mode: 0,
            end_alignment: false,
            implied_semi: false,
            last_tok: Last::Illegal,
            prev_open: Last::Illegal,
            wsbuf: Vec::new(),
            pos: Position { offset: 0, line: 1, column: 1 },
            out: Position { offset: 0, line: 1, column: 1 },
            last: Position::default(),
            line_ptr: None,
            comments,
            cindex: 0,
            comment: None,
            comment_offset: INFINITY,
            comment_newline: false,
            sizes,
            unsupported: None,
        }
    }

    /// Flushes what is pending and runs the output through the tabwriter (or
    /// only the trimmer, in raw mode).
    fn finish(mut self) -> Vec<u8> {
        self.implied_semi = false; // EOF acts like a newline
        self.flush(Position { offset: INFINITY, line: INFINITY, column: 0 }, Last::Eof);
        if self.raw {
            return tabwriter::trim(&self.output);
        }
        let mut tw = TabWriter::new();
        tw.write(&self.output);
        tw.finish()
    }

    fn pos_for(&self, pos: i64) -> Position {
        self.src.position(pos)
    }

    fn line_for(&self, pos: Pos) -> i64 {
        self.src.line(pos)
    }

    fn comments_have_newline(&self, list: &[Comment]) -> bool {
        let line = self.line_for(list[0].pos);
        for (i, c) in list.iter().enumerate() {
            if i > 0 && self.line_for(c.pos) != line {
                return true;
            }
            let t = c.text.as_bytes();
            if t.len() >= 2 && (t[1] == b'/' || c.text.contains('\n')) {
                return true;
            }
        }
        false
    }

    fn next_comment(&mut self) {
        while self.cindex < self.comments.len() {
            let c = self.cindex;
            self.cindex += 1;
            if !self.comments[c].list.is_empty() {
                self.comment = Some(c);
                self.comment_offset = self.comments[c].pos() as i64;
                self.comment_newline = self.comments_have_newline(&self.comments[c].list);
                return;
            }
        }
        self.comment_offset = INFINITY;
    }

    fn comment_before(&self, next: Position) -> bool {
        self.comment_offset < next.offset && (!self.implied_semi || !self.comment_newline)
    }

    fn comment_size_before(&mut self, next: Position) -> i64 {
        let saved = (self.cindex, self.comment, self.comment_offset, self.comment_newline);
        let mut size = 0;
        while self.comment_before(next) {
            if let Some(c) = self.comment {
                for c in &self.comments[c].list {
                    size += c.text.len() as i64;
                }
            }
            self.next_comment();
        }
        (self.cindex, self.comment, self.comment_offset, self.comment_newline) = saved;
        size
    }

    fn record_line(&mut self, line: &Rc<Cell<i64>>) {
        self.line_ptr = Some(line.clone());
    }

    fn lines_from(&self, line: &Rc<Cell<i64>>) -> i64 {
        self.out.line - line.get()
    }

    fn write_indent(&mut self) {
        let n = self.indent;
        for _ in 0..n {
            self.output.push(b'\t');
        }
        self.pos.offset += n;
        self.pos.column += n;
        self.out.column += n;
    }

    fn write_byte(&mut self, mut ch: u8, n: i64) {
        if self.end_alignment {
            match ch {
                b'\t' | b'\x0b' => ch = b' ',
                b'\n' | b'\x0c' => {
                    ch = b'\x0c';
                    self.end_alignment = false;
                }
                _ => {}
            }
        }
        if self.out.column == 1 {
            self.write_indent();
        }
        for _ in 0..n {
            self.output.push(ch);
        }
        self.pos.offset += n;
        if ch == b'\n' || ch == b'\x0c' {
            self.pos.line += n;
            self.out.line += n;
            self.pos.column = 1;
            self.out.column = 1;
            return;
        }
        self.pos.column += n;
        self.out.column += n;
    }

    fn write_string(&mut self, pos: Position, s: &str, is_lit: bool) {
        if self.out.column == 1 {
            self.write_indent();
        }
        if pos.valid() {
            self.pos = pos;
        }
        if is_lit {
            self.output.push(ESCAPE);
        }
        self.output.extend_from_slice(s.as_bytes());
        let b = s.as_bytes();
        let mut nlines = 0;
        let mut li = 0;
        for (i, &ch) in b.iter().enumerate() {
            if ch == b'\n' || ch == b'\x0c' {
                nlines += 1;
                li = i;
                self.end_alignment = true;
            }
        }
        self.pos.offset += b.len() as i64;
        if nlines > 0 {
            self.pos.line += nlines;
            self.out.line += nlines;
            let c = (b.len() - li) as i64;
            self.pos.column = c;
            self.out.column = c;
        } else {
            self.pos.column += b.len() as i64;
            self.out.column += b.len() as i64;
        }
        if is_lit {
            self.output.push(ESCAPE);
        }
        self.last = self.pos;
    }

    fn write_comment_prefix(&mut self, pos: Position, next: Position, prev: Option<&Comment>, tok: Last) {
        if self.output.is_empty() {
            return;
        }
        let prev_is_line = prev.is_some_and(|c| c.text.as_bytes()[1] == b'/');
        if pos.line == self.last.line && !prev_is_line {
            let mut has_sep = false;
            if prev.is_none() {
                let mut j = 0;
                for i in 0..self.wsbuf.len() {
                    match self.wsbuf[i] {
                        Ws::Blank => {
                            self.wsbuf[i] = Ws::Ignore;
                            continue;
                        }
                        Ws::Vtab => {
                            has_sep = true;
                            continue;
                        }
                        Ws::Indent => continue,
                        _ => {}
                    }
                    j = i;
                    break;
                }
                self.write_whitespace(j);
            }
            if !has_sep {
                let sep = if pos.line == next.line { b' ' } else { b'\t' };
                self.write_byte(sep, 1);
            }
        } else {
            let mut dropped_linebreak = false;
            let mut j = 0;
            for i in 0..self.wsbuf.len() {
                match self.wsbuf[i] {
                    Ws::Blank | Ws::Vtab => {
                        self.wsbuf[i] = Ws::Ignore;
                        continue;
                    }
                    Ws::Indent => continue,
                    Ws::Unindent => {
                        if i + 1 < self.wsbuf.len() && self.wsbuf[i + 1] == Ws::Unindent {
                            continue;
                        }
                        if tok != Last::Tok("}") && pos.column == next.column {
                            continue;
                        }
                    }
                    Ws::Newline | Ws::Formfeed => {
                        self.wsbuf[i] = Ws::Ignore;
                        dropped_linebreak = prev.is_none();
                    }
                    Ws::Ignore => {}
                }
                j = i;
                break;
            }
            self.write_whitespace(j);
            let mut n = 0;
            if pos.valid() && self.last.valid() {
                n = (pos.line - self.last.line).max(0);
            }
            if self.indent == 0 && dropped_linebreak {
                n += 1;
            }
            if n == 0 && prev_is_line {
                n = 1;
            }
            if n > 0 {
                self.write_byte(b'\x0c', n.min(MAX_NEWLINES));
            }
        }
    }

    fn write_comment(&mut self, c: &Comment) {
        let text = c.text.as_str();
        let mut pos = self.pos_for(c.pos as i64);
        let saved_indent = self.indent;
        let line_directive = text.starts_with("//line ") && (!pos.valid() || pos.column == 1);
        if line_directive {
            self.indent = 0;
        }
        if text.as_bytes()[1] == b'/' {
            self.write_string(pos, text.trim_end(), true);
            if line_directive {
                self.indent = saved_indent;
            }
            return;
        }
        let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
        if pos.valid() && pos.column == 1 && self.indent > 0 {
            for l in lines.iter_mut().skip(1) {
                *l = format!("   {l}");
            }
        }
        strip_common_prefix(&mut lines);
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                self.write_byte(b'\x0c', 1);
                pos = self.pos;
            }
            if !line.is_empty() {
                self.write_string(pos, line.trim_end(), true);
            }
        }
        if line_directive {
            self.indent = saved_indent;
        }
    }

    fn write_comment_suffix(&mut self, mut needs_linebreak: bool) -> (bool, bool) {
        let mut wrote_newline = false;
        let mut dropped_ff = false;
        for i in 0..self.wsbuf.len() {
            match self.wsbuf[i] {
                Ws::Blank | Ws::Vtab => self.wsbuf[i] = Ws::Ignore,
                Ws::Indent | Ws::Unindent => {}
                Ws::Newline | Ws::Formfeed => {
                    if needs_linebreak {
                        needs_linebreak = false;
                        wrote_newline = true;
                    } else {
                        if self.wsbuf[i] == Ws::Formfeed {
                            dropped_ff = true;
                        }
                        self.wsbuf[i] = Ws::Ignore;
                    }
                }
                Ws::Ignore => {}
            }
        }
        let n = self.wsbuf.len();
        self.write_whitespace(n);
        if needs_linebreak {
            self.write_byte(b'\n', 1);
            wrote_newline = true;
        }
        (wrote_newline, dropped_ff)
    }

    fn contains_linebreak(&self) -> bool {
        self.wsbuf.iter().any(|&w| w == Ws::Newline || w == Ws::Formfeed)
    }

    fn intersperse_comments(&mut self, next: Position, tok: Last) -> (bool, bool) {
        let mut last: Option<Comment> = None;
        while self.comment_before(next) {
            let g = self.comment.expect("a pending comment");
            let group = self.comments[g].clone();
            let mut list = group.list.clone();
            let mut changed = false;
            if tok != Last::Ident
                && self.last_tok != Last::Tok("import")
                && self.pos_for(group.pos() as i64).column == 1
                && self.pos_for(group.end() as i64 + 1) == next
            {
                list = format_doc_comment(&group.list);
                changed = true;
                if !group.list.is_empty() && list.is_empty() {
                    self.write_comment_prefix(self.pos_for(group.pos() as i64), next, last.as_ref(), tok);
                    self.pos = next;
                    self.last = next;
                    self.next_comment();
                    return self.write_comment_suffix(false);
                }
            }
            for c in &list {
                self.write_comment_prefix(self.pos_for(c.pos as i64), next, last.as_ref(), tok);
                self.write_comment(c);
                last = Some(c.clone());
            }
            if changed {
                let l = group.list[group.list.len() - 1].clone();
                self.pos = self.pos_for(l.end as i64);
                self.last = self.pos;
                last = Some(l);
            }
            self.next_comment();
        }
        if let Some(last) = last {
            let mut needs_linebreak = false;
            let star = last.text.as_bytes()[1] == b'*';
            if self.mode & NO_EXTRA_BLANK == 0
                && star
                && self.line_for(last.pos) == next.line
                && tok != Last::Tok(",")
                && (tok != Last::Tok(")") || self.prev_open == Last::Tok("("))
                && (tok != Last::Tok("]") || self.prev_open == Last::Tok("["))
            {
                if self.contains_linebreak() && self.mode & NO_EXTRA_LINEBREAK == 0 && self.level == 0 {
                    needs_linebreak = true;
                } else {
                    self.write_byte(b' ', 1);
                }
            }
            if !star || tok == Last::Eof || (tok == Last::Tok("}") && self.mode & NO_EXTRA_LINEBREAK == 0) {
                needs_linebreak = true;
            }
            return self.write_comment_suffix(needs_linebreak);
        }
        (false, false)
    }

    fn write_whitespace(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            match self.wsbuf[i] {
                Ws::Ignore => {}
                Ws::Indent => self.indent += 1,
                Ws::Unindent => self.indent = (self.indent - 1).max(0),
                ch @ (Ws::Newline | Ws::Formfeed) => {
                    if i + 1 < n && self.wsbuf[i + 1] == Ws::Unindent {
                        self.wsbuf[i] = Ws::Unindent;
                        self.wsbuf[i + 1] = Ws::Formfeed;
                        continue; // do it again
                    }
                    self.write_byte(ch.byte(), 1);
                }
                ch => self.write_byte(ch.byte(), 1),
            }
            i += 1;
        }
        self.wsbuf.drain(..n);
    }

    fn set_pos(&mut self, pos: Option<Pos>) {
        if let Some(pos) = pos {
            self.pos = self.pos_for(pos as i64);
        }
    }

    /// The bookkeeping before every printed item (go/printer's print loop).
    fn prelude(&mut self) {
        match self.last_tok {
            Last::Illegal => {}
            Last::Tok("(") | Last::Tok("[") => self.prev_open = self.last_tok,
            _ => self.prev_open = Last::Illegal,
        }
    }

    fn ws(&mut self, w: Ws) {
        self.prelude();
        if w == Ws::Ignore {
            return;
        }
        self.wsbuf.push(w);
        if w == Ws::Newline || w == Ws::Formfeed {
            self.implied_semi = false;
        }
        self.last_tok = Last::Illegal;
    }

    fn toggle_mode(&mut self, m: u8) {
        self.prelude();
        self.mode ^= m;
    }

    /// A Go token (keyword, operator, punctuation).
    fn tok(&mut self, t: &'static str) {
        self.prelude();
        let first = t.as_bytes()[0];
        let combine = match self.last_tok {
            Last::Int => first == b'.',
            Last::Tok("+") => first == b'+',
            Last::Tok("-") => first == b'-',
            Last::Tok("/") => first == b'*',
            Last::Tok("<") => first == b'-' || first == b'<',
            Last::Tok("&") => first == b'&' || first == b'^',
            _ => false,
        };
        if combine {
            self.wsbuf.clear();
            self.wsbuf.push(Ws::Blank);
        }
        let implied = matches!(t, "break" | "continue" | "fallthrough" | "return" | "++" | "--" | ")" | "]" | "}");
        self.last_tok = Last::Tok(t);
        self.emit(t, false, implied);
    }

    fn ident(&mut self, name: &str) {
        self.prelude();
        self.last_tok = Last::Ident;
        self.emit(name, false, true);
    }

    fn lit(&mut self, text: &str, kind: Last) {
        self.prelude();
        self.last_tok = kind;
        self.emit(text, true, true);
    }

    fn emit(&mut self, data: &str, is_lit: bool, mut implied_semi: bool) {
        let next = self.pos;
        let (wrote_newline, dropped_ff) = self.flush(next, self.last_tok);
        if !self.implied_semi {
            let mut n = (next.line - self.pos.line).min(MAX_NEWLINES);
            if wrote_newline && n == MAX_NEWLINES {
                n = MAX_NEWLINES - 1;
            }
            if n > 0 {
                let ch = if dropped_ff { b'\x0c' } else { b'\n' };
                self.write_byte(ch, n);
                implied_semi = false;
            }
        }
        if let Some(l) = self.line_ptr.take() {
            l.set(self.out.line);
        }
        self.write_string(next, data, is_lit);
        self.implied_semi = implied_semi;
    }

    fn flush(&mut self, next: Position, tok: Last) -> (bool, bool) {
        if self.comment_before(next) {
            self.intersperse_comments(next, tok)
        } else {
            let n = self.wsbuf.len();
            self.write_whitespace(n);
            (false, false)
        }
    }
}

fn is_blank(s: &str) -> bool {
    s.bytes().all(|c| c <= b' ')
}

fn common_prefix<'x>(a: &'x str, b: &str) -> &'x str {
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < ab.len() && i < bb.len() && ab[i] == bb[i] && (ab[i] <= b' ' || ab[i] == b'*') {
        i += 1;
    }
    &a[..i]
}

/// go/printer's stripCommonPrefix: re-indents the lines of a `/*` comment.
fn strip_common_prefix(lines: &mut [String]) {
    if lines.len() <= 1 {
        return;
    }
    let n = lines.len();
    let mut prefix = String::new();
    let mut prefix_set = false;
    if n > 2 {
        for i in 1..n - 1 {
            if is_blank(&lines[i]) {
                lines[i] = String::new();
            } else {
                if !prefix_set {
                    prefix = lines[i].clone();
                    prefix_set = true;
                }
                prefix = common_prefix(&prefix, &lines[i]).to_string();
            }
        }
    }
    if !prefix_set {
        let line = &lines[n - 1];
        prefix = common_prefix(line, line).to_string();
    }
    let mut line_of_stars = false;
    if let Some((p, _)) = prefix.split_once('*') {
        prefix = p.strip_suffix(' ').unwrap_or(p).to_string();
        line_of_stars = true;
    } else {
        let first = lines[0].clone();
        if is_blank(&first[2..]) {
            let pb = prefix.as_bytes();
            let mut i = pb.len();
            let mut k = 0;
            while k < 3 && i > 0 && pb[i - 1] == b' ' {
                i -= 1;
                k += 1;
            }
            if i == pb.len() && i > 0 && pb[i - 1] == b'\t' {
                i -= 1;
            }
            prefix.truncate(i);
        } else {
            let fb = first.as_bytes();
            let mut suffix = vec![0u8; fb.len()];
            let mut k = 2;
            while k < fb.len() && fb[k] <= b' ' {
                suffix[k] = fb[k];
                k += 1;
            }
            let suffix: Vec<u8> = if k > 2 && suffix[2] == b'\t' {
                suffix[2..k].to_vec()
            } else {
                suffix[0] = b' ';
                suffix[1] = b' ';
                suffix[..k].to_vec()
            };
            let suffix = String::from_utf8_lossy(&suffix).into_owned();
            if let Some(p) = prefix.strip_suffix(suffix.as_str()) {
                prefix = p.to_string();
            }
        }
    }
    let last = lines[n - 1].clone();
    let closing = "*/";
    let before = last.split_once(closing).map_or(last.as_str(), |(b, _)| b);
    if is_blank(before) {
        let closing = if line_of_stars { " */" } else { closing };
        lines[n - 1] = format!("{prefix}{closing}");
    } else {
        prefix = common_prefix(&prefix, &last).to_string();
    }
    for line in lines.iter_mut().skip(1) {
        if !line.is_empty() {
            *line = line[prefix.len().min(line.len())..].to_string();
        }
    }
}

/// A doc comment (a comment group at column 1 directly above a declaration)
/// as go/printer reformats it through go/doc/comment: the common indentation
/// goes, `//` lines get one space after the slashes, blank lines collapse to
/// one, indented lines are code (one tab), directives (`//go:…`) move to the
/// end; a `/*` comment over several lines gets `/*` and `*/` on lines of
/// their own. Lists and headings are not reformatted (none in the corpus).
fn format_doc_comment(list: &[Comment]) -> Vec<Comment> {
    let first = &list[0];
    let mk = |t: String| Comment { pos: first.pos, end: first.end, text: t };
    if list.len() == 1 && first.text.starts_with("/*") {
        let text = &first.text;
        if !text.contains('\n') || all_stars(text) {
            return list.to_vec();
        }
        let inner = &text[2..text.len() - 2];
        return match doc_text(inner.split('\n').collect()) {
            Some(t) => vec![mk(format!("/*\n{t}*/"))],
            None => list.to_vec(),
        };
    }
    if !first.text.starts_with("//") {
        return list.to_vec();
    }
    let mut directives = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for c in list {
        let Some(after) = c.text.strip_prefix("//") else { return list.to_vec() };
        if is_directive(after) {
            directives.push(c.clone());
            continue;
        }
        lines.push(after.strip_prefix(' ').unwrap_or(after));
    }
    if lines.is_empty() {
        return list.to_vec();
    }
    let text = doc_text(lines).unwrap_or_default();
    let mut out: Vec<Comment> = text
        .lines()
        .map(|l| {
            if l.is_empty() {
                mk("//".into())
            } else if l.starts_with('\t') {
                mk(format!("//{l}"))
            } else {
                mk(format!("// {l}"))
            }
        })
        .collect();
    if !directives.is_empty() {
        out.push(mk("//".into()));
        out.extend(directives.into_iter().map(|c| mk(c.text)));
    }
    out
}

fn all_stars(text: &str) -> bool {
    let b = text.as_bytes();
    for i in 0..b.len() {
        if b[i] == b'\n' {
            let mut j = i + 1;
            while j < b.len() && (b[j] == b' ' || b[j] == b'\t') {
                j += 1;
            }
            if j < b.len() && b[j] != b'*' {
                return false;
            }
        }
    }
    true
}

/// go/doc/comment's unindent: blank lines at either end dropped, the
/// indentation common to all lines removed, blank lines made empty.
fn unindent(lines: &[&str]) -> Vec<String> {
    let mut l = lines;
    while l.first().is_some_and(|x| is_blank(x)) {
        l = &l[1..];
    }
    while l.last().is_some_and(|x| is_blank(x)) {
        l = &l[..l.len() - 1];
    }
    if l.is_empty() {
        return Vec::new();
    }
    let lead = |x: &str| x.len() - x.trim_start_matches([' ', '\t']).len();
    let mut prefix = &l[0][..lead(l[0])];
    for x in &l[1..] {
        if !is_blank(x) {
            let w = &x[..lead(x)];
            let n = prefix.bytes().zip(w.bytes()).take_while(|(a, b)| a == b).count();
            prefix = &prefix[..n];
        }
    }
    l.iter().map(|x| {
        let x = x.strip_prefix(prefix).unwrap_or(x);
        if x.trim().is_empty() { String::new() } else { x.to_string() }
    }).collect()
}

/// The text of a doc comment as go/doc/comment prints it (each line ending
/// in a newline; code lines start with a tab), or None if it is empty.
fn doc_text(raw: Vec<&str>) -> Option<String> {
    let lines = unindent(&raw);
    if lines.is_empty() {
        return None;
    }
    let indented = |l: &str| l.starts_with(' ') || l.starts_with('\t');
    let mut blocks: Vec<Vec<String>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].is_empty() {
            i += 1;
            continue;
        }
        let start = i;
        if indented(&lines[i]) {
            while i < lines.len() && (lines[i].is_empty() || indented(&lines[i])) {
                i += 1;
            }
            let mut end = i;
            while end > start && lines[end - 1].is_empty() {
                end -= 1;
            }
            let code: Vec<&str> = lines[start..end].iter().map(String::as_str).collect();
            blocks.push(unindent(&code).into_iter().map(|l| if l.is_empty() { l } else { format!("\t{}", l.trim_end()) }).collect());
        } else {
            while i < lines.len() && !lines[i].is_empty() && !indented(&lines[i]) {
                i += 1;
            }
            blocks.push(lines[start..i].iter().map(|l| l.trim_end().to_string()).collect());
        }
    }
    let mut out = String::new();
    for (k, b) in blocks.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        for l in b {
            out.push_str(l);
            out.push('\n');
        }
    }
    Some(out)
}

fn is_directive(c: &str) -> bool {
    if c.starts_with("line ") || c.starts_with("extern ") || c.starts_with("export ") {
        return true;
    }
    let b = c.as_bytes();
    let Some(colon) = c.find(':') else { return false };
    if colon == 0 || colon + 1 >= b.len() {
        return false;
    }
    (0..=colon + 1).all(|i| i == colon || b[i].is_ascii_lowercase() || b[i].is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::format;

    #[test]
    fn formats_a_small_program() {
        let src = "package main\nimport \"fmt\"\nfunc main(){\nx:=map[string]int{\"a\":1,\n\"bbb\":2,\n}\nfmt.Println(x[\"a\"]*2+1)\n}\n";
        let want = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := map[string]int{\"a\": 1,\n\t\t\"bbb\": 2,\n\t}\n\tfmt.Println(x[\"a\"]*2 + 1)\n}\n";
        assert_eq!(format(src).unwrap(), want);
    }

    #[test]
    fn a_syntax_error_is_gc_s() {
        let d = format("package main\nfunc main() {\n\tx := \n}\n").unwrap_err();
        assert_eq!((d.line, d.col), (4, 1));
        assert!(d.message.starts_with("syntax error"), "{}", d.message);
    }
}
