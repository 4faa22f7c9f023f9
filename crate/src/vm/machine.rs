//! The simulated Go runtime: goroutines, the run loop, and how a run ends.
//!
//! A run is a pure function of (program, options): the scheduler picks the
//! goroutine for each step, every other random choice comes from one seeded
//! generator (`draws`), and time is a virtual clock that moves only when
//! every goroutine is asleep — as on the Go playground.

use super::addr::Cell;
use super::arena::{Arena, ChanId, IterId, MapId, SyncMapId};
use super::heap::Heap;
use super::value::{Closure, ObjId, Ptr, Value};
use crate::compile::Program;
use crate::gomap::{GoMap, Lookup, MapIter, MapWrite};
use crate::gomap::syncmap::SyncMap;
use crate::gosync::chan::Chan;
use crate::gosync::locks::WaitQueue;
use crate::race::report::RaceInfo;
use crate::race::frames::RuntimeStack;
use crate::race::{Access, Detector};
use crate::sched::rng::Rng;
use crate::sched::{Recorder, Replay, RunSet};
use crate::trace::{Event, EventKind, GoroutineInfo, RunResult};
use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;

pub use crate::options::{Granularity, Options};

/// Why a goroutine is not runnable, in the words of Go's tracebacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GState {
    Runnable,
    Blocked(&'static str),
    Sleeping(u64),
    Done,
}

impl GState {
    /// The state in words, for notes: `runnable`, `chan receive`, `asleep`, `finished`.
    pub fn words(self) -> &'static str {
        match self {
            GState::Runnable => "runnable",
            GState::Blocked(r) => r,
            GState::Sleeping(_) => "asleep",
            GState::Done => "finished",
        }
    }
}

