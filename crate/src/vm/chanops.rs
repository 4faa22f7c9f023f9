//! Channel instructions in the machine: `chansend`, `chanrecv`, `closechan`,
//! `selectgo` and `time.After`'s timers, over the model in `gosync/chan.rs`.
//! This file parks and wakes goroutines, pushes results, writes events, and
//! gives the race detector its edges.
//!
//! Happens-before (go.dev/ref/mem#chan): a send is ordered before the receive
//! that completes it; for capacity C the k-th receive is ordered before the
//! (k+C)-th send completes; a close before a receive that sees it closed.
//! The edges are those of Go's race runtime (`runtime/chan.go`):
//!
//! * unbuffered: `racesync` — sender and receiver exchange clocks through
//!   the object at `c.raceaddr()`, which accumulates;
//! * buffered: `racenotify` — the goroutine passing through slot `n`
//!   acquires the slot's clock and leaves its own there (`release_acquire`),
//!   a send handed straight to a parked receiver too ("pretend we go
//!   through the buffer": the sender gets nothing back); for zero-size
//!   elements every slot is `c.raceaddr()` and clocks accumulate;
//! * close: a write of `c.raceaddr()` and a release of it; every send (and
//!   a select's send case when polled) reads `c.raceaddr()` first, so a send
//!   racing a close is a data race, whichever comes first.

use super::addr::{Cell, Clock};
use super::arena::ChanId;
use super::machine::*;
use super::value::Value;
use crate::gosync::chan::Waiter;
use crate::race::frames;
use crate::trace::EventKind;


/// Is this parked waiter still waiting (a select may have been completed by another channel)?
fn waiter_live(gs: &[Goroutine], w: &Waiter) -> bool {
    let g = &gs[(w.g - 1) as usize];
    match (w.select, g.park) {
        (Some((t, _)), Park::Select { token }) => t == token && matches!(g.state, GState::Blocked(_)),
        (None, Park::Recv { .. }) | (None, Park::Send) => matches!(g.state, GState::Blocked(_)),
        _ => false,
    }
}

impl<'p> Machine<'p> {
    fn chan_name(&self, id: ChanId) -> String {
        format!("chan#{id}")
    }

    fn pop_live_receiver(&mut self, ch: ChanId) -> Option<Waiter> {
        let gs = &self.gs;
        self.chans[ch].pop_receiver(|w| waiter_live(gs, w))
    }

    fn pop_live_sender(&mut self, ch: ChanId) -> Option<(Waiter, Value)> {
        let gs = &self.gs;
        self.chans[ch].pop_sender(|w| waiter_live(gs, w))
    }

    /// Wakes a parked receiver with a value (ok = false after close).
    fn deliver_recv(&mut self, w: &Waiter, v: Value, ok: bool) {
        let gi = self.gi(w.g);
        match (w.select, self.gs[gi].park) {
            (Some((_, case)), _) => {
                self.push(gi, v);
                self.push(gi, Value::Bool(ok));
                self.push(gi, Value::Int(case as i64));
            }
            (None, Park::Recv { comma_ok }) => {
                self.push(gi, v);
                if comma_ok {
                    self.push(gi, Value::Bool(ok));
                }
            }
            _ => {}
        }
        self.gs[gi].park = Park::None;
        self.set_state(gi, GState::Runnable);
        self.event(gi, EventKind::Wake, None, "receive completed".into());
    }

    fn wake_sender(&mut self, w: &Waiter) {
        let gi = self.gi(w.g);
        if let Some((_, case)) = w.select {
            self.push(gi, Value::Nil);
            self.push(gi, Value::Bool(false));
            self.push(gi, Value::Int(case as i64));
        }
        self.gs[gi].park = Park::None;
        self.set_state(gi, GState::Runnable);
        self.event(gi, EventKind::Wake, None, "send completed".into());
    }

    fn park(&mut self, gi: usize, reason: &'static str, park: Park) {
        self.gs[gi].park = park;
        self.set_state(gi, GState::Blocked(reason));
        self.sched.yielded();
        self.event(gi, EventKind::Block, None, reason.to_string());
    }

    /// Go's `racesync`: a direct handoff between sender `s` and receiver `r` on an unbuffered channel.
    fn handoff_edges(&mut self, s: u32, r: u32, ch: ChanId) {
        let k = Clock::ChanBuf(ch);
        self.race.release(s, k);
        self.race.acquire(r, k);
        self.race.release(r, k);
        self.race.acquire(s, k);
    }

