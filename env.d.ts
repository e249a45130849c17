/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}

declare module '#chat-backend' {
  import type { CreateBackend } from '@/src/chat/backend';
  export const createBackend: CreateBackend;
}

// The SDK's ES build has the same API as its CommonJS build (index.d.ts); its modules are classes it instantiates.
declare module '@tencentcloud/chat/index.es.js' {
  import TencentCloudChat from '@tencentcloud/chat';
  export default TencentCloudChat;
}
declare module '@tencentcloud/chat/modules/*' {
  const SdkModule: abstract new (...args: never[]) => unknown;
  export default SdkModule;
}

interface ImportMetaEnv {
  readonly VITE_CHAT_BACKEND?: string;
  readonly VITE_TIM_SDK_APP_ID?: string;
  readonly VITE_TIM_USERSIG_URL?: string;
  readonly VITE_TIM_SECRET_KEY?: string;
  readonly VITE_TIM_USERSIG_EXPIRE?: string;
  readonly VITE_AVATAR_UPLOAD_URL?: string;
  readonly VITE_AVATAR_UPLOAD_FIELD?: string;
  readonly VITE_PROFILE_CUSTOM_KEYS?: string;
  readonly VITE_LOCAL_SEED?: string;
}
