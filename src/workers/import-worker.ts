/**
 * The import worker: reads a bureau's files, answers the dialog's questions about them, and runs
 * the data build, all off the main thread so the page stays responsive with a million rows. It
 * keeps one ImportSession: files are read once, however often the user changes a mapping.
 */
import { PUNCT } from '../domain/punct-strings.ts';
import { inBoth, tr, trBoth, type Text } from '../domain/text.ts';
import { buildDataset, type BuildStage } from '../data/import/build/build-dataset.ts';
import { encodeBundle } from '../data/bundle.ts';
import { pointCrsFigures } from '../data/import/point-crs.ts';
import { ImportSession, type ImportChoices } from '../data/import/prepare.ts';
import { unknownSectorValues } from '../data/import/sector-values.ts';
import { ImportError } from '../data/common/import-types.ts';
import type { FileCounts, ImportReply, ImportReport, ImportRequest } from './import-protocol.ts';
import { IMPORT_WORKER_TEXT } from './import-worker-strings.ts';

let session: ImportSession | null = null;

const post = (msg: ImportReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(msg, transfer);

function reasonOf(e: unknown): Text {
  if (e instanceof ImportError)
    return e.file ? inBoth((l) => `${e.file}${tr(l, PUNCT.colon)}${tr(l, e.reason)}`) : e.reason;
  const m = e instanceof Error ? e.message : String(e);
  // Out of memory in a worker surfaces as a RangeError: say what to do about it.
  if (e instanceof RangeError) return trBoth(IMPORT_WORKER_TEXT.outOfMemory, m);
  return trBoth(IMPORT_WORKER_TEXT.failed, m);
}

function inspect(s: ImportSession, choices: ImportChoices, id: number): ImportReply {
  const blockers = s.blockers(choices);
  const ent = s.fileFor(choices, 'enterprises');
  const towns = s.fileFor(choices, 'towns');
  const parks = s.fileFor(choices, 'parks');
  let figures: ReturnType<typeof pointCrsFigures> = [];
  let unknownSectors: ReturnType<typeof unknownSectorValues> = [];
  if (ent !== undefined) {
    const mapping = choices.files[ent].mapping ?? {};
    const table = s.table(ent);
    unknownSectors = unknownSectorValues(table, mapping.sector ?? -1);
    if (towns !== undefined && (mapping.lon ?? -1) >= 0 && (mapping.lat ?? -1) >= 0) {
      try {
        const townLayer = s.layerSource(towns, choices.files[towns], []).collection as { features: never[] };
        const parkLayer =
          parks === undefined
            ? { features: [] }
            : (s.layerSource(parks, choices.files[parks], []).collection as { features: never[] });
        figures = pointCrsFigures(table, mapping.lon, mapping.lat, townLayer.features, parkLayer.features);
      } catch {
        // A towns layer in an unknown system: no figures until the user picks one.
      }
    }
  }
  return { type: 'inspected', id, blockers, figures, unknownSectors };
}

function countsOf(s: ImportSession, choices: ImportChoices, built: ReturnType<typeof buildDataset>): FileCounts[] {
  const m = built.manifest;
  const accepted: Record<string, number> = {
    enterprises: m.enterprises,
    hazards: m.hazards,
    inspections: m.inspections ?? 0,
    towns: m.towns.length,
    grid: m.grids.length,
    parks: m.parks.length,
    district: built.geo.district.features.length,
  };
  return s
    .summaries()
    .filter((f) => choices.files[f.id]?.role && choices.files[f.id].role !== 'ignore')
    .map((f) => {
      const role = choices.files[f.id].role;
      const mine = built.issues.filter((i) => i.file === f.name && i.row > 0);
      return {
        file: f.name,
        role,
        accepted: accepted[role] ?? (role === 'meta' || role === 'riskModel' || role === 'supervision' ? 1 : 0),
        rejected: mine.filter((i) => i.severity === 'error').length,
        warnings: mine.filter((i) => i.severity === 'warning').length,
      };
    });
}

self.onmessage = (e: MessageEvent<ImportRequest>) => {
  const msg = e.data;
  try {
    if (msg.type === 'open') {
      session = new ImportSession(msg.files, {
        onProgress: (file, done) => post({ type: 'progress', stage: 'read', file, done }),
      });
      post({ type: 'opened', id: msg.id, summaries: session.summaries(), choices: session.defaultChoices() });
      return;
    }
    if (!session) throw new Error('no files opened');
    if (msg.type === 'sheet') {
      post({ type: 'summary', id: msg.id, summary: session.chooseSheet(msg.file, msg.sheet) });
      return;
    }
    if (msg.type === 'inspect') {
      post(inspect(session, msg.choices, msg.id));
      return;
    }
    const stages: BuildStage[] = ['boundaries', 'enterprises', 'join', 'hazards', 'inspections', 'score'];
    const sources = session.sources({ ...msg.choices, name: msg.name ?? msg.choices.name });
    const built = buildDataset(msg.datasetId, sources, undefined, (stage) =>
      post({ type: 'progress', stage, done: stages.indexOf(stage) / stages.length }),
    );
    built.manifest.demo = false;
    session.nameColumns(built.issues, msg.choices);
    post({ type: 'progress', stage: 'pack', done: 0.95 });
    const bundle = encodeBundle(built);
    const m = built.manifest;
    const levels = [0, 0, 0, 0];
    for (let i = 0; i < built.enterprises.length; i++) levels[built.enterprises.level[i]]++;
    const report: ImportReport = {
      issues: built.issues,
      counts: countsOf(session, msg.choices, built),
      enterprises: m.enterprises,
      hazards: m.hazards,
      inspections: m.inspections ?? 0,
      towns: m.towns.length,
      grids: m.grids.length,
      parks: m.parks.length,
      levels,
      asOf: m.asOf,
      name: m.name,
    };
    const transfer = Object.values(bundle)
      .filter((v): v is Uint8Array => typeof v !== 'string')
      .map((v) => v.buffer as ArrayBuffer);
    post({ type: 'built', id: msg.id, report, bundle }, transfer);
  } catch (err) {
    post({ type: 'error', id: msg.id, reason: reasonOf(err) });
  }
};
