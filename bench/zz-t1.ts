import { extractRecords } from "/work/main/src/extract/index.js";
for (const t of process.argv.slice(2)) {
  const x = extractRecords(t);
  console.log(JSON.stringify(x.records.units.map((u) => [u.record.id, u.events.map((e) => `${e.kind}@${(e as any).date ?? ""}`), u.subordination.map((s) => s.parent)])));
  console.log(JSON.stringify(x.records.people.map((p) => { const { sources, ...r } = p as any; return r; })));
}
