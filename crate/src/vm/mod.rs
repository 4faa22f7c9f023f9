//! The bytecode interpreter: values and heap, the machine and its run loop,
//! op execution, map instructions, fmt, and native library functions.

pub mod exec;
pub mod fmt;
pub mod heap;
pub mod machine;
pub mod mapops;
pub mod natives;
pub mod op;
pub mod replay;
pub mod value;
