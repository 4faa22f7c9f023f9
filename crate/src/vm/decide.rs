//! The machine as the scheduler sees it. Before each step the run loop asks
//! [`Machine::next_goroutine`], which shows the scheduler (`sched::Recorder`
//! and, behind it, the strategy) a decision context: the runnable
//! goroutines, the one that ran last, whether it is inside a map
//! operation, what its last step cost, where it was, whether the
//! granularity allows a switch before its next op — and a [`View`] of the
//! goroutines the strategy may ask, only if it needs to, what each one's
//! next step would touch (`opmeta`) and, for a replay's notes, their names,
//! states and lines.

use super::heap::Heap;
use super::machine::{GState, Goroutine, Machine};
use super::opmeta::footprint;
use crate::compile::Program;
use crate::sched::Ctx;

impl<'p> Machine<'p> {
    /// The goroutine for the next step, from the runnable set (non-empty).
    pub(crate) fn next_goroutine(&mut self) -> u32 {
        let mid_op = self.gs.get(self.cur).is_some_and(|g| g.micro.is_some());
        let switch_point = self.may_switch();
        let view = View { prog: self.prog, heap: &self.heap, gs: &self.gs };
        let ctx = Ctx {
            runnable: &self.runnable,
            current: (self.step > 0).then(|| self.gs[self.cur].id),
            mid_op,
            cost: self.last_cost,
            step: self.step,
            position: self.last_pos,
            switch_point,
            yielding: false,
            now: self.clock,
            world: &view,
        };
        let g = self.sched.next_task(ctx);
        if self.sched.asked {
            self.runnable.clear_changes();
        }
        g
    }
}

/// The machine as the scheduler sees it at a decision (see `sched::World`).
struct View<'a> {
    prog: &'a Program,
    heap: &'a Heap,
    gs: &'a [Goroutine],
}

impl View<'_> {
    fn g(&self, id: u32) -> &Goroutine {
        &self.gs[(id - 1) as usize]
    }
}

impl crate::sched::World for View<'_> {
    fn footprint(&self, g: u32) -> crate::sched::Footprint {
        footprint(self.prog, self.heap, self.g(g))
    }

    fn started_with(&self, func: u32, ordinal: u32) -> Option<u32> {
        self.gs.iter().find(|g| g.entry_func == func && g.ordinal == ordinal).map(|g| g.id)
    }

    fn ident(&self, g: u32) -> String {
        let g = self.g(g);
        crate::sched::anchored::Ident { func: crate::sched::anchored::short_name(&self.prog.funcs[g.entry_func as usize].name).to_string(), ordinal: g.ordinal }.to_string()
    }

    fn state_words(&self, g: u32) -> &'static str {
        self.g(g).state.words()
    }

    fn is_done(&self, g: u32) -> bool {
        self.g(g).state == GState::Done
    }

    fn line(&self, g: u32) -> u32 {
        match self.g(g).frames.last() {
            Some(f) => {
                let func = &self.prog.funcs[f.func as usize];
                func.lines.get(f.pc.saturating_sub(1) as usize).copied().unwrap_or(func.line)
            }
            None => 0,
        }
    }
}
