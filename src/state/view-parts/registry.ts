/**
 * Every part of the link, in the order the hash writes them (so a given view always writes the same
 * hash): camera, language, filters, layers, what-if model, supervision settings, each layer kind's settings (defined with
 * the kinds at start-up), dock tab, ledger period, presentation, open panel, the swipe of two data dates; a part added later goes
 * after them. A new part is a module beside these and one entry here.
 */
import { definedLayerSettings, settingsPart, type LayerSettingsSpec } from '../layer-settings.ts';
import { cameraPart } from './camera-part.ts';
import { dockTabPart } from './dock-tab-part.ts';
import { filtersPart } from './filters-part.ts';
import { langPart } from './lang-part.ts';
import { layersPart } from './layers-part.ts';
import { ledgerPart } from './ledger-part.ts';
import { modelPart } from './model-part.ts';
import { openPart } from './open-part.ts';
import { presentPart } from './present-part.ts';
import { supervisionPart } from './supervision-part.ts';
import { swipePart } from './swipe-part.ts';
import type { ViewPart } from './view-part.ts';

const BEFORE_SETTINGS: readonly ViewPart[] = [
  cameraPart,
  langPart,
  filtersPart,
  layersPart,
  modelPart,
  supervisionPart,
];
const AFTER_SETTINGS: readonly ViewPart[] = [dockTabPart, ledgerPart, presentPart, openPart, swipePart];

let added: readonly ViewPart[] = [];
let settingsParts: { specs: readonly LayerSettingsSpec[]; parts: readonly ViewPart[] } = { specs: [], parts: [] };

/** The link's parts, in the hash's order. */
export function viewParts(): readonly ViewPart[] {
  const specs = definedLayerSettings();
  if (specs !== settingsParts.specs) settingsParts = { specs, parts: specs.map(settingsPart) };
  return [...BEFORE_SETTINGS, ...settingsParts.parts, ...AFTER_SETTINGS, ...added];
}

/** Adds a part after the others; returns a function that takes it out again. */
export function addViewPart(part: ViewPart): () => void {
  added = [...added, part];
  return () => {
    added = added.filter((p) => p !== part);
  };
}
