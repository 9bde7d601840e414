import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import 'vazirmatn/Vazirmatn-Variable-font-face.css';
import './app/global.css';
import { installHttpBridge } from './api/bridge.ts';
import { initI18n } from './i18n/index.ts';
import { App } from './app/App.tsx';

installHttpBridge(); // no-op under Electron, where the preload has put window.hamyar
await initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
