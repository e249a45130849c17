import WebSocket from 'ws';

// The real SDK needs a global WebSocket, which Node 20 lacks; only the cloud run talks to a server.
if (process.env.CHAT_BACKEND === 'cloud' && typeof Reflect.get(globalThis, 'WebSocket') !== 'function') {
  Reflect.set(globalThis, 'WebSocket', WebSocket);
}
