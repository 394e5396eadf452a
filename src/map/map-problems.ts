/**
 * What to tell the user when the map cannot draw, instead of a grey box: in both languages, naming
 * the part that failed and what to do.
 */
import type { Text } from '../domain/text.ts';

export type MapProblem = Text;

/** How long the map may take to draw its first picture before the page says it will not. */
export const MAP_DRAW_TIMEOUT_MS = 20_000;

const ASK_ADMIN = {
  zh: '请刷新页面；若仍出现，请管理员检查 /assets/ 下的 .js 文件能否正常访问（代理拦截或缓存过期）',
  en: 'reload the page; if this persists, ask the administrator to check that the .js files under /assets/ are served (a proxy or a stale cache)',
};

export const MAP_STALLED: MapProblem = {
  zh: `地图未能绘制（地图引擎长时间没有完成绘制）：${ASK_ADMIN.zh}`,
  en: `The map did not draw (the map engine did not finish drawing): ${ASK_ADMIN.en}`,
};

/**
 * The message for an error MapLibre reported, when it stops the map from drawing (its worker did
 * not load); null for the ones it recovers from (one tile, one image), which the watchdog still
 * catches if the map never draws.
 */
export function mapProblemOf(error: { message?: string } | undefined): MapProblem | null {
  if (!/worker/i.test(error?.message ?? '')) return null;
  return {
    zh: `地图引擎的后台线程无法启动，地图无法绘制：${ASK_ADMIN.zh}`,
    en: `The map engine's worker could not start, so the map cannot draw: ${ASK_ADMIN.en}`,
  };
}

/** The online basemap refused (or could not be reached): the offline base stays. */
export function basemapRefusal(status: number | undefined): MapProblem {
  if (status === 418 || status === 401 || status === 403) {
    return {
      zh: `天地图拒绝了底图请求（HTTP ${status}：密钥错误或当日配额已用完），已改用离线底图。请在“图层”中检查密钥，或联系管理员`,
      en: `Tianditu refused the basemap tiles (HTTP ${status}: a wrong key or a spent daily quota); the offline base is shown. Check the key under Layers, or ask the administrator`,
    };
  }
  return {
    zh: `在线底图无法加载${status ? `（HTTP ${status}）` : '（网络不通）'}，已改用离线底图`,
    en: `The online basemap could not be loaded${status ? ` (HTTP ${status})` : ' (no network)'}; the offline base is shown`,
  };
}
