//! The `go` strategy: a small model of Go's scheduler with two Ps
//! (GOMAXPROCS=2, the CI machines' cores). Each P runs one goroutine; a
//! goroutine made ready goes to the `runnext` slot of the P that readied it
//! (the previous occupant to the global FIFO queue); an idle P takes its
//! runnext, then the queue, and steals another P's runnext only after
//! `STEAL_LATENCY` steps (waking an idle P takes Go a few microseconds). The
//! two Ps take turns `CHUNK` steps at a time, but a map operation in progress
//! is never interrupted, and a goroutine is preempted after `quantum` steps.

use std::collections::{HashMap, VecDeque};

const CHUNK: u32 = 8;
const STEAL_LATENCY: u64 = 8;

#[derive(Debug, Default)]
pub struct TwoPs {
    p: [Option<u32>; 2],
    ran: [u32; 2],
    runnext: [Option<u32>; 2],
    queue: VecDeque<u32>,
    ready_at: HashMap<u32, u64>,
    active: usize,
    chunk_left: u32,
    step: u64,
}

impl TwoPs {
    fn known(&self, g: u32) -> bool {
        self.p.contains(&Some(g)) || self.runnext.contains(&Some(g)) || self.queue.contains(&g)
    }

    pub fn next(&mut self, runnable: &[u32], current: Option<u32>, mid_op: bool, quantum: u32) -> u32 {
        self.step += 1;
        // Goroutines that blocked or finished leave their P.
        for i in 0..2 {
            if self.p[i].is_some_and(|g| !runnable.contains(&g)) {
                self.p[i] = None;
            }
            if self.runnext[i].is_some_and(|g| !runnable.contains(&g)) {
                self.runnext[i] = None;
            }
        }
        self.queue.retain(|g| runnable.contains(g));
        // Newly ready goroutines go to the runnext of the P that just ran.
        for &g in runnable {
            if !self.known(g) {
                if let Some(prev) = self.runnext[self.active].replace(g) {
                    self.queue.push_back(prev);
                }
                self.ready_at.insert(g, self.step);
            }
        }
        // Preemption after a quantum, when someone else could run.
        for i in 0..2 {
            let waiting = !self.queue.is_empty() || self.runnext.iter().any(|r| r.is_some());
            if self.ran[i] >= quantum && waiting && !(mid_op && self.p[i] == current) {
                if let Some(g) = self.p[i].take() {
                    self.queue.push_back(g);
                }
            }
        }
        // Idle Ps find work: own runnext, the queue, then (after the latency) steal.
        for i in 0..2 {
            if self.p[i].is_some() {
                continue;
            }
            let other = 1 - i;
            let stealable = self.runnext[other].filter(|g| self.step - self.ready_at.get(g).copied().unwrap_or(0) >= STEAL_LATENCY);
            let next = self.runnext[i].take().or_else(|| self.queue.pop_front()).or_else(|| {
                stealable.inspect(|_| self.runnext[other] = None)
            });
            if let Some(g) = next {
                self.p[i] = Some(g);
                self.ran[i] = 0;
            }
        }
        // Take turns, never inside a map operation.
        let cur_on_active = self.p[self.active].is_some() && self.p[self.active] == current;
        let keep = cur_on_active && (mid_op || self.chunk_left > 0);
        if !keep || self.p[self.active].is_none() {
            let other = 1 - self.active;
            if self.p[other].is_some() && !(mid_op && cur_on_active) {
                self.active = other;
            }
            self.chunk_left = CHUNK;
        }
        self.chunk_left = self.chunk_left.saturating_sub(1);
        match self.p[self.active] {
            Some(g) => {
                self.ran[self.active] += 1;
                g
            }
            None => {
                // Nothing placed yet (all waiting out the steal latency): run the oldest.
                let g = self.queue.pop_front().or_else(|| self.runnext[self.active].take()).or_else(|| self.runnext[1 - self.active].take()).unwrap_or(runnable[0]);
                self.p[self.active] = Some(g);
                self.ran[self.active] = 1;
                g
            }
        }
    }
}
