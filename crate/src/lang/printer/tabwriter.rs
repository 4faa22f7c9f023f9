//! Column alignment as gofmt does it: Go's `text/tabwriter` and the
//! printer's `trimmer`, ported byte for byte.
//!
//! The printer writes its text with two kinds of tabs: `\t` ends a cell that
//! is indentation, `\v` one that should line up with the cells above and below
//! it. A *column block* is a run of consecutive lines that all have a cell in
//! the same column; every cell of the block is padded with spaces to the
//! widest one plus one (`padding 1`, `minwidth 0`), so that
//!
//! ```text
//! a\v= 1\n
//! bbb\v= 2\n
//! ```
//!
//! becomes `a   = 1` / `bbb = 2`. A line with fewer cells ends the block; a
//! formfeed `\f` ends every block (gofmt uses it where alignment must not
//! carry over, e.g. between sections of a composite literal). Leading empty
//! cells are indentation and come out as tabs (`TabIndent`). Text between two
//! `ESCAPE` bytes (comments, string literals) is taken as is, tabs and all;
//! its width is its number of characters.
//!
//! The output then goes through the trimmer: trailing blanks of each line are
//! dropped, `\f` becomes `\n`, and the escape bytes vanish.

/// The byte that brackets text the tabwriter must not interpret.
pub const ESCAPE: u8 = 0xff;

#[derive(Clone, Copy, Default)]
struct Cell {
    size: usize,
    width: usize,
    htab: bool,
}

/// `tabwriter.NewWriter(out, 0, 8, 1, ' ', DiscardEmptyColumns|TabIndent)`
/// (gofmt's settings), or the raw pass-through the printer uses to measure a
/// node (`raw`: only the trimmer).
pub struct TabWriter {
    minwidth: usize,
    tabwidth: usize,
    padding: usize,
    buf: Vec<u8>,
    pos: usize,
    cell: Cell,
    in_escape: bool,
    lines: Vec<Vec<Cell>>,
    widths: Vec<usize>,
    out: Vec<u8>,
}

/// utf8.RuneCount for UTF-8 text with ESCAPE bytes in it: every byte that
/// does not continue a sequence counts one.
fn rune_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| !(0x80..0xc0).contains(&c)).count()
}

impl TabWriter {
    pub fn new() -> Self {
        let mut w = TabWriter {
            minwidth: 0,
            tabwidth: 8,
            padding: 1,
            buf: Vec::new(),
            pos: 0,
            cell: Cell::default(),
            in_escape: false,
            lines: Vec::new(),
            widths: Vec::new(),
            out: Vec::new(),
        };
        w.reset();
        w
    }

    fn reset(&mut self) {
        self.buf.clear();
        self.pos = 0;
        self.cell = Cell::default();
        self.in_escape = false;
        self.lines.clear();
        self.widths.clear();
        self.lines.push(Vec::new());
    }

    fn write_padding(&mut self, textw: usize, cellw: usize, use_tabs: bool) {
        if use_tabs {
            let cellw = cellw.div_ceil(self.tabwidth) * self.tabwidth;
            let n = cellw - textw;
            for _ in 0..n.div_ceil(self.tabwidth) {
                self.out.push(b'\t');
            }
            return;
        }
        for _ in 0..cellw - textw {
            self.out.push(b' ');
        }
    }

    fn write_lines(&mut self, mut pos: usize, line0: usize, line1: usize) -> usize {
        for i in line0..line1 {
            let line = self.lines[i].clone();
            let mut use_tabs = true; // TabIndent
            for (j, c) in line.iter().enumerate() {
                if c.size == 0 {
                    if j < self.widths.len() {
                        self.write_padding(c.width, self.widths[j], use_tabs);
                    }
                } else {
                    use_tabs = false;
                    let text = self.buf[pos..pos + c.size].to_vec();
                    self.out.extend_from_slice(&text);
                    pos += c.size;
                    if j < self.widths.len() {
                        self.write_padding(c.width, self.widths[j], false);
                    }
                }
            }
            if i + 1 == self.lines.len() {
                let text = self.buf[pos..pos + self.cell.size].to_vec();
                self.out.extend_from_slice(&text);
                pos += self.cell.size;
            } else {
                self.out.push(b'\n');
            }
        }
        pos
    }