/// What a parked goroutine receives when it is woken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Park {
    None,
    Recv { comma_ok: bool },
    Send,
    Select { token: u64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hook {
    None,
    /// A deferred call: its results are dropped.
    Deferred,
    /// The function of `wg.Go(f)`: `wg.Done()` when it returns.
    WgDone(Ptr),
}

#[derive(Debug)]
pub struct Frame {
    pub func: u32,
    pub pc: u32,
    pub locals: Vec<Value>,
    pub closure: Option<Rc<Closure>>,
    pub defers: Vec<(Value, Vec<Value>)>,
    pub hook: Hook,
    pub stack_base: usize,
    /// The iterators of this frame's running `range` loops over maps (and
    /// sync.Map Range calls), innermost last: a loop left by `break` or
    /// `continue` gives its own back (`Op::LeaveRange`), a return or a
    /// panic unwinding the frame gives back all of them.
    pub iters: Vec<super::arena::IterId>,
}

/// A map operation in progress across several steps.
#[derive(Debug, Clone)]
pub enum Micro {
    /// A sync.Map call whose fast path missed: the next step takes `mu`.
    SyncMapSlow { op: crate::vm::op::SyncOp, map: SyncMapId, args: Vec<Value> },
    /// A map write under way (`gomap::protocol`); `kind` is `w.kind`, for the footprint.
    Write { kind: WriteKind, map: MapId, w: Box<MapWrite>, detail: String },
}

pub use crate::gomap::protocol::WriteKind;

/// A panic earlier in a goroutine's chain than the current one (`vm/panics.rs`).
#[derive(Debug, Clone)]
pub struct EarlierPanic {
    pub value: Value,
    /// Its deferred call recovered it (and then panicked, or let a panic through).
    pub recovered: bool,
    /// A later panic unwound past its deferred call: it never resumes.
    pub aborted: bool,
}

#[derive(Debug)]
pub struct Goroutine {
    pub id: u32,
    pub frames: Vec<Frame>,
    pub stack: Vec<Value>,
    pub state: GState,
    pub micro: Option<Micro>,
    pub park: Park,
    pub panicking: Option<Value>,
    pub recovered: bool,
    /// The value of the panic recovered while its deferred call still runs.
    pub recovered_value: Option<Value>,
    /// The panics before the current one still in the chain (`vm/panics.rs`).
    pub earlier: Vec<EarlierPanic>,
    /// A nil dereference (Go's SIGSEGV) panicked and no recovery has ended
    /// every panic since (`gp.sig`): the death prints the `[signal …]` line.
    pub sig: bool,
    /// Frames a panic unwound while another deferred call ran: still on
    /// Go's stack until a recovery, so still in its tracebacks (innermost first).
    pub unwound: Vec<(String, u32)>,
    pub pending_panic: Option<String>,
    pub created_by: u32,
    pub created_stack: Vec<(String, u32)>,
    /// The same as the race detector names it, when it differs (a generic instantiation's shapes).
    pub created_race_stack: Option<Vec<(String, u32)>>,
    pub stack_cache: Option<(usize, u32, Rc<Vec<(String, u32)>>)>,
    /// The function it started with, and how many goroutines started with it
    /// before (plus one): its name in anchored schedules, `worker#3`.
    pub entry_func: u32,
    pub ordinal: u32,
    /// Steps taken at each instruction, per function run (see `replay`).
    pub visits: Vec<(u32, Vec<u32>)>,
    pub visit_hint: usize,
    /// The `sync.Once`s whose `f` this goroutine is running, innermost last,
    /// each with the depth of the frame that called `Do` (`Do` is inlined
    /// there). A panic unwinding into that frame marks the Once done, as
    /// Go's `doSlow` does with `defer o.done.Store(1)`.
    pub running_onces: Vec<(ObjId, usize)>,
}

/// A live map: the model (behind the seam), its types, and the name of the
/// variable it was made for.
pub struct MapObj {
    pub map: GoMap,
    pub name: String,
    pub key_type: u32,
    pub elem_type: u32,
    pub map_type: u32,
    /// The last lookup (`m[k]`, `v, ok := m[k]`) that probed the map, until
    /// a write on it begins: the map view draws its probe after the read.
    pub last_lookup: Option<Lookup>,
}

pub struct SyncMapObj {
    pub m: SyncMap,
    pub name: String,
    pub key_clocks: HashSet<Vec<u8>>,
}

/// A map iterator, or a sync.Map Range snapshot.
pub enum Iter {
    /// `map` is None for a nil map (the loop runs zero times).
    Map { map: Option<MapId>, it: MapIter, g: u32 },
    Sync { map: SyncMapId, entries: Vec<(Value, usize)>, pos: usize },
}

/// What a timer does when it fires.
pub enum Fire {
    /// Sends the time on its channel (`time.After`, `time.NewTimer`).
    Chan(ChanId),
    /// Starts `f` in a goroutine of its own (`time.AfterFunc`).
    Func(Value),
}

/// A timer that has not fired yet.
pub struct PendingTimer {
    /// The virtual time it fires at.
    pub when: u64,
    /// Its `*time.Timer` (None for `time.After`, which has none to stop).
    pub obj: Option<ObjId>,
    pub fire: Fire,
}

/// A race's two places (runtime function, innermost program frame), for suppressing repeats.
type RaceKey = ((Option<&'static str>, String, u32), (Option<&'static str>, String, u32));

/// The race runtime's exit sleep under way (its logic: `vm::exit`): when it ends, and what to take back if a
/// goroutine ends it early.
#[derive(Debug, Clone, Copy)]
pub struct Exiting {
    /// The virtual time the sleep ends.
    pub(super) until: u64,
    /// The step the watch ends at.
    pub(super) last_step: u64,
    /// stderr up to the last race report (a throw's text after it is taken back).
    pub(super) stderr_mark: usize,
    /// Events before the sleep.
    pub(super) events_before: usize,
}

pub struct Machine<'p> {
    pub prog: &'p Program,
    pub opts: Options,
    pub heap: Heap,
    pub gs: Vec<Goroutine>,
    pub maps: Arena<MapId, MapObj>,
    pub syncmaps: Arena<SyncMapId, SyncMapObj>,
    pub chans: Arena<ChanId, Chan>,
    pub iters: Arena<IterId, Option<Iter>>,
    pub globals: Vec<Ptr>,
    /// The strategy, behind the recorder of the run's schedule.
    pub sched: Recorder,
    pub draws: Rng,
    pub race: Detector,
    pub stdout: String,
    pub stderr: String,
    pub events: Vec<Event>,
    pub events_truncated: bool,
    pub step: u64,
    pub clock: u64,
    pub outcome: Option<String>,
    pub exit_code: i32,
    pub fail_line: Option<u32>,
    pub waiters: BTreeMap<ObjId, WaitQueue>,
    pub races: Vec<RaceInfo>,
    /// Reports already printed, as Go's detector suppresses repeats
    /// (ThreadSanitizer's `suppress_equal_stacks`): the two places, each its
    /// runtime function and innermost program frame.
    race_keys: HashSet<RaceKey>,
    /// Addresses already reported (`suppress_equal_addresses`): a second
    /// race on one address is not reported.
    race_addrs: HashSet<u64>,
    pub select_token: u64,
    pub map_slots: u64,
    /// The run's memory budget (`vm::budget`).
    pub budget: super::budget::Budget,
    /// Goroutines started and not yet finished.
    pub live_goroutines: u64,
    /// Bytes of channel buffers made.
    pub chan_bytes: u64,
    /// The runnable goroutines, kept as states change (see `sched::RunSet`).
    pub(crate) runnable: RunSet,
    pub cur: usize,
    /// The stack where the current panic started, for its traceback.
    pub panic_stack: Option<Vec<(String, u32)>>,
    /// The variable name the next `make(map…)` is for (from `Op::NameMap`).
    pub pending_name: Option<String>,
    /// Maps that the fmt call being formatted iterated (see `mapops::fmt_checked`).
    pub fmt_map_reads: Vec<MapId>,
    /// Pending timers (`time.After`, `NewTimer`, `AfterFunc`), in the order they were set.
    pub timers: Vec<PendingTimer>,
    /// The rough cost of the last step (ns), for the go-like scheduler.
    pub last_cost: u32,
    /// Where the last step was (see `replay`).
    pub last_pos: crate::sched::Pos,
    started: std::collections::HashMap<u32, u32>,
    /// `main` returned and the race runtime's exit sleep is under way (`vm::exit`).
    pub exiting: Option<Exiting>,
}

