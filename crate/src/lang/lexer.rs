//! The Go lexer: tokens, literals and automatic semicolon insertion
//! (go.dev/ref/spec#Semicolons).
//!
//! Errors are worded as gc words them (`newline in string`,
//! `invalid character U+0040 '@'`, …).

use super::diag::{Pos, PosError};

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Ident(String),
    Int(String),
    Float(String),
    Imag(String),
    Char(char),
    /// A string literal's bytes (escapes like `\xff` are bytes, not runes).
    Str(Vec<u8>),
    Kw(&'static str),
    Op(&'static str),
    /// A `;`, written or inserted at a newline (`true`) or at EOF.
    Semi(bool),
    Eof,
}

impl Tok {
    /// How gc names the token in `syntax error: unexpected …`.
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(n) => format!("name {n}"),
            Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) => format!("literal {s}"),
            Tok::Char(c) => format!("literal {}", quote_rune(*c)),
            Tok::Str(s) => format!("literal {}", quote_go_bytes(s)),
            Tok::Kw(k) => format!("keyword {k}"),
            Tok::Op(o) => o.to_string(),
            Tok::Semi(true) => "newline".into(),
            Tok::Semi(false) => "semicolon".into(),
            Tok::Eof => "EOF".into(),
        }
    }
}

/// strconv.Quote: how gc and fmt's %q print a string.
pub fn quote_go(s: &str) -> String {
    quote_go_bytes(s.as_bytes())
}

/// strconv.Quote of a Go string, which may hold any bytes: each byte that
/// is not part of valid UTF-8 is written `\xNN`, as Go does.
pub fn quote_go_bytes(b: &[u8]) -> String {
    let mut out = String::from("\"");
    for chunk in b.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                '\r' => out.push_str("\\r"),
                '\u{7}' => out.push_str("\\a"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\u{b}' => out.push_str("\\v"),
                '\u{FFFD}' => out.push_str("\\ufffd"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
                c => out.push(c),
            }
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02x}"));
        }
    }
    out.push('"');
    out
}

pub fn quote_rune(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        '\0' => "'\\x00'".into(),
        c => format!("'{c}'"),
    }
}

const KEYWORDS: &[&str] = &[
    "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto",
    "if", "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
];

/// Longest first, so that the greedy match is right.
const OPS: &[&str] = &[
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=", "/=",
    "%=", "&=", "|=", "^=", "<<", ">>", "&^", "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")",
    "[", "]", "{", "}", ",", ";", ".", ":", "~",
];

pub struct Token {
    pub tok: Tok,
    pub pos: Pos,
}

/// A comment as written: `//…` (without its newline) or `/*…*/`, from
/// `pos` up to `end` (exclusive). The compiler ignores comments; the
/// printer (`printer/`) puts them back where they were.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub pos: Pos,
    pub end: Pos,
    pub text: String,
}

/// Splits `src` into tokens, inserting semicolons as the spec says.
/// Turns a source file's bytes into text as gc's scanner reads it
/// (cmd/compile/internal/syntax/source.go): a leading byte order mark is
/// skipped (kept in the text as spaces' worth of bytes would shift columns,
/// so it is kept and [`lex`] steps over it); bytes that are not UTF-8 are
/// `invalid UTF-8 encoding` at the first such byte.
pub fn source_text(bytes: &[u8]) -> Result<&str, crate::Diagnostic> {
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let prefix = &bytes[..at];
        let line = prefix.iter().filter(|&&c| c == b'\n').count() as u32 + 1;
        let col = (at - prefix.iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1)) as u32 + 1;
        crate::Diagnostic { line, col, message: "invalid UTF-8 encoding".into() }
    })
}

const BOM: char = '\u{FEFF}';

/// gc rejects NUL anywhere in a file and a byte order mark anywhere but at
/// its start, before it reads any token.
fn check_chars(src: &str) -> Result<(), PosError> {
    for (i, c) in src.char_indices() {
        if c == '\0' {
            return Err(PosError::new(i as Pos, "invalid NUL character"));
        }
        if c == BOM && i > 0 {
            return Err(PosError::new(i as Pos, "invalid BOM in the middle of the file"));
        }
    }
    Ok(())
}

pub fn lex(src: &str) -> Result<Vec<Token>, PosError> {
    lex_keeping(src, None)
}

/// [`lex`], and the comments it stepped over, in order.
pub fn lex_with_comments(src: &str) -> Result<(Vec<Token>, Vec<Comment>), PosError> {
    let mut comments = Vec::new();
    let toks = lex_keeping(src, Some(&mut comments))?;
    Ok((toks, comments))
}

