import { launch, serve } from "./browser.mjs";
const srv = await serve("/work/main/dist");
const b = await launch();
const p = await b.newPage();
p.on("console", (m) => console.log("console:", m.type(), m.text()));
p.on("pageerror", (e) => console.log("pageerror:", e.message));
await p.goto(srv.url);
await p.waitForSelector("body[data-ready='1']");
await p.click("#run");
await p.waitForSelector("body[data-ran='1']");
const r = await p.evaluate(async () => {
  const s = window.maprace.state;
  const x = await window.maprace.runner.call("inspect", s.source, s.runOpts, 50);
  return JSON.stringify(x).slice(0, 300);
});
console.log(r);
await b.close(); srv.close();
