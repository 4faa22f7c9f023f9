//! Package `slices`: every function is generic, so all of it is Go source
//! (`go/slices.go`, Go's own code, its sorts included), instantiated like the
//! program's own generic functions. No rows.

use super::api::*;

pub static PACKAGE: Package = Package { path: "slices", funcs: &[], consts: &[] };
