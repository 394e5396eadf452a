import { describe, expect, it } from 'vitest';
import { parseBasemapSetting } from '../../state/basemap-setting.ts';
import { parseDeploymentConfig } from '../../state/deployment-config.ts';
import { basemapAttribution, basemapLayers, basemapSources, basemapTiles, isRefusal } from './online-basemap.ts';

describe('online basemap', () => {
  it("asks Tianditu's eight hosts for web-mercator WMTS tiles with the key, base and place names", () => {
    const t = basemapTiles({ enabled: true, kind: 'vec', key: 'abc 123' });
    expect(t.base).toHaveLength(8);
    expect(t.base[3]).toBe(
      'https://t3.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=abc%20123',
    );
    expect(t.labels[0]).toContain('/cva_w/wmts?');
    expect(basemapTiles({ enabled: true, kind: 'img', key: 'k' }).labels[0]).toContain('LAYER=cia');
  });

  it('uses a mirror given by the deployment, on one host', () => {
    const t = basemapTiles({
      enabled: true,
      kind: 'img',
      key: 'k',
      tileUrl: 'https://gis.example.gov.cn/{kind}/{z}/{x}/{y}.png?tk={key}',
    });
    expect(t.base).toEqual(['https://gis.example.gov.cn/img/{z}/{x}/{y}.png?tk=k']);
    expect(t.labels).toEqual(['https://gis.example.gov.cn/cia/{z}/{x}/{y}.png?tk=k']);
  });

  it('credits Tianditu with the map review number when given', () => {
    expect(basemapAttribution({ enabled: true, kind: 'vec', key: 'k', reviewNumber: 'GS(2025)1234号' }, 'zh')).toBe(
      '© 天地图 · 审图号：GS(2025)1234号',
    );
    expect(basemapAttribution({ enabled: true, kind: 'vec', key: 'k' }, 'en')).toBe('© Tianditu');
    const sources = basemapSources({ enabled: true, kind: 'vec', key: 'k' }, 'zh');
    expect(Object.values(sources).map((s) => s.type)).toEqual(['raster', 'raster']);
    expect(basemapLayers().map((l) => l.type)).toEqual(['raster', 'raster']);
  });

  it('reads a setting forgivingly: off without a key, off for a malformed template', () => {
    expect(parseBasemapSetting(undefined).setting.enabled).toBe(false);
    expect(parseBasemapSetting({ enabled: true, key: '' })).toEqual({
      setting: { enabled: false, kind: 'vec', key: '', tileUrl: undefined, reviewNumber: undefined },
      problem: 'basemap: enabled without a key',
    });
    expect(parseBasemapSetting({ enabled: true, key: 'k', kind: 'img' }).setting).toMatchObject({
      enabled: true,
      kind: 'img',
      key: 'k',
    });
    expect(parseBasemapSetting({ enabled: true, tileUrl: 'https://x/{z}.png' }).problem).toContain('tileUrl');
    expect(parseBasemapSetting('on').setting.enabled).toBe(false);
    expect(parseDeploymentConfig({ basemap: { enabled: true, key: 'k' } }).basemap?.enabled).toBe(true);
    expect(parseDeploymentConfig([]).problems).toEqual(['config.json: not an object']);
    expect(parseDeploymentConfig({}).basemap).toBeUndefined();
  });

  it('takes 418 (a wrong key or a spent quota) and 403 for refusals', () => {
    expect([418, 403, 401, 429].every(isRefusal)).toBe(true);
    expect([200, 404, 500, undefined].some(isRefusal)).toBe(false);
  });
});
