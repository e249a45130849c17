/** The cloud backend: the real SDK (src/chat/cloud). vite.config.ts aliases `#chat-backend` here in cloud mode. */
export { createBackend } from '../cloud/backend';
