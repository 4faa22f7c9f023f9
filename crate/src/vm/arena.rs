//! Typed arenas: every runtime object with identity lives in a `Vec` owned
//! by the machine (heap objects by the heap) and is named by its index, wrapped in a type of its own —
//! a `MapId` indexes only `Machine::maps`, a `ChanId` only `Machine::chans`
//! — so a channel's number can never reach the map table by mistake.
//! Objects are never freed (a run is short and the memory limit bounds it),
//! except iterators, whose slots are reused once a loop ends: an arena of
//! `Option`s keeps a free list (the lowest free slot first), so taking and
//! giving back a slot costs O(log n) however many loops ran before.
//!
//! How each object becomes a number outside the arenas (the race
//! detector's keys, footprints, the hex addresses Go prints) is `addr.rs`.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt;
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

/// An index into one arena.
pub trait Id: Copy {
    fn from_index(i: usize) -> Self;
    fn index(self) -> usize;
}

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl Id for $name {
            fn from_index(i: usize) -> Self {
                $name(i as u32)
            }
            fn index(self) -> usize {
                self.0 as usize
            }
        }

        /// The bare number, as object names show it (`chan#3`).
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

ids! {
    /// A heap object: an aggregate, a slice's backing array or a boxed variable (`Heap::objs`).
    ObjId;
    /// A map made by `make(map…)` or a literal (`Machine::maps`).
    MapId;
    /// A `sync.Map`, created on its first call (`Machine::syncmaps`).
    SyncMapId;
    /// A channel, from `make(chan…)` or `time.After` (`Machine::chans`).
    ChanId;
    /// A running `range` over a map or a sync.Map (`Machine::iters`).
    IterId;
}

/// Objects of one kind, indexed by their own id type.
pub struct Arena<I, T> {
    items: Vec<T>,
    /// Free slots of an arena of `Option`s (those `remove` emptied), lowest first.
    free: BinaryHeap<Reverse<u32>>,
    id: PhantomData<I>,
}

impl<I, T: fmt::Debug> fmt::Debug for Arena<I, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.items.fmt(f)
    }
}

impl<I, T> Default for Arena<I, T> {
    fn default() -> Self {
        Arena { items: Vec::new(), free: BinaryHeap::new(), id: PhantomData }
    }
}

impl<I: Id, T> Arena<I, T> {
    /// Adds an object; returns its id (the next index).
    pub fn push(&mut self, x: T) -> I {
        self.items.push(x);
        I::from_index(self.items.len() - 1)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, id: I) -> Option<&T> {
        self.items.get(id.index())
    }

    pub fn get_mut(&mut self, id: I) -> Option<&mut T> {
        self.items.get_mut(id.index())
    }

    /// Every object with its id, in creation order.
    pub fn iter(&self) -> impl Iterator<Item = (I, &T)> {
        self.items.iter().enumerate().map(|(i, x)| (I::from_index(i), x))
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.items.iter()
    }
}

impl<I: Id, T> Arena<I, Option<T>> {
    /// Puts an object in the lowest free slot (else a new one), from the free list.
    pub fn insert_free(&mut self, x: T) -> I {
        match self.free.pop() {
            Some(Reverse(i)) => {
                self.items[i as usize] = Some(x);
                I::from_index(i as usize)
            }
            None => self.push(Some(x)),
        }
    }

    /// Empties a slot and gives it back to the free list (no-op if already empty).
    pub fn remove(&mut self, id: I) -> Option<T> {
        let x = self.items.get_mut(id.index())?.take();
        if x.is_some() {
            self.free.push(Reverse(id.index() as u32));
        }
        x
    }

    /// How many slots hold an object.
    pub fn live(&self) -> usize {
        self.items.len() - self.free.len()
    }
}

impl<I: Id, T> Index<I> for Arena<I, T> {
    type Output = T;
    fn index(&self, id: I) -> &T {
        &self.items[id.index()]
    }
}

impl<I: Id, T> IndexMut<I> for Arena<I, T> {
    fn index_mut(&mut self, id: I) -> &mut T {
        &mut self.items[id.index()]
    }
}