    /// Go's `racenotify`: goroutine `g` passes through buffer slot `n` (a count; the slot is `n mod cap`).
    fn slot_edges(&mut self, g: u32, ch: ChanId, n: u64) {
        if !self.race.enabled {
            return;
        }
        let c = &self.chans[ch];
        if super::exec::elem_size(&self.prog.types, c.elem) == 0 {
            let k = Clock::ChanBuf(ch);
            self.race.acquire(g, k);
            self.race.release(g, k);
        } else {
            self.race.release_acquire(g, Clock::ChanSlot { ch, n, cap: c.cap });
        }
    }

    /// `chansend` (and a select's send case) reads `c.raceaddr()`.
    fn send_read(&mut self, gi: usize, ch: ChanId) {
        self.access(gi, Cell::Chan(ch), false, &|| "channel".into(), Some(frames::CHANSEND));
    }

    /// Tries a send without blocking; returns false if it would block.
    fn try_send(&mut self, gi: usize, ch: ChanId, v: Value) -> Result<bool, ()> {
        if self.chans[ch].closed {
            self.rt_panic(gi, "send on closed channel");
            return Err(());
        }
        let me = self.gs[gi].id;
        if let Some(w) = self.pop_live_receiver(ch) {
            if self.chans[ch].cap == 0 {
                self.handoff_edges(me, w.g, ch);
            } else {
                // The buffer is empty: the value skips it, the clocks pretend not to.
                let c = &mut self.chans[ch];
                let n = c.recvx;
                c.recvx += 1;
                c.sendx = c.recvx;
                self.slot_edges(me, ch, n);
                self.slot_edges(w.g, ch, n);
            }
            self.event(gi, EventKind::Send, Some(self.chan_name(ch)), format!("to waiting goroutine {}", w.g));
            self.deliver_recv(&w, v, true);
            return Ok(true);
        }
        let c = &mut self.chans[ch];
        if c.has_room() {
            let n = c.buffer_send(v);
            self.slot_edges(me, ch, n);
            self.event(gi, EventKind::Send, Some(self.chan_name(ch)), "into buffer".into());
            return Ok(true);
        }
        Ok(false)
    }

    /// Tries a receive without blocking: Some((value, ok)) or None.
    fn try_recv(&mut self, gi: usize, ch: ChanId) -> Option<(Value, bool)> {
        let me = self.gs[gi].id;
        let cap = self.chans[ch].cap;
        if cap == 0 {
            if let Some((w, v)) = self.pop_live_sender(ch) {
                self.handoff_edges(w.g, me, ch);
                self.event(gi, EventKind::Recv, Some(self.chan_name(ch)), format!("from waiting goroutine {}", w.g));
                self.wake_sender(&w);
                return Some((v, true));
            }
        } else if !self.chans[ch].buf.is_empty() {
            let (v, idx) = self.chans[ch].buffer_recv();
            self.slot_edges(me, ch, idx);
            // A parked sender can now put its value in (the same slot: the buffer was full).
            if let Some((w, sv)) = self.pop_live_sender(ch) {
                let n = self.chans[ch].buffer_send(sv);
                self.slot_edges(w.g, ch, n);
                self.wake_sender(&w);
            }
            self.event(gi, EventKind::Recv, Some(self.chan_name(ch)), "from buffer".into());
            return Some((v, true));
        }
        if self.chans[ch].closed {
            self.race.acquire(me, Clock::ChanBuf(ch));
            let z = self.heap.zero(&self.prog.types, self.chans[ch].elem);
            self.event(gi, EventKind::Recv, Some(self.chan_name(ch)), "closed: zero value".into());
            return Some((z, false));
        }
        None
    }

    /// A `time.After` timer fires: the time goes to a waiting receiver or the buffer.
    pub fn timer_fire(&mut self, ch: ChanId) {
        let now = Value::Int(self.clock as i64);
        match self.pop_live_receiver(ch) {
            Some(w) => self.deliver_recv(&w, now, true),
            None => self.chans[ch].buf.push_back(now),
        }
    }

    pub fn chan_send(&mut self, gi: usize, ch: Value, v: Value) {
        let ch = match ch {
            Value::Chan(c) => c,
            _ => return self.park(gi, "chan send (nil chan)", Park::Send),
        };
        self.send_read(gi, ch);
        match self.try_send(gi, ch, v.clone()) {
            Err(()) | Ok(true) => {}
            Ok(false) => {
                let me = self.gs[gi].id;
                self.chans[ch].sendq.push_back((Waiter { g: me, select: None }, v));
                self.park(gi, "chan send", Park::Send);
            }
        }
    }

