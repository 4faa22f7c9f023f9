//! The runnable goroutines, as the scheduler sees them at each decision.
//!
//! A program may have 100,000 goroutines; a decision must not cost time in
//! proportion to them. So the machine does not rebuild a list of runnable
//! goroutines before each step: it keeps this set up to date as goroutines
//! start, block, wake and end, and a strategy asks it only what it needs —
//! `contains`, `len`, the `nth` lowest id (a random pick), the next id after
//! one (round robin) — each in O(1) or O(log n): a bit per goroutine id and
//! a Fenwick tree (binary indexed tree) counting them, so that rank and
//! select are a walk down a power-of-two tree.
//!
//! The set also logs which goroutines' runnability changed since the
//! strategy was last asked (`changed`, each id once, in no order), so a
//! strategy that keeps its own queues (go-like's run queue, PCT's
//! priorities) updates them from the changes instead of scanning every
//! goroutine. The machine clears the log after each decision the strategy
//! was asked about.

/// A set of goroutine ids (ids start at 1), ascending.
#[derive(Clone, Default)]
pub struct RunSet {
    /// Bit `g` is set while goroutine `g` is runnable.
    bits: Vec<u64>,
    /// Fenwick tree over ids `1..=cap` (`tree[0]` unused); `cap` is a power of two.
    tree: Vec<u32>,
    len: usize,
    /// Ids whose membership changed since `clear_changes`, each once.
    changed: Vec<u32>,
    /// Bit `g` is set while `g` is in `changed`.
    logged: Vec<u64>,
}

fn bit(v: &[u64], g: u32) -> bool {
    v.get(g as usize / 64).is_some_and(|w| w >> (g % 64) & 1 == 1)
}

fn set_bit(v: &mut Vec<u64>, g: u32, on: bool) {
    let i = g as usize / 64;
    if v.len() <= i {
        v.resize(i + 1, 0);
    }
    if on {
        v[i] |= 1u64 << (g % 64);
    } else {
        v[i] &= !(1u64 << (g % 64));
    }
}

impl RunSet {
    fn cap(&self) -> usize {
        self.tree.len().saturating_sub(1)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Takes `&g` as a slice's `contains` does.
    pub fn contains(&self, g: &u32) -> bool {
        bit(&self.bits, *g)
    }

    /// Makes room for ids up to `g`: a tree twice as big, rebuilt in O(cap)
    /// (amortised O(1) per goroutine).
    fn grow(&mut self, g: u32) {
        let mut cap = self.cap().max(64);
        while cap < g as usize {
            cap *= 2;
        }
        let mut tree = vec![0u32; cap + 1];
        for (i, t) in tree.iter_mut().enumerate().skip(1) {
            *t = bit(&self.bits, i as u32) as u32;
        }
        for i in 1..=cap {
            let j = i + (i & i.wrapping_neg());
            if j <= cap {
                tree[j] += tree[i];
            }
        }
        self.tree = tree;
    }

    fn add(&mut self, g: u32, d: i32) {
        let cap = self.cap();
        let mut i = g as usize;
        while i <= cap {
            self.tree[i] = self.tree[i].wrapping_add(d as u32);
            i += i & i.wrapping_neg();
        }
    }

    fn log(&mut self, g: u32) {
        if !bit(&self.logged, g) {
            set_bit(&mut self.logged, g, true);
            self.changed.push(g);
        }
    }

    /// Goroutine `g` became runnable; false if it already was.
    pub fn insert(&mut self, g: u32) -> bool {
        if g == 0 || self.contains(&g) {
            return false;
        }
        if g as usize > self.cap() {
            self.grow(g);
        }
        set_bit(&mut self.bits, g, true);
        self.add(g, 1);
        self.len += 1;
        self.log(g);
        true
    }

    /// Goroutine `g` stopped being runnable; false if it was not.
    pub fn remove(&mut self, g: u32) -> bool {
        if !self.contains(&g) {
            return false;
        }
        set_bit(&mut self.bits, g, false);
        self.add(g, -1);
        self.len -= 1;
        self.log(g);
        true
    }

    /// How many ids in the set are `<= g`.
    fn rank(&self, g: u32) -> usize {
        let mut i = (g as usize).min(self.cap());
        let mut n = 0;
        while i > 0 {
            n += self.tree[i] as usize;
            i &= i - 1;
        }
        n
    }

    /// The `k`-th lowest id (1-based `k <= len`).
    fn select(&self, mut k: u32) -> u32 {
        let cap = self.cap();
        let (mut pos, mut step) = (0usize, cap);
        while step > 0 {
            if pos + step <= cap && self.tree[pos + step] < k {
                pos += step;
                k -= self.tree[pos];
            }
            step /= 2;
        }
        pos as u32 + 1
    }

    /// The `i`-th lowest runnable id (0-based), as `runnable[i]` of the ascending list.
    pub fn nth(&self, i: usize) -> u32 {
        assert!(i < self.len, "nth({i}) of {} runnable goroutines", self.len);
        self.select(i as u32 + 1)
    }

    /// The lowest runnable id.
    pub fn first(&self) -> u32 {
        self.nth(0)
    }

    /// The lowest runnable id above `g`.
    pub fn next_after(&self, g: u32) -> Option<u32> {
        let r = self.rank(g);
        (r < self.len).then(|| self.select(r as u32 + 1))
    }

    /// Ascending ids. O(highest id / 64 + len): for strategies that need them all.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.bits.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let b = w.trailing_zeros();
                    w &= w - 1;
                    i as u32 * 64 + b
                })
            })
        })
    }

    pub fn to_vec(&self) -> Vec<u32> {
        self.iter().collect()
    }

    /// Goroutines whose runnability changed since the last `clear_changes`
    /// (each once, in no order; one may have changed and changed back).
    pub fn changed(&self) -> &[u32] {
        &self.changed
    }

    pub fn clear_changes(&mut self) {
        for &g in &self.changed {
            set_bit(&mut self.logged, g, false);
        }
        self.changed.clear();
    }
}

impl std::fmt::Debug for RunSet {
    /// As the ascending list: `[1, 3, 4]`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Against a sorted Vec: membership, nth, next_after, iteration, the change log.
    #[test]
    fn behaves_as_the_ascending_list() {
        let mut s = RunSet::default();
        let mut v: Vec<u32> = Vec::new();
        let mut x: u64 = 12345;
        for step in 0..20_000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let g = (x >> 33) as u32 % (1 + step / 20) + 1;
            let (a, b) = if x >> 20 & 1 == 0 { (s.insert(g), !v.contains(&g)) } else { (s.remove(g), v.contains(&g)) };
            assert_eq!(a, b);
            if x >> 20 & 1 == 0 {
                if b {
                    v.push(g);
                    v.sort();
                }
            } else {
                v.retain(|&y| y != g);
            }
            assert!(s.changed().contains(&g) || !a);
            assert_eq!(s.len(), v.len());
            if step % 97 == 0 {
                assert_eq!(s.to_vec(), v);
                for (i, &y) in v.iter().enumerate() {
                    assert_eq!(s.nth(i), y);
                }
                for q in 0..(step / 20 + 3) {
                    assert_eq!(s.next_after(q), v.iter().copied().find(|&y| y > q));
                }
                s.clear_changes();
                assert!(s.changed().is_empty());
            }
        }
    }
}
