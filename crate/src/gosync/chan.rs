//! Channels (`runtime/chan.go`) as data: a ring buffer of `cap` values and
//! queues of parked senders and receivers (`hchan.buf`, `sendq`, `recvq`).
//!
//! * A send to a parked receiver hands the value over directly
//!   (`pop_receiver`); else it goes into the buffer if there is room
//!   (`buffer_send`); else the sender parks.
//! * A receive from a full buffer with a parked sender takes the head and
//!   moves the sender's value in (`buffer_recv`, then `pop_sender`).
//! * `select` parks on every channel at once; the first counterpart to
//!   arrive wins and the other entries go stale. Whether a queued waiter is
//!   still waiting depends on its goroutine, which the channel does not know:
//!   the caller passes that test (`live`) in.
//!
//! `sendx` / `recvx` count the sends and receives through the buffer; the
//! slot they name (modulo `cap`) carries the race detector's clock, as in
//! Go's race runtime. The VM side — parking goroutines, pushing results,
//! happens-before edges, events — is `vm/chanops.rs`.

use crate::compile::types::TypeId;
use crate::vm::value::Value;
use std::collections::VecDeque;

/// A parked goroutine in a channel's queue.
#[derive(Debug, Clone)]
pub struct Waiter {
    pub g: u32,
    /// For a select: its token and the case index.
    pub select: Option<(u64, usize)>,
}

#[derive(Debug)]
pub struct Chan {
    pub cap: usize,
    pub buf: VecDeque<Value>,
    pub closed: bool,
    pub recvq: VecDeque<Waiter>,
    pub sendq: VecDeque<(Waiter, Value)>,
    /// The element type (a receive after close yields its zero value).
    pub elem: TypeId,
    pub sendx: u64,
    pub recvx: u64,
}

impl Chan {
    pub fn new(cap: usize, elem: TypeId) -> Self {
        Chan { cap, buf: VecDeque::new(), closed: false, recvq: VecDeque::new(), sendq: VecDeque::new(), elem, sendx: 0, recvx: 0 }
    }

    /// The first receiver still waiting; stale entries ahead of it are dropped.
    pub fn pop_receiver(&mut self, live: impl Fn(&Waiter) -> bool) -> Option<Waiter> {
        while let Some(w) = self.recvq.pop_front() {
            if live(&w) {
                return Some(w);
            }
        }
        None
    }

    /// The first sender still waiting, with its value.
    pub fn pop_sender(&mut self, live: impl Fn(&Waiter) -> bool) -> Option<(Waiter, Value)> {
        while let Some((w, v)) = self.sendq.pop_front() {
            if live(&w) {
                return Some((w, v));
            }
        }
        None
    }

    pub fn has_room(&self) -> bool {
        self.buf.len() < self.cap
    }

    /// Puts a value at the buffer's tail; returns the send count it took (its slot's clock).
    pub fn buffer_send(&mut self, v: Value) -> u64 {
        let k = self.sendx;
        self.sendx += 1;
        self.buf.push_back(v);
        k
    }

    /// Takes the buffer's head; returns it and the receive count it took.
    pub fn buffer_recv(&mut self) -> (Value, u64) {
        let k = self.recvx;
        self.recvx += 1;
        (self.buf.pop_front().unwrap_or(Value::Nil), k)
    }

    /// Could a send proceed now (for `select`)? Closed counts: it panics.
    pub fn send_ready(&self, live: impl Fn(&Waiter) -> bool) -> bool {
        self.closed || self.buf.len() < self.cap || self.recvq.iter().any(live)
    }

    /// Could a receive proceed now (for `select`)?
    pub fn recv_ready(&self, live: impl Fn(&Waiter) -> bool) -> bool {
        !self.buf.is_empty() || self.closed || self.sendq.iter().any(|(w, _)| live(w))
    }
}
