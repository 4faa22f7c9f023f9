//! `sync.Cond` as data: the ticket list Go calls a `notifyList`.
//!
//! A condition variable lets goroutines sleep until another one says that
//! something they wait for may have changed. Go builds `Cond.Wait` from two
//! halves around the Locker (`sync/cond.go`):
//!
//! ```go
//! t := runtime_notifyListAdd(&c.notify) // take a ticket while holding c.L
//! c.L.Unlock()
//! runtime_notifyListWait(&c.notify, t)  // sleep until ticket t is notified
//! c.L.Lock()
//! ```
//!
//! The ticket is what makes a `Signal` between the `Unlock` and the sleep not
//! get lost: the list counts tickets handed out (`wait`) and tickets notified
//! (`notify`, always `<= wait`). `Signal` notifies the oldest ticket not yet
//! notified (`notify++`) and wakes its goroutine if it is already asleep; a
//! goroutine that has not gone to sleep yet finds its ticket below `notify`
//! and does not sleep at all. `Broadcast` notifies every ticket handed out
//! (`notify = wait`). A `Signal` with no ticket outstanding does nothing: it
//! is not remembered for a later `Wait`.
//!
//! Happens-before: none of its own. `runtime/sema.go`'s notify list has no
//! race annotations, so Go's race detector orders a `Signal` and the woken
//! `Wait` only through `c.L` — the `Unlock` before a `Signal` and the `Lock`
//! that ends the `Wait`. A write made after the signaller's last `Unlock`
//! races with the woken goroutine's read (`go run -race` reports it); the
//! compiler therefore emits `Wait` as the four steps above, with `c.L`'s
//! `Unlock` and `Lock` as real calls of the Locker's methods.
//!
//! The three counters live in the `Cond`'s slots (`[L, wait, notify]`, see
//! `compile/types.rs`); the goroutines asleep on it, each with its ticket,
//! are the machine's wait queue for the object (`vm/syncops.rs`).

use crate::vm::value::Value;

/// Slots of a `sync.Cond` aggregate.
const WAIT: usize = 1;
const NOTIFY: usize = 2;

fn get(slots: &[Value], i: usize) -> u32 {
    slots.get(i).map(|v| v.int() as u32).unwrap_or(0)
}

fn set(slots: &mut [Value], i: usize, v: u32) {
    if let Some(s) = slots.get_mut(i) {
        *s = Value::Int(v as i64);
    }
}

/// A `Cond`'s notify list over its slots.
pub struct NotifyList<'a>(pub &'a mut [Value]);

impl NotifyList<'_> {
    /// `notifyListAdd`: the next ticket.
    pub fn add(&mut self) -> u32 {
        let t = get(self.0, WAIT);
        set(self.0, WAIT, t.wrapping_add(1));
        t
    }

    /// Whether ticket `t` has been notified (its `Wait` need not sleep).
    pub fn notified(&self, t: u32) -> bool {
        // (less(t, notify) in sema.go: tickets wrap around)
        (t.wrapping_sub(get(self.0, NOTIFY)) as i32) < 0
    }

    /// `notifyListNotifyOne`: the ticket notified, or None when no ticket is
    /// outstanding.
    pub fn notify_one(&mut self) -> Option<u32> {
        let (wait, notify) = (get(self.0, WAIT), get(self.0, NOTIFY));
        if wait == notify {
            return None;
        }
        set(self.0, NOTIFY, notify.wrapping_add(1));
        Some(notify)
    }

    /// `notifyListNotifyAll`: every outstanding ticket is notified; whether
    /// there was any.
    pub fn notify_all(&mut self) -> bool {
        let (wait, notify) = (get(self.0, WAIT), get(self.0, NOTIFY));
        set(self.0, NOTIFY, wait);
        wait != notify
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickets() {
        let mut slots = vec![Value::Nil, Value::Int(0), Value::Int(0)];
        let mut l = NotifyList(&mut slots);
        assert_eq!(l.notify_one(), None, "a signal with no waiter is not remembered");
        let (a, b, c) = (l.add(), l.add(), l.add());
        assert!(!l.notified(a));
        assert_eq!(l.notify_one(), Some(a), "the oldest ticket first");
        assert!(l.notified(a) && !l.notified(b));
        assert!(l.notify_all());
        assert!(l.notified(b) && l.notified(c));
        assert!(!l.notify_all());
        let d = l.add();
        assert!(!l.notified(d), "a ticket taken after a broadcast waits for the next one");
    }
}