impl<'p> Machine<'p> {
    pub fn new(prog: &'p Program, opts: Options) -> Self {
        let draw_seed = match &opts.schedule {
            Some(s) => s.draw_seed(),
            None => Rng::new(opts.seed).next_u64(),
        };
        let strategy: Box<dyn crate::sched::Scheduler> = match &opts.schedule {
            Some(Replay::Steps(s)) => Box::new(crate::sched::replay::Steps::new(s.clone())),
            _ => crate::sched::for_run(opts.strategy, opts.seed, &opts.plan, opts.gomaxprocs),
        };
        let sched = Recorder::new(strategy, draw_seed);
        let anchored = match &opts.schedule {
            Some(Replay::Anchored(a)) => Some(a.clone()),
            _ => None,
        };
        let race = Detector::new(opts.race);
        let budget = super::budget::Budget::new(opts.max_memory);
        let heap = Heap { room_slots: opts.max_memory / super::budget::VALUE_BYTES, ..Heap::default() };
        let mut m = Machine {
            prog,
            opts,
            heap,
            gs: Vec::new(),
            maps: Arena::default(),
            syncmaps: Arena::default(),
            chans: Arena::default(),
            iters: Arena::default(),
            globals: Vec::new(),
            sched,
            draws: Rng::new(draw_seed),
            race,
            stdout: String::new(),
            stderr: String::new(),
            events: Vec::new(),
            events_truncated: false,
            step: 0,
            clock: 0,
            outcome: None,
            exit_code: 0,
            fail_line: None,
            waiters: BTreeMap::new(),
            races: Vec::new(),
            race_keys: HashSet::new(),
            race_addrs: HashSet::new(),
            select_token: 0,
            map_slots: 0,
            budget,
            live_goroutines: 1,
            chan_bytes: 0,
            runnable: RunSet::default(),
            cur: 0,
            panic_stack: None,
            pending_name: None,
            fmt_map_reads: Vec::new(),
            timers: Vec::new(),
            last_cost: 0,
            exiting: None,
            last_pos: Default::default(),
            started: Default::default(),
        };
        if let Some(a) = anchored {
            let replay = m.start_anchored(&a);
            m.sched = Recorder::new(Box::new(replay), draw_seed);
        }
        for g in &prog.globals {
            let v = m.heap.zero(&prog.types, g.ty);
            let p = match v {
                Value::Agg(id) => Ptr { obj: id, slot: super::value::WHOLE },
                v => Ptr { obj: m.heap.alloc(vec![v]), slot: 0 },
            };
            m.globals.push(p);
        }
        // Goroutine 1 runs the package initialisers, then main.
        let ordinal = m.next_ordinal(prog.main);
        let mut g = m.new_goroutine(1, 0, Vec::new(), prog.main, ordinal);
        g.frames.push(m.frame(prog.main, Vec::new(), None, 0));
        g.frames.push(m.frame(prog.init, Vec::new(), None, 0));
        m.gs.push(g);
        m.runnable.insert(1);
        m
    }

