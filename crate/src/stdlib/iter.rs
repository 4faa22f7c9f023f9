//! Package `iter` (Go 1.23): the types of iterator functions, `Seq` and
//! `Seq2`. They are generic types, so they are written here in Go, as
//! `src/iter/iter.go` declares them; the compiler reads this source when a
//! program names `iter.Seq` and instantiates it like a generic type of the
//! program (`compile/generics.rs`). `iter.Pull` is not provided.

use super::api::*;

/// The generic types of package iter, as Go source.
pub const GENERIC_TYPES: &str = "package iter

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)
";

pub static PACKAGE: Package = Package { path: "iter", funcs: &[], consts: &[] };
