//! Anchored schedules in the machine: counting each goroutine's visits to
//! each instruction, turning the switches the scheduler recorded into
//! source positions and the `v2` string, and, for a replay, finding each
//! switch point again in (possibly edited) code — the replay itself, and
//! what it says when a schedule stops matching, is `sched::replay`.

use super::machine::Machine;
use super::opmeta::op_name_at as op_name;
use crate::sched::anchored::{line_hash, short_name, Anchor, Anchored, Ident, Switch};
use crate::sched::replay::{AnchoredReplay, Found};

pub use crate::sched::{Pos, RawSwitch};

/// Per line (1-based, index `line - 1`) the hash of its text.
fn source_hashes(source: &str) -> Vec<u16> {
    source.lines().map(line_hash).collect()
}

impl<'p> Machine<'p> {
    /// Counts goroutine `gi`'s step at its current instruction; returns where.
    pub(crate) fn note_step(&mut self, gi: usize) -> Pos {
        let prog = self.prog;
        let g = &mut self.gs[gi];
        let Some(f) = g.frames.last() else { return Pos { func: u32::MAX, op: 0, visit: 0 } };
        // A map operation's later micro-steps count as visits to its instruction.
        let op = if g.micro.is_some() { f.pc.saturating_sub(1) } else { f.pc };
        let func = f.func;
        let i = match g.visits.get(g.visit_hint) {
            Some((fi, _)) if *fi == func => g.visit_hint,
            _ => match g.visits.iter().position(|(fi, _)| *fi == func) {
                Some(i) => i,
                None => {
                    g.visits.push((func, vec![0; prog.funcs[func as usize].code.len() + 1]));
                    g.visits.len() - 1
                }
            },
        };
        g.visit_hint = i;
        let counts = &mut g.visits[i].1;
        let slot = (op as usize).min(counts.len() - 1);
        counts[slot] += 1;
        Pos { func, op, visit: counts[slot] }
    }

    pub(crate) fn ident(&self, gi: usize) -> Ident {
        let g = &self.gs[gi];
        Ident { func: short_name(&self.prog.funcs[g.entry_func as usize].name).to_string(), ordinal: g.ordinal }
    }

    /// The source line of a position.
    fn line_of(&self, func: u32, op: u32) -> u32 {
        let f = &self.prog.funcs[func as usize];
        f.lines.get(op as usize).or(f.lines.last()).copied().unwrap_or(f.line)
    }

    fn anchor_of(&self, p: Pos, hashes: &[u16]) -> Anchor {
        let Some(f) = self.prog.funcs.get(p.func as usize) else {
            return Anchor { func: "?".into(), line_off: 0, hash: 0, op: "ret".into(), k: 0, visit: p.visit };
        };
        let line = self.line_of(p.func, p.op);
        let op = op_name(f, p.op as usize);
        let k = (0..p.op as usize).filter(|&i| f.lines.get(i) == Some(&line) && op_name(f, i) == op).count() as u32;
        let hash = hashes.get(line.saturating_sub(1) as usize).copied().unwrap_or(0);
        Anchor { func: short_name(&f.name).to_string(), line_off: line.saturating_sub(f.line), hash, op: op.into(), k, visit: p.visit }
    }

    /// The run's schedule as a `v2` string.
    pub(crate) fn render_anchored(&self) -> String {
        let hashes = source_hashes(&self.prog.source);
        let switches = self.sched.switches.iter().map(|s| Switch { at: self.anchor_of(s.at, &hashes), to: self.ident(self.gi(s.to)) }).collect();
        Anchored { draw_seed: self.sched.recorded.draw_seed, switches }.render()
    }

    /// Finds an anchor in this program: its function by name, its line by
    /// text nearest to the recorded offset (else the offset itself), then the
    /// `k`-th instruction of its kind on that line.
    fn find(&self, a: &Anchor, hashes: &[u16]) -> Result<(u32, u32, u32, Option<u32>), String> {
        let fi = self.prog.funcs.iter().position(|f| short_name(&f.name) == a.func).ok_or_else(|| format!("function {} is not in the program", a.func))?;
        let f = &self.prog.funcs[fi];
        let expect = f.line + a.line_off;
        let mut lines = f.lines.clone();
        lines.sort_unstable();
        lines.dedup();
        let same_text = lines.iter().copied().filter(|&l| hashes.get(l.saturating_sub(1) as usize) == Some(&a.hash)).min_by_key(|&l| (l.abs_diff(expect), l));
        let line = same_text.or_else(|| lines.contains(&expect).then_some(expect)).ok_or_else(|| format!("line {expect} ({}+{}) has no code any more", a.func, a.line_off))?;
        // (The implicit return after a function's last instruction is on its last line.)
        let implicit = (f.lines.last() == Some(&line)).then_some(f.code.len());
        let mut ops = f.lines.iter().enumerate().filter(|(_, &l)| l == line).map(|(i, _)| i).chain(implicit).filter(|&i| op_name(f, i) == a.op);
        let op = ops.nth(a.k as usize).ok_or_else(|| format!("line {line} no longer has the {} instruction the schedule switches at", a.op))?;
        Ok((fi as u32, op as u32, line, (line != expect).then_some(expect)))
    }

    /// The replay of an anchored schedule: its switch points found in this program.
    pub(crate) fn start_anchored(&self, a: &Anchored) -> AnchoredReplay {
        let hashes = source_hashes(&self.prog.source);
        let found = a
            .switches
            .iter()
            .map(|sw| {
                let at = self.find(&sw.at, &hashes);
                let relocated_from = at.as_ref().ok().and_then(|x| x.3);
                Found {
                    at: at.map(|(f, op, line, _)| (f, op, line)),
                    to_func: self.prog.funcs.iter().position(|f| short_name(&f.name) == sw.to.func).map(|i| i as u32),
                    relocated_from,
                    sw: sw.clone(),
                }
            })
            .collect();
        AnchoredReplay::new(found)
    }

}
