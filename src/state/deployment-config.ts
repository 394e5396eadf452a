/**
 * The deployment's own settings, in `config.json` next to `index.html` (docs/deploy.md): for now the
 * online basemap preset. A missing or malformed file leaves the defaults; it never stops the app.
 */
import { parseBasemapSetting, type BasemapSetting } from './basemap-setting.ts';

export interface DeploymentConfig {
  basemap?: BasemapSetting;
  problems: string[];
}

export function parseDeploymentConfig(json: unknown): DeploymentConfig {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return { problems: ['config.json: not an object'] };
  const o = json as Record<string, unknown>;
  if (o.basemap === undefined) return { problems: [] };
  const { setting, problem } = parseBasemapSetting(o.basemap);
  return { basemap: setting, problems: problem ? [`config.json: ${problem}`] : [] };
}

export async function loadDeploymentConfig(base = './'): Promise<DeploymentConfig> {
  try {
    const r = await fetch(`${base}config.json`, { cache: 'no-cache' });
    if (!r.ok) return { problems: [] };
    return parseDeploymentConfig(await r.json());
  } catch {
    return { problems: ['config.json: not valid JSON'] };
  }
}
