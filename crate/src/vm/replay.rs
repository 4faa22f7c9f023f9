//! Anchored schedules in the machine: counting each goroutine's visits to
//! each instruction, recording every change of running goroutine as a
//! switch at a source position, rendering the `v2` string, and replaying one
//! — finding each switch point again in (possibly edited) code, and saying
//! where and why a schedule stopped matching.

use super::machine::{GState, Machine};
use super::opmeta::op_name_at as op_name;
use crate::sched::anchored::{line_hash, short_name, Anchor, Anchored, Ident, Switch};

/// A step's place: function, instruction, and how many steps the goroutine
/// has taken there so far (this one included).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pos {
    pub func: u32,
    pub op: u32,
    pub visit: u32,
}

/// A change of running goroutine: after the step at `at`, goroutine `to`.
#[derive(Debug, Clone, Copy)]
pub struct RawSwitch {
    pub at: Pos,
    pub to: u32,
}

/// A switch of a schedule being replayed, found in this program.
struct Found {
    sw: Switch,
    /// (function, instruction, line) of the switch point, or why it is gone.
    at: Result<(u32, u32, u32), String>,
    /// The target goroutine's start function.
    to_func: Option<u32>,
    relocated_from: Option<u32>,
}

/// Replay state of an anchored schedule.
pub struct AnchoredReplay {
    found: Vec<Found>,
    next: usize,
    stopped: bool,
}

/// Per line (1-based, index `line - 1`) the hash of its text.
fn source_hashes(source: &str) -> Vec<u16> {
    source.lines().map(line_hash).collect()
}

/// 1st, 2nd, 3rd, 4th …
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
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

    fn ident(&self, gi: usize) -> Ident {
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
        let switches = self.switches.iter().map(|s| Switch { at: self.anchor_of(s.at, &hashes), to: self.ident(self.gi(s.to)) }).collect();
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

    /// Prepares the replay of an anchored schedule.
    pub(crate) fn start_anchored(&mut self, a: &Anchored) {
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
        self.anchored = Some(AnchoredReplay { found, next: 0, stopped: false });
    }

    /// The next goroutine under an anchored replay (recorded like a forced pick).
    pub(crate) fn anchored_choice(&mut self, runnable: &[u32]) -> u32 {
        let mut r = self.anchored.take().expect("an anchored replay is running");
        let g = self.anchored_pick(&mut r, runnable);
        self.anchored = Some(r);
        self.sched.forced(g)
    }

    fn anchored_pick(&mut self, r: &mut AnchoredReplay, runnable: &[u32]) -> u32 {
        let cur = self.gs[self.cur].id;
        let keep = if runnable.contains(&cur) { cur } else { runnable[0] };
        if self.step == 0 || r.stopped {
            return keep;
        }
        let total = r.found.len();
        let last = self.last_pos;
        if let Some(f) = r.found.get(r.next) {
            let n = r.next + 1;
            match &f.at {
                Err(why) => return self.stop_replay(r, format!("the schedule stopped matching at switch {n} of {total}: {why}"), keep),
                Ok((func, op, _)) if (*func, *op, f.sw.at.visit) == (last.func, last.op, last.visit) => {
                    r.next += 1;
                    let target = f.to_func.and_then(|tf| self.gs.iter().find(|g| g.entry_func == tf && g.ordinal == f.sw.to.ordinal));
                    let why = match target {
                        Some(t) if runnable.contains(&t.id) => return t.id,
                        Some(t) => format!("goroutine {} is {} there", f.sw.to, state_words(t.state)),
                        None => format!("goroutine {} does not exist there", f.sw.to),
                    };
                    let line = self.line_of(last.func, last.op);
                    return self.stop_replay(r, format!("the schedule stopped matching at switch {n} of {total} (after line {line}): {why}"), keep);
                }
                Ok(_) => {}
            }
        }
        if runnable.contains(&cur) {
            return cur;
        }
        // The running goroutine blocked or ended before its next switch point.
        let what = match self.gs[self.cur].state {
            GState::Done => "ended".to_string(),
            s => format!("stopped ({}) at line {}", state_words(s), self.current_line(self.cur)),
        };
        let who = self.ident(self.cur);
        let why = match r.found.get(r.next) {
            Some(f) => {
                let line = f.at.as_ref().map(|x| x.2).unwrap_or(0);
                format!("the schedule stopped matching at switch {} of {total}: goroutine {who} {what} before its switch point (line {line}, {} time)", r.next + 1, ordinal(f.sw.at.visit))
            }
            None => format!("the schedule ended at step {}: goroutine {who} {what}", self.step),
        };
        self.stop_replay(r, why, keep)
    }

    fn stop_replay(&mut self, r: &mut AnchoredReplay, why: String, keep: u32) -> u32 {
        r.stopped = true;
        self.sched.diverged = Some(format!("{why}; from there the run went on without preemption"));
        keep
    }

    /// After an anchored replay: what the user should know if the schedule
    /// was not followed to its end, or was found on moved lines.
    pub(crate) fn replay_note(&self) -> Option<String> {
        let r = self.anchored.as_ref()?;
        if r.stopped {
            return None;
        }
        if r.next < r.found.len() {
            return Some(format!("the program ended before the schedule's switch {} of {}", r.next + 1, r.found.len()));
        }
        let moved: Vec<String> = r.found.iter().filter_map(|f| Some(format!("{}→{}", f.relocated_from?, f.at.as_ref().ok()?.2))).collect();
        (!moved.is_empty()).then(|| {
            format!("the schedule was recorded on other code: {} of its {} switch points were found on moved lines ({})", moved.len(), r.found.len(), moved.join(", "))
        })
    }
}

fn state_words(s: GState) -> &'static str {
    match s {
        GState::Runnable => "runnable",
        GState::Blocked(r) => r,
        GState::Sleeping(_) => "asleep",
        GState::Done => "finished",
    }
}
