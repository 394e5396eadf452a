import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { applyLevelTokens } from './theme-tokens.ts';
import { useStore } from './state/store.ts';
import { LAYER_KINDS } from './map/layer-registry.ts';
import './theme.css';
import './layout.css';

applyLevelTokens(document.documentElement);
// The store holds the settings of the map's layer kinds; the registry says which there are.
useStore.getState().defineLayers(LAYER_KINDS);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