    pub fn chan_recv(&mut self, gi: usize, ch: Value, comma_ok: bool) {
        let ch = match ch {
            Value::Chan(c) => c,
            _ => return self.park(gi, "chan receive (nil chan)", Park::Recv { comma_ok }),
        };
        match self.try_recv(gi, ch) {
            Some((v, ok)) => {
                self.push(gi, v);
                if comma_ok {
                    self.push(gi, Value::Bool(ok));
                }
            }
            None => {
                let me = self.gs[gi].id;
                self.chans[ch].recvq.push_back(Waiter { g: me, select: None });
                self.park(gi, "chan receive", Park::Recv { comma_ok });
            }
        }
    }

    pub fn chan_close(&mut self, gi: usize, ch: Value) {
        let ch = match ch {
            Value::Chan(c) => c,
            _ => return self.rt_panic(gi, "close of nil channel"),
        };
        if self.chans[ch].closed {
            return self.rt_panic(gi, "close of closed channel");
        }
        self.access(gi, Cell::Chan(ch), true, &|| "channel".into(), Some(frames::CLOSECHAN));
        self.chans[ch].closed = true;
        let me = self.gs[gi].id;
        self.race.release(me, Clock::ChanBuf(ch));
        self.event(gi, EventKind::Close, Some(self.chan_name(ch)), String::new());
        while let Some(w) = self.pop_live_receiver(ch) {
            self.race.acquire(w.g, Clock::ChanBuf(ch));
            let z = self.heap.zero(&self.prog.types, self.chans[ch].elem);
            self.deliver_recv(&w, z, false);
        }
        while let Some((w, _)) = self.pop_live_sender(ch) {
            self.race.acquire(w.g, Clock::ChanBuf(ch));
            let wi = self.gi(w.g);
            self.wake_sender(&w);
            self.gs[wi].pending_panic = Some("send on closed channel".into());
        }
    }

    /// `select`: pushes [value, ok, case index] (index -1 for default).
    pub fn select(&mut self, gi: usize, desc: u32) {
        let d = self.prog.selects[desc as usize].clone();
        let nops: usize = d.cases.iter().map(|k| if *k == 1 { 2 } else { 1 }).sum();
        let ops = self.popn(gi, nops);
        let mut cases = Vec::new();
        let mut it = ops.into_iter();
        for k in &d.cases {
            let ch = it.next().unwrap_or(Value::Nil);
            let v = if *k == 1 { Some(it.next().unwrap_or(Value::Nil)) } else { None };
            cases.push((ch, v));
        }
        // Which cases could proceed now?
        let mut ready = Vec::new();
        for (i, (ch, v)) in cases.iter().enumerate() {
            if let Value::Chan(c) = ch {
                let chan = &self.chans[*c];
                let live = |w: &Waiter| waiter_live(&self.gs, w);
                let ok = match v {
                    Some(_) => chan.send_ready(live),
                    None => chan.recv_ready(live),
                };
                if ok {
                    ready.push(i);
                }
            }
        }
        if !ready.is_empty() {
            let pick = ready[self.draws.below(ready.len() as u64) as usize];
            let (ch, v) = cases[pick].clone();
            let c = match ch {
                Value::Chan(c) => c,
                _ => unreachable!(),
            };
            self.event(gi, EventKind::Select, Some(self.chan_name(c)), format!("case {pick} of {}", cases.len()));
            match v {
                Some(v) => {
                    self.send_read(gi, c);
                    if let Ok(true) = self.try_send(gi, c, v) {
                        self.push(gi, Value::Nil);
                        self.push(gi, Value::Bool(false));
                        self.push(gi, Value::Int(pick as i64));
                    }
                }
                None => {
                    let (rv, ok) = self.try_recv(gi, c).unwrap_or((Value::Nil, false));
                    self.push(gi, rv);
                    self.push(gi, Value::Bool(ok));
                    self.push(gi, Value::Int(pick as i64));
                }
            }
            return;
        }
        // Nothing was ready: the poll read every send case's channel.
        for (ch, v) in &cases {
            if let (Value::Chan(c), Some(_)) = (ch, v) {
                self.send_read(gi, *c);
            }
        }
        if d.has_default {
            self.push(gi, Value::Nil);
            self.push(gi, Value::Bool(false));
            self.push(gi, Value::Int(-1));
            return;
        }
        // Park on every channel.
        self.select_token += 1;
        let token = self.select_token;
        let me = self.gs[gi].id;
        for (i, (ch, v)) in cases.into_iter().enumerate() {
            if let Value::Chan(c) = ch {
                let w = Waiter { g: me, select: Some((token, i)) };
                match v {
                    Some(v) => self.chans[c].sendq.push_back((w, v)),
                    None => self.chans[c].recvq.push_back(w),
                }
            }
        }
        let reason = if d.cases.is_empty() { "select (no cases)" } else { "select" };
        self.park(gi, reason, Park::Select { token });
    }
}
