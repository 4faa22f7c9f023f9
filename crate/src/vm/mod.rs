//! The bytecode interpreter: values and heap, the machine and its run loop,
//! op execution, map, channel and sync instructions over the models in
//! `gomap` and `gosync`, fmt, and native library functions.

pub mod addr;
pub mod arena;
pub mod budget;
pub mod chanops;
pub mod decide;
pub mod exec;
pub mod exit;
pub mod fmt;
pub mod heap;
pub mod machine;
pub mod mapops;
pub mod memory;
pub mod natives;
pub mod op;
pub mod opmeta;
pub mod panics;
pub mod replay;
pub mod syncops;
pub mod value;
