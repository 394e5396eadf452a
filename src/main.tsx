import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { BulletinHost, PRINT_BULLETIN } from './bulletin-host.tsx';
import { WORD_COMMAND } from './panels/bulletin/word-command.ts';
import { applyLevelTokens } from './theme-tokens.ts';
import { useStore } from './state/store.ts';
import { LAYER_KINDS, LINK_SETTINGS } from './map/layer-registry.ts';
import { registerCommands } from './ui/commands.ts';
import { APP_COMMANDS } from './ui/app-commands.ts';
import { MAP_COMMANDS, provideMapCapture } from './map/export/export-commands.ts';
import { SWIPE_COMMAND } from './map/swipe/swipe-command.ts';
import { startDatasetLoad } from './ui/dataset-loading.ts';
import './theme.css';
import './layout.css';
import './presentation.css';

// The dataset's bytes are on their way before React first renders and the map's code arrives.
startDatasetLoad();
applyLevelTokens(document.documentElement);
// The store holds the settings of the map's layer kinds; the registry says which there are.
useStore.getState().defineLayers(LAYER_KINDS, LINK_SETTINGS);
// Every action a button or a key runs (the shortcut list `?` reads them).
registerCommands([...APP_COMMANDS, ...MAP_COMMANDS, SWIPE_COMMAND, PRINT_BULLETIN, WORD_COMMAND]);
provideMapCapture();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
    <BulletinHost />
  </StrictMode>,
);