fn lex_keeping(src: &str, mut comments: Option<&mut Vec<Comment>>) -> Result<Vec<Token>, PosError> {
    check_chars(src)?;
    let b = src.as_bytes();
    // A leading byte order mark is not part of the program.
    let mut i = if src.starts_with(BOM) { BOM.len_utf8() } else { 0 };
    let mut out: Vec<Token> = Vec::new();
    let needs_semi = |out: &Vec<Token>| match out.last().map(|t| &t.tok) {
        Some(Tok::Ident(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_) | Tok::Str(_)) => true,
        Some(Tok::Kw(k)) => matches!(*k, "break" | "continue" | "fallthrough" | "return"),
        Some(Tok::Op(o)) => matches!(*o, "++" | "--" | ")" | "]" | "}"),
        _ => false,
    };
    while i < b.len() {
        let c = b[i];
        let start = i as Pos;
        if c == b'\n' {
            if needs_semi(&out) {
                out.push(Token { tok: Tok::Semi(true), pos: start });
            }
            i += 1;
            continue;
        }
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
            continue;
        }
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            if let Some(cs) = comments.as_deref_mut() {
                cs.push(Comment { pos: start, end: i as Pos, text: src[start as usize..i].to_string() });
            }
            continue;
        }
        if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let mut j = i + 2;
            let mut newline = false;
            loop {
                if j + 1 >= b.len() {
                    return Err(PosError::new(start, "comment not terminated"));
                }
                if b[j] == b'*' && b[j + 1] == b'/' {
                    break;
                }
                if b[j] == b'\n' {
                    newline = true;
                }
                j += 1;
            }
            if newline && needs_semi(&out) {
                out.push(Token { tok: Tok::Semi(true), pos: start });
            }
            i = j + 2;
            if let Some(cs) = comments.as_deref_mut() {
                cs.push(Comment { pos: start, end: i as Pos, text: src[start as usize..i].to_string() });
            }
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let s = &src[i..];
            let mut end = 0;
            for (k, ch) in s.char_indices() {
                if ch.is_alphanumeric() || ch == '_' {
                    end = k + ch.len_utf8();
                } else {
                    break;
                }
            }
            if end == 0 {
                let ch = s.chars().next().unwrap_or('?');
                return Err(PosError::new(start, format!("invalid character U+{:04X} '{}'", ch as u32, ch)));
            }
            let word = &s[..end];
            i += end;
            let tok = match KEYWORDS.iter().find(|k| **k == word) {
                Some(k) => Tok::Kw(k),
                None => Tok::Ident(word.to_string()),
            };
            out.push(Token { tok, pos: start });
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            let (tok, len) = lex_number(&src[i..], start)?;
            out.push(Token { tok, pos: start });
            i += len;
            continue;
        }
        if c == b'"' {
            let mut j = i + 1;
            let mut s = Vec::new();
            loop {
                match b.get(j) {
                    None | Some(b'\n') => return Err(PosError::new(start, "newline in string")),
                    Some(b'"') => break,
                    Some(b'\\') => {
                        let (ch, len) = lex_escape(&src[j..], j as Pos, '"')?;
                        push_escaped(&mut s, ch);
                        j += len;
                    }
                    Some(_) => {
                        let ch = src[j..].chars().next().unwrap_or('\u{fffd}');
                        s.extend_from_slice(&b[j..j + ch.len_utf8()]);
                        j += ch.len_utf8();
                    }
                }
            }
            out.push(Token { tok: Tok::Str(s), pos: start });
            i = j + 1;
            continue;
        }
        if c == b'`' {
            let rest = &src[i + 1..];
            match rest.find('`') {
                Some(end) => {
                    out.push(Token { tok: Tok::Str(rest[..end].replace('\r', "").into_bytes()), pos: start });
                    i += end + 2;
                }
                None => return Err(PosError::new(start, "string literal not terminated")),
            }
            continue;
        }
        if c == b'\'' {
            let j = i + 1;
            let (ch, len) = match b.get(j) {
                None | Some(b'\n') => return Err(PosError::new(start, "newline in rune literal")),
                Some(b'\'') => return Err(PosError::new(start, "empty rune literal or unescaped ' in rune literal")),
                Some(b'\\') => {
                    let (e, len) = lex_escape(&src[j..], j as Pos, '\'')?;
                    match e {
                        Escaped::Char(c) => (c, len),
                        Escaped::Byte(x) => (x as char, len),
                    }
                }
                Some(_) => {
                    let ch = src[j..].chars().next().unwrap_or('\u{fffd}');
                    (ch, ch.len_utf8())
                }
            };
            if b.get(j + len) != Some(&b'\'') {
                return Err(PosError::new(start, "more than one character in rune literal"));
            }
            out.push(Token { tok: Tok::Char(ch), pos: start });
            i = j + len + 1;
            continue;
        }
        let rest = &src[i..];
        match OPS.iter().find(|op| rest.starts_with(**op)) {
            Some(op) => {
                let tok = if *op == ";" { Tok::Semi(false) } else { Tok::Op(op) };
                out.push(Token { tok, pos: start });
                i += op.len();
            }
            None => {
                let ch = rest.chars().next().unwrap_or('?');
                return Err(PosError::new(start, format!("invalid character U+{:04X} '{}'", ch as u32, ch)));
            }
        }
    }
    let end = b.len() as Pos;
    if needs_semi(&out) {
        out.push(Token { tok: Tok::Semi(true), pos: end });
    }
    out.push(Token { tok: Tok::Eof, pos: end });
    Ok(out)
}

