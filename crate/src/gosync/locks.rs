//! `sync.Mutex`, `RWMutex`, `WaitGroup` and `Once` as data with their
//! transitions (`sync/mutex.go`, `rwmutex.go`, `waitgroup.go`, `once.go`).
//!
//! Their state lives in the hidden slots of their aggregate, so a zero value
//! works and they can sit inside structs:
//!
//! | type | slot 0 | slot 1 |
//! |---|---|---|
//! | `Mutex` | 1 while locked | — |
//! | `RWMutex` | 1 while write-locked | readers holding it |
//! | `WaitGroup` | the counter | — |
//! | `Once` | 0 not run, 1 running `f`, 2 done | — |
//!
//! Parked goroutines queue per object (`WaitQueue`), in arrival order.
//! Unlock hands the lock to the first waiter (`grant`); a waiting writer
//! blocks new readers of an RWMutex, as Go's does. The VM side — parking,
//! waking, events and the happens-before edges — is `vm/syncops.rs`.

use crate::vm::value::Value;
use std::collections::VecDeque;

/// What a parked goroutine waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitKind {
    Lock,
    RLock,
    Wait,
    Once,
    /// `sync.Cond.Wait` with its ticket (`gosync/cond.rs`).
    Cond(u32),
}

/// The goroutines parked on one object: (goroutine id, what it waits for).
pub type WaitQueue = VecDeque<(u32, WaitKind)>;

fn get(slots: &[Value], i: usize) -> i64 {
    slots.get(i).map(|v| v.int()).unwrap_or(0)
}

fn set(slots: &mut [Value], i: usize, v: i64) {
    if let Some(s) = slots.get_mut(i) {
        *s = Value::Int(v);
    }
}

/// A `Mutex` or `RWMutex` over its slots (an RWMutex has two).
pub struct RWLock<'a>(pub &'a mut [Value]);

/// Who an unlock lets in.
#[derive(Debug, PartialEq, Eq)]
pub enum Grant {
    Nobody,
    /// The first waiter, a writer: it now holds the lock.
    Writer(u32),
    /// Every reader queued before the next writer, in order: they now hold it.
    Readers(Vec<u32>),
}

impl RWLock<'_> {
    pub fn is_rw(&self) -> bool {
        self.0.len() == 2
    }

    fn free(&self) -> bool {
        get(self.0, 0) == 0 && (!self.is_rw() || get(self.0, 1) == 0)
    }

    /// `Lock` / `TryLock`: takes the lock if it is free; false if the caller must wait.
    pub fn try_lock(&mut self) -> bool {
        let free = self.free();
        if free {
            set(self.0, 0, 1);
        }
        free
    }

    /// `Unlock`: Go's fatal error if it was not locked.
    pub fn unlock(&mut self) -> Result<(), &'static str> {
        if get(self.0, 0) == 0 {
            return Err(if self.is_rw() { "sync: Unlock of unlocked RWMutex" } else { "sync: unlock of unlocked mutex" });
        }
        set(self.0, 0, 0);
        Ok(())
    }

    /// `RLock`: in unless a writer holds the lock or waits for it.
    pub fn try_rlock(&mut self, q: Option<&WaitQueue>) -> bool {
        let writer_waiting = q.map(|q| q.iter().any(|(_, k)| *k == WaitKind::Lock)).unwrap_or(false);
        let ok = get(self.0, 0) == 0 && !writer_waiting;
        if ok {
            set(self.0, 1, get(self.0, 1) + 1);
        }
        ok
    }

    /// `RUnlock`: true if it was the last reader (waiters may now get in).
    pub fn runlock(&mut self) -> Result<bool, &'static str> {
        let r = get(self.0, 1);
        if r <= 0 {
            return Err("sync: RUnlock of unlocked RWMutex");
        }
        set(self.0, 1, r - 1);
        Ok(r - 1 == 0)
    }

    /// After an unlock: hand the lock to the next writer, or let readers in.
    pub fn grant(&mut self, q: Option<&mut WaitQueue>) -> Grant {
        let Some(q) = q else { return Grant::Nobody };
        let Some(&(g, kind)) = q.front() else { return Grant::Nobody };
        if kind == WaitKind::Lock {
            if self.is_rw() && get(self.0, 1) > 0 {
                return Grant::Nobody;
            }
            q.pop_front();
            set(self.0, 0, 1);
            return Grant::Writer(g);
        }
        let mut woken = Vec::new();
        while let Some(&(g, k)) = q.front() {
            if k != WaitKind::RLock {
                break;
            }
            q.pop_front();
            woken.push(g);
        }
        set(self.0, 1, get(self.0, 1) + woken.len() as i64);
        Grant::Readers(woken)
    }
}

/// `WaitGroup.Add(delta)` (`Done` is `Add(-1)`): the new counter, or Go's panic.
pub fn wg_add(slots: &mut [Value], delta: i64) -> Result<i64, &'static str> {
    let n = get(slots, 0) + delta;
    if n < 0 {
        return Err("sync: negative WaitGroup counter");
    }
    set(slots, 0, n);
    Ok(n)
}

/// May `WaitGroup.Wait` return at once?
pub fn wg_zero(slots: &[Value]) -> bool {
    get(slots, 0) == 0
}

/// Where a `Once` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnceState {
    NotRun,
    Running,
    Done,
}

impl OnceState {
    pub fn of(slots: &[Value]) -> OnceState {
        match get(slots, 0) {
            2 => OnceState::Done,
            1 => OnceState::Running,
            _ => OnceState::NotRun,
        }
    }

    pub fn set(self, slots: &mut [Value]) {
        let v = match self {
            OnceState::NotRun => 0,
            OnceState::Running => 1,
            OnceState::Done => 2,
        };
        set(slots, 0, v);
    }
}
