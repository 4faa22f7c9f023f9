//! Package `log`: the Logger is the Go source's (`go/log.go`); this row
//! writes a message's header — the prefix, the date and time of the virtual
//! clock (`time::EPOCH_UNIX`: 2009/11/10 23:00:00 when the run begins), the
//! caller's `main.go:LINE` — as log's `formatHeader` does.

use super::api::*;
use crate::vm::value::Value;

const LDATE: i64 = 1;
const LTIME: i64 = 2;
const LMICRO: i64 = 4;
const LLONG: i64 = 8;
const LSHORT: i64 = 16;
const LMSGPREFIX: i64 = 64;

fn header(h: &mut dyn Host, a: &[Value]) -> Ret {
    let (prefix, flag, depth) = (text(a, 0), a[1].int(), a[2].int());
    let mut b = String::new();
    if flag & LMSGPREFIX == 0 {
        b.push_str(&prefix);
    }
    if flag & (LDATE | LTIME | LMICRO) != 0 {
        let t = super::time::civil(h.now());
        if flag & LDATE != 0 {
            b.push_str(&format!("{:04}/{:02}/{:02} ", t.year, t.month, t.day));
        }
        if flag & (LTIME | LMICRO) != 0 {
            b.push_str(&format!("{:02}:{:02}:{:02}", t.hour, t.min, t.sec));
            if flag & LMICRO != 0 {
                b.push_str(&format!(".{:06}", t.nsec / 1000));
            }
            b.push(' ');
        }
    }
    if flag & (LSHORT | LLONG) != 0 {
        let file = if flag & LSHORT != 0 { "main.go" } else { "/tmp/main.go" };
        b.push_str(&format!("{file}:{}: ", h.caller_line(depth.max(0) as usize)));
    }
    if flag & LMSGPREFIX != 0 {
        b.push_str(&prefix);
    }
    string(&b)
}

pub static PACKAGE: Package = Package {
    path: "log",
    funcs: &[Func { name: "header", params: Params::Fixed(&[Ty::String, Ty::Int, Ty::Int]), results: &[Ty::String], cost: 100, effect: Effect::Runtime, run: header }],
    consts: &[],
};