    fn format(&mut self, pos0: usize, mut line0: usize, line1: usize) -> usize {
        let mut pos = pos0;
        let column = self.widths.len();
        let mut this = line0;
        while this < line1 {
            if column + 1 >= self.lines[this].len() {
                this += 1;
                continue;
            }
            pos = self.write_lines(pos, line0, this);
            line0 = this;
            let mut width = self.minwidth;
            let mut discardable = true;
            while this < line1 {
                let line = &self.lines[this];
                if column + 1 >= line.len() {
                    break;
                }
                let c = line[column];
                width = width.max(c.width + self.padding);
                if c.width > 0 || c.htab {
                    discardable = false;
                }
                this += 1;
            }
            if discardable {
                width = 0; // DiscardEmptyColumns
            }
            self.widths.push(width);
            pos = self.format(pos, line0, this);
            self.widths.pop();
            line0 = this;
        }
        self.write_lines(pos, line0, line1)
    }

    fn append(&mut self, text: &[u8]) {
        self.buf.extend_from_slice(text);
        self.cell.size += text.len();
    }

    fn update_width(&mut self) {
        self.cell.width += rune_count(&self.buf[self.pos..]);
        self.pos = self.buf.len();
    }

    fn end_escape(&mut self) {
        self.update_width();
        self.cell.width -= 2; // the two ESCAPE bytes
        self.pos = self.buf.len();
        self.in_escape = false;
    }

    fn terminate_cell(&mut self, htab: bool) -> usize {
        self.cell.htab = htab;
        let line = self.lines.last_mut().expect("a line");
        line.push(self.cell);
        self.cell = Cell::default();
        line.len()
    }

    fn flush_lines(&mut self) {
        if self.cell.size > 0 {
            if self.in_escape {
                self.end_escape();
            }
            self.terminate_cell(false);
        }
        let n = self.lines.len();
        self.format(0, 0, n);
        self.reset();
    }

    pub fn write(&mut self, data: &[u8]) {
        let mut n = 0;
        for (i, &ch) in data.iter().enumerate() {
            if !self.in_escape {
                match ch {
                    b'\t' | b'\x0b' | b'\n' | b'\x0c' => {
                        self.append(&data[n..i]);
                        self.update_width();
                        n = i + 1;
                        let ncells = self.terminate_cell(ch == b'\t');
                        if ch == b'\n' || ch == b'\x0c' {
                            self.lines.push(Vec::new());
                            if ch == b'\x0c' || ncells == 1 {
                                self.flush_lines();
                            }
                        }
                    }
                    ESCAPE => {
                        self.append(&data[n..i]);
                        self.update_width();
                        n = i;
                        self.in_escape = true;
                    }
                    _ => {}
                }
            } else if ch == ESCAPE {
                self.append(&data[n..i + 1]);
                n = i + 1;
                self.end_escape();
            }
        }
        self.append(&data[n..]);
    }

    /// Flushes and returns everything written, aligned and trimmed.
    pub fn finish(mut self) -> Vec<u8> {
        self.flush_lines();
        trim(&self.out)
    }
}

/// The printer's `trimmer`: drops blanks at the end of each line (outside
/// escaped text), turns `\v` into `\t` and `\f` into `\n`, removes ESCAPE bytes.
pub fn trim(data: &[u8]) -> Vec<u8> {
    #[derive(PartialEq)]
    enum State {
        Space,
        Escape,
        Text,
    }
    let mut out = Vec::with_capacity(data.len());
    let mut space: Vec<u8> = Vec::new();
    let mut state = State::Space;
    let mut m = 0;
    for (n, &b0) in data.iter().enumerate() {
        let b = if b0 == b'\x0b' { b'\t' } else { b0 };
        match state {
            State::Space => match b {
                b'\t' | b' ' => space.push(b),
                b'\n' | b'\x0c' => {
                    space.clear();
                    out.push(b'\n');
                }
                ESCAPE => {
                    out.extend_from_slice(&space);
                    state = State::Escape;
                    m = n + 1;
                }
                _ => {
                    out.extend_from_slice(&space);
                    state = State::Text;
                    m = n;
                }
            },
            State::Escape => {
                if b == ESCAPE {
                    out.extend_from_slice(&data[m..n]);
                    space.clear();
                    state = State::Space;
                }
            }
            State::Text => match b {
                b'\t' | b' ' => {
                    out.extend_from_slice(&data[m..n]);
                    space.clear();
                    state = State::Space;
                    space.push(b);
                }
                b'\n' | b'\x0c' => {
                    out.extend_from_slice(&data[m..n]);
                    space.clear();
                    state = State::Space;
                    out.push(b'\n');
                }
                ESCAPE => {
                    out.extend_from_slice(&data[m..n]);
                    state = State::Escape;
                    m = n + 1;
                }
                _ => {}
            },
        }
    }
    if state != State::Space {
        out.extend_from_slice(&data[m..]);
    }
    out
}