    /// How many goroutines have started with `func`, this one included.
    fn next_ordinal(&mut self, func: u32) -> u32 {
        let n = self.started.entry(func).or_insert(0);
        *n += 1;
        *n
    }

    pub(crate) fn new_goroutine(&self, id: u32, created_by: u32, created_stack: Vec<(String, u32)>, entry_func: u32, ordinal: u32) -> Goroutine {
        Goroutine {
            entry_func,
            ordinal,
            visits: Vec::new(),
            visit_hint: 0,
            id,
            frames: Vec::new(),
            stack: Vec::new(),
            state: GState::Runnable,
            micro: None,
            park: Park::None,
            panicking: None,
            recovered: false,
            recovered_value: None,
            earlier: Vec::new(),
            sig: false,
            unwound: Vec::new(),
            pending_panic: None,
            created_by,
            created_stack,
            created_race_stack: None,
            stack_cache: None,
            running_onces: Vec::new(),
        }
    }

    pub fn frame(&self, func: u32, args: Vec<Value>, closure: Option<Rc<Closure>>, stack_base: usize) -> Frame {
        let f = &self.prog.funcs[func as usize];
        let mut locals = args;
        locals.resize(f.nlocals.max(f.nparams) as usize, Value::Nil);
        Frame { func, pc: 0, locals, closure, defers: Vec::new(), hook: Hook::None, stack_base, iters: Vec::new() }
    }

    /// Starts a goroutine running `f(args)`; returns its id.
    pub fn spawn(&mut self, parent: usize, f: Value, args: Vec<Value>, hook: Hook) -> u32 {
        let id = self.gs.len() as u32 + 1;
        let created_stack = self.stack_of(parent);
        let pid = self.gs[parent].id;
        let (func, closure, args) = self.callee(f, args);
        let ordinal = self.next_ordinal(func);
        let mut g = self.new_goroutine(id, pid, created_stack, func, ordinal);
        g.created_race_stack = self.race_stack_of(parent);
        let mut fr = self.frame(func, args, closure, 0);
        fr.hook = hook;
        g.frames.push(fr);
        self.gs.push(g);
        self.runnable.insert(id);
        self.race.spawn(pid, id);
        self.live_goroutines += 1;
        id
    }

