//! What crosses to the UI and the CLI's `--json`: events, goroutines, map
//! snapshots, and the run result. Plain serde data; positions are lines.

use crate::race::report::RaceInfo;
use serde::Serialize;

/// One thing a goroutine did, at one step.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Event {
    pub step: u64,
    pub g: u32,
    pub line: u32,
    pub kind: EventKind,
    /// The object involved: a map, mutex, channel … (`map#3`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obj: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

/// What an event is. Its stable name (serde's, snake_case) is what the page
/// and `--json` see; `www/contract.js` lists them all (`EVENT_KINDS`).
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Go,
    MapRead,
    MapWrite,
    MapDelete,
    MapIter,
    MapGrow,
    MapEvacuate,
    MapClear,
    Lock,
    Unlock,
    RLock,
    RUnlock,
    WgAdd,
    WgWait,
    Once,
    Send,
    Recv,
    Close,
    Select,
    Block,
    Wake,
    Sleep,
    SyncMap,
    Atomic,
    Print,
    Panic,
    Fatal,
    Race,
    Exit,
}

impl EventKind {
    /// Every kind, in declaration order (the contract test checks the order and the names).
    pub const ALL: [EventKind; 29] = [EventKind::Go, EventKind::MapRead, EventKind::MapWrite, EventKind::MapDelete, EventKind::MapIter, EventKind::MapGrow, EventKind::MapEvacuate, EventKind::MapClear, EventKind::Lock, EventKind::Unlock, EventKind::RLock, EventKind::RUnlock, EventKind::WgAdd, EventKind::WgWait, EventKind::Once, EventKind::Send, EventKind::Recv, EventKind::Close, EventKind::Select, EventKind::Block, EventKind::Wake, EventKind::Sleep, EventKind::SyncMap, EventKind::Atomic, EventKind::Print, EventKind::Panic, EventKind::Fatal, EventKind::Race, EventKind::Exit];

    /// The stable name, as serialised.
    pub fn name(self) -> &'static str {
        use EventKind::*;
        match self {
            Go => "go",
            MapRead => "map_read",
            MapWrite => "map_write",
            MapDelete => "map_delete",
            MapIter => "map_iter",
            MapGrow => "map_grow",
            MapEvacuate => "map_evacuate",
            MapClear => "map_clear",
            Lock => "lock",
            Unlock => "unlock",
            RLock => "r_lock",
            RUnlock => "r_unlock",
            WgAdd => "wg_add",
            WgWait => "wg_wait",
            Once => "once",
            Send => "send",
            Recv => "recv",
            Close => "close",
            Select => "select",
            Block => "block",
            Wake => "wake",
            Sleep => "sleep",
            SyncMap => "sync_map",
            Atomic => "atomic",
            Print => "print",
            Panic => "panic",
            Fatal => "fatal",
            Race => "race",
            Exit => "exit",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct GoroutineInfo {
    pub id: u32,
    /// Go's name for its function (`main.main.func1`).
    pub func: String,
    /// The line of the `go` statement (0 for main).
    pub created_line: u32,
    pub created_by: u32,
    pub state: String,
}

/// The result of one run.
#[derive(Debug, Clone, Serialize)]
pub struct RunResult {
    /// Go's first line: `ok`, `fatal error: concurrent map writes`, `panic: …`, `step limit exceeded`.
    pub outcome: String,
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    pub steps: u64,
    /// Switches away from a goroutine that could have gone on.
    pub preemptions: u32,
    /// The anchored (`v2`) schedule that replays this run, and survives
    /// small edits (empty when not rendered, as in exploration).
    pub schedule: String,
    /// The same run as goroutine picks per step (`v1`): what exploration
    /// ranks and shrinks.
    #[serde(skip)]
    pub steps_schedule: crate::sched::Schedule,
    pub races: Vec<RaceInfo>,
    pub maps: Vec<crate::gomap::snapshot::MapSnapshot>,
    pub goroutines: Vec<GoroutineInfo>,
    pub events: Vec<Event>,
    /// True when the event list was cut at the event limit.
    pub events_truncated: bool,
    /// Set when a replayed schedule stopped matching the program.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule_note: Option<String>,
    /// The line where the run ended in a throw or panic, for the editor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fail_line: Option<u32>,
}
