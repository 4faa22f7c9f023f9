//! Package `cmp`: `Ordered`, `Compare`, `Less` and `Or` are generic, so all
//! of it is Go source (`go/cmp.go`), instantiated like the program's own
//! generic functions. No rows.

use super::api::*;

pub static PACKAGE: Package = Package { path: "cmp", funcs: &[], consts: &[] };
