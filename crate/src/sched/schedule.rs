//! Schedule strings as data: a recorded run's goroutine picks (`v1`,
//! [`Schedule`]) and a schedule to replay in either format ([`Replay`]: `v1`
//! steps or `v2` anchored switches). Plain data with parsing and rendering;
//! it knows no strategy and no options, so the options can hold one.

use super::anchored;

/// A schedule to replay, in either format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replay {
    Steps(Schedule),
    Anchored(anchored::Anchored),
}

impl Replay {
    pub fn parse(s: &str) -> Result<Replay, String> {
        match s.trim().get(..3) {
            Some("v2:") => anchored::Anchored::parse(s).map(Replay::Anchored),
            Some("v1:") => Schedule::parse(s).map(Replay::Steps),
            _ => Err("schedule: unknown format (expected v2:… or v1:…)".into()),
        }
    }

    pub fn draw_seed(&self) -> u64 {
        match self {
            Replay::Steps(s) => s.draw_seed,
            Replay::Anchored(a) => a.draw_seed,
        }
    }
}

/// A recorded run: the draw seed and the run-length-encoded goroutine picks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Schedule {
    pub draw_seed: u64,
    pub picks: Vec<(u32, u32)>,
}

impl Schedule {
    pub fn push(&mut self, g: u32) {
        match self.picks.last_mut() {
            Some((last, n)) if *last == g => *n += 1,
            _ => self.picks.push((g, 1)),
        }
    }

    pub fn render(&self) -> String {
        let picks: Vec<String> = self.picks.iter().map(|(g, n)| format!("{g}x{n}")).collect();
        format!("v1:{:x}:{}", self.draw_seed, picks.join("."))
    }

    pub fn parse(s: &str) -> Result<Schedule, String> {
        let (draw_seed, body) = anchored::split_header(s, "v1")?;
        let mut picks = Vec::new();
        for p in body.split('.').filter(|p| !p.is_empty()) {
            let (g, n) = p.split_once('x').ok_or_else(|| format!("schedule: bad entry {p:?}"))?;
            let g: u32 = g.parse().map_err(|_| format!("schedule: bad goroutine in {p:?}"))?;
            let n: u32 = n.parse().map_err(|_| format!("schedule: bad count in {p:?}"))?;
            if n == 0 {
                return Err(format!("schedule: zero count in {p:?}"));
            }
            picks.push((g, n));
        }
        Ok(Schedule { draw_seed, picks })
    }

    /// Number of steps the schedule covers.
    pub fn len_steps(&self) -> u64 {
        self.picks.iter().map(|(_, n)| *n as u64).sum()
    }
}
