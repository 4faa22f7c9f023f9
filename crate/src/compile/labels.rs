//! Labels and `goto` (go.dev/ref/spec#Goto_statements, #Label_scopes).
//!
//! Labels are scoped to the function body they are declared in, not to
//! blocks. Go's parser checks their use before any type is known
//! (cmd/compile/internal/syntax/branches.go), and `check` below is that
//! check, with gc's words:
//!
//! * every label must be used (by a `goto`, `break` or `continue`), and
//!   declared once;
//! * a `goto` may not jump into a block — its label must be in the goto's
//!   own block or an enclosing one;
//! * a forward `goto` may not jump over a variable declaration of the
//!   label's block (`x := 1` or `var x int` between the goto and the label).
//!
//! Compiling `goto L` is a jump to the code of the labeled statement
//! (`Compiler::goto_stmt`): backward to an address already known, forward by
//! a patch once the label is reached. A goto that leaves `range` loops over
//! maps gives their iterators back, as `break` does (`Op::LeaveRange`). A
//! `range` over a function compiles its body as another function, so a goto
//! out of such a body is refused (`maprace does not support … yet`).

use super::*;
use crate::vm::op::Op;

/// A label's place in the code: its address and the number of `range`
/// loops over maps around it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LabelAddr {
    pub addr: u32,
    pub map_loops: u16,
}

/// A forward goto waiting for its label.
#[derive(Debug, Clone)]
pub(crate) struct PendingGoto {
    pub label: String,
    pub at: usize,
    pub pos: Pos,
}

/// A block of the function body, as the check sees it.
struct Block<'p> {
    parent: Option<&'p Block<'p>>,
    id: usize,
}

struct LabelInfo {
    block: usize,
    pos: Pos,
    used: bool,
}

struct Checker<'s> {
    src: &'s str,
    lines: &'s LineMap,
    labels: HashMap<String, LabelInfo>,
    errors: Vec<PosError>,
    blocks: usize,
    /// Where each block starts (for "jumps into block starting at").
    block_starts: HashMap<usize, Pos>,
}

/// gc's label checks of one function body (its function literals are checked on their own).
pub(crate) fn check(body: &crate::lang::ast::Block, src: &str, lines: &LineMap) -> Vec<PosError> {
    let mut c = Checker { src, lines, labels: HashMap::new(), errors: Vec::new(), blocks: 0, block_starts: HashMap::new() };
    let fwd = c.block(None, body.lbrace, &body.stmts);
    for (name, pos) in fwd {
        let into = c.labels.get_mut(&name).map(|l| {
            l.used = true;
            l.block
        });
        match into {
            Some(_) => {
                let start = c.block_starts.get(&c.labels[&name].block).copied().unwrap_or(body.lbrace);
                let (l, col) = c.lines.line_col(start);
                c.errors.push(PosError::new(pos, format!("goto {name} jumps into block starting at main.go:{l}:{col}")));
            }
            None => c.errors.push(PosError::new(pos, format!("label {name} not defined"))),
        }
    }
    let mut unused: Vec<(&String, &LabelInfo)> = c.labels.iter().filter(|(_, l)| !l.used).collect();
    unused.sort_by_key(|(_, l)| l.pos);
    let mut errors = c.errors.clone();
    for (name, l) in unused {
        errors.push(PosError::new(l.pos, format!("label {name} defined and not used")));
    }
    errors.sort_by_key(|e| e.pos);
    errors
}

