//! The machine's side of the memory budget (`vm::budget`): what the run
//! holds now, the check at the end of each step, asking before an
//! allocation, counting the strings still reachable, and Go's
//! out-of-memory death.

use super::budget::*;
use super::machine::{GState, Iter, Machine};
use super::value::Value;
use std::collections::HashSet;

impl<'p> Machine<'p> {
    /// Bytes the run holds now, besides strings (see the module doc).
    pub fn held_bytes(&self) -> u64 {
        let heap = self.heap.slots * VALUE_BYTES;
        let maps = self.map_slots * crate::gomap::GoMap::bytes_per_slot(self.opts.map_model);
        let goroutines = self.gs.len() as u64 * GOROUTINE_RECORD_BYTES + self.live_goroutines * GOROUTINE_LIVE_BYTES;
        let race = self.race.cells() as u64 * RACE_CELL_BYTES;
        let events = self.events.len() as u64 * EVENT_BYTES;
        let output = (self.stdout.len() + self.stderr.len()) as u64;
        heap + maps + self.chan_bytes + goroutines + race + events + output
    }

    /// The end-of-step check: false if the run just ran out of memory.
    pub fn check_budget(&mut self, gi: usize) -> bool {
        if let Some(ask) = self.heap.exhausted.take() {
            let in_use = self.budget.in_use();
            self.out_of_memory(gi, OutOfMemory { ask, in_use });
            return false;
        }
        let held = self.held_bytes();
        if self.budget.hold(held) {
            return true;
        }
        if self.budget.strings_since_count() > 0 {
            let live = self.live_string_bytes();
            self.budget.recount(live);
            if self.budget.hold(held) {
                return true;
            }
        }
        let in_use = self.budget.in_use();
        self.out_of_memory(gi, OutOfMemory { ask: in_use - self.budget.limit.min(in_use), in_use: self.budget.limit });
        false
    }

    /// Before allocating `ask` bytes: true if they fit, else the run ends out of memory.
    pub fn reserve(&mut self, gi: usize, ask: u64) -> bool {
        let held = self.held_bytes();
        self.budget.hold(held);
        match self.budget.fits(ask) {
            Ok(()) => true,
            Err(_) if self.budget.strings_since_count() > 0 => {
                let live = self.live_string_bytes();
                self.budget.recount(live);
                match self.budget.fits(ask) {
                    Ok(()) => true,
                    Err(e) => {
                        self.out_of_memory(gi, e);
                        false
                    }
                }
            }
            Err(e) => {
                self.out_of_memory(gi, e);
                false
            }
        }
    }

    /// Before making a string of `len` bytes: counts it; false if the run ended out of memory.
    pub fn reserve_string(&mut self, gi: usize, len: u64) -> bool {
        let ask = string_bytes(len);
        if !self.reserve(gi, ask) {
            return false;
        }
        self.budget.string(ask).is_ok()
    }

    /// Go's out-of-memory death: the runtime's line, the throw, the traceback,
    /// and maprace's line naming the budget.
    pub fn out_of_memory(&mut self, gi: usize, e: OutOfMemory) {
        if self.outcome.is_some() {
            return;
        }
        let gi = gi.min(self.gs.len().saturating_sub(1));
        let limit = self.budget.limit;
        self.stderr.push_str(&format!("runtime: out of memory: cannot allocate {}-byte block ({} in use)\n", e.ask, e.in_use));
        self.fatal(gi, "out of memory");
        self.stderr.push_str(&format!("maprace: the program used up its memory budget of {limit} bytes (raise it with the memory limit option)\n"));
        self.outcome = Some(format!("fatal error: out of memory (memory budget {limit} bytes)"));
    }

    /// Bytes of the strings the program can still reach (each counted once):
    /// what the collector would keep.
    pub fn live_string_bytes(&self) -> u64 {
        let mut seen: HashSet<usize> = HashSet::new();
        let mut total = 0u64;
        let visit = |v: &Value, seen: &mut HashSet<usize>, total: &mut u64| {
            let mut todo: Vec<Value> = vec![v.clone()];
            while let Some(v) = todo.pop() {
                match v {
                    Value::Str(s) => {
                        if seen.insert(s.as_ptr() as usize) {
                            *total += string_bytes(s.len() as u64);
                        }
                    }
                    Value::Iface(b) => {
                        if seen.insert(std::rc::Rc::as_ptr(&b) as *const u8 as usize) {
                            todo.push(b.1.clone());
                        }
                    }
                    Value::Func(c) => {
                        if seen.insert(std::rc::Rc::as_ptr(&c) as *const u8 as usize) {
                            todo.extend(c.captures.iter().cloned());
                            todo.extend(c.recv.iter().cloned());
                        }
                    }
                    _ => {}
                }
            }
        };
        for (_, obj) in self.heap.objs.iter() {
            for v in obj {
                visit(v, &mut seen, &mut total);
            }
        }
        for g in &self.gs {
            if g.state == GState::Done && g.frames.is_empty() && g.panicking.is_none() {
                continue;
            }
            for v in g.stack.iter().chain(g.panicking.iter()) {
                visit(v, &mut seen, &mut total);
            }
            for f in &g.frames {
                for v in &f.locals {
                    visit(v, &mut seen, &mut total);
                }
                if let Some(c) = &f.closure {
                    visit(&Value::Func(c.clone()), &mut seen, &mut total);
                }
                for (func, args) in &f.defers {
                    visit(func, &mut seen, &mut total);
                    for v in args {
                        visit(v, &mut seen, &mut total);
                    }
                }
            }
            if let Some(super::machine::Micro::SyncMapSlow { args, .. }) = &g.micro {
                for v in args {
                    visit(v, &mut seen, &mut total);
                }
            }
        }
        for (_, m) in self.maps.iter() {
            for (k, v) in m.map.entries() {
                visit(&k, &mut seen, &mut total);
                visit(&v, &mut seen, &mut total);
            }
        }
        for (_, c) in self.chans.iter() {
            for v in c.buf.iter().chain(c.sendq.iter().map(|(_, v)| v)) {
                visit(v, &mut seen, &mut total);
            }
        }
        for (_, it) in self.iters.iter() {
            if let Some(Iter::Sync { entries, .. }) = it {
                for (v, _) in entries {
                    visit(v, &mut seen, &mut total);
                }
            }
        }
        total
    }
}

