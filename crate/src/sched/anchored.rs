//! Anchored schedules (`v2`): a run's goroutine switches tied to goroutines
//! and source positions instead of step numbers, so that a schedule keeps
//! its meaning after a small edit of the program.
//!
//! `v2:<draw seed, hex>:<switch>;<switch>;…`, each switch
//! `<func>+<line offset>~<line hash>:<op>[/<k>][*<visit>]><goroutine>`, read
//! as: after the running goroutine's `visit`-th step at the `k`-th `op`
//! instruction (`mapassign`, `load`, `call` …, counted from 0) of the line
//! `line offset` lines below the start of function `func` — the line whose
//! trimmed text hashes to `line hash` — run `<goroutine>`, named
//! `<function>#<n>`: the n-th goroutine started with that function
//! (`main#1` is the main goroutine). Function names drop Go's `main.` prefix;
//! a map operation's micro-steps are visits to its instruction.
//!
//! Between switches the running goroutine keeps running; every change of
//! goroutine (a preemption, or a pick after the running one blocked) is a
//! switch. The line hash lets a replay find a switch point again when lines
//! were inserted or deleted above it; the offset decides among equal lines.

/// A position in a goroutine's execution: its `visit`-th step there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub func: String,
    pub line_off: u32,
    pub hash: u16,
    pub op: String,
    pub k: u32,
    pub visit: u32,
}

/// A goroutine, named by the function it started with and its ordinal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    pub func: String,
    pub ordinal: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Switch {
    pub at: Anchor,
    pub to: Ident,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Anchored {
    pub draw_seed: u64,
    pub switches: Vec<Switch>,
}

/// Go's function name without the package: `main.main.func1` → `main.func1`.
pub fn short_name(go_name: &str) -> &str {
    go_name.strip_prefix("main.").unwrap_or(go_name)
}

/// The 16-bit hash of a source line's trimmed text (FNV-1a, folded).
pub fn line_hash(text: &str) -> u16 {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.trim().bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    (h ^ (h >> 16)) as u16
}

impl std::fmt::Display for Ident {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}#{}", self.func, self.ordinal)
    }
}

impl std::fmt::Display for Anchor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}+{}~{:04x}:{}", self.func, self.line_off, self.hash, self.op)?;
        if self.k > 0 {
            write!(f, "/{}", self.k)?;
        }
        if self.visit != 1 {
            write!(f, "*{}", self.visit)?;
        }
        Ok(())
    }
}

impl Anchored {
    pub fn render(&self) -> String {
        let sw: Vec<String> = self.switches.iter().map(|s| format!("{}>{}", s.at, s.to)).collect();
        format!("v2:{:x}:{}", self.draw_seed, sw.join(";"))
    }

    pub fn parse(s: &str) -> Result<Anchored, String> {
        let (draw_seed, body) = split_header(s, "v2")?;
        let switches = body.split(';').filter(|p| !p.is_empty()).map(parse_switch).collect::<Result<_, _>>()?;
        Ok(Anchored { draw_seed, switches })
    }
}

/// `<version>:<draw seed, hex>:<body>` → (draw seed, body), for either format.
pub fn split_header<'a>(s: &'a str, version: &str) -> Result<(u64, &'a str), String> {
    let mut parts = s.trim().splitn(3, ':');
    if parts.next() != Some(version) {
        return Err(format!("schedule: unknown format (expected {version}:…)"));
    }
    let seed = parts.next().ok_or("schedule: missing draw seed")?;
    let draw_seed = u64::from_str_radix(seed, 16).map_err(|_| "schedule: bad draw seed".to_string())?;
    Ok((draw_seed, parts.next().unwrap_or("")))
}

fn parse_switch(p: &str) -> Result<Switch, String> {
    let bad = |what: &str| format!("schedule: bad {what} in {p:?}");
    let (at, to) = p.rsplit_once('>').ok_or_else(|| bad("switch (expected <position>><goroutine>)"))?;
    let (gfunc, ord) = to.rsplit_once('#').ok_or_else(|| bad("goroutine (expected <function>#<n>)"))?;
    let ordinal: u32 = ord.parse().ok().filter(|&n| n > 0).ok_or_else(|| bad("goroutine number"))?;
    let (place, tail) = at.rsplit_once('~').ok_or_else(|| bad("position (expected <function>+<line>~<hash>:<op>)"))?;
    let (tail, visit) = match tail.split_once('*') {
        Some((t, v)) => (t, v.parse::<u32>().ok().filter(|&n| n > 0).ok_or_else(|| bad("visit count"))?),
        None => (tail, 1),
    };
    let (tail, k) = match tail.split_once('/') {
        Some((t, k)) => (t, k.parse::<u32>().map_err(|_| bad("instruction index"))?),
        None => (tail, 0),
    };
    let (hash, op) = tail.split_once(':').ok_or_else(|| bad("position (expected <function>+<line>~<hash>:<op>)"))?;
    let hash = u16::from_str_radix(hash, 16).map_err(|_| bad("line hash"))?;
    let (func, off) = place.rsplit_once('+').ok_or_else(|| bad("position (expected <function>+<line>)"))?;
    let line_off: u32 = off.parse().map_err(|_| bad("line offset"))?;
    if func.is_empty() || gfunc.is_empty() || op.is_empty() {
        return Err(bad("name"));
    }
    Ok(Switch { at: Anchor { func: func.into(), line_off, hash, op: op.into(), k, visit }, to: Ident { func: gfunc.into(), ordinal } })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_parses_back() {
        let s = "v2:9f:main+7~1a2b:go>main.func1#1;main.func1+1~00ff:mapassign/2*3>(*T).Run#2;(*T).Run+0~abcd:ret>main#1";
        let a = Anchored::parse(s).unwrap();
        assert_eq!(a.switches.len(), 3);
        assert_eq!(a.switches[1].at, Anchor { func: "main.func1".into(), line_off: 1, hash: 0xff, op: "mapassign".into(), k: 2, visit: 3 });
        assert_eq!(a.switches[1].to, Ident { func: "(*T).Run".into(), ordinal: 2 });
        assert_eq!(a.render(), s);
    }

    #[test]
    fn rejects_malformed_switches_with_the_reason() {
        for (s, why) in [
            ("v2:1:main+1~zz:go>main#1", "line hash"),
            ("v2:1:main+1~0001:go>main#0", "goroutine number"),
            ("v2:1:main+x~0001:go>main#1", "line offset"),
            ("v2:1:main~0001:go>main#1", "position"),
            ("v2:1:main+1~0001>main#1", "position"),
            ("v2:1:main+1~0001:go", "switch"),
            ("v2:1:main+1~0001:go*0>main#1", "visit count"),
            ("v2:1:main+1~0001:go/x>main#1", "instruction index"),
        ] {
            let e = Anchored::parse(s).unwrap_err();
            assert!(e.contains(why), "{s}: {e}");
        }
    }

    #[test]
    fn line_hash_ignores_indentation_only() {
        assert_eq!(line_hash("\t\tm[k] = v"), line_hash("m[k] = v  "));
        assert_ne!(line_hash("m[k] = v"), line_hash("m[k] = w"));
    }
}