    /// An `AfterFunc` timer fires: `f` starts in a goroutine of its own, created
    /// by the timer (`time.goFunc`), not by any goroutine of the program. What
    /// happened before the `AfterFunc` (or the last `Reset`) call happens
    /// before `f` starts (`runtime/time.go`: `newTimer` and `resetTimer`
    /// release the timer, running it acquires it), and nothing else does.
    pub fn timer_func(&mut self, obj: Option<ObjId>, f: Value) {
        let id = self.gs.len() as u32 + 1;
        let (func, closure, args) = self.callee(f, Vec::new());
        let ordinal = self.next_ordinal(func);
        let mut g = self.new_goroutine(id, 0, vec![("time.goFunc".into(), 0)], func, ordinal);
        g.frames.push(self.frame(func, args, closure, 0));
        self.gs.push(g);
        self.runnable.insert(id);
        self.race.start(id);
        self.live_goroutines += 1;
        if let Some(obj) = obj {
            self.race.acquire(id, super::addr::Clock::Sync(obj));
        }
        let name = self.prog.funcs[func as usize].name.clone();
        let gi = self.gi(id);
        self.event(gi, EventKind::Go, None, format!("goroutine {id} {name} (time.AfterFunc)"));
    }

    /// Takes a `*time.Timer` out of the pending timers; whether it was
    /// pending. A channel timer's fired value nobody received is drained too
    /// (and counts as pending), as Go 1.23's synchronous timer channels have it.
    pub fn disarm_timer(&mut self, obj: ObjId) -> bool {
        let mut was = false;
        if let Some(i) = self.timers.iter().position(|t| t.obj == Some(obj)) {
            self.timers.remove(i);
            was = true;
        }
        if let Some(Value::Chan(ch)) = self.heap.objs[obj].first().cloned() {
            if !self.chans[ch].buf.is_empty() {
                self.chans[ch].buf.clear();
                was = true;
            }
        }
        was
    }

    /// Resolves a function value and its arguments (bound receivers come first).
    pub fn callee(&self, f: Value, mut args: Vec<Value>) -> (u32, Option<Rc<Closure>>, Vec<Value>) {
        match f {
            Value::Func(c) => {
                if let Some(r) = &c.recv {
                    args.insert(0, r.clone());
                }
                (c.func, Some(c), args)
            }
            _ => (self.prog.main, None, args),
        }
    }

    pub fn set_state(&mut self, gi: usize, s: GState) {
        let g = &mut self.gs[gi];
        let was = g.state;
        g.state = s;
        // (`call_sync`'s temporary goroutine borrows its caller's id: it is
        // never in the runnable set.)
        if g.id as usize == gi + 1 {
            if s == GState::Runnable {
                self.runnable.insert(g.id);
            } else {
                self.runnable.remove(g.id);
            }
            if s == GState::Done && was != GState::Done {
                self.race.exit(g.id);
                self.live_goroutines -= 1;
            }
        }
    }

    /// Goroutine index by id.
    pub fn gi(&self, id: u32) -> usize {
        (id - 1) as usize
    }

    /// Runs until the program ends, a limit is hit, or `stop_at`.
    pub fn run(&mut self) {
        if self.step == 0 && self.outcome.is_none() {
            self.check_budget(0); // the package variables' storage
        }
        while self.outcome.is_none() {
            if let Some(stop) = self.opts.stop_at {
                if self.step >= stop {
                    return;
                }
            }
            if self.step >= self.opts.max_steps {
                self.end("step limit exceeded", 3, None);
                self.stderr.push_str(&format!(
                    "maprace: step limit exceeded: the program ran {} steps without ending (raise it with the step limit option)\n",
                    self.opts.max_steps
                ));
                break;
            }
            if self.exit_sleep_over() {
                self.end_exit_sleep(false);
                break;
            }
            if self.runnable.is_empty() {
                if !self.wake_sleepers() {
                    self.deadlock();
                }
                continue;
            }
            let g = self.next_goroutine();
            let gi = self.gi(g);
            self.cur = gi;
            self.last_pos = self.note_step(gi);
            self.step += 1;
            self.exec_step(gi);
            if self.outcome.is_none() {
                self.check_budget(gi);
            }
        }
    }

