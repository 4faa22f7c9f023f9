// The Web Worker that runs the core: the page never blocks on a run, and
// Stop terminates this worker. Messages: {id, cmd: "check"|"run"|"explore"|"inspect"|"merge", src, opts, step, view}
// (merge: `opts` is the array of exploration parts). Types: contract.d.ts.

import init, * as core from "./pkg/maprace.js";

const ready = init();
// The core's gofmt (an export of newer builds): looked up by name, so a build without it still bundles.
const FORMAT = "format";
const formatter = () => (typeof core[FORMAT] === "function" ? core[FORMAT] : null);

self.onmessage = async (e) => {
  const { id, cmd, src, opts, step, view } = e.data;
  await ready;
  let result;
  let crashed = false;
  const t0 = performance.now();
  try {
    switch (cmd) {
      case "check":
        result = core.check(src);
        break;
      case "run":
        result = core.run(src, opts);
        break;
      case "explore":
        result = core.explore(src, opts);
        break;
      case "inspect":
        result = core.inspect(src, opts, step, view);
        break;
      case "merge":
        result = core.merge(opts);
        break;
      case "format":
        result = formatter() ? formatter()(src) : { error: "this build of the core has no formatter" };
        break;
      default:
        result = { error: `unknown command ${cmd}` };
    }
  } catch (err) {
    // A trap (a Rust panic, a stack overflow) may leave the instance broken: the runner replaces this worker.
    result = { error: `maprace crashed: ${err && err.message ? err.message : err}` };
    crashed = true;
  }
  self.postMessage({ id, result, crashed, ms: performance.now() - t0 });
};

self.postMessage({ ready: true });
// caps: what this build of the core offers beyond the commands every build has.
ready.then(() => self.postMessage({ loaded: true, caps: { format: !!formatter() } }));
