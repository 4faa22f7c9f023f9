//! Diagnostics with positions, worded the way `go build` / `go vet` word them.
//!
//! Positions are byte offsets into the source; [`LineMap`] turns them into the
//! 1-based `line:col` pairs gc prints (`main.go:5:1: syntax error: …`).

use serde::Serialize;

/// A byte offset into the source text.
pub type Pos = u32;

/// One compile error, as gc would print it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub line: u32,
    pub col: u32,
    pub message: String,
}

impl Diagnostic {
    /// `main.go:LINE:COL: message`, exactly as `go run` prints it.
    pub fn render(&self) -> String {
        format!("main.go:{}:{}: {}", self.line, self.col, self.message)
    }
}

/// An error carrying a byte position; turned into a [`Diagnostic`] with a [`LineMap`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PosError {
    pub pos: Pos,
    pub message: String,
}

impl PosError {
    pub fn new(pos: Pos, message: impl Into<String>) -> Self {
        PosError { pos, message: message.into() }
    }
}

/// Line starts of a source text, for byte offset → (line, col).
#[derive(Debug, Clone)]
pub struct LineMap {
    starts: Vec<u32>,
}

impl LineMap {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineMap { starts }
    }

    /// 1-based line and byte column of `pos`.
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let line = match self.starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, pos - self.starts[line] + 1)
    }

    pub fn line(&self, pos: Pos) -> u32 {
        self.line_col(pos).0
    }

    pub fn diagnostic(&self, e: &PosError) -> Diagnostic {
        let (line, col) = self.line_col(e.pos);
        Diagnostic { line, col, message: e.message.clone() }
    }
}
