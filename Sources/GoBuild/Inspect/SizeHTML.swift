// The HTML form of `swiftgo size`: one self-contained page (inline SVG and
// JS, no network) with a zoomable squarified treemap of package → runtime
// subsystem → symbol. Click a box to zoom in, the path bar or Escape to
// zoom out. The totals are in the page title, so a headless browser's
// --dump-dom shows the page was rendered (SizeTests does that).
import Foundation

public enum SizeHTML {
    public static func render(_ s: SizeSummary) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        let json = String(decoding: try enc.encode(s), as: UTF8.self)
            .replacingOccurrences(of: "</", with: "<\\/")   // nothing may close the script early
        let title = "swiftgo size: \(esc((s.file as NSString).lastPathComponent)) \(s.fileSize) bytes, "
            + String(format: "%.2f%% attributed", s.attributedPercent)
        return page.replacingOccurrences(of: "@TITLE@", with: title).replacingOccurrences(of: "@DATA@", with: json)
    }

    static func esc(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    static let page = #"""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>@TITLE@</title>
<style>
body{font:13px system-ui,sans-serif;margin:12px;color:#222}
#path{margin:6px 0;cursor:pointer} #path span:hover{text-decoration:underline}
svg text{pointer-events:none;font-size:11px} rect{stroke:#fff;stroke-width:1}
table{border-collapse:collapse;margin-top:10px} td,th{padding:2px 8px;text-align:right} td:first-child,th:first-child{text-align:left}
</style></head><body>
<h2 id="h"></h2><div id="path"></div>
<svg id="map" width="1000" height="560" xmlns="http://www.w3.org/2000/svg"></svg>
<table id="sections"></table>
<script>
const D = @DATA@;
const NS = "http://www.w3.org/2000/svg";
// Build the tree from the leaves' paths.
function node(name){return {name, size:0, kids:new Map()};}
const root = node(D.file.split("/").pop());
for (const l of (D.leaves || [])) {
  let n = root; n.size += l.bytes;
  for (const p of l.path) { if (!n.kids.has(p)) n.kids.set(p, node(p)); n = n.kids.get(p); n.size += l.bytes; }
}
const palette = ["#4e79a7","#f28e2b","#e15759","#76b7b2","#59a14f","#edc948","#b07aa1","#ff9da7","#9c755f","#bab0ac"];
function color(i, depth){ const c = palette[i % palette.length]; return depth ? c + "cc" : c; }
// Squarified treemap (Bruls et al.): lay out sorted children row by row.
function squarify(items, x, y, w, h, out) {
  items = items.filter(d => d.size > 0).sort((a, b) => b.size - a.size);
  let total = items.reduce((s, d) => s + d.size, 0);
  while (items.length) {
    const short = Math.min(w, h), scale = w * h / total;
    let row = [], best = Infinity, sum = 0;
    for (const d of items) {
      const s2 = sum + d.size, area = s2 * scale, side = area / short;
      const worst = Math.max(...[...row, d].map(r => { const l = r.size * scale / side; return Math.max(l / side, side / l); }));
      if (worst > best) break;
      best = worst; row.push(d); sum = s2;
    }
    const side = sum * scale / short;
    let off = 0;
    for (const d of row) {
      const l = d.size * scale / side;
      out.push(w >= h ? {d, x, y: y + off, w: side, h: l} : {d, x: x + off, y, w: l, h: side});
      off += l;
    }
    if (w >= h) { x += side; w -= side; } else { y += side; h -= side; }
    items = items.slice(row.length); total -= sum;
  }
  return out;
}
let stack = [root];
function draw() {
  const cur = stack[stack.length - 1], svg = document.getElementById("map");
  svg.innerHTML = "";
  const W = +svg.getAttribute("width"), H = +svg.getAttribute("height");
  const top = squarify([...cur.kids.values()], 0, 0, W, H, []);
  top.forEach((b, i) => {
    const g = document.createElementNS(NS, "g");
    const r = document.createElementNS(NS, "rect");
    r.setAttribute("x", b.x); r.setAttribute("y", b.y); r.setAttribute("width", Math.max(0, b.w)); r.setAttribute("height", Math.max(0, b.h));
    r.setAttribute("fill", color(i, 0));
    const t = document.createElementNS(NS, "title");
    t.textContent = b.d.name + ": " + b.d.size + " bytes (" + (100 * b.d.size / root.size).toFixed(2) + "%)";
    r.appendChild(t);
    if (b.d.kids.size) { r.style.cursor = "zoom-in"; r.onclick = () => { stack.push(b.d); draw(); }; }
    g.appendChild(r);
    // the next level inside, lighter, for context
    if (b.w > 30 && b.h > 30) for (const c of squarify([...b.d.kids.values()], b.x + 2, b.y + 16, b.w - 4, b.h - 18, [])) {
      const cr = document.createElementNS(NS, "rect");
      cr.setAttribute("x", c.x); cr.setAttribute("y", c.y); cr.setAttribute("width", Math.max(0, c.w)); cr.setAttribute("height", Math.max(0, c.h));
      cr.setAttribute("fill", color(i, 1)); cr.setAttribute("stroke-width", "0.5");
      const ct = document.createElementNS(NS, "title"); ct.textContent = b.d.name + " / " + c.d.name + ": " + c.d.size + " bytes"; cr.appendChild(ct);
      if (b.d.kids.size) { cr.style.cursor = "zoom-in"; cr.onclick = () => { stack.push(b.d); draw(); }; }
      g.appendChild(cr);
    }
    if (b.w > 40 && b.h > 14) {
      const tx = document.createElementNS(NS, "text");
      tx.setAttribute("x", b.x + 3); tx.setAttribute("y", b.y + 12);
      tx.textContent = (b.d.name + " " + b.d.size).slice(0, Math.floor(b.w / 6.5));
      g.appendChild(tx);
    }
    svg.appendChild(g);
  });
  const path = document.getElementById("path");
  path.innerHTML = "";
  stack.forEach((n, i) => {
    const s = document.createElement("span");
    s.textContent = (i ? " / " : "") + n.name + " (" + n.size + " B)";
    s.onclick = () => { stack = stack.slice(0, i + 1); draw(); };
    path.appendChild(s);
  });
  document.title = document.title.replace(/ \[.*\]$/, "") + " [" + top.length + " boxes]";
}
document.onkeydown = e => { if (e.key === "Escape" && stack.length > 1) { stack.pop(); draw(); } };
document.getElementById("h").textContent = D.file + " (" + D.arch + "): " + D.fileSize + " bytes, " + D.bssBytes + " bytes bss, " + D.attributedPercent + "% attributed";
const tbl = document.getElementById("sections");
tbl.innerHTML = "<tr><th>section</th><th>kind</th><th>size</th><th>file bytes</th></tr>" +
  D.sections.map(s => "<tr><td>" + s.name + "</td><td>" + s.kind + "</td><td>" + s.size + "</td><td>" + s.fileSize + "</td></tr>").join("");
draw();
</script></body></html>
"""#
}