impl Checker<'_> {
    /// The position of `:=` in a short variable declaration whose last name is `last`.
    fn define_pos(&self, last: &Expr, fallback: Pos) -> Pos {
        if let ExprKind::Ident(n) = &last.kind {
            let from = last.pos as usize + n.len();
            if let Some(rest) = self.src.get(from..) {
                let skip = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                if rest[skip..].starts_with(":=") {
                    return (from + skip) as Pos;
                }
            }
        }
        fallback
    }

    /// Checks a block's statements; returns its unresolved forward gotos (name, position).
    fn block(&mut self, parent: Option<&Block>, start: Pos, stmts: &[Stmt]) -> Vec<(String, Pos)> {
        self.blocks += 1;
        let b = Block { parent, id: self.blocks };
        self.block_starts.insert(b.id, start);
        let mut fwd: Vec<(String, Pos)> = Vec::new();
        // The last variable declaration, and the forward gotos before it.
        let mut var_decl: Option<(String, Pos)> = None;
        let mut bad: Vec<Pos> = Vec::new();
        for s in stmts {
            let mut s = s;
            while let StmtKind::Labeled(l, inner) = &s.kind {
                if l.name != "_" {
                    if let Some(alt) = self.labels.get(&l.name) {
                        let (ln, col) = self.lines.line_col(alt.pos);
                        self.errors.push(PosError::new(l.pos, format!("label {} already defined at main.go:{ln}:{col}", l.name)));
                    } else {
                        self.labels.insert(l.name.clone(), LabelInfo { block: b.id, pos: l.pos, used: false });
                    }
                    let mut kept = Vec::new();
                    for (name, pos) in fwd.drain(..) {
                        if name == l.name {
                            if let Some(li) = self.labels.get_mut(&name) {
                                li.used = true;
                            }
                            if let Some((v, vpos)) = var_decl.as_ref().filter(|_| bad.contains(&pos)) {
                                let (ln, col) = self.lines.line_col(*vpos);
                                self.errors.push(PosError::new(pos, format!("goto {name} jumps over declaration of {v} at main.go:{ln}:{col}")));
                            }
                        } else {
                            kept.push((name, pos));
                        }
                    }
                    fwd = kept;
                }
                s = inner;
            }
            match &s.kind {
                StmtKind::Var(specs) => {
                    if let Some(n) = specs.first().and_then(|sp| sp.names.first()) {
                        var_decl = Some((n.name.clone(), n.pos));
                        bad = fwd.iter().map(|(_, p)| *p).collect();
                    }
                }
                StmtKind::Assign { lhs, op: AssignOp::Define, .. } => {
                    let names: Vec<String> = lhs.iter().map(super::exprstr::expr_string).collect();
                    let at = lhs.last().map(|l| self.define_pos(l, s.pos)).unwrap_or(s.pos);
                    var_decl = Some((names.join(", "), at));
                    bad = fwd.iter().map(|(_, p)| *p).collect();
                }
                StmtKind::Goto(l) => {
                    if !self.goto_target(&b, &l.name) {
                        fwd.push((l.name.clone(), l.pos));
                    }
                }
                StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) => {
                    if let Some(li) = self.labels.get_mut(&l.name) {
                        li.used = true;
                    }
                }
                StmtKind::Block(inner) => fwd.extend(self.block(Some(&b), inner.lbrace, &inner.stmts)),
                StmtKind::If { then, els, .. } => {
                    fwd.extend(self.block(Some(&b), then.lbrace, &then.stmts));
                    if let Some(e) = els {
                        fwd.extend(self.block(Some(&b), e.pos, std::slice::from_ref(e.as_ref())));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => fwd.extend(self.block(Some(&b), body.lbrace, &body.stmts)),
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    self.blocks += 1;
                    let sw = Block { parent: Some(&b), id: self.blocks };
                    for cc in clauses {
                        fwd.extend(self.block(Some(&sw), cc.pos, &cc.body));
                    }
                }
                StmtKind::Select(clauses) => {
                    self.blocks += 1;
                    let sel = Block { parent: Some(&b), id: self.blocks };
                    for cc in clauses {
                        fwd.extend(self.block(Some(&sel), cc.pos, &cc.body));
                    }
                }
                _ => {}
            }
        }
        fwd
    }

    /// Is label `name` declared in block `b` or one enclosing it (marking it used)?
    fn goto_target(&mut self, b: &Block, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else { return false };
        l.used = true;
        let mut cur = Some(b);
        while let Some(x) = cur {
            if x.id == l.block {
                return true;
            }
            cur = x.parent;
        }
        false
    }
}

impl<'a> Compiler<'a> {
    /// A labeled statement's address, for the gotos to it.
    pub(super) fn define_label(&mut self, name: &str) {
        let addr = self.here();
        let map_loops = self.f().loops.iter().filter(|lp| lp.map_range).count() as u16;
        let f = self.f();
        f.labels.insert(name.to_string(), LabelAddr { addr, map_loops });
        let pending: Vec<PendingGoto> = f.gotos.iter().filter(|g| g.label == name).cloned().collect();
        f.gotos.retain(|g| g.label != name);
        for g in pending {
            if let Some(Op::LeaveRange { target, keep }) = self.f().code.get_mut(g.at) {
                *target = addr;
                *keep = (*keep).min(map_loops);
            }
        }
    }

    /// `goto L`.
    pub(super) fn goto_stmt(&mut self, l: &Ident) -> R<()> {
        let depth = self.f().loops.iter().filter(|lp| lp.map_range).count() as u16;
        match self.f().labels.get(&l.name).copied() {
            Some(t) if t.map_loops < depth => {
                self.emit(Op::LeaveRange { target: t.addr, keep: t.map_loops });
            }
            Some(t) => {
                self.emit(Op::Jump(t.addr));
            }
            None => {
                let at = self.emit(Op::LeaveRange { target: 0, keep: depth });
                self.f().gotos.push(PendingGoto { label: l.name.clone(), at, pos: l.pos });
            }
        }
        Ok(())
    }

    /// After a function body: a goto still waiting left a range-over-function body.
    pub(super) fn unresolved_gotos(&mut self) -> R<()> {
        match self.f().gotos.first() {
            Some(g) => Err(PosError::new(g.pos, "maprace does not support goto out of a range-over-function loop yet")),
            None => Ok(()),
        }
    }
}