    /// The virtual time the earliest sleeper or timer is due, if any.
    pub(super) fn next_wake(&self) -> Option<u64> {
        let sleeper = self.gs.iter().filter_map(|g| if let GState::Sleeping(t) = g.state { Some(t) } else { None }).min();
        let timer = self.timers.iter().map(|t| t.when).min();
        match (sleeper, timer) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Advances the virtual clock to the earliest sleeper or timer; false if there is none.
    fn wake_sleepers(&mut self) -> bool {
        match self.next_wake() {
            Some(t) => {
                self.clock = self.clock.max(t);
                let clock = self.clock;
                let (due, pending): (Vec<PendingTimer>, Vec<PendingTimer>) = std::mem::take(&mut self.timers).into_iter().partition(|t| t.when <= clock);
                self.timers = pending;
                for t in due {
                    match t.fire {
                        Fire::Chan(ch) => self.timer_fire(ch),
                        Fire::Func(f) => self.timer_func(t.obj, f),
                    }
                }
                for i in 0..self.gs.len() {
                    if let GState::Sleeping(u) = self.gs[i].state {
                        if u <= self.clock {
                            self.set_state(i, GState::Runnable);
                        }
                    }
                }
                true
            }
            None => false,
        }
    }

    fn deadlock(&mut self) {
        let mut s = String::from("fatal error: all goroutines are asleep - deadlock!\n");
        for i in 0..self.gs.len() {
            if self.gs[i].state == GState::Done {
                continue;
            }
            s.push('\n');
            s.push_str(&self.traceback(i));
        }
        let line = self.current_line(0);
        self.stderr.push_str(&s);
        self.end("fatal error: all goroutines are asleep - deadlock!", 2, Some(line));
        self.event(0, EventKind::Fatal, None, "all goroutines are asleep - deadlock!".into());
    }

    /// `goroutine 7 [chan receive]:` and the stack, as Go's traceback prints it.
    pub fn traceback(&self, gi: usize) -> String {
        let g = &self.gs[gi];
        let reason = match g.state {
            GState::Runnable => "running",
            GState::Blocked(r) => r,
            GState::Sleeping(_) => "sleep",
            GState::Done => "dead",
        };
        let mut s = format!("goroutine {} [{}]:\n", g.id, reason);
        for (f, line) in self.stack_of(gi) {
            s.push_str(&format!("{f}(...)\n\t{}\n", self.prog.lines.file_line(line)));
        }
        if g.created_by != 0 {
            let (f, line) = g.created_stack.first().cloned().unwrap_or_default();
            s.push_str(&format!("created by {} in goroutine {}\n\t{}\n", f, g.created_by, self.prog.lines.file_line(line)));
        }
        s
    }

    /// The call stack of a goroutine, innermost first: (Go function name, line).
    pub fn stack_of(&self, gi: usize) -> Vec<(String, u32)> {
        self.stack_named(gi, |func| func.name.clone())
    }

    /// The call stack, innermost first, each function named by `name`, with its line.
    fn stack_named(&self, gi: usize, name: impl Fn(&crate::compile::Func) -> String) -> Vec<(String, u32)> {
        self.gs[gi]
            .frames
            .iter()
            .rev()
            .map(|f| {
                let func = &self.prog.funcs[f.func as usize];
                let pc = f.pc.saturating_sub(1) as usize;
                (name(func), func.lines.get(pc).copied().unwrap_or(func.line))
            })
            .collect()
    }

    /// The stack as the race detector names its functions, when that differs
    /// from `stack_of` (a generic instantiation: `main.Map[go.shape.int]`).
    pub fn race_stack_of(&self, gi: usize) -> Option<Vec<(String, u32)>> {
        if !self.gs[gi].frames.iter().any(|f| self.prog.funcs[f.func as usize].race_name.is_some()) {
            return None;
        }
        Some(self.stack_named(gi, |func| func.race_name.clone().unwrap_or_else(|| func.name.clone())))
    }

    /// A cached `Rc` of the stack, rebuilt only when depth or line changed.
    pub fn stack_rc(&mut self, gi: usize) -> Rc<Vec<(String, u32)>> {
        let depth = self.gs[gi].frames.len();
        let line = self.current_line(gi);
        if let Some((d, l, rc)) = &self.gs[gi].stack_cache {
            if *d == depth && *l == line {
                return rc.clone();
            }
        }
        let rc = Rc::new(uninstrumented_frames_dropped(self.race_stack_of(gi).unwrap_or_else(|| self.stack_of(gi))));
        self.gs[gi].stack_cache = Some((depth, line, rc.clone()));
        rc
    }

    pub fn current_line(&self, gi: usize) -> u32 {
        match self.gs.get(gi).and_then(|g| g.frames.last()) {
            Some(f) => {
                let func = &self.prog.funcs[f.func as usize];
                func.lines.get(f.pc.saturating_sub(1) as usize).copied().unwrap_or(func.line)
            }
            None => 0,
        }
    }

    pub fn event(&mut self, gi: usize, kind: EventKind, obj: Option<String>, detail: String) {
        if self.events.len() >= self.opts.max_events {
            self.events_truncated = true;
            return;
        }
        let g = self.gs.get(gi).map(|g| g.id).unwrap_or(0);
        let line = self.current_line(gi);
        self.events.push(Event { step: self.step, g, line, kind, obj, detail });
    }

    /// Ends the run with Go's first line as the outcome.
    pub fn end(&mut self, outcome: &str, code: i32, line: Option<u32>) {
        if self.exiting.is_some() {
            // A goroutine ended the race runtime's exit sleep: the ending stays `main returned`'s.
            self.end_exit_sleep(true);
            return;
        }
        if self.outcome.is_none() {
            self.outcome = Some(outcome.to_string());
            self.exit_code = code;
            self.fail_line = line;
        }
    }

    /// `fatal error: …` (a throw): not recoverable, ends the program.
    pub fn fatal(&mut self, gi: usize, msg: &str) {
        self.fatal_in(gi, msg, &[]);
    }

    /// `fatal`, thrown inside Go's own functions `runtime`: the traceback
    /// shows them above the program's frames (a swiss map's
    /// `internal/runtime/maps.fatal`).
    pub fn fatal_in(&mut self, gi: usize, msg: &str, runtime: &[crate::race::frames::Frame]) {
        let line = self.current_line(gi);
        let mut tb = self.traceback(gi);
        if let Some(nl) = tb.find('\n').filter(|_| !runtime.is_empty()) {
            let frames: String = runtime.iter().map(|f| format!("{}(...)\n\t<go>/src/{}:{}\n", f.func, f.file, f.line)).collect();
            tb.insert_str(nl + 1, &frames);
        }
        let panics = self.panics_before_fatal(gi);
        self.stderr.push_str(&format!("{panics}fatal error: {msg}\n\n{tb}"));
        self.event(gi, EventKind::Fatal, None, msg.to_string());
        // (Under way panics come first: the ending is the first line printed.)
        let first = panics.lines().next().map(String::from).unwrap_or_else(|| format!("fatal error: {msg}"));
        self.end(&first, 2, Some(line));
    }

    /// Records a memory access for the race detector; reports a race once per pair of places.
    pub fn access(&mut self, gi: usize, cell: Cell, write: bool, object: &dyn Fn() -> String, runtime_fn: Option<&'static RuntimeStack>) {
        self.access_as(gi, cell, write, false, object, runtime_fn);
    }

    /// `access`, for plain or sync/atomic accesses.
    pub fn access_as(&mut self, gi: usize, cell: Cell, write: bool, atomic: bool, object: &dyn Fn() -> String, runtime_fn: Option<&'static RuntimeStack>) {
        if !self.race.enabled {
            return;
        }
        let stack = self.stack_rc(gi);
        let g = self.gs[gi].id;
        let a = Access { g, clock: 0, write, stack, step: self.step, runtime_fn, atomic };
        if let Some((cur, prev)) = self.race.access(cell.key(), a) {
            let place = |a: &Access| {
                let (f, l) = a.stack.first().cloned().unwrap_or_default();
                (a.runtime_fn.map(|r| r.name()), f, l)
            };
            let key = (place(&cur), place(&prev));
            if self.race_keys.contains(&key) || self.race_addrs.contains(&cell.key()) {
                return;
            }
            self.race_keys.insert(key);
            self.race_addrs.insert(cell.key());
            let race = crate::race::Race { addr: cell.shown(), object: object(), current: cur, previous: prev };
            let gs = &self.gs;
            let created = |id: u32| -> (&'static str, Vec<(String, u32)>) {
                let g = &gs[(id - 1) as usize];
                (if g.state == GState::Done { "finished" } else { "running" }, g.created_race_stack.clone().unwrap_or_else(|| g.created_stack.clone()))
            };
            let info = crate::race::report::render(&race, &created, &self.prog.lines);
            self.stderr.push_str(&info.report);
            if let Some(x) = &mut self.exiting {
                x.stderr_mark = self.stderr.len();
            }
            self.event(gi, EventKind::Race, Some(info.object.clone()), format!("{} races with goroutine {}'s {} at line {}", info.current.kind, info.previous.goroutine, info.previous.kind, info.previous.line));
            self.races.push(info);
        }
    }

    /// Collects the result once the run has ended.
    pub fn result(mut self) -> RunResult {
        if self.outcome.is_none() {
            self.end("ok", 0, None);
        }
        if !self.races.is_empty() {
            self.stderr.push_str(&format!("Found {} data race(s)\n", self.races.len()));
            if self.exit_code == 0 {
                self.exit_code = 66;
            }
        }
        if self.exit_code != 0 && self.exit_code != 3 {
            self.stderr.push_str(&format!("exit status {}\n", self.exit_code));
        }
        let maps = self.snapshots();
        let goroutines = self
            .gs
            .iter()
            .map(|g| GoroutineInfo {
                id: g.id,
                func: self.prog.funcs[g.entry_func as usize].name.clone(),
                created_line: g.created_stack.first().map(|x| x.1).unwrap_or(0),
                created_by: g.created_by,
                state: match g.state {
                    GState::Runnable => "runnable".into(),
                    GState::Blocked(r) => r.into(),
                    GState::Sleeping(_) => "sleep".into(),
                    GState::Done => "done".into(),
                },
            })
            .collect();
        let schedule = if self.opts.render_schedule && !self.sched.overflowed { self.render_anchored() } else { String::new() };
        let schedule_note = self.sched.note();
        RunResult {
            outcome: self.outcome.clone().unwrap_or_default(),
            stdout: self.stdout,
            stderr: self.stderr,
            exit_code: self.exit_code,
            steps: self.step,
            preemptions: self.sched.preemptions,
            schedule,
            steps_schedule: std::mem::take(&mut self.sched.recorded),
            races: self.races,
            maps,
            goroutines,
            events: self.events,
            events_truncated: self.events_truncated,
            schedule_note,
            fail_line: self.fail_line,
        }
    }
}

/// The stack as the race detector sees it. Go compiles `sync` and
/// `sync/atomic` without race instrumentation (the compiler's `NoRacePkgs`),
/// so their functions never enter ThreadSanitizer's shadow stack: a frame
/// is shown only if the function it calls (the frame above it) is
/// instrumented — the call site in `sync.OnceFunc.func1.1` of the program's
/// closure is shown, `sync.(*Once).Do`'s caller is not. (The innermost
/// frame is the access itself.)
fn uninstrumented_frames_dropped(stack: Vec<(String, u32)>) -> Vec<(String, u32)> {
    let instrumented = |f: &str| !(f.starts_with("sync.") || f.starts_with("atomic."));
    if stack.iter().all(|(f, _)| instrumented(f)) {
        return stack;
    }
    let mut keep = true;
    let mut out = Vec::with_capacity(stack.len());
    for (f, l) in stack {
        let next = instrumented(&f);
        if keep {
            out.push((f, l));
        }
        keep = next;
    }
    out
}