enum Escaped {
    Char(char),
    Byte(u8),
}

/// Bytes from `\x` escapes are kept as raw bytes in Go strings; we store them
/// as the matching Latin-1 char when not valid UTF-8 (good enough for printing).
fn push_escaped(s: &mut Vec<u8>, e: Escaped) {
    match e {
        Escaped::Char(c) => s.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        Escaped::Byte(b) => s.push(b),
    }
}

fn lex_escape(s: &str, pos: Pos, quote: char) -> Result<(Escaped, usize), PosError> {
    let b = s.as_bytes();
    let c = *b.get(1).ok_or_else(|| PosError::new(pos, "escape sequence not terminated"))?;
    let simple = |ch: char| Ok((Escaped::Char(ch), 2));
    match c {
        b'n' => simple('\n'),
        b't' => simple('\t'),
        b'r' => simple('\r'),
        b'a' => simple('\u{7}'),
        b'b' => simple('\u{8}'),
        b'f' => simple('\u{c}'),
        b'v' => simple('\u{b}'),
        b'\\' => simple('\\'),
        b'\'' if quote == '\'' => simple('\''),
        b'"' if quote == '"' => simple('"'),
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let hex = s.get(2..2 + n).ok_or_else(|| PosError::new(pos, "escape sequence not terminated"))?;
            let v = u32::from_str_radix(hex, 16).map_err(|_| PosError::new(pos, "invalid character in escape sequence"))?;
            if c == b'x' {
                Ok((Escaped::Byte(v as u8), 2 + n))
            } else {
                let ch = char::from_u32(v).ok_or_else(|| PosError::new(pos, "escape is invalid Unicode code point"))?;
                Ok((Escaped::Char(ch), 2 + n))
            }
        }
        b'0'..=b'7' => {
            let oct = s.get(1..4).ok_or_else(|| PosError::new(pos, "escape sequence not terminated"))?;
            let v = u32::from_str_radix(oct, 8).map_err(|_| PosError::new(pos, "invalid character in escape sequence"))?;
            if v > 255 {
                return Err(PosError::new(pos, "octal escape value > 255"));
            }
            Ok((Escaped::Byte(v as u8), 4))
        }
        _ => Err(PosError::new(pos, "unknown escape sequence")),
    }
}

fn lex_number(s: &str, pos: Pos) -> Result<(Tok, usize), PosError> {
    let b = s.as_bytes();
    let mut i = 0;
    let is_hex = b.len() > 1 && b[0] == b'0' && (b[1] == b'x' || b[1] == b'X');
    if is_hex || (b.len() > 1 && b[0] == b'0' && matches!(b[1], b'b' | b'B' | b'o' | b'O')) {
        i = 2;
        while i < b.len() && (b[i].is_ascii_hexdigit() || b[i] == b'_') {
            i += 1;
        }
        return Ok((Tok::Int(s[..i].to_string()), i));
    }
    let mut float = false;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    if i < b.len() && b[i] == b'.' {
        float = true;
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        float = true;
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let d = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if d == i {
            return Err(PosError::new(pos, "exponent has no digits"));
        }
    }
    if i < b.len() && b[i] == b'i' {
        return Ok((Tok::Imag(s[..=i].to_string()), i + 1));
    }
    let text = s[..i].to_string();
    Ok((if float { Tok::Float(text) } else { Tok::Int(text) }, i))
}
